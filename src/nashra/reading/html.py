"""Web pages: the main text, title and date through trafilatura."""

from __future__ import annotations

import json

from nashra.model import Document
from nashra.reading.articles import parse_published
from nashra.reading.errors import ReadError


def html_document(html: str, source: str) -> Document:
    import trafilatura  # imported here: it is heavy, and most inputs are not HTML

    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        raise ReadError(source, "no article text found in the HTML page")
    record = json.loads(extracted)
    text = record.get("text") or ""
    if not text.strip():
        raise ReadError(source, "no article text found in the HTML page")
    published = parse_published(record.get("date"))
    return Document(
        text=text,
        source_id=record.get("url") or source,
        source_file=source,
        title=(record.get("title") or "").strip() or None,
        published=published or None,
        url=record.get("url"),
        media=record.get("sitename"),
    )
