"""Shared fixtures: the real documents in ../shared beside the checkout."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import httpx
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


# ---- a real server over a real archive ---------------------------------------------------

HOSTILE = (
    '<img src=x onerror="alert(1)"> عُمان والبحرين تبحثان التعاون\n'
    "مسقط، 10 أغسطس 2015\n"
    "استقبل معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان، "
    '<script>alert("nashra")</script> اليوم، سفير <b onmouseover=alert(2)>مملكة البحرين</b> '
    "لدى السلطنة، وبحث معه العلاقات الثنائية. ]]> {{7*7}} ' OR 1=1 --\n"
)
TOKEN = "test-token-5c1e"


@dataclass
class Served:
    url: str
    db: Path
    token: str
    hostile_item: int


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Iterator[Served]:
    """``nashra serve`` in its own process over an archive of one corpus day and one
    document full of markup and injection attempts."""
    from nashra.reading import read, read_bytes
    from nashra.storage import Archive

    db = tmp_path_factory.mktemp("served") / "archive.sqlite"
    with Archive(db) as archive:
        archive.ingest(read(CORPUS / "2015-08-10.zip"), workers=2)
        archive.ingest(read_bytes(HOSTILE.encode(), "hostile.txt"))
        hostile_item = archive.db.execute(
            "SELECT items.id FROM items JOIN documents ON documents.id = items.document_id "
            "WHERE documents.source_id = 'hostile.txt'"
        ).fetchone()[0]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "nashra.cli", "serve", "--db", str(db), "--port", str(port),
         "--max-upload", "300000"],
        env={**os.environ, "NASHRA_TOKEN": TOKEN},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/api/stats", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"the server did not start: {server.stdout.read().decode()}")
        time.sleep(0.2)
    yield Served(url, db, TOKEN, hostile_item)
    server.terminate()
    server.wait(timeout=30)
