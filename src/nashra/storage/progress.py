"""A progress line for long ingests: documents, items/s, and an ETA from input sizes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from nashra.model import Document


class Progress:
    """Writes one updating line to stderr when it is a terminal, else a line a batch."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.started = time.perf_counter()
        self.sizes = {str(p): s for p, s in _input_files(paths)}
        self.total = sum(self.sizes.values())
        self.finished: set[str] = set()
        self.current: str | None = None
        self.interactive = sys.stderr.isatty()

    def seen(self, document: Document) -> None:
        source = _file_of(document.source_file or "")
        if source != self.current:
            if self.current is not None:
                self.finished.add(self.current)
            self.current = source

    def not_read(self, source: str) -> None:
        """A file the reader gave up on as a whole: none of it is left to read (a file too
        large to take would otherwise keep the ETA at hours). One member of a zip is not
        the zip: the rest of it is still to read."""
        if _file_of(source) == source:
            self.finished.add(source)

    def show(self, stats, final: bool = False) -> None:
        elapsed = time.perf_counter() - self.started
        rate = stats.items / elapsed if elapsed else 0.0
        done = sum(self.sizes.get(f, 0) for f in self.finished)
        eta = ""
        if final:
            eta = f", in {int(elapsed // 60)}m{int(elapsed % 60):02d}s"  # no ETA when done
        elif self.total and done:
            remaining = elapsed * (self.total - done) / done
            eta = f", ETA {int(remaining // 60)}m{int(remaining % 60):02d}s"
        line = (
            f"{stats.documents} documents, {stats.items} items, {stats.events} events, "
            f"{stats.skipped} skipped — {rate:,.0f} items/s{eta}"
        )
        end = "\r" if self.interactive else "\n"
        sys.stderr.write(line + end)
        sys.stderr.flush()

    def done(self) -> None:
        if self.interactive:
            sys.stderr.write("\n")


def _input_files(paths: tuple[str, ...]):
    for name in paths:
        path = Path(name)
        if name == "-" or not path.exists():
            continue
        if path.is_dir():
            for root, _dirs, files in os.walk(path):
                for file in files:
                    full = Path(root) / file
                    try:
                        yield full, full.stat().st_size
                    except OSError:
                        continue  # a dangling link or a loop: the reader reports it
        else:
            yield path, path.stat().st_size


def _file_of(source: str) -> str:
    """The file a source is read from: a zip's member ("corpus.zip!a.json") is its zip's."""
    return source.split("!", 1)[0]
