"""The pipeline: a document in, its items out, each with headline, dateline and date."""

from __future__ import annotations

import datetime as dt

from nashra.extraction.dateline import dateline_at_start
from nashra.extraction.item_date import item_date
from nashra.extraction.segment import ItemLayout, segment
from nashra.model import Document, Item, Span
from nashra.text.normalization import normalize

DATE_SCAN = 3000  # characters of an item's body searched for its date


def extract(
    source: str | Document, *, published: dt.date | None = None, source_id: str = "<text>"
) -> list[Item]:
    """The items of a document (or of a text), with everything read off each of them.

    ``published`` is the publication date to resolve ``اليوم``/``أمس`` against when the
    document carries none of its own.
    """
    doc = source if isinstance(source, Document) else Document(text=source, source_id=source_id)
    if doc.published is None and published is not None:
        doc.published = published
    has_title = doc.title is not None
    layout = segment(doc.text, has_title=has_title, reference=doc.published)
    if layout.title is not None and doc.title is None:
        doc.title = layout.title.text(doc.text)
        doc.title_span = layout.title
    doc.tags = layout.tags
    doc.tags_span = layout.tags_spans[0] if layout.tags_spans else None
    doc.issue = layout.issue
    if not layout.items and has_title:
        # A headline with no text under it is still an item.
        layout.items.append(ItemLayout(span=Span(0, len(doc.text)), body=Span(0, len(doc.text))))
    items = []
    for index, part in enumerate(layout.items):
        item = Item(document=doc, index=index, span=part.span, body_span=part.body)
        if part.headline is not None:
            item.headline = part.headline.text(doc.text)
            item.headline_span = part.headline
        elif has_title and len(layout.items) == 1:
            item.headline = doc.title
        item.tags, item.tags_span = part.tags, part.tags_span
        dateline = part.dateline
        if dateline is None and part.body:
            dateline = dateline_at_start(doc.text, part.body.start, part.body.end, doc.published)
        item.dateline = dateline
        if dateline is not None:
            item.warnings.extend(dateline.warnings)
        # The day an item reports is told in its lead; the tail of a long article holds
        # background dates, and scanning it would cost time for nothing.
        body = normalize(
            doc.text[part.body.start : min(part.body.end, part.body.start + DATE_SCAN)]
        )
        item.date, item.date_mention, warnings = item_date(
            body, part.body.start, dateline, doc.published
        )
        item.warnings.extend(w for w in warnings if w not in item.warnings)
        items.append(item)
    return items
