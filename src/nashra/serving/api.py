"""The JSON API: the Python functions of :mod:`nashra.search` over HTTP.

Lists are paged by an opaque ``cursor``: each page says where the next starts (``next``),
null on the last page.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import io
import json
import re
import zipfile
from dataclasses import asdict
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from nashra.evaluation.score import ALL_TYPES
from nashra.publishing import compose
from nashra.reading import KNOWN_SUFFIXES, Limits, ReadError, read_bytes
from nashra.search import browse
from nashra.search.engine import Filters, count, entities, events, search
from nashra.search.query import QueryLimits
from nashra.serving.schemas import (
    ERRORS,
    NOT_FOUND,
    Bulletin,
    BulletinsAnswer,
    EntitiesAnswer,
    Entity,
    ErrorBody,
    EventsAnswer,
    Item,
    NetworkAnswer,
    SearchAnswer,
    StatsAnswer,
    UploadAnswer,
)
from nashra.storage.archive import Archive
from nashra.storage.export import write_export

T = TypeVar("T")
router = APIRouter(prefix="/api", tags=["archive"])
upload_router = APIRouter(prefix="/api", tags=["ingest"])


def archive(request: Request) -> Archive:
    return request.app.state.archives.get()


ArchiveDep = Annotated[Archive, Depends(archive)]


def query_limits(request: Request) -> QueryLimits:
    return request.app.state.query_limits


QueryLimitsDep = Annotated[QueryLimits, Depends(query_limits)]


def filters(
    date_from: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="YYYY-MM-DD")] = None,
    state: Annotated[
        list[str] | None,
        Query(max_length=200, description="Code or name; repeated or comma-separated: between"),
    ] = None,
    org: Annotated[
        list[str] | None,
        Query(max_length=200, description="Code or name; repeated or comma-separated: between"),
    ] = None,
    person: Annotated[
        list[str] | None,
        Query(max_length=200, description="Entity key or any written form; repeated: between"),
    ] = None,
    type: Annotated[str | None, Query(description=f"One of {', '.join(ALL_TYPES)}")] = None,
    source: Annotated[str | None, Query(max_length=500, description="Publication or id")] = None,
) -> Filters:
    """The filters of a request; a field left empty (as a form sends it) is no filter."""
    if type and type not in ALL_TYPES:
        raise HTTPException(
            400, f"type: unknown event type {type!r}; one of {', '.join(ALL_TYPES)}"
        )
    return Filters(
        date_from=_iso_date("from", date_from),
        date_to=_iso_date("to", date_to),
        state=_several(state),
        org=_several(org),
        person=_several(person),
        event_type=type or None,
        source=source or None,
    )


def _several(values: list[str] | None) -> tuple[str, ...] | None:
    """Repeated parameters, or one a form sends as "BHR, SAU" (or "البحرين، السعودية")."""
    out = tuple(
        part.strip() for value in values or () for part in value.replace("،", ",").split(",")
    )
    return tuple(part for part in out if part) or None


def _iso_date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


FiltersDep = Annotated[Filters, Depends(filters)]
Cursor = Annotated[str | None, Query(max_length=100, description="From the previous page")]


def found(value: T | None, message: str) -> T:
    """``value``, or a 404 that says what was not found."""
    if value is None:
        raise HTTPException(404, message)
    return value


MAX_ROW = 2**63 - 1  # the largest id either database stores


def stored(number: int) -> int | None:
    """A row id or issue number from a URL, or None when no row can have it: a database
    integer is 64 bits, and a larger one would overflow in the driver, not be missing."""
    return number if 0 <= number <= MAX_ROW else None


def offset_of(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii") + b"=="))
        offset = int(value["o"])
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeEncodeError):
        raise HTTPException(400, "invalid cursor: use the 'next' of a previous page") from None
    if not 0 <= offset <= MAX_ROW:
        raise HTTPException(400, "invalid cursor: use the 'next' of a previous page")
    return offset


def cursor_after(offset: int, limit: int, returned: int) -> str | None:
    if returned < limit:
        return None
    token = json.dumps({"o": offset + limit}).encode()
    return base64.urlsafe_b64encode(token).decode().rstrip("=")


@router.get(
    "/search",
    summary="Full-text search with filters",
    response_model=SearchAnswer,
    responses=ERRORS,
)
def search_endpoint(
    archive: ArchiveDep,
    filters: FiltersDep,
    limits: QueryLimitsDep,
    q: Annotated[str, Query(max_length=10_000, description='Words, "phrases", x*, OR, -x')] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Cursor = None,
    facets: Annotated[bool, Query(description="Also count types, states, orgs, dates")] = False,
) -> dict[str, Any]:
    offset = offset_of(cursor)
    hits = search(archive, q, filters, limit=limit, offset=offset, limits=limits)
    total, more = count(archive, q, filters, limits=limits)
    body: dict[str, Any] = {
        "query": q,
        "total": total,  # items matching, counted up to a cap …
        "total_capped": more,  # … past which there are more
        "hits": [h.to_json() for h in hits],
        "next": cursor_after(offset, limit, len(hits)),
    }
    if facets:
        body["facets"] = asdict(browse.facets(archive, q, filters, limits))
    return body


@router.get(
    "/items/{item_id}",
    summary="One item: its text, spans and extracted record",
    response_model=Item,
    responses=NOT_FOUND,
)
def item_endpoint(archive: ArchiveDep, item_id: int) -> dict[str, Any]:
    item = browse.item(archive, item_id) if stored(item_id) is not None else None
    return asdict(found(item, f"no item {item_id}"))


@router.get(
    "/events",
    summary="Who met whom: events, each once with its sources",
    response_model=EventsAnswer,
    responses=ERRORS,
)
def events_endpoint(
    archive: ArchiveDep,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    offset = offset_of(cursor)
    found = events(archive, filters, limit=limit, offset=offset, with_reports=True)
    return {"events": found, "next": cursor_after(offset, limit, len(found))}


@router.get(
    "/entities",
    summary="People, states, organisations, places by items naming them",
    response_model=EntitiesAnswer,
    responses=ERRORS,
)
def entities_endpoint(
    archive: ArchiveDep,
    type: Annotated[Literal["person", "state", "org", "place"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    offset = offset_of(cursor)
    found = entities(archive, type, limit=limit, offset=offset)
    return {"entities": found, "next": cursor_after(offset, limit, len(found))}


@router.get(
    "/entities/{key:path}",
    summary="One entity: its events and whom it met most",
    response_model=Entity,
    responses=NOT_FOUND,
)
def entity_endpoint(archive: ArchiveDep, key: str) -> dict[str, Any]:
    return asdict(found(browse.entity(archive, key), f"no entity {key!r}"))


@router.get(
    "/network",
    summary="Who-met-whom network: nodes and weighted edges",
    response_model=NetworkAnswer,
    responses=ERRORS,
)
def network_endpoint(
    archive: ArchiveDep,
    filters: FiltersDep,
    level: Literal["person", "state"] = "person",
    nodes: Annotated[int, Query(ge=2, le=200)] = 40,
) -> dict[str, Any]:
    return asdict(browse.network(archive, filters, level=level, max_nodes=nodes))


@router.get("/stats", summary="Counts of the archive", response_model=StatsAnswer)
def stats_endpoint(archive: ArchiveDep) -> dict[str, Any]:
    return browse.stats(archive)


@router.get(
    "/export",
    responses={**ERRORS, 200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}},
    summary="Events as CSV or JSON Lines: one row per event or pair, or a network's nodes "
    "or edges (a CSV begins with a UTF-8 byte-order mark, for Excel)",
)
def export_endpoint(
    archive: ArchiveDep,
    filters: FiltersDep,
    format: Literal["csv", "jsonl"] = "csv",
    rows: Literal["event", "pair", "nodes", "edges"] = "event",
) -> StreamingResponse:
    found = events(archive, filters, limit=10_000_000)
    out = io.StringIO()
    write_export(found, out, format, rows)
    body = out.getvalue()
    if format == "jsonl":
        # as every JSON answer: no tag can open where a line is pasted (README, Serving)
        body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    name = f"nashra-{rows}s.{format}"
    return StreamingResponse(
        iter([body.encode("utf-8-sig" if format == "csv" else "utf-8")]),
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@upload_router.post(
    "/documents",
    summary="Ingest one uploaded document (needs the token)",
    response_model=UploadAnswer,
    responses={**ERRORS, 401: {"model": ErrorBody}, 413: {"model": ErrorBody}},
)
async def upload_endpoint(
    request: Request,
    name: Annotated[str, Query(max_length=200, description="File name; says its format")],
) -> dict[str, Any]:
    """The request body is the file itself (``curl --data-binary @FILE``); text, HTML, PDF,
    Word (.docx), JSON, JSON Lines or zip, like ``nashra ingest``. Needs
    ``Authorization: Bearer TOKEN``."""
    app = request.app
    given = request.headers.get("authorization", "")
    expected = f"Bearer {app.state.token}"
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401, "this endpoint needs the server's token", {"WWW-Authenticate": "Bearer"}
        )
    limit = app.state.max_upload
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"upload larger than {limit} bytes")
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > limit:
            raise HTTPException(413, f"upload larger than {limit} bytes")
    data = bytes(received)
    # Only the name's last part, in safe characters, is kept: it names the source and its
    # suffix says the format; it never becomes a path.
    safe = _SAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip("._") or "upload"
    limits = app.state.limits
    if safe.lower().endswith(".zip") or data.startswith(b"PK\x03\x04"):
        _check_zip(data, limit, limits.zip_depth)
    suffix = "." + safe.rsplit(".", 1)[1].lower() if "." in safe else ""
    location = app.state.archives.location
    return await run_in_threadpool(_ingest, location, data, safe, suffix, limits)


def _check_zip(data: bytes, limit: int, zip_depth: int) -> None:
    try:
        expanded = _expansion(data, 10 * limit, 1, zip_depth)
    except zipfile.BadZipFile as exc:
        raise HTTPException(400, f"not a readable zip archive: {exc}") from None
    if expanded > 10 * limit:
        raise HTTPException(413, f"zip expands to {expanded} bytes, more than {10 * limit}")


def _expansion(data: bytes, most: int, depth: int, zip_depth: int) -> int:
    """What a zip expands to, the zips inside it counted as what they expand to (they are
    read too): past ``most`` the count stops, over the limit."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        total = sum(info.file_size for info in infos)
        if total > most or depth >= zip_depth:
            return total
        for info in infos:
            if info.filename.lower().endswith(".zip"):
                with archive.open(info) as stream:
                    inner = stream.read(most + 1)
                total += _expansion(inner, most - total, depth + 1, zip_depth)
                if total > most:
                    return total
    return total


