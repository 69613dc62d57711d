"""The archive on PostgreSQL: the same tables, migrations and statements as on SQLite.

A psycopg connection is given the interface the rest of nashra uses of sqlite3's:
``execute`` and ``executemany`` with ``?`` parameters, rows read by position or by name,
transactions opened and closed by explicit ``BEGIN`` and ``COMMIT``. The schema is
SQLite's, column for column, with two differences of kind: text compares by code point
(``COLLATE "C"``, as SQLite's BINARY does), and the full-text index is a ``tsvector``
column with a GIN index, filled with the very tokens our analyzer gives SQLite's FTS5.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from nashra.storage.schema import FILTER_INDEXES, HAPPENINGS, SETTINGS, SchemaError
from nashra.text.analysis import CLITIC_MARK, STEM_MARK

T = 'TEXT COLLATE "C"'  # text that sorts and compares as SQLite's does
NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"  # datetime('now')

# The same migrations as nashra.storage.schema.MIGRATIONS, in PostgreSQL's words.
MIGRATIONS: list[str] = [
    f"""
    CREATE TABLE documents (
        id BIGINT PRIMARY KEY,
        content_hash {T} NOT NULL UNIQUE,
        source_id {T} NOT NULL,
        source_file {T},
        title {T},
        published {T},
        url {T},
        media {T},
        issue INTEGER,
        tags {T} NOT NULL DEFAULT '[]',
        text {T} NOT NULL,
        ingested_at {T} NOT NULL DEFAULT {NOW}
    );
    CREATE INDEX documents_source ON documents(source_id);
    CREATE INDEX documents_media ON documents(media);

    CREATE TABLE items (
        id BIGINT PRIMARY KEY,
        document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        headline {T},
        date {T},
        place {T},
        agency {T},
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        body_start INTEGER NOT NULL,
        record {T} NOT NULL,
        cluster_id BIGINT,
        UNIQUE (document_id, item_index)
    );
    CREATE INDEX items_date ON items(date);
    CREATE INDEX items_cluster ON items(cluster_id);

    CREATE TABLE entities (
        id BIGINT PRIMARY KEY,
        key {T} NOT NULL UNIQUE,
        type {T} NOT NULL,
        canonical {T},
        latin {T},
        code {T},
        folded {T},
        skeleton {T}
    );
    CREATE INDEX entities_type ON entities(type);
    CREATE INDEX entities_skeleton ON entities(skeleton);

    CREATE TABLE mentions (
        item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        entity_id BIGINT NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text {T} NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_item ON mentions(item_id);

    CREATE TABLE events (
        id BIGINT PRIMARY KEY,
        item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        type {T} NOT NULL,
        date {T},
        place {T},
        occasion {T},
        signature {T} NOT NULL,
        record {T} NOT NULL
    );
    CREATE INDEX events_item ON events(item_id);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_signature ON events(signature);

    CREATE TABLE participants (
        event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        entity_id BIGINT REFERENCES entities(id),
        name {T},
        title {T},
        role {T},
        affiliation {T},
        country {T},
        org {T},
        side {T} NOT NULL
    );
    CREATE INDEX participants_event ON participants(event_id);
    CREATE INDEX participants_entity ON participants(entity_id);
    CREATE INDEX participants_country ON participants(country);
    CREATE INDEX participants_org ON participants(org);

    CREATE TABLE minhashes (
        item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        signature BYTEA NOT NULL
    );

    CREATE TABLE item_text (
        rowid BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        terms tsvector NOT NULL
    );
    CREATE INDEX item_text_terms ON item_text USING GIN (terms);
    """,
    f"""
    CREATE TABLE bulletins (
        number INTEGER PRIMARY KEY,
        title {T} NOT NULL,
        date {T} NOT NULL,
        tags {T} NOT NULL DEFAULT '[]',
        items {T} NOT NULL,
        created_at {T} NOT NULL DEFAULT {NOW}
    );
    """,
    f"""
    CREATE TABLE item_records (
        item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        record {T} NOT NULL
    );
    INSERT INTO item_records (item_id, record) SELECT id, record FROM items;
    ALTER TABLE items DROP COLUMN record;
    """,
    # 4: SQLite's full-text index goes in parts (nashra.storage.text_parts); PostgreSQL
    # keeps its one table, as ts_rank counts nothing across rows. The same indexes for
    # the filters' checks.
    FILTER_INDEXES,
    # 5: events told by several reports are one happening (nashra.storage.happenings)
    HAPPENINGS.replace("INTEGER", "BIGINT"),
    # 6: the archive's settings, the analysis its full-text index was made with
    SETTINGS,
    # 7: the rank leaders' tables, kept empty: ts_rank ranks a window of the newest
    # matches, and the leaders are SQLite's (nashra.storage.leaders)
    f"""
    CREATE TABLE rank_leaders (
        part {T} NOT NULL,
        phrase {T} NOT NULL,
        items BYTEA NOT NULL,
        ceilings BYTEA NOT NULL,
        found BIGINT NOT NULL,
        PRIMARY KEY (part, phrase)
    );
    CREATE TABLE rank_leader_parts (
        part {T} PRIMARY KEY,
        rows BIGINT NOT NULL,
        tokens BIGINT NOT NULL,
        last_item BIGINT NOT NULL,
        depths {T} NOT NULL
    );
    """,
]

_LOCK = 7_469_727  # advisory lock taken while migrating ("nashra" on a phone keypad)


def is_url(location: object) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def shown(url: str | os.PathLike[str]) -> str:
    """A URL fit to print: without its password, whether in ``user:pw@`` or in the query
    (``?password=…``, libpq's other way of giving it)."""
    url = _QUERY_PASSWORD.sub(r"\1***", str(url))  # a file path passes through as it is
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


class MissingDriver(RuntimeError):
    """psycopg is not installed."""


class Row(tuple):
    """A row read by position or by column name, as sqlite3.Row is."""

    _columns: dict[str, int]

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._columns[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._columns)


def _row_factory(cursor):
    return _row_class(tuple(c.name for c in cursor.description or ()))


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    """One row class per set of columns: a statement run again reuses its class."""
    return type("Row", (Row,), {"_columns": {name: i for i, name in enumerate(names)}})


@lru_cache(maxsize=4096)
def _translate(sql: str, parameters: bool = True) -> str:
    """A statement in nashra's SQL as psycopg takes it (with parameters, a literal % is
    written %%; without, psycopg reads no placeholder)."""
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN"  # the batch takes its lock itself (see Archive.store)
    return sql.replace("%", "%%").replace("?", "%s") if parameters else sql


def _no_nul(params: Any) -> list:
    """PostgreSQL text holds no NUL character: one becomes U+FFFD, which keeps every offset
    into the text where it was (and matches nothing a query asks for)."""
    return [
        value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value
        for value in params
    ]


class Connection:
    """A psycopg connection with the sqlite3 interface nashra uses."""

    def __init__(self, url: str, readonly: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise MissingDriver(
                "a PostgreSQL archive needs psycopg: pip install 'nashra[cluster]'"
            ) from None

        # No server-side prepared statements: a generic plan, blind to the query's words,
        # would walk the primary key newest first and read every row's tsvector.
        self.raw = psycopg.connect(
            url, autocommit=True, row_factory=_row_factory, prepare_threshold=None
        )
        # The planner counts a row's tsvector as free to read; it is not (it lies out of
        # line, compressed), so a scan of every row must never look cheaper than an index.
        self.raw.execute("SET enable_seqscan = off")
        if readonly:
            self.raw.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def execute(self, sql: str, params: Any = ()):
        if not params:
            return self.raw.execute(_translate(sql, False))
        return self.raw.execute(_translate(sql), _no_nul(params))

    def executemany(self, sql: str, rows: list) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(_translate(sql), [_no_nul(row) for row in rows])

    def copy(self, table: str, columns: tuple[str, ...], rows: list) -> None:
        """Rows into ``table`` by COPY, in the current transaction."""
        names = ", ".join(f'"{c}"' for c in columns)
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(_no_nul(row))

    def close(self) -> None:
        self.raw.close()


def database_url(server: str, name: str) -> str:
    """The URL of database ``name`` on the server that ``server`` reaches."""
    parts = urlsplit(server)  # urlunsplit would drop an empty host's "//"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme}://{parts.netloc}/{name}{query}"


def fresh_database(server: str, name: str) -> str:
    """A new, empty database ``name`` (dropped first if it was there); its URL. For tests
    and benchmarks: ``server`` names a database of a role that may create databases."""
    import psycopg

    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    return database_url(server, name)


def drop_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def exists(url: str) -> bool:
    db = Connection(url, readonly=True)
    try:
        return version_of(db) > 0
    finally:
        db.close()


def version_of(db: Connection) -> int:
    if db.execute("SELECT to_regclass('nashra_schema')").fetchone()[0] is None:
        return 0
    row = db.execute("SELECT version FROM nashra_schema").fetchone()
    return row[0] if row else 0


def check_version(db: Connection) -> int:
    version = version_of(db)
    if version != len(MIGRATIONS):
        raise SchemaError(
            f"the archive has schema version {version}; this nashra reads {len(MIGRATIONS)} "
            "(open it once for writing, e.g. with nashra ingest, to migrate it)"
        )
    return version


def migrate(db: Connection) -> int:
    """Bring the archive's schema up to date, one transaction per migration; two nashras
    starting at once migrate one after the other."""
    db.execute("BEGIN")
    try:
        db.execute("SELECT pg_advisory_xact_lock(?)", [_LOCK])
        db.execute("CREATE TABLE IF NOT EXISTS nashra_schema (version INTEGER NOT NULL)")
        version = version_of(db)
        if version > len(MIGRATIONS):
            raise SchemaError(
                f"the archive has schema version {version}; "
                f"this nashra knows up to {len(MIGRATIONS)}"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            db.raw.execute(script)
            db.execute("DELETE FROM nashra_schema")
            db.execute("INSERT INTO nashra_schema (version) VALUES (?)", [number])
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(MIGRATIONS)


def settle(db: Connection) -> None:
    """After an ingest: the GIN index's pending entries merged (each query would otherwise
    scan them all) and the planner's statistics brought up to date."""
    db.execute("SELECT gin_clean_pending_list('item_text_terms')")
    db.execute("ANALYZE")


def tsvector(exact: str, stems: str, clitic: str = "") -> str:
    """The stored form of an item's text: each word's exact form (weight A) and its stem,
    marked (weight B), at alternate positions, so that a phrase's words stand two apart in
    either; and the words' readings without a clitic, marked with ``CLITIC_MARK``, without
    positions (weight D, which ranking counts for nothing). The weights serve ranking only
    (ts_rank counts an exact form double); a query tells stems by their mark. PostgreSQL
    keeps positions up to 16,383: words past the 8,191st share the last one."""
    positions: dict[str, list[str]] = defaultdict(list)
    for i, (word, stem) in enumerate(zip(exact.split(), stems.split(), strict=True)):
        at = min(2 * i + 1, 16_383)
        positions[word].append(f"{at}A")
        positions[STEM_MARK + stem].append(f"{min(at + 1, 16_383)}B")
    placed = (
        "'" + word.replace("\\", "\\\\").replace("'", "''") + "':" + ",".join(at[:256])
        for word, at in positions.items()
    )
    readings = (
        "'" + (CLITIC_MARK + r).replace("\\", "\\\\").replace("'", "''") + "'"
        for r in dict.fromkeys(clitic.split())
    )
    return " ".join([*placed, *readings])
