"""The archive's schema, as forward migrations numbered by SQLite's ``user_version``.

A migration is applied once, in its own transaction; an archive made by an older nashra is
brought up to date when it is opened, and one made by a newer nashra is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

# Indexes a filter checked item by item reads alone (the entities an item names, the types
# of its events), and the items of an event type come from: migration 4 on both databases.
FILTER_INDEXES = """
    DROP INDEX mentions_item;
    CREATE INDEX mentions_item ON mentions(item_id, entity_id);
    DROP INDEX events_item;
    CREATE INDEX events_item ON events(item_id, type);
    DROP INDEX events_type;
    CREATE INDEX events_type ON events(type, item_id);
"""

# Migration 5 on both databases: an event's identity and its happening.
HAPPENINGS = """
    ALTER TABLE events ADD COLUMN identity TEXT;
    ALTER TABLE events ADD COLUMN happening_id INTEGER;
    UPDATE events SET happening_id = id;
    CREATE INDEX events_happening ON events(happening_id);
    CREATE INDEX events_dated ON events(type, date);
"""

SETTINGS = """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO settings (key, value) VALUES ('analysis', '1');
"""

MIGRATIONS: list[str] = [
    # 1: documents, items, entities, mentions, events, participants, the search index
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source_id TEXT NOT NULL,
        source_file TEXT,
        title TEXT,
        published TEXT,
        url TEXT,
        media TEXT,
        issue INTEGER,
        tags TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX documents_source ON documents(source_id);
    CREATE INDEX documents_media ON documents(media);

    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        headline TEXT,
        date TEXT,
        place TEXT,
        agency TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        body_start INTEGER NOT NULL,
        record TEXT NOT NULL,
        cluster_id INTEGER,
        UNIQUE (document_id, item_index)
    );
    CREATE INDEX items_date ON items(date);
    CREATE INDEX items_cluster ON items(cluster_id);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        canonical TEXT,
        latin TEXT,
        code TEXT,
        folded TEXT,
        skeleton TEXT
    );
    CREATE INDEX entities_type ON entities(type);
    CREATE INDEX entities_skeleton ON entities(skeleton);

    CREATE TABLE mentions (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_item ON mentions(item_id);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        date TEXT,
        place TEXT,
        occasion TEXT,
        signature TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_item ON events(item_id);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_signature ON events(signature);

    CREATE TABLE participants (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        entity_id INTEGER REFERENCES entities(id),
        name TEXT,
        title TEXT,
        role TEXT,
        affiliation TEXT,
        country TEXT,
        org TEXT,
        side TEXT NOT NULL
    );
    CREATE INDEX participants_event ON participants(event_id);
    CREATE INDEX participants_entity ON participants(entity_id);
    CREATE INDEX participants_country ON participants(country);
    CREATE INDEX participants_org ON participants(org);

    CREATE TABLE minhashes (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );

    CREATE VIRTUAL TABLE item_text USING fts5(
        exact, stem, tokenize = 'unicode61 remove_diacritics 0'
    );
    """,
    # 2: published bulletin issues: their number, title, date, tags and items in order
    """
    CREATE TABLE bulletins (
        number INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        items TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    """,
    # 3: an item's record in a table of its own, so that the items table, read for every
    # date and source filter, keeps rows of a few dozen bytes (a record is 2 KB of JSON)
    """
    CREATE TABLE item_records (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        record TEXT NOT NULL
    );
    INSERT INTO item_records (item_id, record) SELECT id, record FROM items;
    ALTER TABLE items DROP COLUMN record;
    """,
    # 4: the full-text index in parts by item id (see nashra.storage.text_parts), the table
    # so far its first part; indexes that answer the filters' checks alone
    """
    CREATE TABLE text_parts (
        name TEXT PRIMARY KEY,
        first_item INTEGER NOT NULL UNIQUE
    );
    INSERT INTO text_parts (name, first_item) VALUES ('item_text', 0);
    """
    + FILTER_INDEXES,
    # 5: events told by several reports are one happening (nashra.storage.happenings):
    # each event's identity, and the id of the first event of its happening (filled in
    # from the identities by the next write, as migrations run SQL alone)
    HAPPENINGS,
    # 6: the archive's settings; the version of the analysis its full-text index was made
    # with (every archive before this one: nashra.text.analysis's first), so that a new
    # analysis reindexes it once (Archive._settle_analysis)
    SETTINGS,
    # 7: each common word's rank leaders in each part of the full-text index, and the
    # counts each part's lists were made with (nashra.storage.leaders); made by the next
    # write
    """
    CREATE TABLE rank_leaders (
        part TEXT NOT NULL,
        phrase TEXT NOT NULL,
        items BLOB NOT NULL,
        ceilings BLOB NOT NULL,
        found INTEGER NOT NULL,
        PRIMARY KEY (part, phrase)
    );
    CREATE TABLE rank_leader_parts (
        part TEXT PRIMARY KEY,
        rows INTEGER NOT NULL,
        tokens INTEGER NOT NULL,
        last_item INTEGER NOT NULL,
        depths TEXT NOT NULL
    );
    """,
]


class SchemaError(RuntimeError):
    """The archive was made by a newer nashra than this one."""


def check_version(connection: sqlite3.Connection) -> int:
    """The archive's schema version, if this nashra reads it without migrating."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version != len(MIGRATIONS):
        raise SchemaError(
            f"the archive has schema version {version}; this nashra reads {len(MIGRATIONS)} "
            "(open it once for writing, e.g. with nashra ingest, to migrate it)"
        )
    return version


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the archive's schema up to date; return its version.

    The version is read under the write lock: two processes creating one archive at once
    (two ``nashra ingest`` into a new file) migrate it once, the second finding it done."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
        return len(MIGRATIONS)  # the common case, without a write lock
    for number, script in enumerate(MIGRATIONS, start=1):
        # One transaction per migration: a migration killed half-way leaves nothing behind.
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise SchemaError(
                    f"the archive has schema version {version}; this nashra knows up to "
                    f"{len(MIGRATIONS)}"
                )
            if version < number:
                for statement in _statements(script):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    """The statements of a script, one by one (a trigger's body holds semicolons)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip().strip(";").strip():
                yield pending
            pending = ""
    if pending.strip():
        yield pending
