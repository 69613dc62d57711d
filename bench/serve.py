"""Benchmark: ``nashra serve`` over the whole corpus under a bounded load.

    python bench/serve.py [--db PATH] [--clients 50] [--seconds 30] [--workers 2]

Starts ``nashra serve`` on loopback in its own process(es) over the archive of the whole
SaudiNewsNet corpus (made with ``nashra ingest`` if ``--db`` does not exist), then this
process plays ``--clients`` concurrent clients for ``--seconds``: each sends its next
request as soon as the last one is answered. The requests are a reader's mix drawn
(seeded) from the archive: API searches with and without filters and facets, search
pages, item pages and their JSON, who-met-whom events, entity pages and networks.

Prints requests/s, latency percentiles per kind and overall, errors (any answer other
than 200 counts), and the server's peak memory. Every request must succeed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import socket
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx2

from nashra.storage import Archive
from search import DEFAULT_CORPUS, ensure_archive, print_latencies  # bench/search.py

WORD = re.compile(r"[\u0621-\u064a]{4,}")
STATES = ["SAU", "BHR", "EGY", "YEM", "KWT", "ARE", "USA", "IRN", "QAT", "TUR"]
KINDS = {  # kind: share of the mix
    "api search": 0.25,
    "api search+facets": 0.05,
    "search page": 0.15,
    "item page": 0.15,
    "api item": 0.10,
    "api events": 0.10,
    "entity page": 0.10,
    "events page": 0.05,
    "network page": 0.05,
}


def make_requests(db: Path, count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    with Archive(db, readonly=True) as archive:
        headlines = [
            r[0] for r in archive.db.execute("SELECT headline FROM items WHERE id % 17 = 0")
        ]
        words = [w for h in headlines if h for w in WORD.findall(h)]
        item_ids = [r[0] for r in archive.db.execute("SELECT id FROM items WHERE id % 7 = 0")]
        keys = [
            r[0]
            for r in archive.db.execute(
                "SELECT e.key FROM entities e JOIN participants p ON p.entity_id = e.id "
                "GROUP BY e.id ORDER BY count(*) DESC LIMIT 300"
            )
        ]
    keys += [f"state:{s}" for s in STATES]
    kinds, weights = zip(*KINDS.items(), strict=True)
    requests = []
    for kind in rng.choices(kinds, weights, k=count):
        word = quote(rng.choice(words))
        state = rng.choice(STATES)
        url = {
            "api search": f"/api/search?q={word}",
            "api search+facets": f"/api/search?q={word}&state={state}&facets=1",
            "search page": f"/?q={word}",
            "item page": f"/items/{rng.choice(item_ids)}",
            "api item": f"/api/items/{rng.choice(item_ids)}",
            "api events": f"/api/events?state={state}",
            "entity page": f"/entities/{quote(rng.choice(keys), safe=':|')}",
            "events page": f"/events?state={state}",
            "network page": f"/network?state={state}",
        }[kind]
        requests.append((kind, url))
    return requests


async def load(
    base: str, requests: list[tuple[str, str]], clients: int, seconds: float
) -> tuple[dict[str, list[float]], list[str], float]:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    position = 0
    limits = httpx2.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx2.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        deadline = time.perf_counter() + seconds

        async def client_loop() -> None:
            nonlocal position
            while time.perf_counter() < deadline:
                kind, url = requests[position % len(requests)]
                position += 1
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    ok = response.status_code == 200
                    if not ok:
                        errors.append(f"{response.status_code} {url}")
                except httpx2.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {url}")
                    continue
                timings[kind].append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(client_loop() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return timings, errors, elapsed


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process and its children (uvicorn's workers)."""
    total = 0.0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) / 1024
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/nashra-bench/corpus.sqlite")
    parser.add_argument("--corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--seed", type=int, default=948)
    args = parser.parse_args()

    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    ensure_archive(db, args.corpus)
    Archive(db).close()  # brings an archive made by an older nashra up to date
    requests = make_requests(db, 20_000, args.seed)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "nashra.cli", "serve", "--db", str(db), "--port", str(port),
         "--workers", str(args.workers)],
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx2.get(base + "/api/stats", timeout=5).status_code == 200:
                    break
            except httpx2.HTTPError:
                time.sleep(0.1)
        # Warm-up: every kind once per worker, so that first-use costs are not measured.
        asyncio.run(load(base, requests[-200:], 10, 3))
        timings, errors, elapsed = asyncio.run(load(base, requests, args.clients, args.seconds))
        peak = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    every = [ms for values in timings.values() for ms in values]
    with Archive(db, readonly=True) as archive:
        counts = archive.counts()
    print(f"archive        {counts['documents']:,} documents, {counts['items']:,} items ({db})")
    print(
        f"load           {args.clients} clients for {args.seconds:g} s on loopback, "
        f"server: {args.workers} worker process(es)"
    )
    print_latencies({k: timings[k] for k in KINDS if timings.get(k)}, every, width=18)
    print(f"throughput     {len(every) / elapsed:,.0f} requests/s")
    print(f"errors         {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"server peak    {peak:.0f} MB (all its processes)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
