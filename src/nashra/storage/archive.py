"""The archive: documents, items, entities, mentions and events in SQLite, searchable.

Writes go in batches, one transaction each, in WAL mode: an ingest killed at any moment
leaves every batch it committed whole and nothing of the one it was in; running it again
skips the documents already stored (by content hash) and stores the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from nashra.extraction.entities import one_of_many, spelling_variant, story_key, transliterate
from nashra.model import Document, Item
from nashra.storage import leaders, postgres
from nashra.storage.dedup import NearDuplicates, signature_of
from nashra.storage.dialect import POSTGRES, SQLITE
from nashra.storage.fingerprint import MIXED, fingerprint
from nashra.storage.happenings import Happenings, Identity, identity_of, person_of
from nashra.storage.names import arabic_state_names, name_skeletons
from nashra.storage.schema import SchemaError, check_version, migrate
from nashra.storage.text_parts import (
    FIRST_PART,
    PART_ITEMS,
    TextPart,
    create_part,
    part_for,
    text_parts,
)
from nashra.text.analysis import ANALYSIS, index_forms
from nashra.text.normalization import fold

BATCH = 200  # documents per transaction


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("nashra")) / "archive.sqlite"


def exists(location: str | os.PathLike[str]) -> bool:
    """Whether an archive is at ``location`` (a file, or a PostgreSQL URL whose database
    holds nashra's tables)."""
    if postgres.is_url(location):
        return postgres.exists(str(location))
    return Path(location).exists()


def errors() -> tuple[type[BaseException], ...]:
    """The exceptions that say an archive cannot be opened: a file that is no SQLite
    database, a schema from a newer nashra, no PostgreSQL driver, a server that refuses."""
    found: tuple[type[BaseException], ...] = (
        sqlite3.DatabaseError,
        SchemaError,
        postgres.MissingDriver,
    )
    try:
        import psycopg
    except ImportError:
        return found
    return (*found, psycopg.Error)


def content_hash(document: Document) -> str:
    digest = hashlib.sha256()
    for part in (document.source_id, document.title or "", document.text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


@dataclass
class IngestStats:
    documents: int = 0
    skipped: int = 0  # already in the archive
    items: int = 0
    events: int = 0
    errors: int = 0


@dataclass(slots=True)
class Prepared:
    """What extraction made of one document, as rows ready to store (picklable, and small:
    the document itself is not sent back from the worker)."""

    hash: str
    items: list[ItemRows] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class ItemRows:
    item: tuple  # items' columns from item_index to body_start
    record: str  # the item's record, as JSON
    exact: str
    stem: str
    clitic: str  # the words' readings without a clitic (nashra.text.analysis)
    minhash: bytes | None
    mentions: list[tuple[str, tuple, tuple]]  # entity key, entity columns, mention columns
    events: list[tuple[tuple, list[tuple[str | None, tuple | None, tuple]]]]


def _indexed(text: str, headline: str | None, headline_apart: bool) -> tuple[str, str, str]:
    """An item's index forms: its text, and its headline where the headline is not part of
    the text (a title field)."""
    titled = headline if headline_apart else None
    return index_forms(" ".join(filter(None, [titled, text])))


def prepare(document: Document) -> Prepared:
    """Extract a document for storage: the work a worker process does."""
    from nashra.extraction.pipeline import extract

    prepared = Prepared(content_hash(document))
    try:
        prepared.items = [_item_rows(item) for item in extract(document)]
    except Exception as exc:  # reported, and the batch goes on
        prepared.error = f"extraction failed: {type(exc).__name__}: {exc}"
    return prepared


def _item_rows(item: Item) -> ItemRows:
    record = item.to_record()
    body = item.body
    # The whole item is indexed, its dateline and byline too ("عين اليوم – الرياض" names
    # the city the body may not), and a headline kept apart from the text (a title field).
    exact, stems, clitic = _indexed(item.text, item.headline, item.headline_span is None)
    dateline = record["dateline"]
    mentions = []
    for e in record["entities"]:
        kind = e["type"]
        code = e["code"] or fold(e["canonical"] or e["text"])
        key, columns = _entity_columns(kind, code, e.get("canonical") or e["text"], e.get("latin"))
        start, end = e["span"]
        mentions.append((key, columns, (start, end, e["text"])))
    return ItemRows(
        item=(
            record["item_index"],
            record["headline"],
            record["date"],
            dateline["place"],
            dateline["agency"],
            item.span.start,
            item.span.end,
            item.body_span.start,
        ),
        record=json.dumps(record, ensure_ascii=False),
        exact=exact,
        stem=stems,
        clitic=clitic,
        minhash=signature_of(body).tobytes() if len(body) > 200 else None,
        mentions=mentions,
        events=[_event_rows(event) for event in record["events"]],
    )


def _entity_columns(kind: str, code: str, canonical: str, latin: str | None) -> tuple[str, tuple]:
    """An entity's key and its columns from type to skeleton."""
    key = code if kind == "person" else f"{kind}:{code}"
    if kind == "state":  # shown by its name, not by the first demonym that named it
        canonical = arabic_state_names().get(code, canonical)
    if latin is None and kind == "person":
        latin = transliterate(canonical)
    return key, (
        kind,
        canonical,
        latin,
        code if kind != "person" else None,
        " ".join(fold(canonical).split()),
        name_skeletons(latin) if latin else None,
    )


def _event_rows(event: dict[str, Any]) -> tuple[tuple, list]:
    parties = sorted(
        p["entity_id"] or f"{p['country']}|{p['org']}|{fold(p['role'] or '')}"
        for p in event["participants"]
    )
    signature = "\x1f".join([event["type"], event["date"] or "", *parties])
    digest = hashlib.sha1(signature.encode()).hexdigest()
    columns = (
        event["type"],
        event["date"],
        event["place"],
        event["occasion"],
        digest,
        json.dumps(event, ensure_ascii=False),
        identity_of(event, digest, 0).encoded(),  # its near-duplicate group joins at write
    )
    participants = []
    for position, p in enumerate(event["participants"]):
        key = entity = None
        if p["entity_id"]:
            key, entity = _entity_columns("person", p["entity_id"], p["name"], None)
        values = (position, p["name"], p["title"], p["role"], p["affiliation"], p["country"])
        participants.append((key, entity, (*values, p["org"], p["side"])))
    return columns, participants


_MMAP_BYTES = 1 << 30  # the first GiB of an archive is read through a memory map


class Archive:
    """An archive: a SQLite file, or a PostgreSQL database given by its URL
    (``postgresql://user@host/db``). Use as a context manager, or call ``close``.

    ``readonly`` opens an existing, up-to-date archive for reading only (what a server's
    pages use): any statement that would write fails.
    """

    def __init__(
        self,
        location: str | os.PathLike[str] | None = None,
        readonly: bool = False,
        text_part_items: int = PART_ITEMS,
    ) -> None:
        self.text_part_items = text_part_items  # see nashra.storage.text_parts
        if location is not None and postgres.is_url(location):
            self.path = None
            self.location = str(location)
            self.dialect = POSTGRES
            self.db: Any = postgres.Connection(str(location), readonly)
            try:
                self.version = (postgres.check_version if readonly else postgres.migrate)(self.db)
            except BaseException:
                self.db.close()
                raise
        else:
            self._open_sqlite(Path(location) if location is not None else default_path(), readonly)
        self._near: NearDuplicates | None = None
        self._near_seen = 0  # the last item id the near-duplicate index has seen
        self._entities: tuple[int, dict[str, int]] | None = None
        self._happenings: Happenings | None = None
        self._happenings_seen = 0  # the last event id the happenings have seen
        self._fathers: dict[str, str | None] = {}  # person key → its first holder's father
        # a foreign name's spelling variant → the key of its first spelling, and how many
        # of the entity keys (in the order they were read or made) it has seen
        self._spellings: tuple[dict[str, int] | None, int, dict[str, str]] = (None, 0, {})
        if not readonly:
            self._settle_identities()
            self._settle_analysis()
            if not self.dialect.postgres:
                self._remake_leaders()  # an archive older than its lists gets them once

    def _open_sqlite(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.location = str(path)
        self.dialect = SQLITE
        if readonly and not path.exists():
            raise FileNotFoundError(f"no archive at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 5000")
        # Reads through a memory map copy no pages (a tenth of a search: its articles' text
        # and the index pages BM25 reads); past the map's end, reads go as before.
        self.db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        if readonly:
            self.version = check_version(self.db)
            self.db.execute("PRAGMA query_only = ON")
        else:
            _write_ahead_log(self.db)
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.version = migrate(self.db)

    def text_parts(self) -> list[TextPart]:
        """The parts of the full-text index, newest first (one table on PostgreSQL)."""
        return [TextPart(FIRST_PART, 0)] if self.dialect.postgres else text_parts(self.db)

    @property
    def name(self) -> str:
        """The archive's location fit to print (a URL without its password)."""
        return postgres.shown(self.location)

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # ---- writing -----------------------------------------------------------------------

    def ingest(
        self,
        documents: Iterable[Document],
        *,
        workers: int = 1,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[IngestStats], None] | None = None,
    ) -> IngestStats:
        """Extract and store documents; those already stored are skipped.

        With several workers, extraction runs in worker processes while this one writes:
        results come back in input order, so ids are the same whatever the worker count.
        """
        stats = IngestStats()
        report = on_error or (lambda _message: None)
        new = self.new_documents(documents, stats)
        if workers > 1:
            pairs: Iterator[tuple[Document, Prepared]] = _prepared_in_workers(new, workers, report)
        else:
            pairs = ((d, prepare(d)) for d in new)
        for batch in batches(pairs, BATCH):
            self.store(batch, stats, report)
            if on_progress is not None:
                on_progress(stats)
        self.settle(stats)
        return stats

    def new_documents(
        self, documents: Iterable[Document], stats: IngestStats
    ) -> Iterator[Document]:
        """The documents not stored yet (by content hash); the others count as skipped."""
        known = {row[0] for row in self.db.execute("SELECT content_hash FROM documents")}
        for document in documents:
            digest = content_hash(document)
            if digest in known:
                stats.skipped += 1
                continue
            known.add(digest)  # the same document twice in one run is stored once
            yield document

    def store(
        self,
        batch: list[tuple[Document, Prepared]],
        stats: IngestStats,
        report: Callable[[str], None],
    ) -> None:
        """Store one batch of extracted documents in one transaction: all of it or none."""
        try:
            with self._writing(lock_documents=True):
                near = self.near_duplicates()  # under the lock: what other writers stored too
                self._record_extraction()
                self._write(batch, stats, report, near)
        except BaseException:
            # What the caches learnt of this batch is gone with it.
            self._near = self._entities = self._happenings = None
            self._fathers = {}
            raise

    @contextmanager
    def _writing(self, lock_documents: bool = False) -> Iterator[None]:
        """One write transaction, under the write lock: committed, or rolled back on any
        error. ``lock_documents``: on PostgreSQL, one writer at a time, as SQLite's write lock
        has it (ids are chosen under it)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if lock_documents and self.dialect.postgres:
                self.db.execute("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE")
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write(self, batch, stats: IngestStats, report, near: NearDuplicates) -> None:
        """Insert one batch with ids chosen here (this connection holds the write lock), so
        every table takes its rows in one ``executemany``."""
        db = self.db
        hashes = [prepared.hash for _, prepared in batch]
        stored = {
            row[0]
            for row in db.execute(
                "SELECT content_hash FROM documents WHERE content_hash IN "
                f"({','.join('?' * len(hashes))})",
                hashes,
            )
        }  # by another writer since this run began
        document_id, item_id, event_id, entity_id = (
            db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            for table in ("documents", "items", "events", "entities")
        )
        entity_ids = self._entity_ids(entity_id)
        happenings = self._happenings_at(event_id)
        rows: dict[str, list[tuple]] = {
            name: []
            for name in (
                "documents",
                "items",
                "item_records",
                "item_text",
                "minhashes",
                "entities",
                "mentions",
                "events",
                "participants",
            )
        }

        def entity(key: str, columns: tuple, story: int) -> int:
            nonlocal entity_id
            if columns[0] == "person" and "|" in key:
                key = self._person_of_father(key, columns[1], entity_ids, rows["entities"])
                key = self._first_spelling(key, entity_ids)
            elif columns[0] == "person" and one_of_many(key):
                key = story_key(key, story)  # the near-duplicate cluster: reprints share it
            found = entity_ids.get(key)
            if found is None:
                entity_id += 1
                found = entity_ids[key] = entity_id
                rows["entities"].append((found, key, *columns))
            return found

        for document, prepared in batch:
            if prepared.error is not None:
                report(f"{document.where}: {prepared.error}")
                stats.errors += 1
                continue
            if prepared.hash in stored:
                stats.skipped += 1
                continue
            document_id += 1
            rows["documents"].append((document_id, prepared.hash, *_document_columns(document)))
            for item in prepared.items:
                item_id += 1
                cluster = item_id
                if item.minhash is not None:
                    cluster = near.add(item_id, item.minhash)
                    rows["minhashes"].append((item_id, item.minhash))
                rows["items"].append((item_id, document_id, *item.item, cluster))
                rows["item_records"].append((item_id, item.record))
                rows["item_text"].append((item_id, item.exact, item.stem, item.clitic))
                for key, columns, mention in item.mentions:
                    rows["mentions"].append((item_id, entity(key, columns, cluster), *mention))
                for columns, participants in item.events:
                    event_id += 1
                    kind, date, signature, identity = columns[0], columns[1], columns[4], columns[6]
                    told = Identity.decoded(identity, kind, date, signature, cluster)
                    happening = happenings.happening_of(event_id, told)
                    rows["events"].append((event_id, item_id, *columns, happening))
                    for key, entity_columns, values in participants:
                        person = entity(key, entity_columns, cluster) if key is not None else None
                        rows["participants"].append((event_id, person, *values))
                stats.items += 1
                stats.events += len(item.events)
            stats.documents += 1
        if self.dialect.postgres:
            rows["item_text"] = [(i, postgres.tsvector(*forms)) for i, *forms in rows["item_text"]]
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            if self.dialect.postgres:
                db.copy(table, _COLUMNS_POSTGRES[table], table_rows)  # COPY: the bulk path
            elif table == "item_text":
                part = part_for(db, table_rows[0][0], self.text_part_items)
                db.executemany(_insert(part, _COLUMNS[table]), table_rows)
            else:
                db.executemany(_INSERT[table], table_rows)
        self._entities = (entity_id, entity_ids)
        self._happenings_seen = event_id

    def _person_of_father(
        self, key: str, name: str, entity_ids: dict[str, int], new: list[tuple]
    ) -> str:
        """A person keyed by given and family name, told apart from one of the same names
        and another father: the first of them keeps the key (keys stay stable as documents
        arrive), the next takes one with his father's name in it ("person:محمد بن علي|الغامدي"),
        and a form that names no father stays with the first."""
        father = _father(name)
        if father is None or key not in entity_ids:
            return key
        first = self._first_father(key, entity_ids[key], new)
        if first is None or first == father:
            return key
        given, family = key.removeprefix("person:").split("|", 1)
        return f"person:{given} بن {father}|{family}"

    def _first_spelling(self, key: str, entity_ids: dict[str, int]) -> str:
        """A foreign name spelt another way than before (``فرنسوا هولاند`` after ``فرانسوا
        هولاند``: g written غ or ج, inner long vowels written or not) takes the key of its
        first spelling, so that the person's keys stay stable as documents arrive."""
        variant = spelling_variant(key)
        if variant is None or key in entity_ids:
            return key
        seen_ids, seen, first = self._spellings
        if seen_ids is not entity_ids:  # read again (another writer, a rollback)
            seen, first = 0, {}
        for known in islice(entity_ids, seen, None):
            if (known_variant := spelling_variant(known)) is not None:
                first.setdefault(known_variant, known)
        self._spellings = (entity_ids, len(entity_ids), first)
        return first.setdefault(variant, key)

    def _first_father(self, key: str, entity: int, new: list[tuple]) -> str | None:
        if key not in self._fathers:
            canonical = next((row[3] for row in new if row[0] == entity), None)
            if canonical is None:
                row = self.db.execute("SELECT canonical FROM entities WHERE id = ?", [entity])
                canonical = row.fetchone()[0]
            self._fathers[key] = _father(canonical)
        return self._fathers[key]

    def _happenings_at(self, last_event_id: int) -> Happenings:
        """The happenings new events are matched against, caught up with the events other
        writers stored since this run's last batch (read holding the write lock)."""
        if self._happenings is None:
            self._identify_pending()  # a writer running an older nashra may have left some
            self._happenings = Happenings(self._dated_events, self._undated_happening)
            self._happenings_seen = last_event_id
            return self._happenings
        if last_event_id > self._happenings_seen:
            for happening, identity in self._identities(
                "e.id > ? AND e.identity IS NOT NULL", [self._happenings_seen]
            ):
                self._happenings.learn(happening, identity)
            self._happenings_seen = last_event_id
        return self._happenings

    def _identities(self, where: str, params: list) -> list[tuple[int, Identity]]:
        rows = self.db.execute(
            "SELECT e.happening_id, e.identity, e.type, e.date, e.signature, i.cluster_id "
            f"FROM events e JOIN items i ON i.id = e.item_id WHERE {where} ORDER BY e.id",
            params,
        ).fetchall()
        return [(r[0], Identity.decoded(r[1], r[2], r[3], r[4], r[5])) for r in rows]

    def _dated_events(self, kind: str, day) -> list[tuple[int, Identity]]:
        return self._identities(
            "e.type = ? AND e.date = ? AND e.identity IS NOT NULL", [kind, day.isoformat()]
        )

    def _undated_happening(self, signature: str, cluster: int) -> int | None:
        row = self.db.execute(
            "SELECT min(e.happening_id) FROM events e JOIN items i ON i.id = e.item_id "
            "WHERE e.signature = ? AND i.cluster_id = ? AND e.identity IS NOT NULL",
            [signature, cluster],
        ).fetchone()
        return row[0] if row else None

    def _settle_identities(self) -> None:
        """Identities and happenings for the events of an archive made before nashra kept
        them (schema 5 adds the columns; this fills them, in id order, once)."""
        if (
            self.db.execute("SELECT 1 FROM events WHERE identity IS NULL LIMIT 1").fetchone()
            is None
        ):
            return
        with self._writing(lock_documents=True):
            self._identify_pending()

    def _settle_analysis(self) -> None:
        """The full-text index made again when another version of the analysis made it
        (nashra.text.analysis.ANALYSIS): once, under the write lock, in one transaction, so
        that a search never mixes two analyses."""
        if self._analysis() == str(ANALYSIS):
            return
        with self._writing(lock_documents=True):
            if self._analysis() != str(ANALYSIS):  # another writer may have done it
                self._reindex()
                self.db.execute(
                    "UPDATE settings SET value = ? WHERE key = 'analysis'", [str(ANALYSIS)]
                )

    def _analysis(self) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = 'analysis'").fetchone()
        return row[0] if row else None

    def _reindex(self) -> None:
        """Every item's index forms from its stored text, part by part (SQLite) or row by
        row (PostgreSQL)."""
        if self.dialect.postgres:
            for batch in self._index_rows(0, None):
                self.db.executemany(
                    "UPDATE item_text SET terms = CAST(? AS tsvector) WHERE rowid = ?",
                    [(postgres.tsvector(*forms), i) for i, *forms in batch],
                )
            return
        parts = sorted(text_parts(self.db), key=lambda p: p.first_item)
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            # made anew: an older analysis may have stored other columns
            self.db.execute(f"DROP TABLE {part.name}")
            create_part(self.db, part.name)
            last = following.first_item if following is not None else None
            for batch in self._index_rows(part.first_item, last):
                self.db.executemany(_insert(part.name, _COLUMNS["item_text"]), batch)
            self.db.execute(f"INSERT INTO {part.name} ({part.name}) VALUES ('optimize')")
            leaders.forget(self.db, part.name)  # they rank the old analysis

    def _index_rows(
        self, first: int, last: int | None
    ) -> Iterator[list[tuple[int, str, str, str]]]:
        """(item id, exact forms, stems, clitic readings) of the items from id ``first`` up
        to ``last``, in
        batches, as ``_item_rows`` made them: the item's text, with its headline where the
        headline is not part of the text (a title field)."""
        bound = "" if last is None else " AND items.id < ?"
        cursor = self.db.execute(
            "SELECT items.id, items.start, items.end, items.headline, item_records.record, "
            "documents.text FROM items JOIN item_records ON item_records.item_id = items.id "
            "JOIN documents ON documents.id = items.document_id "
            f"WHERE items.id >= ?{bound} ORDER BY items.id",
            [first] if last is None else [first, last],
        )
        while rows := cursor.fetchmany(BATCH * 5):
            batch = []
            for item_id, start, end, headline, record, text in rows:
                spans = json.loads(record).get("spans")  # (not in the oldest records)
                apart = spans is not None and "headline" not in spans
                forms = _indexed(text[start:end], headline, apart)
                batch.append((item_id, *forms))
            yield batch

    def _identify_pending(self) -> None:
        pending = self.db.execute(
            "SELECT e.id, e.record, e.signature, i.cluster_id FROM events e "
            "JOIN items i ON i.id = e.item_id WHERE e.identity IS NULL ORDER BY e.id"
        ).fetchall()
        happenings = Happenings(self._dated_events, self._undated_happening)
        updates = []
        for event_id, record, signature, cluster in pending:
            identity = identity_of(json.loads(record), signature, cluster)
            happening = happenings.happening_of(event_id, identity)
            updates.append((identity.encoded(), happening, event_id))
        self.db.executemany(
            "UPDATE events SET identity = ?, happening_id = ? WHERE id = ?", updates
        )

    def _entity_ids(self, last_id: int) -> dict[str, int]:
        """Entity ids by key, kept between batches and read again only when the table has
        changed behind our back (another writer) or a batch was rolled back."""
        cached = self._entities
        if cached is None or cached[0] != last_id:
            keys = {row[0]: row[1] for row in self.db.execute("SELECT key, id FROM entities")}
            cached = self._entities = (last_id, keys)
        return cached[1]

    def near_duplicates(self) -> NearDuplicates:
        """The index of the archive's items for near-duplicate lookup, caught up with what
        other writers have stored since it was read (call it holding the write lock: two
        ``nashra ingest`` into one archive cluster each other's copies of a story)."""
        if self._near is None:
            self._near = NearDuplicates()
            self._near_seen = 0
        rows = self.db.execute(
            "SELECT m.item_id, m.signature, i.cluster_id FROM minhashes m "
            "JOIN items i ON i.id = m.item_id WHERE m.item_id > ? ORDER BY m.item_id",
            (self._near_seen,),
        )
        for item_id, blob, cluster in rows:
            if not self._near.knows(item_id):
                self._near.restore(item_id, blob, cluster)
            self._near_seen = item_id
        return self._near

    def extraction(self) -> str | None:
        """The extraction that stored this archive's documents (nashra.storage.fingerprint),
        ``mixed`` when more than one did, None in an archive made before it was recorded."""
        row = self.db.execute("SELECT value FROM settings WHERE key = 'extraction'").fetchone()
        return row[0] if row else None

    def _record_extraction(self) -> None:
        """Under the write lock, before a batch is written: the extraction about to store."""
        current = fingerprint()
        recorded = self.extraction()
        if recorded in (current, MIXED):
            return
        # the archive's first documents, else another release's (or an unrecorded one's) are here
        value = current if recorded is None and not self.holds_documents() else MIXED
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES ('extraction', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [value],
        )

    def settle(self, stats: IngestStats) -> None:
        """After an ingest that stored something: on PostgreSQL, the full-text index's
        pending entries merged and the planner's statistics renewed; on SQLite, each part
        grown enough merged into one segment and its rank leaders made anew (see
        nashra.storage.leaders)."""
        if not stats.documents:
            return
        if self.dialect.postgres:
            postgres.settle(self.db)
        else:
            self._remake_leaders()
            # the write-ahead log holds the merged index a second time until checkpointed:
            # written back now, the archive is its own size on disk (not 60 MB more)
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _remake_leaders(self) -> None:
        """Each part's rank leaders made anew where it has grown enough: read from one
        snapshot of the part (13 s for the corpus, while other writers go on), then stored
        under the write lock in a moment (FTS5 counts a part's rows once its writes are
        committed)."""
        for part in text_parts(self.db):
            if not leaders.stale(self.db, part.name):
                continue
            # A batch writes a segment of its own and FTS5 merges them only now and then: a
            # term is looked up once a segment (11 after the corpus's ingest). Merged into
            # one, a search is 4-6 % quicker; it takes a second for the corpus.
            with self._writing():
                self.db.execute(f"INSERT INTO {part.name} ({part.name}) VALUES ('optimize')")
            self.db.execute("BEGIN")
            try:
                made = leaders.read_leaders(self.db, part.name)
            finally:
                self.db.execute("COMMIT")
            with self._writing():
                leaders.store_leaders(self.db, made)

    # ---- reading -------------------------------------------------------------------------

    def holds_documents(self) -> bool:
        return self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "items", "events", "entities", "mentions")
        }


