"""Rank leaders: for each common word of a part of the full-text index, the items its BM25
ranks first, and a ceiling on the score of every other item.

FTS5 scores every match of a query before it can say which twenty come first: 10 ms for a
word in half the archive. A word's leaders (IR's champion lists) let a search rank only
the leaders of its query's words, then prove the answer: an item outside every list
scores at most the sum of the words' ceilings, so once the page's last hit scores more,
no other match can enter the page (see nashra.search.ranked). A search that cannot prove
its page ranks every match.

BM25 of a phrase is ``idf * g(f, D)``: ``idf`` from the part's rows and the phrase's, ``g``
from the phrase's weighted count in an item and the item's length against the part's
average. A list keeps ``g``'s ceiling, not the score's, with the counts it was made with,
so that it stays a ceiling as items are added: a search counts the items holding the
phrase that were added since (its ``idf`` now), and an average length ``a1`` after
``a0`` raises no ``g`` by more than ``a1 / a0``. Those items are candidates themselves;
once a part has grown by ``REMAKE_SHARE``, its lists are made anew. A list's ceiling is
kept at each of ``DEPTHS``: a search reads the shallowest first.

SQLite only: PostgreSQL's ``ts_rank`` keeps a window of the newest matches.
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from dataclasses import dataclass

from nashra.text.analysis import RANKING, stem

# Items a phrase keeps, best first, and the depths a search reads them to in turn: the
# first 200 settle a word alone, the next an OR of common words.
DEPTHS = (200, 1_000)
COMMON = 1_000  # a phrase in more of a part's items than this has leaders
REMAKE_SHARE = 0.05  # a part grown by this share since its lists were made gets new ones

_WEIGHTS = ", ".join(map(str, RANKING))
_ID = "I"  # a list's item ids, four bytes each


def _unpacked(kind: str, block: bytes) -> list:
    values = array(kind)
    values.frombytes(block)
    return values.tolist()


def quoted(word: str) -> str:
    """A word or words as an FTS5 string: never read as its syntax."""
    return '"' + word.replace('"', '""') + '"'


# The phrases a query of one word is made of (nashra.search.query.to_fts), one list each.
def any_column(word: str) -> str:
    """A word the stemmer leaves as it is, in every column."""
    return quoted(word)


def exact_column(word: str) -> str:
    """A word as written."""
    return f"exact : {quoted(word)}"


def stem_columns(stem_: str) -> str:
    """A stem, and the readings without a clitic."""
    return f"{{stem clitic}} : {quoted(stem_)}"


@dataclass(frozen=True)
class PartCounts:
    """A part's rows and tokens, as FTS5 keeps them for BM25."""

    rows: int
    tokens: int

    @property
    def average(self) -> float:
        return self.tokens / self.rows if self.rows else 0.0


def part_counts(db: sqlite3.Connection, part: str) -> PartCounts:
    """Read from the part's averages record (row 1 of its data table): the row count, then
    each column's token total, as varints."""
    row = db.execute(f"SELECT block FROM {part}_data WHERE id = 1").fetchone()
    values = _varints(row[0]) if row and row[0] else [0]
    return PartCounts(values[0], sum(values[1:]))


def _varints(block: bytes) -> list[int]:
    """SQLite's varints: seven bits a byte, high bit set but on the last; a ninth byte whole."""
    values, i = [], 0
    while i < len(block):
        value = 0
        for n in range(9):
            byte = block[i]
            i += 1
            if n == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


def idf(rows: int, found: int) -> float:
    """FTS5's BM25 idf of a phrase in ``found`` of ``rows`` items."""
    value = math.log((rows - found + 0.5) / (found + 0.5))
    return value if value > 0 else 1e-6


@dataclass(frozen=True)
class Leaders:
    """One phrase's list in one part."""

    items: list[int]  # best first
    ceilings: list[float]  # at each depth, g of the best item below it (0: none is)
    found: int  # the part's items holding the phrase, when made

    def bound(self, depth: int, made: PartCounts, now: PartCounts, added: int) -> float:
        """The highest BM25 score (as a positive number) an item stored before the list
        and not among its first ``DEPTHS[depth]`` can have now, when ``added`` items holding
        the phrase have been stored since."""
        ceiling = self.ceilings[depth]
        if not ceiling:
            return 0.0
        growth = max(1.0, now.average / made.average) if made.average else 1.0
        # a hair above: FTS5 and this sum the same doubles in another order
        return idf(now.rows, self.found + added) * ceiling * growth * (1 + 1e-9)


@dataclass(frozen=True)
class PartLeaders:
    """A part's lists and the counts they were made with; ``last_item``: the newest item
    they saw (those after it are candidates of every search)."""

    made: PartCounts
    last_item: int
    depths: tuple[int, ...]  # each list's ceilings are after this many items

    def lists(self, db: sqlite3.Connection, part: str, phrases: list[str]) -> dict[str, Leaders]:
        rows = db.execute(
            "SELECT phrase, items, ceilings, found FROM rank_leaders WHERE part = ? AND phrase "
            f"IN ({','.join('?' * len(phrases))})",
            [part, *phrases],
        )
        return {
            phrase: Leaders(_unpacked(_ID, items), _unpacked("d", ceilings), found)
            for phrase, items, ceilings, found in rows
        }


