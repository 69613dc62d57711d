"""Where the real documents live: ../shared beside the checkout, as in CI."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "saudinewsnet"
SEED = SHARED / "seeds" / "oic-news-948.txt"
SEED_GOLD = SHARED / "gold" / "seed-oic-948.json"
DEV_INPUT = SHARED / "gold" / "dev-saudinewsnet.input.jsonl"
DEV_GOLD = SHARED / "gold" / "dev-saudinewsnet.jsonl"

# The storage, search and API tests run on each backend (see conftest.new_archive).
BACKENDS = ["sqlite", "postgresql"]
