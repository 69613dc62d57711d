"""A SQLite archive's full-text index, in parts by item id.

FTS5's BM25 counts, for every query term, the items of the whole table holding it: at a
million items a common word costs tens of milliseconds before one row is scored. The index
is therefore a run of FTS5 tables, each holding the items from its ``first_item`` on (the
newest part the newest items). A search ranks the newest matches, which lie in the newest
part or two, so each term is counted over a part, not over the archive; BM25's document
frequencies come from that part, a sample of tens of thousands of items.

Items are stored in batches of ascending ids: a batch starting ``PART_ITEMS`` or more ids
past the newest part's first opens a new part. PostgreSQL keeps one table (its ``ts_rank``
counts nothing across rows).
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

PART_ITEMS = 131_072  # items per part: a common term is counted in a few milliseconds
FIRST_PART = "item_text"
# Contentless: the index keeps its terms and their counts, not the forms a second time
# (snippets and records read the documents): a quarter of the size.
_CREATE = (
    "CREATE VIRTUAL TABLE {name} USING fts5(exact, stem, clitic, tokenize = '{tokenizer}', "
    "content = '')"
)
TOKENIZER = "unicode61 remove_diacritics 0"


class TextPart(NamedTuple):
    name: str  # the FTS5 table
    first_item: int  # it holds the items from this id up to the next part's first


def text_parts(db: sqlite3.Connection) -> list[TextPart]:
    """The parts, newest first."""
    rows = db.execute("SELECT name, first_item FROM text_parts ORDER BY first_item DESC")
    return [TextPart(name, first) for name, first in rows]


def part_for(db: sqlite3.Connection, first_item: int, part_items: int = PART_ITEMS) -> str:
    """The part a batch of items starting at ``first_item`` goes into, opened if the newest
    part is full. Runs inside the batch's transaction, so a batch rolled back takes its
    new part with it."""
    name, first = db.execute(
        "SELECT name, first_item FROM text_parts ORDER BY first_item DESC LIMIT 1"
    ).fetchone()
    if first_item - first < part_items:
        return name
    count = db.execute("SELECT count(*) FROM text_parts").fetchone()[0]
    name = f"{FIRST_PART}_{count + 1}"
    create_part(db, name)
    db.execute("INSERT INTO text_parts (name, first_item) VALUES (?, ?)", [name, first_item])
    return name


def create_part(db: sqlite3.Connection, name: str) -> None:
    """An empty part of the index, with the columns of nashra.text.analysis.index_forms."""
    db.execute(_CREATE.format(name=name, tokenizer=TOKENIZER))
