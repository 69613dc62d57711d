"""The repository holds source, data files and docs: nothing a run generated."""

from __future__ import annotations

import subprocess

from shared_paths import ROOT

GENERATED_SUFFIXES = (".sqlite", ".sqlite-wal", ".sqlite-shm", ".db", ".whl", ".png", ".parquet")


def test_no_tracked_file_is_generated_output():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    generated = [
        path
        for path in tracked
        # A database, a wheel, a screenshot; or a path with ':' — a URL once taken for a
        # file name ("postgresql:/nashra_test_…" held 55 MB of SQLite files).
        if path.endswith(GENERATED_SUFFIXES) or ":" in path
    ]
    assert generated == []
