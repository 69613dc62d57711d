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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nashra.extraction.entities import transliterate
from nashra.model import Document, Item
from nashra.search.analyzer import index_forms
from nashra.storage.dedup import NearDuplicates, signature_of
from nashra.storage.names import name_skeletons
from nashra.storage.schema import migrate
from nashra.text.normalization import fold

BATCH = 200  # documents per transaction


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("nashra")) / "archive.sqlite"


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
    """A document and what extraction made of it, ready to be stored (picklable)."""

    document: Document
    hash: str
    items: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def prepare(document: Document) -> Prepared:
    """Extract a document for storage: the work a worker process does."""
    from nashra.extraction.pipeline import extract

    prepared = Prepared(document, content_hash(document))
    try:
        items = extract(document)
    except Exception as exc:  # reported, and the batch goes on
        prepared.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return prepared
    prepared.items = [_item_row(item) for item in items]
    return prepared


def _item_row(item: Item) -> dict[str, Any]:
    record = item.to_record()
    text = item.document.text
    body = item.body
    exact, stems = index_forms(" ".join(filter(None, [item.headline, body])))
    return {
        "record": record,
        "start": item.span.start,
        "end": item.span.end,
        "body_start": item.body_span.start,
        "exact": exact,
        "stem": stems,
        "minhash": signature_of(body) if len(body) > 200 else None,
        "mentions": [
            (e["type"], e["code"] or fold(e["canonical"] or e["text"]), e)
            for e in record["entities"]
        ],
        "text_len": len(text),
    }


