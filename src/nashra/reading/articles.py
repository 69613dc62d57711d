"""Articles from JSON arrays and JSON Lines, streamed record by record with line numbers."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from nashra.model import Document
from nashra.reading.errors import ReadError

_CHUNK = 1 << 20
_WHITESPACE = " \t\n\r"


def article_document(record: Any, source: str, line: int | None) -> Document:
    """A Document from one article record (SaudiNewsNet's fields, or the short ones)."""
    if not isinstance(record, dict):
        raise ReadError(source, f"expected an article object, got {type(record).__name__}", line)
    text = record.get("text", record.get("content"))
    if not isinstance(text, str):
        raise ReadError(source, "article has no 'text' or 'content' string", line)
    identifier = record.get("id") or record.get("url")
    if identifier is not None and not isinstance(identifier, str | int):
        raise ReadError(source, "article 'id'/'url' must be a string", line)
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise ReadError(source, "article 'title' must be a string", line)
    published = parse_published(record.get("published", record.get("date_extracted")))
    if published is False:
        raise ReadError(source, f"unreadable publication date {record.get('published')!r}", line)
    return Document(
        text=_unescape(text),
        source_id=str(identifier) if identifier is not None else f"{source}:{line}",
        source_file=source,
        line=line,
        title=_unescape(title).strip() or None if title else None,
        published=published or None,
        url=record.get("url"),
        media=record.get("source"),
    )


def _unescape(text: str) -> str:
    """Crawled articles often keep HTML entities (``&#39;``, ``&quot;``): decode them."""
    return html.unescape(text) if "&" in text else text


def parse_published(value: Any) -> dt.date | bool | None:
    """A date from ``2015-07-21``, ``2015-07-21 02:53:09`` or ISO 8601; False if unreadable."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return False


# Python's JSON parser recurses once per level: a hostile file nested a hundred thousand
# deep is one bad record, reported with its line, not the end of the run. A record that
# parses is still refused past MAX_JSON_DEPTH levels (an article nests two or three).
TOO_DEEP = "JSON nested too deeply to read"
MAX_JSON_DEPTH = 64


def nesting_over(value: Any, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` levels deep (walked
    without recursion, stopping at the first level past the limit)."""
    level = [value]
    for _depth in range(limit):
        level = [
            child
            for node in level
            if isinstance(node, dict | list)
            for child in (node.values() if isinstance(node, dict) else node)
        ]
        if not level:
            return False
    return any(isinstance(node, dict | list) for node in level)


def _too_deep(source: str, limit: int, line: int) -> ReadError:
    return ReadError(source, f"JSON nested deeper than {limit} levels (--max-json-depth)", line)


def iter_jsonl(
    stream: IO[bytes],
    source: str,
    on_error: Callable[[ReadError], None],
    max_depth: int = MAX_JSON_DEPTH,
) -> Iterator[Document]:
    """JSON Lines read line by line from bytes: a line that is not UTF-8, not JSON or too
    deep is reported with its number, and the others are read."""
    for number, raw in enumerate(stream, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            on_error(ReadError(source, f"not UTF-8: {exc.reason} at byte {exc.start}", number))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(ReadError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", number))
            continue
        except RecursionError:
            on_error(ReadError(source, TOO_DEEP, number))
            continue
        if nesting_over(record, max_depth):
            on_error(_too_deep(source, max_depth, number))
            continue
        try:
            yield article_document(record, source, number)
        except ReadError as exc:
            on_error(exc)


def iter_json(
    stream: IO[str],
    source: str,
    on_error: Callable[[ReadError], None],
    max_depth: int = MAX_JSON_DEPTH,
) -> Iterator[Document]:
    """A JSON array of articles (or one article object), parsed element by element so that
    memory holds one article at a time, not the file."""
    for line, record in _array_elements(stream, source):
        if nesting_over(record, max_depth - 1):  # within the array, one level down
            on_error(_too_deep(source, max_depth, line))
            continue
        try:
            yield article_document(record, source, line)
        except ReadError as exc:
            on_error(exc)


def _array_elements(stream: IO[str], source: str) -> Iterator[tuple[int, Any]]:
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False
    counted = 0  # newlines are counted in buf up to here …
    line = 1  # … and this is the line number there

    def line_at(at: int) -> int:
        nonlocal counted, line
        if at > counted:
            line += buf.count("\n", counted, at)
            counted = at
        return line

    def more() -> bool:
        nonlocal buf, pos, counted, eof
        if eof:
            return False
        line_at(pos)
        chunk = stream.read(_CHUNK)
        buf = buf[pos:] + chunk
        counted -= pos
        pos = 0
        eof = not chunk
        return bool(chunk)

    def skip_ws() -> bool:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _WHITESPACE:
                pos += 1
            if pos < len(buf):
                return True
            if not more():
                return False

    def fail(message: str, at: int) -> ReadError:
        return ReadError(source, message, line_at(at))

    if not skip_ws():
        raise ReadError(source, "empty JSON file")
    if buf[pos] != "[":
        # A single article object rather than an array.
        while more():
            pass
        try:
            record, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            raise fail(f"invalid JSON: {exc.msg}", exc.pos) from None
        except RecursionError:
            raise fail(TOO_DEEP, pos) from None
        yield line_at(pos), record
        return
    pos += 1
    first = True
    while True:
        if not skip_ws():
            raise fail("JSON array is not closed", len(buf))
        if buf[pos] == "]":
            return
        if not first:
            if buf[pos] != ",":
                raise fail("expected ',' between array elements", pos)
            pos += 1
            if not skip_ws():
                raise fail("JSON array is not closed", len(buf))
        first = False
        while True:
            try:
                record, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if more():
                    continue
                raise fail(f"invalid JSON: {exc.msg}", exc.pos) from None
            except RecursionError:
                raise fail(TOO_DEEP, pos) from None
            if end == len(buf) and more():
                continue  # a value cut at the chunk boundary: parse it again whole
            break
        yield line_at(pos), record
        pos = end
