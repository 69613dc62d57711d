"""Benchmark: ingest the whole SaudiNewsNet corpus into a fresh archive.

    python bench/ingest.py [--workers 2] [--db PATH] [PATH ...]

Prints documents, items, events, documents/s, items/s, the archive's size and peak memory
(max RSS of this process and of its worker processes). Target: >= 500 articles/s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from nashra.reading import read
from nashra.storage import Archive

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", help="archive to write (default: a fresh temporary file)")
    parser.add_argument("--min-docs-per-s", type=float, default=500.0)
    args = parser.parse_args()

    directory = tempfile.mkdtemp(prefix="nashra-bench-")
    db = Path(args.db or os.path.join(directory, "archive.sqlite"))
    started = time.perf_counter()
    with Archive(db) as archive:
        stats = archive.ingest(read(args.paths), workers=args.workers)
    elapsed = time.perf_counter() - started
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = sum(f.stat().st_size for f in db.parent.glob(db.name + "*")) / 1e6

    rate = stats.documents / elapsed
    print(f"documents      {stats.documents}")
    print(f"items          {stats.items}")
    print(f"events         {stats.events}")
    print(f"workers        {args.workers}")
    print(f"elapsed        {elapsed:.1f} s")
    print(f"documents/s    {rate:,.0f}")
    print(f"items/s        {stats.items / elapsed:,.0f}")
    print(f"archive        {size:.0f} MB ({db})")
    print(f"peak memory    {peak_self:.0f} MB writer, {peak_children:.0f} MB largest worker")
    ok = rate >= args.min_docs_per_s
    print(
        f"target         >= {args.min_docs_per_s:,.0f} documents/s: " + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
