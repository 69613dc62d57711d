"""The shapes of the JSON API's answers, for its OpenAPI description (``/openapi.json``):
clients can be generated from it. Each model names the fields a client can rely on and
allows more (``extra="allow"``): an answer is never cut to fit its model."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    status: int = Field(description="The HTTP status, again")
    code: str = Field(description="bad_request, not_found, unauthorized, too_large, …")
    message: str = Field(description="What was wrong, in words; never a traceback")


class ErrorBody(BaseModel):
    """Every error, whatever the endpoint: ``{"error": {"status", "code", "message"}}``."""

    error: ErrorDetail


class Participant(Open):
    name: str | None = None
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3 of the party's state")
    org: str | None = Field(None, description="The organisation's code (OIC, UN, GCC, …)")
    side: str | None = Field(None, description="host, guest or participant")
    entity_id: str | None = Field(None, description="The person's key in this archive")
    span: list[int] | None = Field(None, description="[start, end) in the document's text")


class Event(Open):
    type: str = Field(description="meeting, call, visit, message, cable, agreement, …")
    date: str | None = None
    place: str | None = None
    occasion: str | None = None
    participants: list[Participant] = []
    trigger: list[int] | None = None


class Hit(Open):
    item_id: int
    score: float | None = None
    headline: str | None = None
    date: str | None = Field(None, description="The day the item's news happened, if told")
    published: str | None = None
    source_id: str | None = None
    media: str | None = None
    snippet: str | None = Field(None, description="HTML: text escaped, matches in <mark>")
    sources: int | None = Field(None, description="Near-duplicate items of the same story")
    events: list[Event] = []


class SearchAnswer(Open):
    query: str
    total: int = Field(description="Items matching, counted up to a cap")
    total_capped: bool = Field(description="Whether there are more than total")
    hits: list[Hit]
    next: str | None = Field(description="The cursor of the next page; null on the last")
    facets: dict[str, Any] | None = Field(None, description="With facets=1")


class Report(Open):
    item_id: int
    source: str | None = None
    url: str | None = None
    media: str | None = None
    headline: str | None = None
    date: str | None = None
    span: list[int] | None = None


class StoredEvent(Event):
    event_id: int
    item_id: int
    reports: int = Field(description="How many reports tell this happening")
    report_list: list[Report] = []
    sources: list[str] = []


class EventsAnswer(Open):
    events: list[StoredEvent]
    next: str | None


class EntityRow(Open):
    key: str
    type: str
    canonical: str | None = None
    latin: str | None = None
    code: str | None = None
    items: int


class EntitiesAnswer(Open):
    entities: list[EntityRow]
    next: str | None


class Entity(Open):
    key: str
    type: str
    canonical: str | None = None


class Node(Open):
    key: str
    label: str
    kind: str
    events: int


class Edge(Open):
    source: str
    target: str
    events: int


class NetworkAnswer(Open):
    nodes: list[Node]
    edges: list[Edge]
    events: int


class StatsAnswer(Open):
    counts: dict[str, int]
    event_types: dict[str, int]
    dates: dict[str, str | None]
    sources: dict[str, int]


class Item(Open):
    id: int
    document_id: int
    headline: str | None = None
    date: str | None = None
    url: str | None = None
    published: str | None = None
    start: int = Field(description="Where the item starts in its document's text")
    text: str
    record: dict[str, Any] = Field(description="The item's record, as ANNOTATION.md has it")
    mentions: list[dict[str, Any]] = []


class UploadAnswer(Open):
    source: str = Field(description="upload:NAME, the source the documents are stored under")
    documents: int
    skipped: int = Field(description="Documents the archive held already")
    items: int
    events: int
    errors: list[str] = Field(description="Each file and line that could not be read")


class BulletinsAnswer(Open):
    bulletins: list[dict[str, Any]]


class Bulletin(Open):
    number: int | None = None
    text: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter or the query is not valid"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    404: {"model": ErrorBody, "description": "No such item, entity or issue"},
}
