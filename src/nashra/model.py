"""The data model passed through the pipeline: plain dataclasses, no behaviour beyond views.

Every offset is a character offset into ``Document.text`` (the source text as read, after
decoding), so that any extracted value can be traced back to the words it came from.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
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
    # a paged document's (a PDF's): the offset in ``text`` where each page starts
    pages: list[int] | None = None

    @property
    def where(self) -> str:
        """The file (or source id) and line an error about this document names."""
        place = self.source_file or self.source_id
        return f"{place}:{self.line}" if self.line is not None else place


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


@dataclass(frozen=True, slots=True)
class Mention:
    """A name the text gives to a state, an organisation, a place, a title or an office."""

    kind: str  # "state", "org", "place", "title", "role", "trigger"
    span: Span
    text: str  # as written in the source
    code: str | None = None  # ISO alpha-3 for a state, short code for an organisation
    canonical: str | None = None  # the lexicon's form (a title's canonical form, an org name)
    detail: str | None = None  # "demonym", "name", "acronym"; a trigger's "type/frame"


@dataclass(slots=True)
class Person:
    """A person the item names, with what stands around the name."""

    span: Span
    name: str | None
    name_span: Span | None
    title: str | None = None
    role: str | None = None
    role_span: Span | None = None
    affiliation: str | None = None
    country: str | None = None
    org: str | None = None
    entity_id: str | None = None
    latin: str | None = None  # a Latin transliteration of the name, for display and search
    inferred: bool = False  # country/org from the item's origin, not from words beside it


@dataclass(slots=True)
class Participant:
    """A party to an event: a person, or a state or organisation acting as a whole."""

    name: str | None
    title: str | None
    role: str | None
    affiliation: str | None
    country: str | None
    org: str | None
    side: str  # "host", "guest", "participant"
    span: Span
    entity_id: str | None = None
    inferred: bool = False  # country/org from the item's origin, not from words beside it

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "role": self.role,
            "affiliation": self.affiliation,
            "country": self.country,
            "org": self.org,
            "side": self.side,
            "entity_id": self.entity_id,
            "span": self.span.to_list(),
            # ANNOTATION.md: domestic officials are their item's state. Say when that rule,
            # not a word in the text, gave the country or organisation.
            "affiliation_source": "origin" if self.inferred else "text",
        }


@dataclass(slots=True)
class Event:
    """One interaction the item reports (ANNOTATION.md), with the words that report it."""

    type: str
    trigger: Span
    participants: list[Participant] = field(default_factory=list)
    date: dt.date | None = None
    place: str | None = None
    place_span: Span | None = None
    occasion: str | None = None
    occasion_span: Span | None = None
    topics: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "plover": PLOVER.get(self.type),
            "participants": [p.to_record() for p in self.participants],
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "occasion": self.occasion,
            "topics": self.topics,
            "trigger": self.trigger.to_list(),
            "spans": {
                k: v.to_list()
                for k, v in (("place", self.place_span), ("occasion", self.occasion_span))
                if v is not None
            },
        }


# ANNOTATION.md: the event types that are interactions between parties.
INTERACTION_TYPES = ("meeting", "call", "visit", "message", "cable", "agreement", "conference")

# ANNOTATION.md: each type with its PLOVER event and mode, for combining with PLOVER data.
PLOVER: dict[str, dict[str, str | None]] = {
    "meeting": {"event": "CONSULT", "mode": None},
    "call": {"event": "CONSULT", "mode": "phone"},
    "visit": {"event": "CONSULT", "mode": "visit"},
    "message": {"event": "CONSULT", "mode": "phone"},
    "cable": {"event": "SUPPORT", "mode": None},
    "agreement": {"event": "SUPPORT", "mode": None},
    "conference": {"event": "CONSULT", "mode": "multilateral"},
    "statement": {"event": None, "mode": None},
    "aid": {"event": "AID", "mode": None},
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
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.span.text(self.document.text)

    @property
    def body(self) -> str:
        return self.body_span.text(self.document.text)

    @property
    def page(self) -> int | None:
        """The page of a paged document (a PDF) the item starts on, counted from 1."""
        pages = self.document.pages
        return bisect_right(pages, self.span.start) if pages else None

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
            "events": [event.to_record() for event in self.events],
            "entities": self.entity_records(),
            "tags": self.tags,
            "document": {
                "title": doc.title,
                "issue": doc.issue,
                "tags": doc.tags,
                "source_file": doc.source_file,
                "line": doc.line,
                "url": doc.url,
                "published": doc.published.isoformat() if doc.published else None,
                **({"page": self.page} if doc.pages else {}),
            },
            "spans": {k: v for k, v in spans.items() if v is not None},
            "warnings": self.warnings,
        }

    def entity_records(self) -> list[dict[str, Any]]:
        """Every person, state, organisation and place the item names, with its span."""
        records = [
            {
                "type": "person",
                "text": p.span.text(self.document.text),
                "span": p.span.to_list(),
                "canonical": p.name,
                "code": p.entity_id,
                "latin": p.latin,
                "title": p.title,
                "role": p.role,
                "country": p.country,
                "org": p.org,
            }
            for p in self.people
        ]
        kinds = {"state": "state", "org": "org", "place": "place"}
        records += [
            {
                "type": kinds[m.kind],
                "text": m.text,
                "span": m.span.to_list(),
                "canonical": m.canonical,
                "code": m.code,
            }
            for m in self.mentions
            if m.kind in kinds
        ]
        records.sort(key=lambda r: r["span"][0])
        return records


def _span_list(span: Span | None) -> list[int] | None:
    return span.to_list() if span else None


def _iso_hijri(hijri: tuple[int, int, int] | None) -> str | None:
    if hijri is None:
        return None
    year, month, day = hijri
    return f"{year:04d}-{month:02d}-{day:02d}"
