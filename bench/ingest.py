"""Benchmark: ingest the whole SaudiNewsNet corpus into a fresh archive.

    python bench/ingest.py [--workers 2] [--db PATH] [PATH ...]
    python bench/ingest.py --engine dask --workers 1 2 [--scheduler ADDRESS]
    python bench/ingest.py --postgres postgresql:///postgres?host=/var/run/postgresql

Prints documents, items, events, documents/s, items/s, the archive's size and peak memory
(max RSS of this process and of its worker processes). With several ``--workers`` counts,
one fresh archive each, and the speed-up of each over the first. ``--engine dask``
extracts on a Dask cluster (a local one of that many worker processes, unless
``--scheduler`` names one). ``--postgres SERVER`` writes each run to a fresh database on
that PostgreSQL server instead of a SQLite file. Target: >= 500 articles/s on 2 cores.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from nashra.reading import read
from nashra.storage import Archive, IngestStats, postgres

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def size_of(archive: Archive) -> float:
    if archive.dialect.postgres:
        return archive.db.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    path = archive.path
    return sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))


def run(args, workers: int, location: str) -> tuple[IngestStats, float, float]:
    started = time.perf_counter()
    with Archive(location) as archive:
        if args.engine == "dask":
            from nashra import cluster

            with cluster.connect(args.scheduler, workers) as client:
                started = time.perf_counter()  # the cluster's start is not the ingest's
                stats = cluster.ingest(archive, read(args.paths), client)
        else:
            stats = archive.ingest(read(args.paths), workers=workers)
        elapsed = time.perf_counter() - started
        size = size_of(archive) / 1e6
    return stats, elapsed, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--scheduler", help="Dask scheduler address (--engine dask)")
    parser.add_argument("--db", help="archive to write (default: a fresh temporary file)")
    parser.add_argument("--postgres", metavar="SERVER", help="PostgreSQL server URL")
    parser.add_argument("--min-docs-per-s", type=float, default=500.0)
    args = parser.parse_args()

    directory = tempfile.mkdtemp(prefix="nashra-bench-")
    rates = []
    for workers in args.workers:
        if args.postgres:
            location = postgres.fresh_database(args.postgres, f"nashra_bench_{workers}")
        else:
            location = args.db or os.path.join(directory, f"archive-{workers}.sqlite")
            with contextlib.suppress(FileNotFoundError):
                if not args.db:
                    os.unlink(location)
        stats, elapsed, size = run(args, workers, location)
        rate = stats.documents / elapsed
        rates.append(rate)
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"engine         {args.engine}, {workers} worker(s)")
        print(f"documents      {stats.documents} ({stats.errors} errors)")
        print(f"items          {stats.items}")
        print(f"events         {stats.events}")
        print(f"elapsed        {elapsed:.1f} s")
        print(f"documents/s    {rate:,.0f}")
        print(f"items/s        {stats.items / elapsed:,.0f}")
        print(f"archive        {size:.0f} MB ({postgres.shown(location)})")
        print(f"peak memory    {peak_self:.0f} MB writer, {peak_children:.0f} MB largest worker")
        if len(rates) > 1:
            print(f"speed-up       x{rate / rates[0]:.2f} over {args.workers[0]} worker(s)")
        print()
    ok = max(rates) >= args.min_docs_per_s
    print(
        f"target         >= {args.min_docs_per_s:,.0f} documents/s: " + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