def _father(name: str | None) -> str | None:
    person = person_of(name) if name else None
    return person.father if person is not None and person.family else None


def _document_columns(document: Document) -> tuple:
    return (
        document.source_id,
        document.source_file,
        document.title,
        document.published.isoformat() if document.published else None,
        document.url,
        document.media,
        document.issue,
        json.dumps(document.tags, ensure_ascii=False),
        document.text,
    )


# Each table's columns, in the order ``_write`` gives its rows.
_COLUMNS = {
    "documents": (
        "id", "content_hash", "source_id", "source_file", "title", "published", "url",
        "media", "issue", "tags", "text",
    ),
    "items": (
        "id", "document_id", "item_index", "headline", "date", "place", "agency", "start",
        "end", "body_start", "cluster_id",
    ),
    "item_records": ("item_id", "record"),
    "item_text": ("rowid", "exact", "stem", "clitic"),
    "minhashes": ("item_id", "signature"),
    "entities": ("id", "key", "type", "canonical", "latin", "code", "folded", "skeleton"),
    "mentions": ("item_id", "entity_id", "start", "end", "text"),
    "events": (
        "id", "item_id", "type", "date", "place", "occasion", "signature", "record", "identity",
        "happening_id",
    ),
    "participants": (
        "event_id", "entity_id", "position", "name", "title", "role", "affiliation",
        "country", "org", "side",
    ),
}  # fmt: skip
# On PostgreSQL the text index is one tsvector column (see nashra.storage.postgres).
_COLUMNS_POSTGRES = {**_COLUMNS, "item_text": ("rowid", "terms")}


