"""Benchmark: 1,000 mixed searches over the archive of the whole SaudiNewsNet corpus.

    python bench/search.py [--db PATH|URL] [--items 1000000] [--queries 1000]

The archive is made with ``nashra ingest`` of the corpus if ``--db`` does not exist yet;
``--db postgresql://…`` measures the same queries on PostgreSQL (an empty database there
is filled first).
``--items N`` first grows a copy of it to N items by repeating the corpus with fresh ids
(documents, items, index rows, mentions, events), as the scale test of the issue asks.

The queries are drawn (seeded) from the archive's own articles, in the proportions a
reader of such an archive would type them: single words and word pairs from headlines and
bodies, exact phrases, OR, NOT and prefix queries, English names (``Bahrain``, ``OIC``),
text with filters (state, organisation, date range, event type, source), and filters alone.
Every query runs the whole ``nashra search`` path: parse, expand, match, rank (BM25), read
the first 20 hits and highlight their snippets. Prints latency percentiles per kind and
overall, queries/s and peak memory. Targets: p50 <= 10 ms, p99 <= 100 ms.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from nashra.reading import read
from nashra.search.engine import Filters, matching, search
from nashra.storage import Archive, exists, leaders, postgres
from nashra.storage.schema import MIGRATIONS
from nashra.storage.text_parts import part_for, text_parts
from nashra.text.normalization import fold

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
WORD = re.compile(r"[\u0621-\u064a]{3,}")
ENGLISH = [
    "Bahrain", "OIC", "Othaimeen", "Egypt", "Yemen", "Iran", "Kuwait", "Jordan", "France",
    "Qatar", "United Nations", "GCC", "Turkey", "Pakistan", "Syria", "Iraq", "Russia",
]  # fmt: skip
STATES = ["SAU", "BHR", "EGY", "YEM", "KWT", "ARE", "USA", "FRA", "JOR", "IRN", "QAT", "TUR"]
ORGS = ["OIC", "GCC", "UN", "LAS", "EU"]
TYPES = ["meeting", "call", "visit", "message", "agreement", "conference", "statement"]
SOURCES = ["sabq", "alriyadh", "aleqtisadiya", "alwatan", "spa", "okaz"]
KINDS = {  # kind: share of the mix
    "word": 0.25,
    "two words": 0.15,
    "phrase": 0.12,
    "or": 0.06,
    "not": 0.05,
    "prefix": 0.05,
    "english": 0.07,
    "text+filter": 0.17,
    "filter only": 0.08,
}


def ensure_archive(db: str, corpus: list[str]) -> None:
    if exists(db):
        return
    print(f"ingesting {', '.join(corpus)} into {postgres.shown(db)} …", file=sys.stderr)
    with Archive(db) as archive:
        archive.ingest(read(corpus), workers=2)


# Per table, the columns a copy of a row shifts, and by which id range: each copy's rows get
# fresh ids, and their links point at the copy's own rows. The other columns are copied
# as they are (a table's columns are read from the archive, so that a column a migration
# adds is copied too).
_SHIFTED = {
    "documents": {"id": "document"},
    "items": {"id": "item", "document_id": "document", "cluster_id": "item"},
    "item_records": {"item_id": "item"},
    "mentions": {"item_id": "item"},
    "events": {"id": "event", "item_id": "item", "happening_id": "event"},
    "participants": {"event_id": "event"},
}
_FIRST_ID = {
    "documents": "id",
    "items": "id",
    "item_records": "item_id",
    "mentions": "item_id",
    "events": "id",
    "participants": "event_id",
}
_OF = {
    "documents": "document",
    "items": "item",
    "item_records": "item",
    "mentions": "item",
    "events": "event",
    "participants": "event",
}


def grow(source: Path, target: Path, items: int) -> None:
    """Copy ``source`` to ``target`` and repeat its rows with fresh ids until it holds
    ``items`` items. The text index is contentless (it keeps terms, not the forms it was
    given), so each copy's index rows are the original items' forms made once again from
    their stored text, as the archive's own reindexing makes them."""
    if target.exists():
        with sqlite3.connect(target) as db:
            grown = db.execute("SELECT count(*) FROM items").fetchone()[0] >= items
            current = db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        if grown and current:
            return
        target.unlink()
    with Archive(source) as archive:  # brought up to this nashra's schema first
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        forms = [row for batch in archive._index_rows(0, None) for row in batch]
    shutil.copyfile(source, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    n_items, max_document, max_item, max_event = db.execute(
        "SELECT (SELECT count(*) FROM items), (SELECT max(id) FROM documents), "
        "(SELECT max(id) FROM items), (SELECT max(id) FROM events)"
    ).fetchone()
    largest = {"document": max_document, "item": max_item, "event": max_event}
    columns = {
        table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")] for table in _SHIFTED
    }
    copies = math.ceil(items / n_items)
    started = time.perf_counter()
    for k in range(1, copies):
        offset = {kind: k * size for kind, size in largest.items()}
        db.execute("BEGIN")
        for table, shifted in _SHIFTED.items():
            values = [
                f"{column} + {offset[shifted[column]]}"
                if column in shifted
                else f"content_hash || ':{k}'"
                if column == "content_hash"
                else column
                for column in columns[table]
            ]
            db.execute(
                f"INSERT INTO {table} ({', '.join(columns[table])}) SELECT {', '.join(values)} "
                f"FROM {table} WHERE {_FIRST_ID[table]} <= {largest[_OF[table]]}"
            )
        # Into the index part the archive's own ingest would have put them in.
        part = part_for(db, offset["item"] + 1)
        db.executemany(
            f"INSERT INTO {part} (rowid, exact, stem, clitic) VALUES (?, ?, ?, ?)",
            [(item_id + offset["item"], *terms) for item_id, *terms in forms],
        )
        db.execute("COMMIT")
        print(
            f"\rgrowing: copy {k + 1}/{copies}, {time.perf_counter() - started:.0f} s",
            end="",
            file=sys.stderr,
        )
    for part, _ in text_parts(db):
        db.execute(f"INSERT INTO {part} ({part}) VALUES ('optimize')")
    for part, _ in text_parts(db):  # as an ingest makes them (once the writes are in)
        if leaders.stale(db, part):
            with db:
                db.execute("BEGIN")
                leaders.make_leaders(db, part)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    print(file=sys.stderr)


def make_queries(archive: Archive, count: int, seed: int) -> list[tuple[str, str | None, Filters]]:
    """``count`` (kind, query, filters) drawn from the archive's own text."""
    rng = random.Random(seed)
    rows = archive.db.execute(
        "SELECT items.headline, substr(documents.text, items.body_start + 1, "
        "items.end - items.body_start) FROM items JOIN documents "
        "ON documents.id = items.document_id WHERE items.id % 13 = 0 ORDER BY items.id LIMIT 3000"
    ).fetchall()
    texts = [(WORD.findall(h or ""), WORD.findall(b or "")) for h, b in rows]
    texts = [(h, b) for h, b in texts if len(h) >= 2 and len(b) >= 20]
    dates = [
        r[0]
        for r in archive.db.execute(
            "SELECT DISTINCT date FROM items WHERE date IS NOT NULL ORDER BY date"
        )
    ]

    def date_range() -> Filters:
        start = rng.choice(dates)
        return Filters(date_from=start, date_to=start[:8] + "28")

    def a_filter() -> Filters:
        return rng.choice(
            [
                lambda: Filters(state=rng.choice(STATES)),
                lambda: Filters(org=rng.choice(ORGS)),
                lambda: Filters(event_type=rng.choice(TYPES)),
                lambda: Filters(source=rng.choice(SOURCES)),
                date_range,
            ]
        )()

    queries = []
    kinds, weights = zip(*KINDS.items(), strict=True)
    for kind in rng.choices(kinds, weights, k=count):
        headline, body = rng.choice(texts)
        at = rng.randrange(len(body) - 3)
        filters = Filters()
        if kind == "word":
            query = rng.choice(headline)
        elif kind == "two words":
            query = " ".join(rng.sample(headline + body[:30], 2))
        elif kind == "phrase":
            query = '"' + " ".join(body[at : at + rng.choice([2, 3])]) + '"'
        elif kind == "or":
            query = f"{rng.choice(headline)} OR {rng.choice(body)}"
        elif kind == "not":
            query = f"{rng.choice(headline)} -{rng.choice(body)}"
        elif kind == "prefix":
            query = rng.choice([w for w in headline + body if len(w) >= 5])[:4] + "*"
        elif kind == "english":
            query = rng.choice(ENGLISH)
        elif kind == "text+filter":
            query, filters = rng.choice(headline), a_filter()
        else:
            query, filters = None, a_filter()
        queries.append((kind, query, filters))
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def print_latencies(timings: dict[str, list[float]], every: list[float], width: int = 14) -> None:
    """Latency percentiles in ms, a row per kind of request and one for all of them."""
    print(f"{'kind':<{width}} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind, values in [*timings.items(), ("all", every)]:
        print(
            f"{kind:<{width}} {len(values):>6} {percentile(values, 0.5):>8.1f} "
            f"{percentile(values, 0.9):>8.1f} {percentile(values, 0.99):>8.1f} "
            f"{max(values):>8.1f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/nashra-bench/corpus.sqlite")
    parser.add_argument("--corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--items", type=int, help="grow a copy of the archive to N items")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=100, help="queries run before timing")
    parser.add_argument("--seed", type=int, default=948)
    parser.add_argument("--max-p50-ms", type=float, default=10.0)
    parser.add_argument("--max-p99-ms", type=float, default=100.0)
    parser.add_argument(
        "--relevance", type=Path, default=HERE / "relevance.tsv", help="the relevance set"
    )
    args = parser.parse_args()

    db = args.db
    if not postgres.is_url(db):
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    ensure_archive(db, args.corpus)
    if args.items:
        if postgres.is_url(db):
            parser.error("--items grows a SQLite archive only")
        source = Path(db)
        grown = source.with_name(f"{source.stem}-{args.items}{source.suffix}")
        grow(source, grown, args.items)
        db = str(grown)

    with Archive(db) as archive:
        n_items = archive.db.execute("SELECT count(*) FROM items").fetchone()[0]
        if archive.dialect.postgres:
            size = archive.db.execute("SELECT pg_database_size(current_database())")
            size = size.fetchone()[0] / 1e6
        else:
            path = Path(db)
            size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*")) / 1e6
        queries = make_queries(archive, args.queries + args.warmup, args.seed)
        for _, query, filters in queries[: args.warmup]:
            search(archive, query, filters, limit=20)
        timings: dict[str, list[float]] = defaultdict(list)
        slowest = []
        empty = 0
        started = time.perf_counter()
        for kind, query, filters in queries[args.warmup :]:
            t0 = time.perf_counter()
            hits = search(archive, query, filters, limit=20)
            ms = (time.perf_counter() - t0) * 1000
            timings[kind].append(ms)
            empty += not hits
            slowest.append((ms, kind, query, filters))
        elapsed = time.perf_counter() - started
        # the same queries as the search page and the API run them: each hit's record (its
        # events) read too, which `nashra search` does not need
        with_records = []
        for _kind, query, filters in queries[args.warmup :]:
            t0 = time.perf_counter()
            for hit in search(archive, query, filters, limit=20):
                hit.record  # noqa: B018
            with_records.append((time.perf_counter() - t0) * 1000)

    every = [ms for values in timings.values() for ms in values]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"archive        {n_items:,} items, {size:,.0f} MB ({postgres.shown(db)})")
    print(f"queries        {len(every)} after {args.warmup} warm-up, {empty} with no hit")
    print_latencies({kind: timings[kind] for kind in KINDS if timings.get(kind)}, every)
    p50, p99 = percentile(every, 0.5), percentile(every, 0.99)
    print(f"mean           {statistics.mean(every):.1f} ms, {len(every) / elapsed:,.0f} queries/s")
    print(
        f"with records   p50 {percentile(with_records, 0.5):.1f} ms, "
        f"p99 {percentile(with_records, 0.99):.1f} ms (each hit's events read, as the search "
        "page and the API read them)"
    )
    print(f"peak memory    {peak:.0f} MB{_mapped_share()}")
    for ms, kind, query, filters in sorted(slowest, key=lambda s: -s[0])[:3]:
        given = {k: v for k, v in vars(filters).items() if v}
        print(f"slow           {ms:.0f} ms  {kind}: {query!r} {given or ''}")
    ok = p50 <= args.max_p50_ms and p99 <= args.max_p99_ms
    verdict = "met" if ok else "NOT met"
    print(f"target         p50 <= {args.max_p50_ms:g} ms, p99 <= {args.max_p99_ms:g} ms: {verdict}")
    if not args.items:
        with Archive(db) as archive:
            print_relevance(archive, args.relevance)
    return 0 if ok else 1


