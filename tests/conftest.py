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

import httpx2
import pytest

from shared_paths import BACKENDS, CORPUS, SEED, SEED_GOLD


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
def corpus_articles() -> list[dict]:
    """Every SaudiNewsNet article, as the corpus stores it."""
    if not CORPUS.is_dir():
        pytest.fail(f"the corpus is missing: {CORPUS} (../shared must sit beside the checkout)")
    return list(_corpus_by_url().values())


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


# The storage, search and API tests run on each backend: SQLite, and PostgreSQL at the
# server this URL names (.ci/postgres starts one and prints it). Without it, the PostgreSQL
# runs are skipped on a developer's machine and fail in CI.
POSTGRES_SERVER = os.environ.get("NASHRA_TEST_POSTGRES")


class Databases:
    """Throwaway PostgreSQL databases, one per archive a test makes, dropped at the end."""

    def __init__(self, server: str) -> None:
        self.server = server
        self.made: list[str] = []

    def new(self, label: str) -> str:
        from nashra.storage import postgres

        name = f"nashra_test_{label}_{os.getpid()}_{len(self.made)}"
        self.made.append(name)
        return postgres.fresh_database(self.server, name)

    def drop_all(self) -> None:
        from nashra.storage import postgres

        for name in self.made:
            postgres.drop_database(self.server, name)


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request) -> str:
    """Each backend in turn, for a module's archive."""
    return request.param


@pytest.fixture(scope="session")
def databases() -> Iterator[Databases | None]:
    if not POSTGRES_SERVER:
        yield None
        return
    made = Databases(POSTGRES_SERVER)
    yield made
    made.drop_all()


@pytest.fixture(scope="session")
def new_archive(databases, tmp_path_factory):
    """``new_archive(backend, label)``: where a new, empty archive may be made: a SQLite
    file, or a PostgreSQL database of its own."""

    def make(backend: str, label: str) -> str:
        if backend == "sqlite":
            return str(tmp_path_factory.mktemp(label) / "archive.sqlite")
        if databases is None:
            if os.environ.get("CI"):
                pytest.fail("NASHRA_TEST_POSTGRES is not set: .ci/run starts PostgreSQL")
            pytest.skip("no PostgreSQL server: set NASHRA_TEST_POSTGRES (see .ci/postgres)")
        return databases.new(label)

    return make


@dataclass
class Served:
    url: str
    db: str  # the archive's location: a file or a PostgreSQL URL
    token: str
    hostile_item: int


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session", params=BACKENDS)
def served(request, new_archive) -> Iterator[Served]:
    """``nashra serve`` in its own process over an archive of one corpus day and one
    document full of markup and injection attempts, on each backend."""
    yield from _serve(new_archive(request.param, "served"))


@pytest.fixture(scope="session")
def served_sqlite(new_archive) -> Iterator[Served]:
    """The same, on SQLite alone: what the browser tests look at."""
    yield from _serve(new_archive("sqlite", "served"))


def _serve(db: str) -> Iterator[Served]:
    from nashra.reading import read, read_bytes
    from nashra.storage import Archive

    with Archive(db) as archive:
        archive.ingest(read(CORPUS / "2015-08-10.zip"), workers=2)
        archive.ingest(read_bytes(HOSTILE.encode(), "hostile.txt"))
        hostile_item = archive.db.execute(
            "SELECT items.id FROM items JOIN documents ON documents.id = items.document_id "
            "WHERE documents.source_id = 'hostile.txt'"
        ).fetchone()[0]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "nashra.cli", "serve", "--db", db, "--port", str(port),
         "--max-upload", "300000"],
        env={**os.environ, "NASHRA_TOKEN": TOKEN},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx2.get(url + "/api/stats", timeout=5).status_code == 200:
                break
        except httpx2.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"the server did not start: {server.stdout.read().decode()}")
        time.sleep(0.2)
    yield Served(url, db, TOKEN, hostile_item)
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture
def zip_in_zip(tmp_path):
    """``outer.zip``: a text and ``inner.zip`` holding another text (issue 15's limits)."""
    import zipfile

    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("in.txt", "خبر عن جدة")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("inner.zip", inner.read_bytes())
        archive.writestr("top.txt", "خبر عن الرياض")
    return outer
