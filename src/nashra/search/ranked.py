"""The first hits of a full-text search on SQLite, by BM25 over every match.

FTS5 ranks a query's matches by scoring each of them: 10 ms for a word in half the
archive. A part of the index that keeps its common words' rank leaders
(:mod:`nashra.storage.leaders`) is asked first for a proven page: the leaders of the
query's common phrases, every item holding one of its rare phrases and every item added
since the lists were made are scored, and if the page's last hit scores more than the
sum of the common phrases' ceilings, no other match can outrank it. Otherwise (a prefix
or a phrase of many words matching thousands of items, an OR of common words a page of
leaders does not settle, an AND of two words, whose matches few leaders hold) the part's
every match is ranked.

Each part ranks with its own statistics, as FTS5 counts them (see
:mod:`nashra.storage.text_parts`); the parts' pages are merged by score.
"""

from __future__ import annotations

import json
import sqlite3
from itertools import combinations
from typing import TYPE_CHECKING, Any

from nashra.search.query import Node, Term, ranked_phrases, required_phrases, to_fts
from nashra.storage.leaders import part_counts, part_leaders
from nashra.storage.text_parts import TextPart

if TYPE_CHECKING:
    from nashra.search.engine import Match
    from nashra.storage.archive import Archive

CANDIDATES = 2_000  # items of a phrase without leaders scored as candidates, at most


def ranked_page(archive: Archive, match: Match, count: int) -> list[tuple[int, float]]:
    """The first ``count`` matches of a full-text ``match`` (with its filters) as (item id,
    rank) pairs, best first: lower ranks first, equal ranks newest first."""
    node = match.node
    phrases = ranked_phrases(node) if node is not None else []
    required = required_phrases(node) if node is not None else []
    words = _alternative_words(node)
    selects = match.select(archive.dialect, f"{match.selected} AS id", scored=True)
    page: list[tuple[int, float]] = []
    # A filter that gathers a set of items (a rare state's) passes few leaders, and each
    # statement gathers it again: every match passing it is ranked at once.
    if match.gathers_sets:
        phrases = []
    db = archive.db
    # One snapshot for the lists, the counts and the scores: a proof read across another
    # writer's commit could bound the wrong rows.
    own = not db.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        for part, (sql, params) in zip(match.parts, selects, strict=True):
            found = match.ranked.get(part.name)  # ranked as its matches were counted
            if found is None:
                found = _proven(db, part, phrases, required, words, sql, params, count)
            if found is None:
                found = db.execute(
                    f"{sql} ORDER BY rank, id DESC LIMIT ?", [*params, count]
                ).fetchall()
            page += [(row[0], row[1]) for row in found]
    finally:
        if own:
            db.execute("COMMIT")
    page.sort(key=lambda row: (row[1], -row[0]))
    return page[:count]


def may_prove(
    db: sqlite3.Connection, part: TextPart, phrases: list[str], required: list[list[str]]
) -> bool:
    """Whether a part's rank leaders may prove a page of a query with these ``phrases``
    (every match holding one of each group of ``required``): it has lists, and one for a
    phrase of the query, and the query is no AND of two words (see :func:`_proven`)."""
    if not phrases or _two_words(required):
        return False
    if part_leaders(db, part.name) is None:
        return False
    marks = ",".join("?" * len(set(phrases)))
    listed = db.execute(
        f"SELECT 1 FROM rank_leaders WHERE part = ? AND phrase IN ({marks}) LIMIT 1",
        [part.name, *set(phrases)],
    )
    return listed.fetchone() is not None


def _two_words(required: list[list[str]]) -> bool:
    """Whether a query requires two different words (an AND): every match holds both, and
    few of either word's leaders do, so a proof fails in most parts, and where it holds it
    costs more than ranking the part's every match."""
    return len({frozenset(group) for group in required}) > 1


def _alternative_words(node: Term | Node | None) -> list[Term]:
    """The words of a query that is an OR of two or three words, each a match alone."""
    if not isinstance(node, Node) or node.op != "OR" or not 2 <= len(node.children) <= 3:
        return []
    if not all(isinstance(child, Term) and not child.negated for child in node.children):
        return []
    return list(node.children)


def _proven(
    db: sqlite3.Connection,
    part: TextPart,
    phrases: list[str],
    required: list[list[str]],
    words: list[Term],
    sql: str,
    params: list[Any],
    count: int,
) -> list | None:
    """The part's first ``count`` matches, if its rank leaders prove them; None if it has
    none for the query's phrases or they prove nothing. ``required``: groups of phrases
    every match holds one of. ``words``: the words of an OR of words; where the sum of all
    their ceilings proves nothing, the items holding two of them are scored too, and an item
    outside the candidates, holding one word's phrases alone, is bounded by that word's
    ceiling."""
    made = part_leaders(db, part.name)
    if made is None or not phrases or _two_words(required):
        return None
    lists = made.lists(db, part.name, sorted(set(phrases)))
    if not lists or any(not lists.keys() & set(group) for group in required):
        # a word of the query (of an AND) whose phrases are all rare: every match holds
        # one, they are few, and ranking them all is cheaper than a proof
        return None
    now = part_counts(db, part.name)
    # Scored at every depth: every item holding a rare phrase, and every item added since
    # the lists were made holding a common one (counted: the phrase's idf now).
    scored: set[int] = set()
    added: dict[str, int] = {}
    for phrase in set(phrases):
        after = made.last_item if phrase in lists else 0
        holding = _matches(db, part.name, phrase, CANDIDATES + 1, after=after)
        if len(holding) > CANDIDATES:
            return None
        scored.update(holding)
        added[phrase] = len(holding)
    alone: list[set[str]] = []  # each word's phrases, once the items holding two are scored
    two_tried = not words
    for depth, read in enumerate(made.depths):  # the shallowest that proves the page
        candidates = set(scored)
        bounds: dict[str, float] = {}
        for phrase in set(phrases):
            listed = lists.get(phrase)
            if listed is not None:
                candidates.update(listed.items[:read])
                bounds[phrase] = listed.bound(depth, made.made, now, added[phrase])
        while True:
            # of an item outside the candidates (a phrase twice in the query is scored twice)
            ceiling = max(
                sum(bounds.get(phrase, 0.0) for phrase in phrases if phrase in held)
                for held in alone or [set(phrases)]
            )
            found = db.execute(
                f"{sql} AND +item_text.rowid IN (SELECT value FROM json_each(?)) "
                "ORDER BY rank, id DESC LIMIT ?",
                [*params, json.dumps(sorted(candidates)), count],
            ).fetchall()
            if len(found) == count and -found[-1][1] > ceiling:
                return found
            if two_tried:
                break
            two_tried = True
            both = _holding_two(db, part.name, words)
            if both is None:
                break
            scored |= both
            candidates |= both
            alone = [set(ranked_phrases(word)) for word in words]
    return None


def _holding_two(db: sqlite3.Connection, part: str, words: list[Term]) -> set[int] | None:
    """The items holding two of an OR's ``words``; None if there are more than
    ``CANDIDATES`` (each pair is one statement)."""
    both: set[int] = set()
    for pair in combinations(words, 2):
        holding = _matches(db, part, to_fts(Node("AND", pair)), CANDIDATES + 1)
        if len(holding) > CANDIDATES:
            return None
        both.update(holding)
    return both


def _matches(db: sqlite3.Connection, part: str, fts: str, limit: int, after: int = 0) -> list:
    rows = db.execute(
        f"SELECT rowid FROM {part} WHERE {part} MATCH ? AND rowid > ? LIMIT ?",
        [fts, after, limit],
    )
    return [row[0] for row in rows]
