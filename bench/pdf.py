"""Benchmark: reading Arabic PDFs, on one core.

    python bench/pdf.py [--articles N] [--width PX]

Renders the seed bulletin and N corpus articles (the first of dev-saudinewsnet's input) to
PDF with Chromium (right-to-left HTML, DejaVu Sans, A4), as press offices publish them,
then times nashra's PDF reader alone on the files: pages/s, documents/s, per-document
latency percentiles, peak memory (max RSS), and how many give the records their text
gives. Nothing rendered is kept. Target: >= 10 pages/s on one core (pdfminer.six parses
the page content in Python: nine tenths of the time).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

from nashra.extraction.pipeline import extract
from nashra.reading import read
from nashra.reading.pdf import pdf_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "oic-news-948.txt"
ARTICLES = SHARED / "gold" / "dev-saudinewsnet.input.jsonl"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the page layout the tests print (tests/printed_pages.py)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from printed_pages import page_html  # noqa: E402


def reading(document) -> list:
    return [
        (
            " ".join((item.headline or "").split()),
            item.date,
            sorted(
                repr((e.type, [(p.name, p.role, p.country or p.org) for p in e.participants]))
                for e in item.events
            ),
        )
        for item in extract(document)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--width", type=int, default=600, help="page text width, pixels")
    parser.add_argument("--min-pages-per-s", type=float, default=10.0)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    sources = [next(iter(read(SEED))), *islice(read(ARTICLES), args.articles)]
    rendered: list[bytes] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for document in sources:
            paragraphs = [document.title or "", *document.text.split("\n")]
            page.set_content(page_html(paragraphs, args.width))
            rendered.append(page.pdf(format="A4"))
        browser.close()

    latencies: list[float] = []
    pages = same = 0
    for source, data in zip(sources, rendered, strict=True):
        started = time.perf_counter()
        document = pdf_document(data, "bench.pdf")
        latencies.append(time.perf_counter() - started)
        pages += len(document.pages or [])
        document.published, document.media, document.url = (
            source.published,
            source.media,
            source.url,
        )
        same += reading(document) == reading(source)
    total = sum(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    rate = pages / total
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(rendered)} ({pages} pages, {sum(map(len, rendered)) / 1e6:.1f} MB)")
    print(f"read           {rate:,.1f} pages/s, {len(rendered) / total:,.1f} documents/s")
    print(
        f"latency        p50 {cuts[49] * 1000:.0f} ms, p90 {cuts[89] * 1000:.0f} ms, "
        f"p99 {cuts[98] * 1000:.0f} ms a document"
    )
    print(f"same records   {same} of {len(rendered)} as from their text")
    print(f"peak memory    {peak:.0f} MB")
    met = rate >= args.min_pages_per_s
    print(f"target         >= {args.min_pages_per_s:g} pages/s: {'met' if met else 'NOT MET'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
