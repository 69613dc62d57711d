"""Reading documents: text, HTML, PDF, Word (.docx), JSON and JSON Lines files, feeds, zip
archives, folders, stdin.

``read`` yields one :class:`~nashra.model.Document` at a time, so memory stays flat however
many articles a corpus holds. A file or record that cannot be read is handed to ``on_error``
as a :class:`ReadError` naming the file and line, and reading goes on with the next one.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from nashra.model import Document
from nashra.reading.articles import MAX_JSON_DEPTH, iter_json, iter_jsonl
from nashra.reading.decode import decode
from nashra.reading.docx import docx_document, is_docx
from nashra.reading.errors import ReadError
from nashra.reading.feeds import FEED_SUFFIXES, feed_documents, looks_like_feed
from nashra.reading.html import html_document
from nashra.reading.pdf import pdf_document

__all__ = ["Limits", "ReadError", "read", "read_bytes"]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PAGED_SUFFIXES = (".pdf", ".docx")
KNOWN_SUFFIXES = (
    *TEXT_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES, *PAGED_SUFFIXES,
    ".json", ".jsonl", ".ndjson", ".zip",
)  # fmt: skip

ErrorHandler = Callable[[ReadError], None]


def _raise(error: ReadError) -> None:
    raise error


# The longest document read, in characters: the longest article of the corpus has under
# 200,000; a 100-million-character "document" is an accident or an attack, not news.
MAX_DOCUMENT = 5_000_000
# A text or HTML file (one document) read at all, in bytes: past it, it is reported unread.
_BYTES_PER_CHARACTER = 4
# A zip inside a zip (a month of daily zips) is read too, to this depth; an inner zip is
# held in memory to be read, so one larger than this is reported instead.
MAX_ZIP_DEPTH = 3
MAX_INNER_ZIP = 256 * 1024 * 1024
# What one zip may expand to, all its members together (their sizes as its directory gives
# them, which reading holds them to): the whole 2015 corpus expands to under 400 MB.
MAX_ZIP_EXPANSION = 16 * 1024**3


@dataclass(frozen=True)
class Limits:
    """What a reading will take: the longest document (characters), how deep zips may
    nest, the largest zip inside a zip and what one zip may expand to (bytes), and how
    deep a JSON record may nest. ``nashra ingest`` and ``nashra serve`` set them
    (--max-document, --max-zip-depth, --max-inner-zip, --max-zip-expansion,
    --max-json-depth)."""

    document: int = MAX_DOCUMENT
    zip_depth: int = MAX_ZIP_DEPTH
    inner_zip: int = MAX_INNER_ZIP
    zip_expansion: int = MAX_ZIP_EXPANSION
    json_depth: int = MAX_JSON_DEPTH


def read(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    max_document: int = MAX_DOCUMENT,
    limits: Limits | None = None,
) -> Iterator[Document]:
    """Documents from files, folders (recursively), zip archives, or ``-`` for stdin.

    Without ``on_error`` the first unreadable file or record raises ReadError. A document
    longer than ``max_document`` characters (or ``limits.document``) is reported and
    skipped, as are zips nested or sized past ``limits``.
    """
    handler = on_error or _raise
    limits = limits or Limits(document=max_document)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for path in paths:
        name = os.fspath(path)
        if name == "-":
            yield from read_bytes(
                sys.stdin.buffer.read(), "<stdin>", on_error=handler, limits=limits
            )
            continue
        found = _read_path(Path(name), handler, explicit=True, seen=set(), limits=limits)
        yield from _within(found, handler, limits.document)


def _within(documents: Iterable[Document], on_error: ErrorHandler, limit: int):
    for document in documents:
        if len(document.text) > limit:
            on_error(
                ReadError(
                    document.source_id,
                    f"a document of {len(document.text):,} characters, more than the "
                    f"{limit:,} allowed (--max-document): skipped",
                )
            )
            continue
        yield document


def _read_path(
    path: Path, on_error: ErrorHandler, explicit: bool, seen: set[Path], limits: Limits
) -> Iterator[Document]:
    """``seen``: the real paths read so far, so that a link to a folder above (or to itself)
    or a second link to one file reads nothing twice and ends."""
    source = str(path)
    if path.is_dir():
        real = path.resolve()
        if real in seen:
            on_error(ReadError(source, "a link to a folder already read: skipped"))
            return
        seen.add(real)
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            on_error(ReadError(source, exc.strerror or str(exc)))
            return
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in KNOWN_SUFFIXES:
                yield from _read_path(child, on_error, explicit=False, seen=seen, limits=limits)
        return
    if path.is_symlink() and not path.exists():
        on_error(ReadError(source, "a link to nothing (dangling symbolic link)"))
        return
    if path.exists():
        real = path.resolve()
        if real in seen:
            return  # the same file by another link: read once
        seen.add(real)
    if not path.exists():
        on_error(ReadError(source, "no such file or directory"))
        return
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES and explicit:
        # An unknown extension named on the command line: sniff its content.
        suffix = ""
    try:
        if suffix == ".zip":
            yield from _read_zip(path, source, on_error, limits=limits)
            return
        if _one_document(suffix) and path.stat().st_size > limits.document * _BYTES_PER_CHARACTER:
            on_error(ReadError(source, _too_large(path.stat().st_size, limits.document)))
            return
        with path.open("rb") as stream:
            yield from _read_stream(stream, source, suffix, on_error, limits)
    except OSError as exc:
        on_error(ReadError(source, exc.strerror or str(exc)))


def _one_document(suffix: str) -> bool:
    """A format read whole as one document (not JSON, read record by record)."""
    return suffix not in (".json", ".jsonl", ".ndjson", ".zip")


def _too_large(size: int, limit: int) -> str:
    return (
        f"{size:,} bytes, more than a document of {limit:,} characters can take "
        "(--max-document): not read"
    )


def _read_zip(
    file: Path | IO[bytes],
    path: str,
    on_error: ErrorHandler,
    depth: int = 1,
    limits: Limits = Limits(),
) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile as exc:
        on_error(ReadError(path, f"not a readable zip archive: {exc}"))
        return
    with archive:
        expansion = sum(info.file_size for info in archive.infolist())
        if expansion > limits.zip_expansion:
            on_error(
                ReadError(
                    path,
                    f"a zip expanding to {expansion:,} bytes, over {limits.zip_expansion:,} "
                    "(--max-zip-expansion): not read",
                )
            )
            return
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            suffix = Path(info.filename).suffix.lower()
            if info.is_dir() or suffix not in KNOWN_SUFFIXES:
                continue
            source = f"{path}!{info.filename}"
            try:
                if suffix == ".zip":
                    yield from _read_inner_zip(archive, info, source, on_error, depth, limits)
                    continue
                if (
                    _one_document(suffix)
                    and info.file_size > limits.document * _BYTES_PER_CHARACTER
                ):
                    on_error(ReadError(source, _too_large(info.file_size, limits.document)))
                    continue
                with archive.open(info) as stream:
                    yield from _read_stream(stream, source, suffix, on_error, limits)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                on_error(ReadError(source, f"damaged archive member: {exc}"))


def _read_inner_zip(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    source: str,
    on_error: ErrorHandler,
    depth: int,
    limits: Limits,
) -> Iterator[Document]:
    if depth >= limits.zip_depth:
        on_error(
            ReadError(
                source, f"a zip nested deeper than {limits.zip_depth} (--max-zip-depth): skipped"
            )
        )
        return
    if info.file_size > limits.inner_zip:
        on_error(
            ReadError(
                source,
                f"an inner zip of {info.file_size:,} bytes, over {limits.inner_zip:,} "
                "(--max-inner-zip): skipped",
            )
        )
        return
    with archive.open(info) as stream:
        data = stream.read(limits.inner_zip + 1)
    yield from _read_zip(io.BytesIO(data), source, on_error, depth + 1, limits)


def _read_stream(
    stream: IO[bytes], source: str, suffix: str, on_error: ErrorHandler, limits: Limits
):
    if suffix in (".jsonl", ".ndjson"):
        # line by line from the bytes: a line that is not UTF-8 is one bad record
        yield from iter_jsonl(stream, source, on_error, limits.json_depth)
        return
    if suffix == ".json":
        text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            yield from iter_json(text_stream, source, on_error, limits.json_depth)
        except UnicodeDecodeError as exc:
            on_error(ReadError(source, f"not UTF-8: {exc.reason} at byte {exc.start}"))
        except ReadError as exc:
            on_error(exc)
        return
    yield from read_bytes(stream.read(), source, on_error=on_error, suffix=suffix, limits=limits)


def read_bytes(
    data: bytes,
    source: str,
    *,
    on_error: ErrorHandler | None = None,
    suffix: str = "",
    max_document: int = MAX_DOCUMENT,
    limits: Limits | None = None,
) -> Iterator[Document]:
    """Documents from the bytes of one file; ``suffix`` says its format, else it is sniffed."""
    handler = on_error or _raise
    limits = limits or Limits(document=max_document)
    yield from _within(_from_bytes(data, source, handler, suffix, limits), handler, limits.document)


def _from_bytes(
    data: bytes, source: str, handler: ErrorHandler, suffix: str, limits: Limits
) -> Iterator[Document]:
    if not suffix:
        suffix = _sniff(data)
    if suffix in PAGED_SUFFIXES:
        try:
            yield (pdf_document if suffix == ".pdf" else docx_document)(data, source)
        except ReadError as exc:
            handler(exc)
        return
    if suffix == ".zip":
        yield from _read_zip(io.BytesIO(data), source, handler, limits=limits)
        return
    # An .xml file that is no feed is read as text.
    if suffix in FEED_SUFFIXES and (suffix != ".xml" or looks_like_feed(data)):
        yield from feed_documents(data, source, handler)
        return
    if suffix in (".json", ".jsonl", ".ndjson"):
        yield from _read_stream(io.BytesIO(data), source, suffix, handler, limits)
        return
    try:
        text = decode(data, source)
        if suffix in HTML_SUFFIXES:
            yield html_document(text, source)
            return
        if not text.strip():
            raise ReadError(source, "empty document")
        yield Document(text=text, source_id=source, source_file=source)
    except ReadError as exc:
        handler(exc)


def _sniff(data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        return ".docx" if is_docx(data) else ".zip"
    if looks_like_feed(data):
        return ".rss"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return ".json"
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0].rstrip()
        return ".jsonl" if first_line.endswith(b"}") else ".json"
    if (head[:1] == b"<" and b"<html" in data[:4096].lower()) or head.lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        return ".html"
    return ".txt"
