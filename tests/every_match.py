"""The first matches of a search by FTS5 scoring every one of them: what a ranked page must
equal (nashra.search.ranked)."""

from __future__ import annotations

from nashra.search.engine import Match
from nashra.storage import Archive


def ranked_by_fts5(archive: Archive, match: Match, n: int) -> list[int]:
    """The item ids of ``match``'s first ``n`` matches, BM25 scoring all of them in every
    part it searches, equal ranks newest first."""
    selects = match.select(archive.dialect, f"{match.selected} AS id", scored=True)
    rows = archive.db.execute(
        " UNION ALL ".join(sql for sql, _ in selects) + " ORDER BY rank, id DESC LIMIT ?",
        [*(p for _, params in selects for p in params), n],
    )
    return [row[0] for row in rows]