def _insert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)  # quoted: "end" is a keyword
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


_INSERT = {table: _insert(table, columns) for table, columns in _COLUMNS.items()}


def batches(pairs: Iterable, size: int) -> Iterator[list]:
    """``pairs`` in lists of ``size`` (the last one shorter)."""
    batch: list = []
    for document in pairs:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_CHUNK = 8  # documents per task sent to a worker
_RESTARTS = 5  # worker pools replaced in one ingest before it gives up
_WATCH = 2.0  # seconds between looks for a dead worker while an answer is awaited


def _pool(workers: int):
    """Worker processes for extraction; the archive is written by this process alone."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    return ProcessPoolExecutor(workers, mp_context=context)


def _processes(pool) -> list:
    """The worker processes of a pool (its private map; empty once it is shut down)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _abandon(pool) -> None:
    """Free a pool stuck after a worker died, so that nothing of it waits for ever — here, or at the
    interpreter's exit, which joins every pool's manager thread. A worker killed while it
    wrote an answer leaves that thread reading the rest of it for ever (CPython 3.11): its
    survivors are killed and this process closes its own ends of the pool's pipes (before
    the next pool forks and inherits them), so the thread reads the end of the pipe and
    the queue's feeder stops writing to a pipe no one reads."""
    for process in _processes(pool):
        process.kill()
    for queue, end in (("_result_queue", "_writer"), ("_call_queue", "_reader")):
        connection = getattr(getattr(pool, queue, None), end, None)
        if connection is not None:
            connection.close()


