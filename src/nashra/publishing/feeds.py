"""Atom (RFC 4287) and RSS 2.0 feeds of items and of published issues.

Entries carry their text as escaped HTML in a right-to-left ``<div dir="rtl" lang="ar">``:
the markup is ours, every character of the archive is text. Feeds say their language
(``xml:lang`` / ``<language>``) so readers lay Arabic out right to left.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from nashra.publishing.compose import listing, load, paragraphs_html, to_text
from nashra.search.engine import Filters, search
from nashra.search.query import DEFAULT_QUERY_LIMITS, QueryLimits
from nashra.storage.archive import Archive

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Entry:
    id: str  # a stable URL
    title: str
    link: str
    updated: dt.datetime
    text: str  # plain text, escaped when written
    author: str | None = None


@dataclass
class Feed:
    id: str  # the feed's own stable URL
    title: str
    link: str  # the page the feed follows
    entries: list[Entry]
    subtitle: str | None = None


def html_of(text: str) -> str:
    """The entry's text as an HTML fragment: paragraphs, right to left, escaped."""
    return f'<div dir="rtl" lang="ar">{paragraphs_html(text)}</div>'


def moment(value: dt.date | dt.datetime | None) -> dt.datetime:
    """A feed time (UTC) for a date: items are dated by day."""
    if value is None:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)


def atom(feed: Feed) -> str:
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: "ar"})
    _text(root, "id", feed.id)
    _text(root, "title", feed.title)
    if feed.subtitle:
        _text(root, "subtitle", feed.subtitle)
    updated = max((e.updated for e in feed.entries), default=moment(None))
    _text(root, "updated", updated.isoformat())
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "href": feed.id})
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "href": feed.link})
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "nashra")
    _text(root, "generator", "nashra")
    for entry in feed.entries:
        node = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(node, "id", entry.id)
        _text(node, "title", entry.title)
        _text(node, "updated", entry.updated.isoformat())
        _text(node, "published", entry.updated.isoformat())
        ET.SubElement(node, f"{{{ATOM}}}link", {"rel": "alternate", "href": entry.link})
        if entry.author:
            _text(ET.SubElement(node, f"{{{ATOM}}}author"), "name", entry.author)
        content = ET.SubElement(node, f"{{{ATOM}}}content", {"type": "html"})
        content.text = html_of(entry.text)
    return _serialize(root)


def rss(feed: Feed) -> str:
    root = ET.Element("rss", {"version": "2.0", "xmlns:atom": ATOM})
    channel = ET.SubElement(root, "channel")
    ET.SubElement(channel, "title").text = feed.title
    ET.SubElement(channel, "link").text = feed.link
    ET.SubElement(channel, "description").text = feed.subtitle or feed.title
    ET.SubElement(channel, "language").text = "ar"
    ET.SubElement(channel, "generator").text = "nashra"
    ET.SubElement(
        channel, "atom:link", {"href": feed.id, "rel": "self", "type": "application/rss+xml"}
    )
    if feed.entries:
        last = max(e.updated for e in feed.entries)
        ET.SubElement(channel, "lastBuildDate").text = format_datetime(last)
    for entry in feed.entries:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = entry.title
        ET.SubElement(item, "link").text = entry.link
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = entry.id
        ET.SubElement(item, "pubDate").text = format_datetime(entry.updated)
        ET.SubElement(item, "description").text = html_of(entry.text)
    return _serialize(root)


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    node.text = value
    return node


# Characters XML 1.0 forbids (C0 controls but tab and line ends, surrogates, U+FFFE/F):
# real articles hold some (U+001A), and one would make the whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _serialize(root: ET.Element) -> str:
    for node in root.iter():
        if node.text:
            node.text = xml_safe(node.text)
        if node.tail:
            node.tail = xml_safe(node.tail)
        for key, value in node.attrib.items():
            node.attrib[key] = xml_safe(value)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


# ---- feeds of an archive -----------------------------------------------------------------

ENTRY_CHARACTERS = 4_000  # of an item's text in its entry


def items_feed(
    archive: Archive,
    base_url: str,
    query: str | None = None,
    filters: Filters | None = None,
    limit: int = 50,
    self_url: str | None = None,
    limits: QueryLimits = DEFAULT_QUERY_LIMITS,
) -> Feed:
    """The newest items matching a search (the best ``limit`` by rank, newest first, when
    there is a query)."""
    hits = search(archive, query, filters, limit=limit, limits=limits)
    hits.sort(key=lambda h: h.date or "", reverse=True)
    base = base_url.rstrip("/")
    marks = ",".join("?" * len(hits)) or "NULL"
    bodies = {
        row[0]: (row[1], row[2])
        for row in archive.db.execute(
            f"""SELECT items.id, substr(documents.text, items.body_start + 1,
                       CASE WHEN items.end - items.body_start < {ENTRY_CHARACTERS}
                            THEN items.end - items.body_start ELSE {ENTRY_CHARACTERS} END),
                       documents.published
                FROM items JOIN documents ON documents.id = items.document_id
                WHERE items.id IN ({marks})""",
            [h.item_id for h in hits],
        )
    }
    entries = []
    for hit in hits:
        body, published = bodies[hit.item_id]
        day = hit.date or published
        entries.append(
            Entry(
                id=f"{base}/items/{hit.item_id}",
                title=hit.headline or body[:80],
                link=f"{base}/items/{hit.item_id}",
                updated=moment(dt.date.fromisoformat(day[:10]) if day else None),
                text=body,
                author=hit.media,
            )
        )
    return Feed(
        id=self_url or f"{base}/feeds/items.atom",
        title=f"nashra: {query}" if query else "nashra",
        link=base + "/",
        entries=entries,
        subtitle="أحدث المواد" + (f" — {query}" if query else ""),
    )


def bulletins_feed(
    archive: Archive, base_url: str, limit: int = 20, self_url: str | None = None
) -> Feed:
    """Published issues, newest first, each with its whole text."""
    base = base_url.rstrip("/")
    entries = []
    for row in listing(archive, limit=limit):
        bulletin = load(archive, row["number"])
        assert bulletin is not None
        entries.append(
            Entry(
                id=f"{base}/bulletins/{bulletin.number}",
                title=f"{bulletin.title} {bulletin.number}",
                link=f"{base}/bulletins/{bulletin.number}",
                updated=moment(bulletin.date),
                text=to_text(bulletin, "latin"),
            )
        )
    return Feed(
        id=self_url or f"{base}/feeds/bulletins.atom",
        title="nashra: النشرات",
        link=f"{base}/bulletins",
        entries=entries,
        subtitle="أعداد النشرة المنشورة",
    )
