"""Shared fixtures: the real documents in ../shared beside the checkout."""

from __future__ import annotations

import json
import zipfile
from functools import cache

import pytest

from shared_paths import CORPUS, SEED, SEED_GOLD


@cache
def _corpus_by_url() -> dict[str, dict]:
    articles = {}
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name)):
                    articles[article["url"]] = article
    return articles


@pytest.fixture(scope="session")
def corpus_article():
    """The SaudiNewsNet article with this url, as the corpus stores it."""
    if not CORPUS.is_dir():
        pytest.fail(f"the corpus is missing: {CORPUS} (../shared must sit beside the checkout)")

    def get(url: str) -> dict:
        return _corpus_by_url()[url]

    return get


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
