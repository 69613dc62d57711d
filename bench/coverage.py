"""Coverage of the trigger families over the whole corpus: how many items use each
construction, and how many of those nashra reads an event of its type from.

    python bench/coverage.py [PATH ...] [--samples N] [--families FILE]

It finds what extraction misses without reading gold items one by one: a family that
items often use and that seldom yields its event is a construction to build. Families are
in bench/coverage_families.tsv, most matched against an item's body; those marked
``headline`` against its headline, which announces in its own words what the body tells
("أمير الرياض يستقبل سفير البيرو"): a headline family finds the body's constructions that no
body family names. Prints a table, then up to N sampled misses a family, each with its url
and the words around the match.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from nashra.extraction.pipeline import extract
from nashra.reading import read
from nashra.text.normalization import fold

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[0].parent / "shared" / "corpora" / "saudinewsnet"


def load_families(path: Path) -> list[tuple[str, frozenset[str], re.Pattern[str], bool]]:
    """(name, the event types that cover it, pattern, whether it matches the headline)."""
    families = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, event_types, pattern, *where = line.split("\t")
        covered = frozenset(event_types.split("|"))
        families.append((name, covered, re.compile(pattern), where == ["headline"]))
    return families


def _scan(args: tuple[str, str]) -> list[tuple[str, str, str, set[str]]]:
    """One file's items: url, folded body, folded headline, the event types read."""
    path, _ = args
    out = []
    for document in read([path], on_error=lambda _e: None):
        for item in extract(document):
            body = fold(document.text[item.body_span.start : item.body_span.end])
            headline = fold(item.headline or "")
            types = {e.type for e in item.events}
            out.append((document.url or document.source_id, body, headline, types))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--samples", type=int, default=3, help="misses shown per family")
    parser.add_argument("--families", type=Path, default=HERE / "coverage_families.tsv")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    families = load_families(args.families)
    files = []
    for path in map(Path, args.paths):
        files.extend(sorted(path.glob("*.zip")) if path.is_dir() else [path])
    with ProcessPoolExecutor(args.jobs) as pool:
        items = [x for part in pool.map(_scan, [(str(f), "") for f in files]) for x in part]
    rng = random.Random(0)
    print(f"{len(items):,} items\n")
    print("| family | type | items with it | read as its type | share |")
    print("|---|---|---|---|---|")
    misses: dict[str, list[str]] = {}
    for name, covered, pattern, on_headline in families:
        found = [
            (url, headline if on_headline else body, m, types)
            for url, body, headline, types in items
            for m in [pattern.search(headline if on_headline else body)]
            if m
        ]
        hit = [x for x in found if covered & x[3]]
        share = len(hit) / len(found) if found else 0.0
        shown = "/".join(sorted(covered))
        print(f"| {name} | {shown} | {len(found):,} | {len(hit):,} | {share:.0%} |")
        missed = [x for x in found if not covered & x[3]]
        misses[name] = [
            f"{url}\n    …{text[max(0, m.start() - 80) : m.end() + 120]}…".replace("\n ", " ")
            for url, text, m, _types in rng.sample(missed, min(args.samples, len(missed)))
        ]
    if args.samples:
        for name, shown in misses.items():
            if shown:
                print(f"\n## missed: {name}")
                print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
