"""Benchmark: read and extract the whole SaudiNewsNet corpus on one core.

    python bench/extract.py [PATH ...] [--repeat N]

Prints documents, items, items/s, MB/s of article text, and peak memory (max RSS). PATH
defaults to ../shared/corpora/saudinewsnet beside the checkout. Targets for the foundation:
>= 3,000 items/s on one core and <= 300 MB peak.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from nashra.extraction.pipeline import extract
from nashra.reading import read

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--min-items-per-s", type=float, default=3000.0)
    parser.add_argument("--max-peak-mb", type=float, default=300.0)
    args = parser.parse_args()

    errors: list[str] = []
    documents = items = chars = text_bytes = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        for document in read(args.paths, on_error=lambda e: errors.append(str(e))):
            documents += 1
            chars += len(document.text)
            text_bytes += len(document.text.encode("utf-8"))
            items += len(extract(document))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = items / elapsed
    print(f"documents      {documents}")
    print(f"items          {items}")
    print(f"text           {text_bytes / 1e6:.1f} MB ({chars} characters)")
    print(f"elapsed        {elapsed:.2f} s")
    print(f"items/s        {rate:,.0f}")
    print(f"MB/s           {text_bytes / 1e6 / elapsed:.2f}")
    print(f"peak memory    {peak_mb:.0f} MB (max RSS)")
    print(f"read errors    {len(errors)}")
    ok = rate >= args.min_items_per_s and peak_mb <= args.max_peak_mb
    print(
        f"target         >= {args.min_items_per_s:,.0f} items/s, <= {args.max_peak_mb:.0f} MB: "
        + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
