"""Questions put to an archive: full-text search with filters, who met whom, entities.

Every user value reaches SQL as a bound parameter and FTS5 as a quoted word (see
:mod:`nashra.search.query`); nothing a user types is spliced into a statement.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from html import escape
from itertools import islice
from typing import Any

from nashra.extraction.entities import transliterate
from nashra.extraction.lexicon import Tokens, lexicon
from nashra.search.query import (
    DEFAULT_QUERY_LIMITS,
    Node,
    QueryLimits,
    Term,
    parse_query,
    query_terms,
    ranked_phrases,
    required_phrases,
    to_fts,
    to_tsquery,
    without_stop_words,
)
from nashra.search.ranked import may_prove, ranked_page
from nashra.storage.archive import Archive
from nashra.storage.dialect import Dialect
from nashra.storage.names import entity_keys_for, skeleton, spelling_key
from nashra.storage.text_parts import TextPart
from nashra.text.analysis import (
    WORD,
    clitic_readings,
    exact_form,
    exact_text,
    stem,
    unfolded_pattern,
)
from nashra.text.normalization import (
    MARK_CHARACTERS,
    UNFOLDED_MARKS,
    Normalized,
    fold,
    normalize,
)

# The newest matches a search ranks (PostgreSQL), or whose parts it ranks whole (SQLite)
RANK_WINDOW = 2_000
FILTERED_WINDOW = 10_000  # … with filters
_LATIN = re.compile(r"^[A-Za-z][A-Za-z\-' .]*$")


@dataclass
class Filters:
    """Structured filters; every one optional, all combined with AND."""

    date_from: str | None = None
    date_to: str | None = None
    # Several states, organisations or people ask for what names each of them: events
    # between them, items that name them all.
    state: str | tuple[str, ...] | None = None  # alpha-3, English or Arabic name
    org: str | tuple[str, ...] | None = None  # code, English or Arabic name
    person: str | tuple[str, ...] | None = None  # entity key, or any written form
    event_type: str | None = None
    source: str | None = None  # publication ("sabq") or a source id prefix

    def given(self) -> bool:
        """Whether any filter is set."""
        return any(getattr(self, f.name) for f in fields(self))

    def each(self, name: str) -> tuple[str, ...]:
        """The values of the state, org or person filter, however many were given."""
        value = getattr(self, name)
        if not value:
            return ()
        return (value,) if isinstance(value, str) else tuple(v for v in value if v)

    def shown(self, name: str) -> str:
        """The values as a form shows them: "BHR, SAU"."""
        return ", ".join(self.each(name))


@dataclass
class Hit:
    item_id: int
    score: float | None
    headline: str | None
    date: str | None
    source_id: str
    media: str | None
    snippet: str
    sources: int = 1  # items in the same near-duplicate cluster
    published: str | None = None  # the document's publication date (the item's own may be unknown)
    # the item's whole record as stored (JSON), read and parsed only when asked for: a page
    # of hits listed as `nashra search` lists them needs none of it
    record_json: str | None = field(default=None, repr=False)
    _page: _PageRecords | None = field(default=None, repr=False, compare=False)

    @cached_property
    def record(self) -> dict[str, Any]:
        """The item's record (ANNOTATION.md, with provenance)."""
        if self.record_json is None and self._page is not None:
            self.record_json = self._page.record(self.item_id)
        return json.loads(self.record_json or "{}")

    def to_json(self) -> dict[str, Any]:
        """The hit as ``nashra search --format json`` and the API give it."""
        return {
            "item_id": self.item_id,
            "score": self.score,
            "headline": self.headline,
            "date": self.date,
            "published": self.published,
            "source_id": self.source_id,
            "media": self.media,
            "snippet": self.snippet,  # HTML: the text escaped, matches in <mark>
            "sources": self.sources,
            "events": self.record.get("events", []),
        }


class _PageRecords:
    """The stored records of a page's hits, read together when the first is asked for (the
    search page and the API show each hit's events)."""

    def __init__(self, archive: Archive, item_ids: list[int]) -> None:
        self._archive, self._item_ids = archive, item_ids
        self._records: dict[int, str] | None = None

    def record(self, item_id: int) -> str:
        if self._records is None:
            marks = ",".join("?" * len(self._item_ids)) or "NULL"
            self._records = dict(
                self._archive.db.execute(
                    f"SELECT item_id, record FROM item_records WHERE item_id IN ({marks})",
                    self._item_ids,
                ).fetchall()
            )
        return self._records.get(item_id, "{}")


class FilterError(ValueError):
    """A filter names something the archive cannot resolve."""


def state_code(value: str) -> str:
    """The alpha-3 code of a state given by code, English or Arabic name."""
    return _code(value, "state", "state", lambda v: len(v) == 3)


def org_code(value: str) -> str:
    """The code of an organisation given by code, English or Arabic name."""
    return _code(value, "org", "organisation", lambda v: True)


def _code(value: str, kind: str, label: str, may_be_code) -> str:
    """A code from an English name, then from the gazetteers' Arabic forms, then the value
    itself if it is written like a code (upper-case letters)."""
    value = value.strip()
    for key in entity_keys_for(value):
        if key.startswith(f"{kind}:"):
            return key[len(kind) + 1 :]
    tokens = Tokens(fold(value))
    found = lexicon().match(tokens, 0, frozenset({kind})) if len(tokens) else None
    if found is not None:
        return found.entry.code
    if value.isalpha() and value.isupper() and may_be_code(value):
        return value
    raise FilterError(f"unknown {label} {value!r}")


def person_ids(archive: Archive, value: str) -> list[int]:
    """Entity ids a person filter names: a key, an Arabic name, or a Latin spelling."""
    if value.startswith("person:"):
        return _entity_ids(archive, [value])
    if _LATIN.match(value):
        return [entity_id for entity_id, _word in _latin_persons(archive, value)]
    # Any written form: every word of it in the stored name ("فيصل بن بندر" finds
    # فيصل بن بندر بن عبدالعزيز; "العثيمين" finds يوسف بن أحمد العثيمين).
    words = fold(value).split()
    if not words:
        return []
    clauses = " AND ".join("(' ' || folded || ' ') LIKE ?" for _ in words)
    rows = archive.db.execute(
        f"SELECT id FROM entities WHERE type = 'person' AND {clauses}",
        [f"% {w} %" for w in words],
    )
    return [r[0] for r in rows]