def part_leaders(db: sqlite3.Connection, part: str) -> PartLeaders | None:
    """The part's lists' making, or None if it has none."""
    row = db.execute(
        "SELECT rows, tokens, last_item, depths FROM rank_leader_parts WHERE part = ?", [part]
    ).fetchone()
    if row is None:
        return None
    depths = tuple(int(d) for d in row[3].split())
    return PartLeaders(PartCounts(row[0], row[1]), row[2], depths)


def common_phrases(db: sqlite3.Connection, part: str, common: int = COMMON) -> list[str]:
    """The phrases of one word in more than ``common`` of the part's items, as a query
    writes them."""
    db.execute(f"CREATE VIRTUAL TABLE temp.leader_columns USING fts5vocab(main, {part}, 'col')")
    db.execute(f"CREATE VIRTUAL TABLE temp.leader_rows USING fts5vocab(main, {part}, 'row')")
    try:
        phrases = {
            exact_column(term) if column == "exact" else stem_columns(term)
            for term, column in db.execute(
                "SELECT term, col FROM temp.leader_columns WHERE doc > ?", [common]
            )
        }
        phrases |= {
            any_column(term)
            for (term,) in db.execute("SELECT term FROM temp.leader_rows WHERE doc > ?", [common])
            if stem(term) == term
        }
    finally:
        db.execute("DROP TABLE temp.leader_columns")
        db.execute("DROP TABLE temp.leader_rows")
    return sorted(phrases)


@dataclass(frozen=True)
class MadeLists:
    """A part's lists as read from one snapshot of it, to be stored."""

    part: str
    counts: PartCounts
    last_item: int
    depths: tuple[int, ...]
    rows: list[tuple]  # (part, phrase, items, ceilings, found)


def read_leaders(
    db: sqlite3.Connection, part: str, depths: tuple[int, ...] = DEPTHS, common: int = COMMON
) -> MadeLists:
    """The part's lists, read inside the caller's transaction (a read snapshot will do:
    other writers go on meanwhile), after the part's writes are committed."""
    counts = part_counts(db, part)
    (last,) = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {part}").fetchone()
    rows = []
    for phrase in common_phrases(db, part, common):
        count = f"SELECT count(*) FROM {part} WHERE {part} MATCH ?"
        (found,) = db.execute(count, [phrase]).fetchone()
        best = db.execute(
            f"SELECT rowid, bm25({part}, {_WEIGHTS}) AS score FROM {part} WHERE {part} MATCH ? "
            "ORDER BY score, rowid DESC LIMIT ?",
            [phrase, depths[-1] + 1],
        ).fetchall()
        weight = idf(counts.rows, found)
        ceilings = array("d", [-best[d][1] / weight if len(best) > d else 0.0 for d in depths])
        ids = array(_ID, [i for i, _ in best[: depths[-1]]])
        rows.append((part, phrase, ids.tobytes(), ceilings.tobytes(), found))
    return MadeLists(part, counts, last, depths, rows)


def store_leaders(db: sqlite3.Connection, made: MadeLists) -> bool:
    """Store lists read before, inside the caller's write transaction, unless another
    writer stored newer ones or the part was made anew since (a reindex); whether stored.
    Lists of an older snapshot stay sound: the items added since are a search's
    candidates."""
    now, stored = part_counts(db, made.part), part_leaders(db, made.part)
    if now.rows < made.counts.rows or (
        now.rows == made.counts.rows and now.tokens != made.counts.tokens
    ):
        return False
    if stored is not None and stored.made.rows >= made.counts.rows:
        return False
    forget(db, made.part)
    db.executemany(
        "INSERT INTO rank_leaders (part, phrase, items, ceilings, found) VALUES (?, ?, ?, ?, ?)",
        made.rows,
    )
    db.execute(
        "INSERT INTO rank_leader_parts (part, rows, tokens, last_item, depths) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            made.part,
            made.counts.rows,
            made.counts.tokens,
            made.last_item,
            " ".join(map(str, made.depths)),
        ],
    )
    return True


def make_leaders(
    db: sqlite3.Connection, part: str, depths: tuple[int, ...] = DEPTHS, common: int = COMMON
) -> int:
    """Make the part's lists anew inside the caller's write transaction (after the part's
    writes are committed); the number made."""
    forget(db, part)
    made = read_leaders(db, part, depths, common)
    store_leaders(db, made)
    return len(made.rows)


def forget(db: sqlite3.Connection, part: str) -> None:
    """The part's lists dropped (its next search ranks every match)."""
    db.execute("DELETE FROM rank_leaders WHERE part = ?", [part])
    db.execute("DELETE FROM rank_leader_parts WHERE part = ?", [part])


def stale(db: sqlite3.Connection, part: str, share: float = REMAKE_SHARE) -> bool:
    """Whether the part has grown by ``share`` since its lists were made (or has none and
    holds a common phrase's worth of items)."""
    made, now = part_leaders(db, part), part_counts(db, part)
    if made is None:
        return now.rows > COMMON
    return now.rows - made.made.rows > share * made.made.rows
