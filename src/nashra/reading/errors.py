"""The error a reader reports: which file, which line, what is wrong."""

from __future__ import annotations


class ReadError(Exception):
    """A file, or one record of it, that could not be read. Other records still are."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"