def _ingest(path, data: bytes, name: str, suffix: str, limits: Limits) -> dict[str, Any]:
    problems: list[str] = []

    def report(error: ReadError | str) -> None:
        problems.append(str(error))

    source = f"upload:{name}"
    documents = read_bytes(
        data,
        source,
        on_error=report,
        suffix=suffix if suffix in KNOWN_SUFFIXES else "",
        limits=limits,
    )
    with Archive(path) as writable:
        stats = writable.ingest(documents, on_error=report)
    if problems and not stats.documents and not stats.skipped:
        raise HTTPException(400, "; ".join(problems[:20]))
    return {
        "source": source,
        "documents": stats.documents,
        "skipped": stats.skipped,
        "items": stats.items,
        "events": stats.events,
        "errors": problems,
    }


@router.get(
    "/bulletins",
    summary="Published bulletin issues, newest first",
    response_model=BulletinsAnswer,
)
def bulletins_endpoint(archive: ArchiveDep) -> dict[str, Any]:
    return {"bulletins": compose.listing(archive, limit=1000)}


@router.get(
    "/bulletins/{number}",
    summary="One issue: its items in order, and its text",
    response_model=Bulletin,
    responses=NOT_FOUND,
)
def bulletin_endpoint(archive: ArchiveDep, number: int) -> dict[str, Any]:
    issue = compose.load(archive, number) if stored(number) is not None else None
    bulletin = found(issue, f"no issue {number}")
    return {**asdict(bulletin), "text": compose.to_text(bulletin)}
