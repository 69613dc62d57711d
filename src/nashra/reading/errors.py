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
        source = _one_line(self.source)
        where = f"{source}:{self.line}" if self.line is not None else source
        return f"{where}: {self.message}"


def _one_line(name: str) -> str:
    """A file name fit for one line of a report: a newline or another control character in
    it is written as an escape, so that one problem never reads as two."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