def _prepare_all(documents: list[Document]) -> list[Prepared]:
    return [prepare(d) for d in documents]


def _prepared_in_workers(
    documents: Iterator[Document], workers: int, report: Callable[[str], None]
) -> Iterator[tuple[Document, Prepared]]:
    """Each document with its extraction, in input order, extracted by worker processes
    pulling documents lazily (a few chunks ahead). A worker that dies — killed, out of
    memory — breaks the pool: a new one takes the chunks not yet answered, so no document
    is lost and the ingest does not wait for an answer that will never come."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(workers)
    pending: deque[tuple[list[Document], Any]] = deque()
    restarts = 0
    dead_seen = False  # a dead worker seen at the last look, its pool not broken

    def answered(future) -> bool:
        return future.done() and not future.cancelled() and future.exception() is None

    def restart(stuck: bool = False) -> None:
        nonlocal pool, pending, restarts, dead_seen
        restarts += 1
        dead_seen = False
        if restarts > _RESTARTS:
            raise RuntimeError(f"extraction workers died {restarts} times: giving up")
        report(f"an extraction worker died; restarting the workers ({restarts})")
        if stuck:
            _abandon(pool)  # (a broken pool's own thread has already shut it)
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(workers)
        pending = deque(
            (chunk, future if answered(future) else pool.submit(_prepare_all, chunk))
            for chunk, future in pending
        )

    def submit() -> bool:
        chunk = list(islice(documents, _CHUNK))
        if not chunk:
            return False
        while True:
            try:
                pending.append((chunk, pool.submit(_prepare_all, chunk)))
                return True
            except BrokenProcessPool:
                restart()

    try:
        while len(pending) < workers * 4 and submit():
            pass
        while pending:
            chunk, future = pending[0]
            try:
                results = future.result(timeout=_WATCH)
            except TimeoutError:
                # A worker killed while it wrote an answer leaves its pool waiting for ever,
                # never broken (CPython 3.11): a worker dead at two looks in a row, its pool
                # still not broken, means that pool is stuck.
                dead = any(process.exitcode is not None for process in _processes(pool))
                if dead and dead_seen and not getattr(pool, "_broken", False):
                    restart(stuck=True)
                dead_seen = dead
                continue
            except BrokenProcessPool:
                restart()
                continue
            pending.popleft()
            yield from zip(chunk, results, strict=True)
            submit()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _write_ahead_log(db: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch a SQLite archive to write-ahead logging. Switching needs the database to
    itself, and SQLite answers "locked" at once rather than waiting (no busy handler for
    it): while another process creates the same archive, try again for a while."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