def _mapped_share() -> str:
    """How much of the resident memory is the process's own, and how much is files read
    through a memory map (the archive's pages: the OS cache, shared), where Linux says. The
    peak counts every page of the archive read so, as drawing the queries from every article
    does."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return ""
    sizes = dict(re.findall(r"^(RssAnon|RssFile):\s+(\d+) kB", status, re.M))
    if len(sizes) < 2:
        return ""
    own, mapped = int(sizes["RssAnon"]) / 1024, int(sizes["RssFile"]) / 1024
    return f" (at the end {own:.0f} MB the process's own, {mapped:.0f} MB of mapped files)"


def print_relevance(archive: Archive, path: Path) -> None:
    """Recall, over every match, and precision of the first 20 hits, on the relevance set
    (bench/relevance.tsv): the articles a query is about are those a regular expression
    finds in their folded text. An article is relevant or not as a whole; a hit counts by
    its article."""
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    if not rows:
        print(f"\nrelevance      {path} holds no query: not scored")
        return
    texts = {
        source: fold(text)
        for source, text in archive.db.execute("SELECT source_id, text FROM documents")
    }
    source_of = dict(
        archive.db.execute(
            "SELECT items.id, documents.source_id FROM items "
            "JOIN documents ON documents.id = items.document_id"
        ).fetchall()
    )
    peer = _peer_index(archive)  # the peer: SQLite FTS5 as it comes, over the same texts
    print(
        f"\n{'relevance':<14} {'relevant':>8} {'found':>8} {'recall':>7} {'top-20':>7}"
        f"   {'peer':>7} {'peer-20':>7}  query"
    )
    scores: list[tuple[float, float, float, float]] = []
    for query, pattern, _what in rows:
        wanted = re.compile(pattern)
        relevant = {source for source, text in texts.items() if wanted.search(text)}
        match = matching(archive, query)
        found = {
            source_of[row[0]]
            for sql, params in match.select(archive.dialect, match.selected)
            for row in archive.db.execute(sql, params)
        }
        top = [h.source_id for h in search(archive, query, limit=20)]
        peer_found, peer_top = _peer_search(peer, query)
        scores.append(
            (
                *_recall_precision(found, top, relevant),
                *_recall_precision(peer_found, peer_top, relevant),
            )
        )
        recall, precision, peer_recall, peer_precision = scores[-1]
        print(
            f"{'':<14} {len(relevant):>8,} {len(found):>8,} {recall:>7.3f} {precision:>7.3f}"
            f"   {peer_recall:>7.3f} {peer_precision:>7.3f}  {query}"
        )
    means = [statistics.mean(column) for column in zip(*scores, strict=True)]
    print(
        f"{'mean':<14} {'':>8} {'':>8} {means[0]:>7.3f} {means[1]:>7.3f}   {means[2]:>7.3f} "
        f"{means[3]:>7.3f}  ({len(rows)} queries; peer: FTS5 unicode61 remove_diacritics 2)"
    )


def _recall_precision(found: set[str], top: list[str], relevant: set[str]) -> tuple[float, float]:
    recall = len(found & relevant) / len(relevant) if relevant else 1.0
    return recall, (sum(s in relevant for s in top) / len(top) if top else 0.0)


def _peer_index(archive: Archive) -> sqlite3.Connection:
    """The articles in an in-memory FTS5 table with SQLite's own Unicode tokenizer, which
    removes the marks and knows no Arabic otherwise: what a user gets with nothing else."""
    peer = sqlite3.connect(":memory:")
    peer.execute(
        "CREATE VIRTUAL TABLE t USING fts5(source, text, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    peer.executemany(
        "INSERT INTO t (source, text) VALUES (?, ?)",
        archive.db.execute("SELECT source_id, text FROM documents"),
    )
    return peer


def _peer_search(peer: sqlite3.Connection, query: str) -> tuple[set[str], list[str]]:
    words = " ".join('"' + w.replace('"', "") + '"' for w in re.findall(r"\w+", query))
    if not words:
        return set(), []
    rows = peer.execute(
        "SELECT source FROM t WHERE t MATCH ? ORDER BY bm25(t)", [f"text : ({words})"]
    ).fetchall()
    return {r[0] for r in rows}, [r[0] for r in rows[:20]]


if __name__ == "__main__":
    sys.exit(main())