class Archive:
    """An archive file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 5000")
        self.version = migrate(self.db)
        self._near: NearDuplicates | None = None

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
        """Extract and store documents; those already stored are skipped."""
        stats = IngestStats()
        report = on_error or (lambda _message: None)
        pool = _pool(workers) if workers > 1 else None
        try:
            for batch in _batches(self._new(documents, stats), BATCH):
                if pool is None:
                    prepared = [prepare(d) for d in batch]
                else:
                    chunk = max(1, len(batch) // (workers * 4))
                    prepared = pool.map(prepare, batch, chunksize=chunk)
                self._store(prepared, stats, report)
                if on_progress is not None:
                    on_progress(stats)
        finally:
            if pool is not None:
                pool.terminate()
        return stats

    def _new(self, documents: Iterable[Document], stats: IngestStats) -> Iterator[Document]:
        known = {row[0] for row in self.db.execute("SELECT content_hash FROM documents")}
        for document in documents:
            if content_hash(document) in known:
                stats.skipped += 1
                continue
            yield document

    def _store(self, batch: list[Prepared], stats: IngestStats, report) -> None:
        near = self.near_duplicates()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for prepared in batch:
                document = prepared.document
                if prepared.error is not None:
                    where = document.source_file or document.source_id
                    if document.line is not None:
                        where = f"{where}:{document.line}"
                    report(f"{where}: {prepared.error}")
                    stats.errors += 1
                    continue
                if self.db.execute(
                    "SELECT 1 FROM documents WHERE content_hash = ?", (prepared.hash,)
                ).fetchone():
                    stats.skipped += 1  # the same document twice in one run
                    continue
                document_id = self._insert_document(document, prepared.hash)
                for row in prepared.items:
                    self._insert_item(document_id, row, near)
                    stats.items += 1
                    stats.events += len(row["record"]["events"])
                stats.documents += 1
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            self._near = None  # what it learnt of this batch is gone with it
            raise

    def _insert_document(self, document: Document, digest: str) -> int:
        cursor = self.db.execute(
            """INSERT INTO documents (content_hash, source_id, source_file, title, published,
               url, media, issue, tags, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                digest,
                document.source_id,
                document.source_file,
                document.title,
                document.published.isoformat() if document.published else None,
                document.url,
                document.media,
                document.issue,
                json.dumps(document.tags, ensure_ascii=False),
                document.text,
            ),
        )
        return cursor.lastrowid

    def _insert_item(self, document_id: int, row: dict[str, Any], near: NearDuplicates) -> None:
        record = row["record"]
        dateline = record["dateline"]
        cursor = self.db.execute(
            """INSERT INTO items (document_id, item_index, headline, date, place, agency, start,
               end, body_start, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                document_id,
                record["item_index"],
                record["headline"],
                record["date"],
                dateline["place"],
                dateline["agency"],
                row["start"],
                row["end"],
                row["body_start"],
                json.dumps(record, ensure_ascii=False),
            ),
        )
        item_id = cursor.lastrowid
        self.db.execute(
            "INSERT INTO item_text (rowid, exact, stem) VALUES (?, ?, ?)",
            (item_id, row["exact"], row["stem"]),
        )
        cluster = item_id
        if row["minhash"] is not None:
            cluster = near.add(item_id, row["minhash"])
            self.db.execute(
                "INSERT INTO minhashes (item_id, signature) VALUES (?, ?)",
                (item_id, row["minhash"].tobytes()),
            )
        self.db.execute("UPDATE items SET cluster_id = ? WHERE id = ?", (cluster, item_id))
        for kind, code, entity in row["mentions"]:
            entity_id = self._entity(kind, code, entity)
            start, end = entity["span"]
            self.db.execute(
                "INSERT INTO mentions (item_id, entity_id, start, end, text) "
                "VALUES (?, ?, ?, ?, ?)",
                (item_id, entity_id, start, end, entity["text"]),
            )
        for event in record["events"]:
            self._insert_event(item_id, event)

    def _entity(self, kind: str, code: str, entity: dict[str, Any]) -> int:
        key = code if kind == "person" else f"{kind}:{code}"
        found = self.db.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if found:
            return found[0]
        canonical = entity.get("canonical") or entity["text"]
        latin = entity.get("latin") or (transliterate(canonical) if kind == "person" else None)
        cursor = self.db.execute(
            "INSERT INTO entities (key, type, canonical, latin, code, folded, skeleton) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                kind,
                canonical,
                latin,
                code if kind != "person" else None,
                " ".join(fold(canonical).split()),
                name_skeletons(latin) if latin else None,
            ),
        )
        return cursor.lastrowid

    def _insert_event(self, item_id: int, event: dict[str, Any]) -> None:
        parties = sorted(
            p["entity_id"] or f"{p['country']}|{p['org']}|{fold(p['role'] or '')}"
            for p in event["participants"]
        )
        signature = "\x1f".join([event["type"], event["date"] or "", *parties])
        cursor = self.db.execute(
            "INSERT INTO events (item_id, type, date, place, occasion, signature, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item_id,
                event["type"],
                event["date"],
                event["place"],
                event["occasion"],
                hashlib.sha1(signature.encode()).hexdigest(),
                json.dumps(event, ensure_ascii=False),
            ),
        )
        event_id = cursor.lastrowid
        for position, p in enumerate(event["participants"]):
            entity_id = None
            if p["entity_id"]:
                entity_id = self._entity(
                    "person",
                    p["entity_id"],
                    {
                        "canonical": p["name"],
                        "text": p["name"],
                        "latin": None,
                    },
                )
            self.db.execute(
                """INSERT INTO participants (event_id, position, entity_id, name, title, role,
                   affiliation, country, org, side) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    event_id,
                    position,
                    entity_id,
                    p["name"],
                    p["title"],
                    p["role"],
                    p["affiliation"],
                    p["country"],
                    p["org"],
                    p["side"],
                ),
            )

    def near_duplicates(self) -> NearDuplicates:
        if self._near is None:
            self._near = NearDuplicates()
            rows = self.db.execute(
                "SELECT m.item_id, m.signature, i.cluster_id FROM minhashes m "
                "JOIN items i ON i.id = m.item_id ORDER BY m.item_id"
            )
            for item_id, blob, cluster in rows:
                self._near.restore(item_id, blob, cluster)
        return self._near

    # ---- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "items", "events", "entities", "mentions")
        }


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _pool(workers: int):
    """Worker processes for extraction; the archive is written by this process alone."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    return context.Pool(workers)
