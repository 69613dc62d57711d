"""Benchmark: read the whole SaudiNewsNet corpus and extract everything, on one core.

    python bench/extract.py [PATH ...] [--repeat N]

Full extraction: items, datelines, dates, people, states, organisations and events. Prints
documents, items, events, items/s, MB/s of article text, per-item latency percentiles and
peak memory (max RSS). PATH defaults to ../shared/corpora/saudinewsnet beside the checkout.
Targets: >= 1,000 items/s on one core, <= 500 MB peak.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from nashra.extraction.pipeline import extract
from nashra.reading import read
from nashra.runtime import tune_for_batch

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--min-items-per-s", type=float, default=1000.0)
    parser.add_argument("--max-peak-mb", type=float, default=500.0)
    args = parser.parse_args()

    tune_for_batch()
    errors: list[str] = []
    documents = items = events = chars = text_bytes = 0
    latencies: list[float] = []
    started = time.perf_counter()
    for _ in range(args.repeat):
        for document in read(args.paths, on_error=lambda e: errors.append(str(e))):
            documents += 1
            chars += len(document.text)
            text_bytes += len(document.text.encode("utf-8"))
            t0 = time.perf_counter()
            extracted = extract(document)
            latencies.append(time.perf_counter() - t0)
            items += len(extracted)
            events += sum(len(item.events) for item in extracted)
    elapsed = time.perf_counter() - started
    latencies.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = items / elapsed
    print(f"documents      {documents}")
    print(f"items          {items}")
    print(f"events         {events}")
    print(f"text           {text_bytes / 1e6:.1f} MB ({chars} characters)")
    print(f"elapsed        {elapsed:.2f} s")
    print(f"items/s        {rate:,.0f}")
    print(f"MB/s           {text_bytes / 1e6 / elapsed:.2f}")
    for q in (0.5, 0.9, 0.99):
        ms = latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
        print(f"p{int(q * 100):<13} {ms:.2f} ms per document")
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