def _latin_persons(archive: Archive, value: str) -> list[tuple[int, str]]:
    """The people a Latin spelling names, each with the Arabic word of the name its last
    word spells (``Othaimeen`` → العثيمين). The consonant skeleton finds the candidates
    (Othaimeen, Uthaymeen and al-Othaimin all give ``θmn``); the closest of them are kept:
    those whose English name has the word as typed ("Kerry": John Kerry, not الكري), else
    those spelling it with the same vowels (``θmn`` is also عثمان, ``jbr`` also جابر), else
    all of them — but two consonants ("Obama", ``bm``) are hundreds of names, so not all."""
    wanted = [skeleton(w) for w in value.split() if len(skeleton(w)) >= 2]
    if not wanted:
        return []
    # No index serves a word inside the column, and the type's index would cost a page read
    # per person: one pass over the table is the cheaper plan (1 ms on the corpus).
    rows = archive.db.execute(
        "SELECT id, type, canonical, latin, skeleton FROM entities WHERE skeleton LIKE ?",
        [f"%{max(wanted, key=len)}%"],
    ).fetchall()
    typed = value.split()[-1]
    last, key, as_typed = wanted[-1], spelling_key(typed), _latin_word(typed)
    tiers: tuple[list, list, list] = ([], [], [])  # as typed, same vowels, same consonants
    for entity_id, entity_type, canonical, latin, skeletons in rows:
        if entity_type != "person":
            continue
        words = skeletons.split()
        # One word is a family name ("Othaimeen"): it must be the name's last word.
        fits = words[-1:] == [last] if len(wanted) == 1 else all(w in words for w in wanted)
        if not fits:
            continue
        arabic = fold(canonical).split()
        spelled = [w for w in arabic if skeleton(transliterate(w)) == last] or arabic[-1:]
        # named as typed: the word of the name spelled so, or the one word that could be
        named = as_typed in {_latin_word(w) for w in (latin or "").split()}
        for word in spelled:
            if named and (len(spelled) == 1 or _latin_word(transliterate(word)) == as_typed):
                tiers[0].append((entity_id, word))
            elif spelling_key(transliterate(word)) == key:
                tiers[1].append((entity_id, word))
            else:
                tiers[2].append((entity_id, word))
    closest = tiers[0] or tiers[1]
    if closest or len(max(wanted, key=len)) < 3:
        return closest
    return tiers[2]


def _latin_word(word: str) -> str:
    return re.sub(r"^(?:al|el)-", "", word.lower())


LARGE = 20_000  # a filter matching more items than this is checked item by item
_CHECK_COST = 3  # an item checked against a filter, in items put into the filter's set


