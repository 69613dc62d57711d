"""Extraction on a Dask cluster: the same archive as a local ingest, on either backend;
workers that die lose and double nothing; Parquet output of the same items."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys

import dask
import pyarrow.parquet as pq
import pytest

from nashra import cluster
from nashra.reading import read
from nashra.storage import Archive
from shared_paths import BACKENDS, CORPUS

DAY = CORPUS / "2015-08-10.zip"
DASK = os.path.join(os.path.dirname(sys.executable), "dask")  # the command of this environment


@pytest.fixture(scope="module")
def client():
    with cluster.connect(workers=2) as client:
        yield client


@pytest.fixture(scope="module")
def local_items(tmp_path_factory):
    """The day ingested without Dask: what every cluster run must store."""
    path = tmp_path_factory.mktemp("local") / "archive.sqlite"
    with Archive(path) as archive:
        archive.ingest(read(DAY), workers=1)
        return _contents(archive)


def _contents(archive: Archive) -> dict[tuple[int, str, int], str]:
    """Every item by (id, source, index), with its record and the happenings its events
    tell; ids included, for they must not depend on the engine."""
    happenings: dict[int, list[int]] = {}
    for item_id, happening in archive.db.execute(
        "SELECT item_id, happening_id FROM events ORDER BY id"
    ):
        happenings.setdefault(item_id, []).append(happening)
    rows = archive.db.execute(
        "SELECT items.id, documents.source_id, items.item_index, item_records.record "
        "FROM items JOIN documents ON documents.id = items.document_id "
        "JOIN item_records ON item_records.item_id = items.id"
    )
    return {(r[0], r[1], r[2]): f"{r[3]} {happenings.get(r[0], [])}" for r in rows}


@pytest.mark.parametrize("store", BACKENDS)
def test_an_ingest_on_dask_stores_what_a_local_ingest_stores(
    client, local_items, new_archive, store
):
    db = new_archive(store, "dask")
    with Archive(db) as archive:
        stats = cluster.ingest(archive, read(DAY), client)
        assert (stats.documents, stats.errors) == (1700, 0)
        assert _contents(archive) == local_items
        again = cluster.ingest(archive, read(DAY), client)
        assert (again.documents, again.skipped) == (0, 1700)
        assert archive.counts()["items"] == len(local_items)


def test_a_worker_killed_mid_ingest_loses_and_doubles_nothing(client, local_items, tmp_path):
    killed = []

    def kill_a_worker(stats):
        if not killed:  # after the first partition is stored, while others are running
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    with Archive(tmp_path / "archive.sqlite") as archive:
        stats = cluster.ingest(archive, read(DAY), client, on_progress=kill_a_worker)
        assert killed and stats.errors == 0  # the dead worker's partitions ran elsewhere
        assert _contents(archive) == local_items
    client.wait_for_workers(2, timeout=60)  # the nanny brought it back


def test_a_partition_that_keeps_failing_is_reported_and_a_rerun_completes(local_items, tmp_path):
    # A scheduler that gives up on a task the first time its worker dies.
    problems: list[str] = []
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        cluster.connect(workers=2) as fragile,
        Archive(tmp_path / "archive.sqlite") as archive,
    ):

        def kill_the_workers(stats):
            # Both, while the partitions in flight run on them (one alone may be between
            # two tasks); their nannies start them again.
            if not problems and stats.documents == 200:
                for pid in fragile.run(os.getpid).values():
                    os.kill(pid, signal.SIGKILL)

        stats = cluster.ingest(
            archive, read(DAY), fragile, on_error=problems.append, on_progress=kill_the_workers
        )
        assert stats.errors > 0 and stats.errors % 200 == 0  # whole partitions
        assert stats.documents + stats.errors == 1700
        assert len(problems) == stats.errors
        assert all(p.startswith(f"{DAY}!") and "failed on the cluster" in p for p in problems)
    with Archive(tmp_path / "archive.sqlite") as archive:
        rerun = archive.ingest(read(DAY), workers=1)
        assert rerun.documents == stats.errors
        # stored in another order: other ids, so only the records compare
        records = sorted(v.rsplit(" [", 1)[0] for v in _contents(archive).values())
        assert records == sorted(v.rsplit(" [", 1)[0] for v in local_items.values())


def test_extract_on_dask_writes_the_items_extract_prints_to_parquet(tmp_path):
    out = tmp_path / "parts"
    result = subprocess.run(
        [sys.executable, "-m", "nashra.cli", "extract", str(DAY), "--engine", "dask",
         "--workers", "2", "--out", str(out)],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert b"1700 documents, 1698 items in 9 Parquet file(s)" in result.stderr
    table = pq.read_table(out).to_pylist()
    printed = subprocess.run(
        [sys.executable, "-m", "nashra.cli", "extract", str(DAY)],
        capture_output=True, timeout=600, check=True,
    ).stdout.decode().splitlines()  # fmt: skip
    assert sorted(json.loads(row["record"])["headline"] or "" for row in table) == sorted(
        json.loads(line)["headline"] or "" for line in printed
    )
    assert [json.loads(r["record"]) for r in table] == [json.loads(line) for line in printed]


def test_ingest_on_a_scheduler_and_workers_started_as_the_readme_says(local_items, tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--dashboard-address", ":0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    worker = subprocess.Popen(
        [DASK, "worker", address, "--nworkers", "2", "--nthreads", "1",
         "--dashboard-address", ":0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        db = tmp_path / "archive.sqlite"
        result = subprocess.run(
            [sys.executable, "-m", "nashra.cli", "ingest", str(DAY), "--db", str(db),
             "--engine", "dask", "--scheduler", address],
            capture_output=True, timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr.decode()
        with Archive(db) as archive:
            assert _contents(archive) == local_items
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(timeout=30)


def test_an_unreachable_scheduler_is_a_clear_error():
    result = subprocess.run(
        [sys.executable, "-m", "nashra.cli", "extract", str(DAY), "--engine", "dask",
         "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "--out", "/nonexistent/never"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:" in result.stderr
    assert b"Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_scheduler_without_the_dask_engine_is_refused():
    result = subprocess.run(
        [sys.executable, "-m", "nashra.cli", "ingest", str(DAY), "--scheduler", "tcp://x:1"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 2 and b"--scheduler is for --engine dask" in result.stderr
