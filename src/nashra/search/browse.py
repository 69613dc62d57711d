"""Reading an archive the way its pages show it: one item with its spans, one entity with
its events and counterparts, facets of a search, who-met-whom networks, statistics.

Like :mod:`nashra.search.engine`, every value reaches SQL as a bound parameter.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from nashra.extraction.entities import key_rule
from nashra.search.engine import Filters, events, matching
from nashra.search.query import DEFAULT_QUERY_LIMITS, QueryLimits
from nashra.storage.archive import Archive
from nashra.storage.names import arabic_state_names

FACET_WINDOW = 5_000  # facets count the newest matches up to this many
EVENT_KEY = "ev.happening_id"  # one event however many reports (nashra.storage.happenings)


@dataclass
class Mention:
    start: int  # in the document's text
    end: int
    text: str
    key: str
    type: str
    canonical: str | None


@dataclass
class ItemView:
    id: int
    document_id: int
    headline: str | None
    date: str | None
    place: str | None
    source_id: str
    url: str | None
    media: str | None
    published: str | None
    start: int  # the item's offset in its document: spans are the document's
    text: str  # the item's own text, from ``start``
    record: dict[str, Any]
    mentions: list[Mention]
    similar: list[dict[str, Any]] = field(default_factory=list)  # same story elsewhere


def item(archive: Archive, item_id: int) -> ItemView | None:
    row = archive.db.execute(
        """SELECT items.*, item_records.record, documents.source_id, documents.url,
                  documents.media, documents.published,
                  substr(documents.text, items.start + 1, items.end - items.start) AS text
           FROM items JOIN documents ON documents.id = items.document_id
           JOIN item_records ON item_records.item_id = items.id
           WHERE items.id = ?""",
        [item_id],
    ).fetchone()
    if row is None:
        return None
    mentions = [
        Mention(r["start"], r["end"], r["text"], r["key"], r["type"], r["canonical"])
        for r in archive.db.execute(
            """SELECT m.start, m.end, m.text, e.key, e.type, e.canonical FROM mentions m
               JOIN entities e ON e.id = m.entity_id WHERE m.item_id = ?
               ORDER BY m.start, m.end DESC""",
            [item_id],
        )
    ]
    similar = [
        dict(r)
        for r in archive.db.execute(
            """SELECT items.id, items.headline, items.date, documents.media, documents.source_id
               FROM items JOIN documents ON documents.id = items.document_id
               WHERE items.cluster_id = ? AND items.id != ? ORDER BY items.id LIMIT 50""",
            [row["cluster_id"], item_id],
        )
    ]
    return ItemView(
        id=row["id"],
        document_id=row["document_id"],
        headline=row["headline"],
        date=row["date"],
        place=row["place"],
        source_id=row["source_id"],
        url=row["url"],
        media=row["media"],
        published=row["published"],
        start=row["start"],
        text=row["text"],
        record=json.loads(row["record"]),
        mentions=mentions,
        similar=similar,
    )


@dataclass
class EntityView:
    id: int
    key: str
    type: str
    canonical: str | None
    latin: str | None
    code: str | None
    items: int  # items naming it
    forms: list[tuple[str, int]]  # written forms, most frequent first
    by_date: list[tuple[str, int]]  # events it took part in, by day or month
    date_unit: str
    met_people: list[dict[str, Any]]  # whom it met most: people …
    met_parties: list[dict[str, Any]]  # … and states and organisations
    events: list[dict[str, Any]]  # the latest
    # a person's names as its events give them, with the rule that put each under the key
    names: list[tuple[str, int, str]] = field(default_factory=list)


def entity(archive: Archive, key: str, recent: int = 30) -> EntityView | None:
    row = archive.db.execute("SELECT * FROM entities WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    entity_id, kind, code = row["id"], row["type"], row["code"]
    if kind == "state":
        mine, args = "p.country = ?", [code]
    elif kind == "org":
        mine, args = "p.org = ?", [code]
    else:
        mine, args = "p.entity_id = ?", [entity_id]
    other = mine.replace("p.", "o.")
    # Its own events, and the others who took part in them (not itself, nor, for a state
    # or an organisation, its own people).
    taking_part = f"SELECT DISTINCT p.event_id FROM participants p WHERE {mine}"
    counted = f"""FROM ({taking_part}) AS mine JOIN participants o ON o.event_id = mine.event_id
        JOIN events ev ON ev.id = o.event_id JOIN items ON items.id = ev.item_id
        LEFT JOIN entities ent ON ent.id = o.entity_id
        WHERE ({other}) IS NOT TRUE"""
    met_people = [
        dict(r)
        for r in archive.db.execute(
            f"""SELECT ent.key, ent.canonical AS name, ent.latin, max(o.role) AS role,
                       max(o.country) AS country, count(DISTINCT {EVENT_KEY}) AS events
                {counted} AND ent.type = 'person'
                GROUP BY ent.id ORDER BY events DESC, name LIMIT 15""",
            [*args, *args],
        )
    ]
    met_parties = [
        dict(r)
        for r in archive.db.execute(
            f"""SELECT coalesce('state:' || o.country, 'org:' || o.org) AS party,
                       coalesce(o.country, o.org) AS code,
                       count(DISTINCT {EVENT_KEY}) AS events
                {counted} AND (o.country IS NOT NULL OR o.org IS NOT NULL)
                GROUP BY 1, 2 ORDER BY events DESC, party LIMIT 15""",
            [*args, *args],
        )
    ]
    names = _names(archive, [p["party"] for p in met_parties])
    for party in met_parties:
        party["key"] = party.pop("party")
        party["name"] = names.get(party["key"], party["code"])
    by_date, unit, _ = date_buckets(
        [
            (r[0], r[1])
            for r in archive.db.execute(
                f"""SELECT ev.date, count(DISTINCT {EVENT_KEY})
                    FROM ({taking_part}) AS mine JOIN events ev ON ev.id = mine.event_id
                    JOIN items ON items.id = ev.item_id
                    WHERE ev.date IS NOT NULL GROUP BY ev.date""",
                args,
            )
        ]
    )
    forms = [
        (r[0], r[1])
        for r in archive.db.execute(
            "SELECT text, count(*) AS n FROM mentions WHERE entity_id = ? "
            "GROUP BY text ORDER BY n DESC, text LIMIT 10",
            [entity_id],
        )
    ]
    n_items = archive.db.execute(
        "SELECT count(DISTINCT item_id) FROM mentions WHERE entity_id = ?", [entity_id]
    ).fetchone()[0]
    names = [
        (r[0], r[1], key_rule(r[0], key))
        for r in archive.db.execute(
            "SELECT name, count(*) AS n FROM participants WHERE entity_id = ? "
            "AND name IS NOT NULL GROUP BY name ORDER BY n DESC, name LIMIT 20",
            [entity_id],
        )
    ]
    return EntityView(
        id=entity_id,
        key=key,
        type=kind,
        canonical=row["canonical"],
        latin=row["latin"],
        code=code,
        items=n_items,
        forms=forms,
        names=names,
        by_date=by_date,
        date_unit=unit,
        met_people=met_people,
        met_parties=met_parties,
        events=events(archive, Filters(**entity_filter(kind, code, key)), limit=recent)
        if kind != "place"
        else [],
    )


def entity_filter(kind: str, code: str | None, key: str) -> dict[str, str]:
    """The search filter that names an entity: ``{"state": "BHR"}``, ``{"person": key}``;
    none for a place (places are not a filter)."""
    if kind in ("state", "org") and code:
        return {kind: code}
    return {"person": key} if kind == "person" else {}


@dataclass
class Facets:
    total: int  # matching items counted (at most ``FACET_WINDOW``)
    capped: bool  # more items match than were counted
    types: list[tuple[str, int]]
    states: list[tuple[str, str, int]]  # code, name, items
    orgs: list[tuple[str, str, int]]
    dates: list[tuple[str, int]]  # day or month, items
    date_unit: str  # "day" or "month"
    dates_outside: int = 0  # items dated far from the rest, not in ``dates``


TAIL = 0.03  # of the counts at each end of a histogram, shown as "outside" instead


def date_buckets(days: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], str, int]:
    """Counts by day, every day from the first to the last (by month past three months),
    and how many counts were left out for lying in the ``TAIL`` at either end: the few
    items dated years back by a date in their text must not squeeze a month of news into
    one bar."""
    total = sum(n for _, n in days)
    if not total:
        return [], "day", 0
    seen, low, high = 0, None, None
    for day, n in sorted(days):
        seen += n
        if low is None and seen > total * TAIL:
            low = day
        if high is None and seen >= total * (1 - TAIL):
            high = day
    assert low is not None and high is not None
    kept = [(d, n) for d, n in days if low <= d <= high]
    outside = total - sum(n for _, n in kept)
    first, last = dt.date.fromisoformat(low), dt.date.fromisoformat(high)
    if (last - first).days <= 92:
        counts = dict(kept)
        span = range((last - first).days + 1)
        every = [(first + dt.timedelta(days=i)).isoformat() for i in span]
        return [(d, counts.get(d, 0)) for d in every], "day", outside
    months: Counter[str] = Counter()
    for d, n in kept:
        months[d[:7]] += n
    year, month = first.year, first.month
    buckets = []
    while (year, month) <= (last.year, last.month):
        label = f"{year:04d}-{month:02d}"
        buckets.append((label, months.get(label, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if len(buckets) > 240:  # twenty years at most, the latest
        outside += sum(n for _, n in buckets[:-240])
        buckets = buckets[-240:]
    return buckets, "month", outside


def facets(
    archive: Archive,
    query: str | None,
    filters: Filters | None = None,
    limits: QueryLimits = DEFAULT_QUERY_LIMITS,
) -> Facets:
    """What the newest ``FACET_WINDOW`` matches of a search are about: event types, states
    and organisations named, and their dates (by day over three months or less, else by
    month)."""
    match = matching(archive, query, filters, limits=limits)
    db = archive.db
    ids: list[int] = []
    for sql, params in match.select(archive.dialect, match.selected):  # newest part first
        newest = f"{sql} ORDER BY {archive.dialect.by_id(match.selected)} DESC LIMIT ?"
        ids += [r[0] for r in db.execute(newest, [*params, FACET_WINDOW + 1 - len(ids)])]
        if len(ids) > FACET_WINDOW:
            break
    capped = len(ids) > FACET_WINDOW
    ids = ids[:FACET_WINDOW]
    # The ids go in once, as a JSON array (a page may hold a read-only connection).
    among = archive.dialect.id_list
    hit_ids = json.dumps(ids)
    types = db.execute(
        "SELECT type, count(DISTINCT item_id) AS n FROM events "
        f"WHERE item_id IN {among} GROUP BY type ORDER BY n DESC, type",
        [hit_ids],
    ).fetchall()
    # Mentions are read by item (the hits' own), then counted by entity: driving from the
    # entities of a type would read every mention of Saudi Arabia in the archive.
    named: dict[str, list] = {"state": [], "org": []}
    for kind, code, canonical, n in db.execute(
        f"""SELECT e.type, e.code, e.canonical, x.n FROM (
                SELECT m.entity_id, count(DISTINCT m.item_id) AS n
                FROM mentions m {archive.dialect.indexed_by("mentions_item")}
                WHERE m.item_id IN {among} GROUP BY m.entity_id) AS x
            JOIN entities e ON e.id = x.entity_id
            WHERE e.type IN ('state', 'org') ORDER BY x.n DESC, e.code""",
        [hit_ids],
    ):
        if len(named[kind]) < 12:
            named[kind].append((code, canonical, n))
    days = db.execute(
        f"SELECT date, count(*) FROM items WHERE id IN {among} AND date IS NOT NULL "
        "GROUP BY date ORDER BY date",
        [hit_ids],
    ).fetchall()
    dates, unit, outside = date_buckets([(d, n) for d, n in days])
    return Facets(
        total=len(ids),
        capped=capped,
        types=[(t, n) for t, n in types],
        states=[(c, name, n) for c, name, n in named["state"]],
        orgs=[(c, name, n) for c, name, n in named["org"]],
        dates=dates,
        date_unit=unit,
        dates_outside=outside,
    )


@dataclass
class Network:
    nodes: list[dict[str, Any]]  # key, label, kind, events
    edges: list[dict[str, Any]]  # source, target, events
    events: int  # events with two parties or more, drawn


def network(
    archive: Archive,
    filters: Filters | None = None,
    level: str = "person",
    max_nodes: int = 40,
    max_events: int = 5_000,
) -> Network:
    """Who met whom among the events matching ``filters``: parties as nodes (people, or at
    ``level="state"`` their states and organisations), an edge wherever two took part in
    one event. Each event counts once however many sources reported it. Statements,
    which no one receives, are left out unless ``filters`` ask for them; an event with
    one party adds nothing to a network."""
    found = events(archive, filters, limit=max_events, met=True)
    weight: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    labels: dict[str, tuple[str, str]] = {}
    used = 0
    for event in found:
        parties = set()
        for p in event["participants"]:
            party = _party(p, level)
            if party is None:
                continue
            key, label, kind = party
            labels.setdefault(key, (label, kind))
            parties.add(key)
        if len(parties) < 2:
            continue
        used += 1
        for key in parties:
            weight[key] += 1
        for a, b in combinations(sorted(parties), 2):
            pairs[(a, b)] += 1
    kept = {key for key, _ in weight.most_common(max_nodes)}
    named = _names(archive, [k for k in kept if k.startswith(("state:", "org:"))])
    for key in named:
        labels[key] = (named[key], labels[key][1])
    nodes = [
        {"key": key, "label": labels[key][0], "kind": labels[key][1], "events": n}
        for key, n in weight.most_common(max_nodes)
    ]
    edges = [
        {"source": a, "target": b, "events": n}
        for (a, b), n in pairs.most_common()
        if a in kept and b in kept
    ]
    return Network(nodes, edges, used)


def _names(archive: Archive, keys: list[str]) -> dict[str, str]:
    """Display names of states (their CLDR name) and organisations (as the archive has them)."""
    states = arabic_state_names()
    names = {k: states[k[6:]] for k in keys if k.startswith("state:") and k[6:] in states}
    rest = [k for k in keys if k not in names]
    marks = ",".join("?" * len(rest)) or "NULL"
    rows = archive.db.execute(f"SELECT key, canonical FROM entities WHERE key IN ({marks})", rest)
    names.update({key: canonical for key, canonical in rows if canonical})
    return names


def _party(p: dict[str, Any], level: str) -> tuple[str, str, str] | None:
    if level == "state" or not (p.get("entity_id") or p.get("name") or p.get("role")):
        # A state or an organisation taking part as such ("البحرين" signed …).
        if p.get("country"):
            return f"state:{p['country']}", p["country"], "state"
        if p.get("org"):
            return f"org:{p['org']}", p["org"], "org"
        return None
    if p.get("entity_id"):
        return p["entity_id"], p.get("name") or p["entity_id"], "person"
    label = p.get("name") or p.get("role") or p.get("affiliation")
    if not label:
        return None
    where = p.get("country") or p.get("org")
    # A party named by its office only ("وزير الخارجية البحريني") is one node per office
    # and state: the text does not say more.
    return f"party:{label}|{where or ''}", label, "party"


def stats(archive: Archive) -> dict[str, Any]:
    db = archive.db
    return {
        "counts": archive.counts(),
        "event_types": dict(
            db.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC")
        ),
        "dates": {
            "first": db.execute("SELECT min(date) FROM items").fetchone()[0],
            "last": db.execute("SELECT max(date) FROM items").fetchone()[0],
        },
        "sources": dict(
            db.execute(
                "SELECT coalesce(media, ''), count(*) FROM documents GROUP BY media "
                "ORDER BY 2 DESC LIMIT 20"
            )
        ),
    }