def _filter_sql(
    archive: Archive,
    filters: Filters,
    by_item: bool | None = None,
    text: bool = False,
    large: int = LARGE,
) -> tuple[list[str], list[Any], bool]:
    """SQL conditions on ``items`` for the filters, and whether they are checked item by
    item.

    A filter that names few items (a rare state, a type of event) is a set of item ids read
    once from an index, so the query visits those items only. One that names very many
    (Saudi Arabia in a Saudi corpus) would cost more to gather than to check: each item
    the query visits is looked up in it instead (``by_item``), so a newest-first listing
    stops after its first page. With a text query (``text``), the full-text index drives
    and the sets only filter: the unary ``+`` keeps SQLite from looking each of their
    items up in the full-text index instead.
    """
    # With text, conditions name the full-text row (the item's id) so that the items table
    # is joined only when a date needs it: each joined row is a page read.
    item = "item_text.rowid" if text else "items.id"
    item_id = f"+{item}" if text else item
    clauses: list[str] = []
    params: list[Any] = []
    if filters.date_from:
        clauses.append("items.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("items.date <= ?")
        params.append(filters.date_to)
    named: list[tuple[list[int], str, list[Any]]] = []  # entity ids, participant condition
    for state in filters.each("state"):
        code = state_code(state)
        named.append((_entity_ids(archive, [f"state:{code}"]), "p.country = ?", [code]))
    for org in filters.each("org"):
        code = org_code(org)
        named.append((_entity_ids(archive, [f"org:{code}"]), "p.org = ?", [code]))
    for person in filters.each("person"):
        ids = person_ids(archive, person)
        named.append((ids, f"p.entity_id IN ({','.join('?' * len(ids)) or 'NULL'})", ids))
    if by_item is None:
        by_item = any(_more_than(archive, large, ids, cond, args) for ids, cond, args in named)
        if filters.event_type and not by_item:
            by_item = _more_than_rows(
                archive, large, "SELECT 1 FROM events WHERE type = ?", [filters.event_type]
            )
        if filters.source and not by_item:
            by_item = _more_than_rows(archive, large, _SOURCE, _source_args(filters.source))
    for ids, condition, args in named:
        marks = ",".join("?" * len(ids)) or "NULL"
        if by_item:
            clauses.append(
                f"(EXISTS (SELECT 1 FROM mentions m {archive.dialect.indexed_by('mentions_item')} "
                f"WHERE m.item_id = {item} AND m.entity_id IN ({marks})) "
                # the item's events, then their parties: not every party of the state
                "OR EXISTS (SELECT 1 FROM events ev JOIN participants p "
                f"{archive.dialect.indexed_by('participants_event')} ON p.event_id = ev.id "
                f"WHERE ev.item_id = {item} AND {condition}))"
            )
        else:
            clauses.append(
                f"{item_id} IN (SELECT item_id FROM mentions WHERE entity_id IN ({marks}) "
                "UNION SELECT ev.item_id FROM participants p JOIN events ev "
                f"ON ev.id = p.event_id WHERE {condition})"
            )
        params += [*ids, *args]
    if filters.event_type:
        if by_item:
            clauses.append(
                f"EXISTS (SELECT 1 FROM events ev WHERE ev.item_id = {item} AND ev.type = ?)"
            )
        else:
            clauses.append(f"{item_id} IN (SELECT item_id FROM events WHERE type = ?)")
        params.append(filters.event_type)
    if filters.source:
        # A source of few documents is a set of their ids, read from the media and
        # source-id indexes alone. One of many (a big paper: a hundred thousand articles
        # at a million items) would cost more to gather than each item's document costs
        # to check in the media index. A source id is checked on the document's row, so
        # only if the value is a source-id prefix of some document.
        by_media, by_prefix = _source_kinds(archive, filters.source)
        if not (by_media or by_prefix):
            clauses.append("FALSE")
        elif by_item:
            media = archive.dialect.indexed_by("documents_media")
            checks = [
                f"EXISTS (SELECT 1 FROM documents d {media} "
                "WHERE d.media = ? AND d.id = items.document_id)"
            ] * by_media + [
                "(SELECT d.source_id >= ? AND d.source_id < ? FROM documents d "
                "WHERE d.id = items.document_id)"
            ] * by_prefix
            clauses.append(f"({' OR '.join(checks)})")
        else:
            chosen = "SELECT id FROM documents WHERE " + " OR ".join(
                ["media = ?"] * by_media + ["(source_id >= ? AND source_id < ?)"] * by_prefix
            )
            if text:
                clauses.append(
                    f"{item_id} IN (SELECT id FROM items WHERE document_id IN ({chosen}))"
                )
            else:
                clauses.append(f"items.document_id IN ({chosen})")
        params += [filters.source] * by_media + _prefix_range(filters.source) * by_prefix
    return clauses, params, by_item


# A publication, or a source id prefix as a range: both read from an index.
_SOURCE = "SELECT id FROM documents WHERE media = ? OR (source_id >= ? AND source_id < ?)"


def _source_args(source: str) -> list[str]:
    return [source, *_prefix_range(source)]


def _prefix_range(prefix: str) -> list[str]:
    return [prefix, prefix + "\U0010ffff"]


def _source_kinds(archive: Archive, source: str) -> tuple[bool, bool]:
    """Whether a source names a publication, and whether it begins some source id."""
    return (
        archive.db.execute("SELECT 1 FROM documents WHERE media = ? LIMIT 1", [source]).fetchone()
        is not None,
        archive.db.execute(
            "SELECT 1 FROM documents WHERE source_id >= ? AND source_id < ? LIMIT 1",
            _prefix_range(source),
        ).fetchone()
        is not None,
    )


def _more_than(archive: Archive, n: int, ids: list[int], condition: str, args: list) -> bool:
    marks = ",".join("?" * len(ids)) or "NULL"
    return _more_than_rows(
        archive, n, f"SELECT 1 FROM mentions WHERE entity_id IN ({marks})", ids
    ) or _more_than_rows(archive, n, f"SELECT 1 FROM participants p WHERE {condition}", args)


def _more_than_rows(archive: Archive, n: int, sql: str, params: list) -> bool:
    """Whether ``sql`` yields more than ``n`` rows, reading at most n + 1 of them."""
    found = archive.db.execute(f"SELECT count(*) FROM ({sql} LIMIT ?) AS found", [*params, n + 1])
    return found.fetchone()[0] > n


def _entity_ids(archive: Archive, keys: list[str]) -> list[int]:
    marks = ",".join("?" * len(keys))
    rows = archive.db.execute(f"SELECT id FROM entities WHERE key IN ({marks})", keys)
    return [row[0] for row in rows]


def _expand_names(archive: Archive, node: Term | Node) -> Term | Node:
    """English and Latin words also find the Arabic forms the archive holds for them:
    ``Bahrain`` → البحرين, البحريني …; ``Othaimeen`` → العثيمين; ``United Nations``, typed
    without quotes, is one name (الأمم المتحدة), not two words."""
    if isinstance(node, Node):
        children = _latin_names(archive, node.children) if node.op == "AND" else node.children
        expanded = tuple(_expand_names(archive, c) for c in children)
        return expanded[0] if len(expanded) == 1 else Node(node.op, expanded)
    text = " ".join(node.words)
    if node.negated or not _LATIN.match(text):
        return node
    forms = _arabic_forms(archive, text)
    if not forms:
        return node
    # A form holding another adds no match, only the cost of reading word positions
    # ("مملكه البحرين" beside "البحرين"): it is left out.
    kept = sorted(f for f in forms if not any(_holds(f, other) for other in forms))
    return Node("OR", (node, *(Term(f, phrase=True) for f in kept)))


def _holds(phrase: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` stands in ``phrase``, word for word, and is shorter."""
    n = len(shorter)
    return 0 < n < len(phrase) and any(
        phrase[i : i + n] == shorter for i in range(len(phrase) - n + 1)
    )


def _arabic_forms(archive: Archive, latin: str) -> set[tuple[str, ...]]:
    """The Arabic forms of the state, organisation or person a Latin name names."""
    keys = entity_keys_for(latin)
    ids = _entity_ids(archive, keys) if keys else []
    if not ids:
        return {(word,) for _id, word in _latin_persons(archive, latin)}  # the family name
    marks = ",".join("?" * len(ids))
    forms: set[tuple[str, ...]] = set()
    for entity_type, code in archive.db.execute(
        f"SELECT type, code FROM entities WHERE id IN ({marks})", ids
    ).fetchall():
        # Every form the gazetteers know, not only those the archive holds: reading the
        # mentions of a common state would cost a scan of thousands of rows per query.
        forms |= {
            words for words in lexicon().forms(entity_type, code) if all(w.isalnum() for w in words)
        }
    return forms


_LONGEST_NAME = 4  # words of a name typed without quotes ("Ban Ki moon", "Abdullah bin Zayed")


def _latin_names(archive: Archive, children: tuple) -> tuple:
    """Runs of Latin words that name one state, organisation or person, joined into one
    phrase, the longest first: ``Saudi Arabia Yemen`` → ``"saudi arabia"``, ``yemen``. A
    person's name joins only words that each spell part of it ("Saudi oil" stays two)."""
    out, i = [], 0
    while i < len(children):
        end = i
        while end < min(len(children), i + _LONGEST_NAME) and _plain_latin(children[end]):
            end += 1
        for j in range(end, i + 1, -1):  # two words or more
            words = tuple(w for c in children[i:j] for w in c.words)
            text = " ".join(words)
            if entity_keys_for(text) or (
                all(len(skeleton(w)) >= 2 for w in words) and _latin_persons(archive, text)
            ):
                out.append(Term(words, phrase=True))
                i = j
                break
        else:
            out.append(children[i])
            i += 1
    return tuple(out)


def _plain_latin(node: Term | Node) -> bool:
    return (
        isinstance(node, Term)
        and not (node.negated or node.prefix or node.phrase)
        and bool(_LATIN.match(" ".join(node.words)))
    )


@dataclass
class Match:
    """The items a query and filters select: one SELECT per part of the full-text index
    searched (see :mod:`nashra.storage.text_parts`), or one on ``items`` without text.
    ``selected`` is the item id column, ``text`` whether a full-text query drives (its rank
    is available)."""

    source: str  # without text: the FROM; with text: the joins after the text table
    clauses: list[str]  # the filters' conditions
    params: list[Any]
    selected: str
    text: bool
    parts: list[TextPart] = field(default_factory=list)  # searched, newest first
    oldest: int | None = None  # the window's oldest match: none older is wanted
    node: Term | Node | None = None
    query: str | None = None  # the full-text query as the database takes it
    gathers_sets: bool = False  # a filter condition builds a set of items to look in
    # a part's first matches, ranked when its matches were counted (see _newest_parts_ranked)
    ranked: dict[str, list[tuple[int, float]]] = field(default_factory=dict)

    def select(
        self, dialect: Dialect, columns: str, scored: bool = False
    ) -> list[tuple[str, list[Any]]]:
        """The SELECTs of ``columns`` (and of the score, as ``rank``, if ``scored``) with
        their parameters, newest part first."""
        if not self.text:
            where = " AND ".join(self.clauses) or "TRUE"
            score = ", NULL AS rank" if scored else ""
            return [(f"SELECT {columns}{score} FROM {self.source} WHERE {where}", self.params)]
        out = []
        for part in self.parts:
            score, score_params = "", []
            if scored:
                score = f", {dialect.rank(part.name)} AS rank"
                score_params = [self.query] if dialect.postgres else []
            where, params = self.text_where(dialect, part.name)
            out.append(
                (
                    f"SELECT {columns}{score} FROM {dialect.text_table(part.name)} "
                    f"{self.source} WHERE {' AND '.join([where, *self.clauses])}",
                    [*score_params, *params, *self.params],
                )
            )
        return out

    def text_where(self, dialect: Dialect, part: str) -> tuple[str, list[Any]]:
        """The full-text match in one part, within the window."""
        if self.oldest is None:
            return dialect.match(part), [self.query]
        bound = f"{dialect.by_id('item_text.rowid')} >= ?"
        return f"{dialect.match(part)} AND {bound}", [self.query, self.oldest]


COUNT_CAP = 10_000  # a search counts its matches up to this many, then says "more"


def count(
    archive: Archive,
    query: str | None,
    filters: Filters | None = None,
    cap: int = COUNT_CAP,
    limits: QueryLimits = DEFAULT_QUERY_LIMITS,
) -> tuple[int, bool]:
    """How many items a search matches, up to ``cap``, and whether there are more."""
    match = matching(archive, query, filters, limits=limits)
    found = 0
    for sql, params in match.select(archive.dialect, match.selected):  # newest part first
        (n,) = archive.db.execute(
            f"SELECT count(*) FROM ({sql} LIMIT ?) AS matched", [*params, cap + 1 - found]
        ).fetchone()
        found += n
        if found > cap:
            return cap, True
    return found, False


def matching(
    archive: Archive,
    query: str | None,
    filters: Filters | None = None,
    window: int = 0,
    limits: QueryLimits = DEFAULT_QUERY_LIMITS,
) -> Match:
    """The selection of ``query`` and ``filters``; with a query and ``window`` (the rows a
    page needs), limited to the newest matches that BM25 will rank (see :func:`search`).
    A query over ``limits`` is a QueryError."""
    filters = filters or Filters()
    text = bool(query and query.strip())
    if not text:
        clauses, params, by_item = _filter_sql(archive, filters)
        # Newest first, undated last; a filter checked item by item walks the date index
        # and stops at the first page.
        source = f"items {archive.dialect.indexed_by('items_date')}" if by_item else "items"
        return Match(source, clauses, params, "items.id", text=False)
    node = _expand_names(archive, without_stop_words(parse_query(query, limits)))
    fts = to_tsquery(node) if archive.dialect.postgres else to_fts(node)
    parts, oldest, found, pages = archive.text_parts(), None, None, {}
    ranked = FILTERED_WINDOW if filters.given() else RANK_WINDOW
    if window and window <= ranked and (archive.dialect.postgres or len(parts) > 1):
        # An archive of one part ranks every match (nashra.search.ranked); of more (each
        # counts the query's terms again: a million items are eight), every match of the
        # parts holding the newest ones, or with filters the newest that pass them.
        if archive.dialect.postgres or filters.given():
            parts, oldest, found = _newest_matches(archive, parts, fts, ranked)
        else:
            parts, pages = _newest_parts_ranked(archive, parts, fts, node, ranked, window)
    large = LARGE
    if found is not None and not archive.dialect.postgres:
        # Checking the window's matches one by one costs about three times what putting an
        # item in a filter's set costs: a set more than three times their number is the
        # dearer (Saudi Arabia's 15,000 items: 13 ms, against 5 ms for 1,500 matches).
        large = _CHECK_COST * found
    clauses, params, by_item = _filter_sql(archive, filters, text=True, large=large)
    # Tables are joined only where a condition needs them: each joined row is a page read.
    if any("items." in clause for clause in clauses):
        source, selected = "JOIN items ON items.id = item_text.rowid", "items.id"
    else:
        source, selected = "", "item_text.rowid"
    named = filters.state or filters.org or filters.person or filters.event_type or filters.source
    sets = bool(named) and not by_item
    return Match(source, clauses, params, selected, True, parts, oldest, node, fts, sets, pages)


def _newest_parts_ranked(
    archive: Archive,
    parts: list[TextPart],
    fts: str,
    node: Term | Node,
    count: int,
    page: int,
) -> tuple[list[TextPart], dict[str, list]]:
    """Without filters, on SQLite: the parts holding the newest ``count`` matches of
    ``fts``, newest first, as :func:`_newest_matches` finds them, and the first ``page``
    ranked matches of each part no rank leaders can prove a page for (a phrase, two words, a
    prefix, a rare word), ranked as they are counted: every match of such a part is ranked
    anyway, and counting them first read the index twice (phrases at a million items: 4.7
    against 3.3 ms). A part whose leaders may prove its page is only counted, in the index's
    own order (which match is the oldest is not wanted: FTS5 reads a doclist backwards at
    half the speed)."""
    dialect, db = archive.dialect, archive.db
    phrases, required = ranked_phrases(node), required_phrases(node)
    holding, pages = [], {}
    for part in parts:
        table, matches = dialect.text_table(part.name), dialect.match(part.name)
        if may_prove(db, part, phrases, required):
            (found,) = db.execute(
                f"SELECT count(*) FROM (SELECT item_text.rowid FROM {table} "
                f"WHERE {matches} LIMIT ?) AS newest",
                [fts, count],
            ).fetchone()
        else:
            rows = db.execute(
                f"WITH every_match AS MATERIALIZED (SELECT item_text.rowid AS id, "
                f"{dialect.rank(part.name)} AS rank FROM {table} WHERE {matches}) "
                "SELECT id, rank, (SELECT count(*) FROM every_match) FROM every_match "
                "ORDER BY rank, id DESC LIMIT ?",
                [fts, page],
            ).fetchall()
            found = rows[0][2] if rows else 0
            pages[part.name] = [(row[0], row[1]) for row in rows]
        if found:
            holding.append(part)
        if found >= count:
            break
        count -= found
    return holding, pages


def _newest_matches(
    archive: Archive, parts: list[TextPart], fts: str, count: int
) -> tuple[list[TextPart], int | None, int]:
    """The parts holding the newest ``count`` matches of ``fts``, the id of the oldest of
    those matches (None if there are fewer: all of them are wanted), and how many there
    are. Found by walking each part's index newest first, which costs a fraction of
    scoring the matches."""
    dialect, by_id = archive.dialect, archive.dialect.by_id("item_text.rowid")
    holding = []  # parts without a match are not asked again
    wanted = count
    for part in parts:
        found, oldest = archive.db.execute(
            f"""SELECT count(*), min(id) FROM (
                    SELECT item_text.rowid AS id FROM {dialect.text_table(part.name)}
                    WHERE {dialect.match(part.name)} ORDER BY {by_id} DESC LIMIT ?) AS newest""",
            [fts, count],
        ).fetchone()
        if found:
            holding.append(part)
        if found == count:
            return holding, oldest, wanted
        count -= found
    return holding, None, wanted - count


def search(
    archive: Archive,
    query: str | None,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    limits: QueryLimits = DEFAULT_QUERY_LIMITS,
) -> list[Hit]:
    """Items matching ``query`` (ranked by BM25) and ``filters`` (newest first if no query).

    On SQLite, an archive of one index part (up to 131,072 items) ranks every match (see
    :mod:`nashra.search.ranked`); of more, every match of the parts holding the newest
    ``RANK_WINDOW`` matches. Otherwise (PostgreSQL's ``ts_rank`` reads every match's terms;
    filters over many parts) a query matching tens of thousands of items ranks only the
    ``RANK_WINDOW`` most recently stored of them; with filters, the newest ``RANK_WINDOW``
    that pass them, looked for among the newest ``FILTERED_WINDOW`` matches. The page is
    chosen on ids and scores alone; articles and records are read for its rows only
    (sorting thousands of candidates with their text is what would cost).
    """
    match = matching(archive, query, filters, window=offset + limit, limits=limits)
    if match.text and not match.parts:
        page = []  # no part holds a match
    elif match.text and not archive.dialect.postgres and match.oldest is not None:
        page = _filtered_page(archive, match, limit, offset)  # filters over many parts
    elif match.text and not archive.dialect.postgres:
        page = ranked_page(archive, match, offset + limit)[offset:]
    else:
        # equal ranks newest first, so that every plan gives one order
        order = "rank, id DESC" if match.text else "items.date DESC, items.id DESC"
        selects = match.select(archive.dialect, f"{match.selected} AS id", scored=True)
        page = archive.db.execute(
            " UNION ALL ".join(sql for sql, _ in selects) + f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*(p for _, params in selects for p in params), limit, offset],
        ).fetchall()
    scores = {row[0]: row[1] for row in page}
    found = {
        row["id"]: row
        for row in archive.db.execute(
            f"""SELECT items.id, items.headline, items.date, items.body_start, items.end,
                       documents.source_id, documents.media,
                       substr(documents.text, items.body_start + 1, {_SNIPPET_READ}) AS opening,
                       documents.published,
                       (SELECT count(*) FROM items AS same_story
                        WHERE same_story.cluster_id = items.cluster_id) AS cluster
                FROM items JOIN documents ON documents.id = items.document_id
                WHERE items.id IN ({",".join("?" * len(scores)) or "NULL"})""",
            list(scores),
        )
    }
    rows = [found[item_id] for item_id in scores]
    page_records = _PageRecords(archive, list(scores))
    highlighter = Highlighter(match.node) if match.node is not None else None
    hits = []
    for row in rows:
        body = row["opening"][: row["end"] - row["body_start"]]
        hits.append(
            Hit(
                item_id=row["id"],
                score=scores[row["id"]],
                headline=row["headline"],
                date=row["date"],
                source_id=row["source_id"],
                media=row["media"],
                snippet=_snippet(body, row["headline"], highlighter),
                sources=row["cluster"],
                published=row["published"],
                _page=page_records,
            )
        )
    return hits


def _rows_passed(archive: Archive, match: Match) -> list[int]:
    """The newest ``RANK_WINDOW`` matches in the window that pass filters checked row by
    row: each part walked newest first, and the walk stops once enough have passed."""
    dialect, found = archive.dialect, []
    for part in match.parts:
        where, where_params = match.text_where(dialect, part.name)
        rows = archive.db.execute(
            f"SELECT item_text.rowid FROM {dialect.text_table(part.name)} {match.source} "
            f"WHERE {' AND '.join([where, *match.clauses])} "
            "ORDER BY item_text.rowid DESC LIMIT ?",
            [*where_params, *match.params, RANK_WINDOW - len(found)],
        )
        found += [row[0] for row in rows]
        if len(found) >= RANK_WINDOW:
            break
    return found


def _sets_passed(archive: Archive, match: Match) -> list[int]:
    """The same, for filters that gather a set of items (a rare state's, the meetings):
    the window's matches of every part at once, so that the set is built once."""
    dialect, newest, params = archive.dialect, [], []
    for part in match.parts:
        where, where_params = match.text_where(dialect, part.name)
        newest.append(
            f"SELECT * FROM (SELECT item_text.rowid AS rowid FROM {dialect.text_table(part.name)}"
            f" WHERE {where} ORDER BY item_text.rowid DESC LIMIT ?)"
        )
        params += [*where_params, FILTERED_WINDOW]
    # MATERIALIZED: else SQLite pushes the filters down into every part's SELECT, and a
    # filter's set of items is built once per part.
    rows = archive.db.execute(
        f"WITH window_matches AS MATERIALIZED ({' UNION ALL '.join(newest)}) "
        f"SELECT item_text.rowid FROM window_matches AS item_text {match.source} "
        f"WHERE {' AND '.join(match.clauses)} ORDER BY item_text.rowid DESC LIMIT ?",
        [*params, *match.params, RANK_WINDOW],
    )
    return [row[0] for row in rows]


def _filtered_page(archive: Archive, match: Match, limit: int, offset: int) -> list:
    """A page of a full-text search with filters, on SQLite, in two steps: the newest
    ``RANK_WINDOW`` matches in the window that pass the filters, then BM25 for those alone,
    each part ranking its own."""
    dialect, db = archive.dialect, archive.db
    candidates = (_sets_passed if match.gathers_sets else _rows_passed)(archive, match)
    ranked, params = [], []
    upper = None
    for part in match.parts:  # newest first: each holds the ids from its first on
        ids = [i for i in candidates if i >= part.first_item and (upper is None or i < upper)]
        upper = part.first_item
        if not ids:
            continue
        ranked.append(
            f"SELECT item_text.rowid AS id, {dialect.rank(part.name)} AS rank "
            f"FROM {dialect.text_table(part.name)} WHERE {dialect.match(part.name)} "
            f"AND item_text.rowid >= ? AND +item_text.rowid IN {dialect.id_list}"
        )
        params += [match.query, min(ids), json.dumps(ids)]
    if not ranked:
        return []
    return db.execute(
        " UNION ALL ".join(ranked) + " ORDER BY rank, id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()


def _snippet(body: str, headline: str | None, highlighter: Highlighter | None) -> str:
    if highlighter is None:
        return escape(body[:200], quote=False)
    text = highlighter.snippet(body)
    if "<mark>" not in text and headline:
        return highlighter.snippet(headline)  # the words matched in the headline only
    return text


def snippet(text: str, node: Term | Node, width: int = 12) -> str:
    """Words around the first match of ``node`` in ``text`` (see ``Highlighter.snippet``)."""
    return Highlighter(node, width).snippet(text)


_OPENING = 300  # characters of an article read first for its snippet
_FARTHEST = 6000  # … and at most
_BEFORE, _AFTER = 300, 600  # a window's characters before and after the first match
# the characters of an item's body read for its snippet: as far as a match is looked for,
# and a window's worth after it (long articles are not read whole for twenty words)
_SNIPPET_READ = _FARTHEST + 1000


_FEW_PHRASES = 4  # phrases a snippet looks for in the text as written, one pattern each


@lru_cache(maxsize=4096)
def _written(stretch: str) -> re.Pattern[str]:
    """What, in an article as written, folds to a stem's stretch (compiling it costs more
    than searching a page of articles with it)."""
    return re.compile(unfolded_pattern(stretch))


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the word of unnormalised ``text`` holding ``text[start:end]``: letters
    (or digits) and the marks between them."""
    inside = str.isdigit if text[start].isdigit() else _letter_or_mark
    while start and inside(text[start - 1]):
        start -= 1
    size = len(text)
    while end < size and inside(text[end]):
        end += 1
    return start, end


# A word of unnormalised text: letters and the marks between them, or digits
# (tatweel is a letter to the regular expression, and a mark; alone, it is a dash: "ـ")
_TEXT_WORD = re.compile(rf"[^\W\d_\u0640]+(?:{UNFOLDED_MARKS}+[^\W\d_\u0640]*)*|\d+")


def _letter_or_mark(char: str) -> bool:
    return char.isalpha() or char in MARK_CHARACTERS


def _stretches(stem_: str) -> tuple[str, ...]:
    """The stretches of a word that may hold ``stem_`` or a reading of it."""
    if stem_.endswith("ه") and len(stem_) > 1:
        return (stem_, stem_[:-1] + "ت")
    if stem_.endswith("ن") and len(stem_) > 1:
        return (stem_, stem_[:-1])
    return (stem_,)


class Highlighter:
    """Snippets for one query: words around the first match, the matching ones in
    <mark>…</mark>, in the original (unnormalised) text — an HTML fragment, the text escaped
    (an article may hold markup).

    The first match (in the first 6,000 characters) is found in the article as written: a
    regular expression per stem stretch, or per first word of a phrase or prefix, of the
    spellings that fold to it; only the words holding one are folded and analysed as the
    index analysed them, and the snippet is the words around the match. A query of many
    phrases (an English name) reads the normalised opening instead, then further. Whether
    a word matches is decided once per query and remembered: a page of hits shares most of
    its words.
    """

    def __init__(self, node: Term | Node, width: int = 12) -> None:
        self.stems, self.phrases = query_terms(node)
        self.width = width
        self._matches: dict[str, bool] = {}
        self._verdicts: dict[str, bool] = {}  # by words as written
        # A stem, and every reading the index gives a word, is a stretch of the word (but
        # for a ة written ت before a pronoun, جدته → جده, and a plural's ن dropped before
        # its noun, والدي → والدين): only the words holding one need analysing, and one
        # pass of a regular expression over the text finds them.
        stems = sorted({v for s in self.stems if s for v in _stretches(s)}, key=len, reverse=True)
        self._holding = re.compile("|".join(map(re.escape, stems)) or r"(?!)")
        # … and in an article as written, without normalising it: what folds to a stretch
        self._unfolded = [_written(stretch) for stretch in stems]  # (compiled once a process)
        # one-word phrases are prefixes; the others are found by their first word
        self._prefixes = tuple(p[0] for p in self.phrases if len(p) == 1)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            if len(phrase) > 1:
                self._by_first.setdefault(phrase[0], []).append(phrase)
        starts = {*self._prefixes, *self._by_first}
        self._as_written = len(starts) <= _FEW_PHRASES and bool(stems or starts)
        self._phrase_starts = [_written(first) for first in starts] if self._as_written else []
        self._longest = max(map(len, self.phrases), default=1)
        self._exact: dict[str, str] = {}  # words as written, and their exact forms

    def _matches_word(self, word: str) -> bool:
        """Whether the query's terms match ``word`` (an exact form), decided once a query."""
        matched = self._matches.get(word)
        if matched is None:
            stems = self.stems
            matched = stem(word) in stems or not stems.isdisjoint(clitic_readings(word))
            self._matches[word] = matched
        return matched

    def _words_matching(self, words: list[str], exact: str) -> list[bool]:
        known = self._matches
        holding = self._holding.search
        for word in words:
            if word not in known:
                known[word] = holding(word) is not None and self._matches_word(word)
        return list(map(known.__getitem__, words))

    def _read(self, text: str, reach: int) -> tuple[Normalized, list[str], list[bool]]:
        normalized = normalize(text[:reach])
        exact = exact_text(normalized.text)
        words = WORD.findall(exact)
        return normalized, words, self._marked(words, exact)

    def _first_match(self, text: str) -> int | None:
        """Where the first word the query's terms match starts in ``text`` (its first 6,000
        characters), found in the text as written: one pass of a regular expression for what
        folds to a stem's stretch, and a verdict on each word holding one."""
        first = None
        for written, judge in (
            *((pattern, self._judge_at) for pattern in self._unfolded),
            *((pattern, self._phrase_at) for pattern in self._phrase_starts),
        ):  # (each pattern is compiled once a process)
            after = 0
            for found in written.finditer(text, 0, _FARTHEST if first is None else first):
                if found.start() < after:
                    continue  # the rest of a word already judged
                start, after = _word_around(text, found.start(), found.end())
                if judge(text, start, after):
                    first = start
                    break
        return first

    def _judge_at(self, text: str, start: int, end: int) -> bool:
        return self._judge(text[start:end])

    def _phrase_at(self, text: str, start: int, _end: int) -> bool:
        """Whether a phrase or prefix of the query starts with the word at ``start``."""
        words = []
        for found in _TEXT_WORD.finditer(text, start):
            words.append(self._exact_form(found.group()))
            if len(words) == self._longest:
                break
        marked = [False] * len(words)
        self._mark_phrases(words, marked)
        return bool(marked) and marked[0]

    def _exact_form(self, written: str) -> str:
        exact = self._exact.get(written)
        if exact is None:
            exact = self._exact[written] = exact_form(fold(written))
        return exact

    def snippet(self, text: str) -> str:
        width = self.width
        reaches = (_OPENING, 800, 2000, _FARTHEST)
        if self._as_written:
            # The first match is found in the text as written, and only the words around it
            # are read, each judged once a query. (An English name stands for dozens of
            # phrases: reading the text once, each word looked up, is quicker.)
            at = self._first_match(text)
            if at is not None:
                shown = self._words_around(text, at, _BEFORE // 2, _AFTER // 3)
                shown = shown or self._words_around(text, at, _BEFORE, _AFTER, wide=True)
                if shown is not None:
                    return shown
        normalized, words, marked = self._read(text, _OPENING)  # where most matches are
        if True not in marked and len(text) > _OPENING:
            # Phrases and prefixes, matched word by word, and a match the search in the
            # text as written cannot see are looked for reading ever more of the text.
            for reach in reaches[1:]:
                normalized, words, marked = self._read(text, reach)
                if True in marked or len(text) <= reach:
                    break
        reach = len(normalized.original)
        if True in marked and marked.index(True) + width >= len(words) and len(text) > reach:
            # The match ends the stretch read: read on, for the words that follow it.
            normalized, words, marked = self._read(text, reach + 20 * width)
        return self._compose(
            text, normalized, words, marked, False, len(text) > len(normalized.original)
        )

    def _words_around(
        self, text: str, at: int, before: int, after: int, wide: bool = False
    ) -> str | None:
        """The snippet of the words of ``text`` around its first match at ``at``: the words
        before it read back to the text's start in its opening, else to a space ``before``
        characters back; after it, no further than ``after`` characters. None if the match
        is not there, or (unless ``wide``: as wide as it gets) too few words either side.
        Only the words after the match are judged: none before it matches."""
        width = self.width
        start = 0 if at < _OPENING else text.rfind(" ", 0, at - before) + 1
        lead = [found.span() for found in _TEXT_WORD.finditer(text, start, at)]
        stop = min(len(text), at + after)
        follow = [
            found.span()
            for found in islice(_TEXT_WORD.finditer(text, at, stop), 0, width + self._longest)
        ]
        marked = [False] * len(follow)
        if follow:
            # the words holding a stem's stretch, found by its patterns, are the only ones
            # judged
            starts, verdicts = [begin for begin, _ in follow], self._verdicts
            for pattern in self._unfolded:
                for found in pattern.finditer(text, at, follow[-1][1]):
                    i = bisect_right(starts, found.start()) - 1
                    if i < 0 or marked[i] or found.start() >= follow[i][1]:
                        continue
                    word = text[slice(*follow[i])]
                    verdict = verdicts.get(word)
                    if verdict is None:
                        verdict = verdicts[word] = self._judge(word)
                    marked[i] = verdict
            if self.phrases:
                exact = [self._exact_form(text[slice(*span)]) for span in follow]
                self._mark_phrases(exact, marked)
        follow, marked = follow[: width + 1], marked[: width + 1]
        if not marked or not marked[0]:
            return None
        shown = follow[:width]
        more = len(follow) > width or bool(text[stop:].strip())
        if not wide and ((start and len(lead) < width) or (more and len(follow) <= width)):
            return None
        cut_before = start > 0 or len(lead) > width
        words = [*lead[-width:], *shown]
        pos, finish = words[0][0], words[-1][1]
        out = []
        for (begin, end), hit in zip(shown, marked, strict=False):
            if hit:
                out.append(escape(text[pos:begin], quote=False))
                out.append(f"<mark>{escape(text[begin:end], quote=False)}</mark>")
                pos = end
        out.append(escape(text[pos:finish], quote=False))
        return ("… " if cut_before else "") + "".join(out).strip() + (" …" if more else "")

    def _judge(self, written: str) -> bool:
        """Whether the query matches a word as written: one search of its letters as
        written, and only those that hold a stem's stretch are folded."""
        if not any(pattern.search(written) for pattern in self._unfolded):
            return False
        # (folding may part a word: a ة glued to the next one, "الحكوميةالتقى")
        return any(map(self._matches_word, exact_form(fold(written)).split()))

    def _compose(
        self,
        text: str,
        normalized: Normalized,
        words: list[str],
        marked: list[bool],
        cut_before: bool,
        cut_after: bool,
    ) -> str:
        """The snippet of ``text`` (the article, or a window of it: ``cut_before`` and
        ``cut_after`` say whether words stand beyond it) from its words as read."""
        width = self.width
        if not words:
            return escape(text[:200], quote=False)
        # No match in the text: the query matched the headline, or past 6,000 characters.
        first = marked.index(True) if True in marked else 0
        lo, hi = max(0, first - width), min(len(words), first + width)
        shown = list(islice(WORD.finditer(normalized.text), lo, hi))
        # Only the stretch's ends and the marked words are mapped back to the original text;
        # what lies between is escaped in one piece (escaping goes character by character).
        pos = normalized.span_to_original(shown[0].start(), shown[0].end())[0]
        finish = normalized.span_to_original(shown[-1].start(), shown[-1].end())[1]
        out = []
        for i, found in enumerate(shown, start=lo):
            if marked[i]:
                start, end = normalized.span_to_original(found.start(), found.end())
                out.append(escape(text[pos:start], quote=False))
                out.append(f"<mark>{escape(text[start:end], quote=False)}</mark>")
                pos = end
        out.append(escape(text[pos:finish], quote=False))
        prefix = "… " if lo > 0 or cut_before else ""
        suffix = " …" if hi < len(words) or cut_after else ""
        return prefix + "".join(out).strip() + suffix

    def _marked(self, words: list[str], exact: str) -> list[bool]:
        """Which words the query matches: a term by its stem, a phrase or prefix word by
        word."""
        marked = self._words_matching(words, exact) if self.stems else [False] * len(words)
        if self.phrases:
            self._mark_phrases(words, marked)
        return marked

    def _mark_phrases(self, words: list[str], marked: list[bool]) -> None:
        """Mark the words (exact forms) of every phrase and prefix the query has, in place:
        phrases by first word, so the words are read once however many phrases there are
        (an English name expands to dozens)."""
        prefixes, by_first = self._prefixes, self._by_first
        for i, word in enumerate(words):
            if prefixes and word.startswith(prefixes):
                marked[i] = True
            for phrase in by_first.get(word, ()):
                n = len(phrase)
                if (
                    words[i + 1 : i + n - 1] == list(phrase[1:-1])
                    and i + n - 1 < len(words)
                    and words[i + n - 1].startswith(phrase[-1])
                ):
                    marked[i : i + n] = [True] * n


def events(
    archive: Archive,
    filters: Filters | None = None,
    limit: int = 100,
    offset: int = 0,
    *,
    met: bool = False,
    with_reports: bool = False,
) -> list[dict[str, Any]]:
    """Who met whom: events matching the filters, newest first, each happening once however
    many reports told it (nashra.storage.happenings).

    ``met`` keeps interactions only: two parties or more, and no statement unless the
    filters ask for statements. ``with_reports`` lists each event's reports under
    ``report_list``: the item, its source and url, the date it gives, its trigger's span.
    """
    filters = filters or Filters()
    clauses, params, _ = _filter_sql(archive, filters, by_item=False)
    if filters.event_type:
        clauses.append("events.type = ?")
        params.append(filters.event_type)
    if met:
        if not filters.event_type:
            clauses.append("events.type != 'statement'")
        clauses.append("(SELECT count(*) FROM participants WHERE event_id = events.id) >= 2")
    # A state, organisation or person filter asks for events they took part in, not for
    # every event of an item that names them.
    parties = "events.id IN (SELECT event_id FROM participants WHERE {})"
    # Two of them ask for events between them: a party of each ("--state BHR --state SAU").
    for state in filters.each("state"):
        clauses.append(parties.format("country = ?"))
        params.append(state_code(state))
    for org in filters.each("org"):
        clauses.append(parties.format("org = ?"))
        params.append(org_code(org))
    for person in filters.each("person"):
        ids = person_ids(archive, person)
        clauses.append(parties.format(f"entity_id IN ({','.join('?' * len(ids)) or 'NULL'})"))
        params += ids
    where = " AND ".join(clauses) if clauses else "TRUE"
    # The reports of one happening (nashra.storage.happenings) are one row: its first
    # report's record, the latest date a report gives, every source.
    rows = archive.db.execute(
        f"""SELECT min(events.id) AS first, events.happening_id AS happening,
                   {archive.dialect.string_agg("documents.source_id")}
                   AS sources, count(DISTINCT items.id) AS reports, min(items.id) AS item_id
            FROM events JOIN items ON items.id = events.item_id
            JOIN documents ON documents.id = items.document_id
            WHERE {where}
            GROUP BY events.happening_id
            ORDER BY max(events.date) IS NULL, max(events.date) DESC, min(events.id)
            LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ).fetchall()
    marks = ",".join("?" * len(rows)) or "NULL"
    records = dict(
        archive.db.execute(
            f"SELECT id, record FROM events WHERE id IN ({marks})", [r["first"] for r in rows]
        ).fetchall()
    )
    out = []
    for row in rows:
        record = json.loads(records[row["first"]])
        record["sources"] = sorted(set((row["sources"] or "").split(",")))
        record["reports"] = row["reports"]
        record["item_id"] = row["item_id"]  # the first report
        record["event_id"] = row["happening"]
        out.append(record)
    if with_reports and out:
        listed = _reports(archive, [record["event_id"] for record in out])
        for record in out:
            record["report_list"] = listed.get(record["event_id"], [])
    return out


def _reports(archive: Archive, happenings: list[int]) -> dict[int, list[dict[str, Any]]]:
    marks = ",".join("?" * len(happenings))
    rows = archive.db.execute(
        f"""SELECT events.happening_id, events.item_id, events.date, events.record,
                   documents.source_id, documents.url, documents.media, items.headline
            FROM events JOIN items ON items.id = events.item_id
            JOIN documents ON documents.id = items.document_id
            WHERE events.happening_id IN ({marks}) ORDER BY events.id""",
        happenings,
    ).fetchall()
    out: dict[int, list[dict[str, Any]]] = {}
    for happening, item_id, date, record, source, url, media, headline in rows:
        out.setdefault(happening, []).append(
            {
                "item_id": item_id,
                "source": source,
                "url": url,
                "media": media,
                "headline": headline,
                "date": date,
                "span": json.loads(record).get("trigger"),  # in its document's text
            }
        )
    return out


def entities(
    archive: Archive, entity_type: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities by the number of items that name them."""
    clause, params = ("WHERE e.type = ?", [entity_type]) if entity_type else ("", [])
    rows = archive.db.execute(
        f"""SELECT e.key, e.type, e.canonical, e.latin, e.code, count(DISTINCT m.item_id) AS items
            FROM entities e JOIN mentions m ON m.entity_id = e.id {clause}
            GROUP BY e.id ORDER BY items DESC, e.canonical LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ).fetchall()
    return [dict(row) for row in rows]
