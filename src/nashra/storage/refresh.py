"""An archive read again by this nashra: its documents extracted anew, so that events,
people and their keys are what this release makes of them, not what the release that
stored them made.

Everything nashra derives from a document (items, events, entities and their keys,
near-duplicate clusters, happenings, the full-text index) is made by extraction at ingest.
A release that reads names or constructions better changes those rows for documents
stored from then on only; an archive would mix two readings. ``refresh`` copies the stored
documents, in their order, into a new archive through the ordinary ingest (so the result
is the archive a fresh ingest of the same documents makes) and carries the composed
bulletins over. Each archive records the extraction that made it (``fingerprint``), so
that ``nashra ingest`` can say when its documents were read by another release.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from nashra.model import Document
from nashra.storage.archive import Archive, IngestStats, content_hash
from nashra.storage.fingerprint import fingerprint


def stale(archive: Archive) -> bool:
    """Whether some stored documents were extracted by another release than this one."""
    recorded = archive.extraction()
    if recorded is None:  # made before archives recorded it: stale if it holds anything
        return archive.holds_documents()
    return recorded != fingerprint()


@dataclass(slots=True)
class RefreshStats:
    ingest: IngestStats
    bulletins: int = 0
    items_dropped: int = 0  # items a composed bulletin listed that the new reading lacks


def stored_documents(archive: Archive) -> Iterator[Document]:
    """The archive's documents as they were read, in the order they were stored.

    A bulletin's title is read off its text by segmentation and stored with it; a title
    that was a field of its own (an article's) was part of the content hash. Whichever
    of the two gives the stored hash back is how the document came in."""
    rows = archive.db.execute(
        "SELECT content_hash, source_id, source_file, title, published, url, media, text "
        "FROM documents ORDER BY id"
    )
    for digest, source_id, source_file, title, published, url, media, text in rows:
        document = Document(
            text=text,
            source_id=source_id,
            source_file=source_file,
            title=title,
            published=_date(published),
            url=url,
            media=media,
        )
        if title is not None and content_hash(document) != digest:
            document.title = None
        yield document


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def refresh(
    source: Archive,
    target: Archive,
    *,
    workers: int = 1,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
) -> RefreshStats:
    """Extract ``source``'s documents again into ``target`` (an empty archive) and carry
    its composed bulletins over, their items found again by document and position."""
    if target.holds_documents():
        raise ValueError(f"{target.name} holds documents already: refresh into a new archive")
    stats = RefreshStats(
        target.ingest(
            stored_documents(source),
            workers=workers,
            on_error=on_error,
            on_progress=on_progress,
        )
    )
    _carry_bulletins(source, target, stats)
    return stats


def _carry_bulletins(source: Archive, target: Archive, stats: RefreshStats) -> None:
    place = (
        "SELECT i.id, d.content_hash, i.item_index FROM items i "
        "JOIN documents d ON d.id = i.document_id"
    )
    old = {row[0]: (row[1], row[2]) for row in source.db.execute(place)}
    new = {(row[1], row[2]): row[0] for row in target.db.execute(place)}
    bulletins = source.db.execute(
        "SELECT number, title, date, tags, items, created_at FROM bulletins ORDER BY number"
    ).fetchall()
    if not bulletins:
        return
    target.db.execute("BEGIN")
    try:
        for number, title, date, tags, items, created_at in bulletins:
            found = [new.get(old.get(item_id)) for item_id in json.loads(items)]
            kept = [item_id for item_id in found if item_id is not None]
            stats.items_dropped += len(found) - len(kept)
            target.db.execute(
                "INSERT INTO bulletins (number, title, date, tags, items, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [number, title, str(date), tags, json.dumps(kept), str(created_at)],
            )
            stats.bulletins += 1
        target.db.execute("COMMIT")
    except BaseException:
        target.db.execute("ROLLBACK")
        raise
