"""Documents from RSS and Atom feeds (through feedparser): one per entry, with its link,
publication date and text; markup in an entry becomes plain text with its paragraphs."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from html.parser import HTMLParser

from nashra.model import Document
from nashra.reading.errors import ReadError

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<rss", b"<feed")):
        return True
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def feed_documents(data: bytes, source: str, on_error) -> Iterator[Document]:
    """One document per entry; an entry without text is reported (``source`` and the
    entry's number) and the others are read."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        on_error(ReadError(source, f"not a readable RSS or Atom feed: {parsed.bozo_exception}"))
        return
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content")
        body = content[0].get("value", "") if content else entry.get("summary", "")
        text = plain_text(body)
        if not text.strip():
            on_error(ReadError(source, f"feed entry {number} has no text"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        title = html.unescape(entry.get("title", "")).strip() or None
        # The entry's title opens the text, as a newspaper article's headline does.
        yield Document(
            text=f"{title}\n\n{text}" if title and not text.startswith(title) else text,
            source_id=entry.get("id") or entry.get("link") or f"{source}#{number}",
            source_file=source,
            line=number,
            title=title,
            published=dt.date(*stamp[:3]) if stamp else None,
            url=entry.get("link"),
            media=parsed.feed.get("title"),
        )
