"""The data model passed through the pipeline: plain dataclasses, no behaviour beyond views.

Every offset is a character offset into ``Document.text`` (the source text as read, after
decoding), so that any extracted value can be traced back to the words it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of characters in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Document:
    """One source document: a text file, a web page, one article of a JSON feed."""

    text: str
    source_id: str
    source_file: str | None = None
    line: int | None = None  # line of the source file where the document starts (JSON/JSONL)
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    media: str | None = None  # the publication, e.g. "sabq"
    # Filled by segmentation for bulletins:
    issue: int | None = None
    tags: list[str] = field(default_factory=list)
    title_span: Span | None = None
    tags_span: Span | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the text states or implies, with the words that say it."""

    date: dt.date
    span: Span
    kind: (
        str  # "gregorian", "hijri", "numeric", "relative", "now", "weekday", "implied", "dateline"
    )
    hijri: tuple[int, int, int] | None = None  # (year, month, day) when the text gives a Hijri date
    weekday: int | None = None  # 0 = Monday … 6 = Sunday, when a weekday name is part of it
    future: bool = False  # "غدا", "المقبل": the date lies after the reference
    relative: int | None = None  # days from the reference that a relative word says (أمس: -1)


@dataclass(slots=True)
class Dateline:
    """Place, date, Hijri date and agency from an item's opening line."""

    span: Span
    place: str | None = None
    place_span: Span | None = None
    date: dt.date | None = None
    date_span: Span | None = None
    hijri_date: tuple[int, int, int] | None = None
    agency: str | None = None
    agency_span: Span | None = None
    credit: str | None = None  # the newspaper's own credit, e.g. "سبق", "عين اليوم"
    reporter: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "date": self.date.isoformat() if self.date else None,
            "hijri_date": _iso_hijri(self.hijri_date),
            "agency": self.agency,
        }


EMPTY_DATELINE_RECORD: dict[str, Any] = {
    "place": None,
    "date": None,
    "hijri_date": None,
    "agency": None,
}


@dataclass(slots=True)
class Item:
    """One news item of a document, with the structure read off it."""

    document: Document
    index: int
    span: Span  # the whole item in the document text
    body_span: Span
    headline: str | None = None
    headline_span: Span | None = None  # None when the headline is the document's title field
    dateline: Dateline | None = None
    date: dt.date | None = None
    date_mention: DateMention | None = None
    tags: list[str] = field(default_factory=list)
    tags_span: Span | None = None
    warnings: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.span.text(self.document.text)

    @property
    def body(self) -> str:
        return self.body_span.text(self.document.text)

    def to_record(self) -> dict[str, Any]:
        """The item as ANNOTATION.md defines it, plus source and provenance fields."""
        doc = self.document
        dateline = self.dateline
        spans: dict[str, list[int] | None] = {
            "item": self.span.to_list(),
            "body": self.body_span.to_list(),
            "headline": _span_list(self.headline_span),
            "dateline": _span_list(dateline.span if dateline else None),
            "dateline.place": _span_list(dateline.place_span if dateline else None),
            "dateline.date": _span_list(dateline.date_span if dateline else None),
            "dateline.agency": _span_list(dateline.agency_span if dateline else None),
            "date": _span_list(self.date_mention.span if self.date_mention else None),
        }
        return {
            "source_id": doc.source_id,
            "item_index": self.index,
            "headline": self.headline,
            "dateline": dateline.to_record() if dateline else dict(EMPTY_DATELINE_RECORD),
            "date": self.date.isoformat() if self.date else None,
            "events": self.events,
            "tags": self.tags,
            "document": {
                "title": doc.title,
                "issue": doc.issue,
                "tags": doc.tags,
                "source_file": doc.source_file,
                "line": doc.line,
                "url": doc.url,
                "published": doc.published.isoformat() if doc.published else None,
            },
            "spans": {k: v for k, v in spans.items() if v is not None},
            "warnings": self.warnings,
        }


def _span_list(span: Span | None) -> list[int] | None:
    return span.to_list() if span else None


def _iso_hijri(hijri: tuple[int, int, int] | None) -> str | None:
    if hijri is None:
        return None
    year, month, day = hijri
    return f"{year:04d}-{month:02d}-{day:02d}"
