"""The web UI: server-rendered pages, right to left, Arabic first with an English toggle.

Every page works without JavaScript. Filters travel in the query string, so any page can
be bookmarked and its export button exports what it shows.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from nashra.evaluation.score import ALL_TYPES
from nashra.extraction.english import english_office, english_states
from nashra.extraction.entities import transliterate
from nashra.publishing import compose, feeds
from nashra.search import browse
from nashra.search.engine import entities, events, search
from nashra.serving.api import (
    ArchiveDep,
    Cursor,
    FiltersDep,
    QueryLimitsDep,
    cursor_after,
    found,
    offset_of,
    stored,
)
from nashra.serving.graph import connected, network_svg
from nashra.serving.paths import TEMPLATES
from nashra.serving.render import (
    LANGUAGES,
    Span,
    highlighted,
    histogram,
    span_anchor,
    translator,
    web_link,
)
from nashra.storage.names import arabic_state_names

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES)  # autoescapes .html
templates.env.filters["merge"] = lambda params, **changes: urlencode({**params, **changes})
templates.env.filters["web_link"] = web_link
PAGE = 20


def language(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get("lang")
    return asked if asked in LANGUAGES else "ar"


def _params(request: Request, *drop: str) -> dict[str, str]:
    """This page's query parameters, less its cursor and ``drop``."""
    left_out = {"cursor", *drop}
    return {k: v for k, v in request.query_params.items() if k not in left_out}


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = language(request)
    params = _params(request, "lang")
    other = "en" if lang == "ar" else "ar"
    context.update(
        lang=lang,
        dir="rtl" if lang == "ar" else "ltr",
        t=translator(lang),
        toggle=f"{request.url.path}?{urlencode({**params, 'lang': other})}",
        params=params,
        types=ALL_TYPES,
        state_name=lambda code: (arabic_state_names() if lang == "ar" else english_states()).get(
            code, code
        ),
        latin=transliterate,
        english_office=english_office,
        entity_url=entity_url,
        anchor=span_anchor,
    )
    response = templates.TemplateResponse(request, template, context, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def _next_page(request: Request, cursor: str | None) -> str | None:
    """The address of the next page: this one's, with the cursor it handed out."""
    if cursor is None:
        return None
    return f"{request.url.path}?{urlencode({**_params(request), 'cursor': cursor})}"


def _export_query(request: Request, *drop: str) -> str:
    """This page's filters, for the export links (what the page shows is what they export)."""
    return urlencode(_params(request, "lang", *drop))


def entity_url(key: str) -> str:
    return "/entities/" + quote(key, safe=":|")


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    archive: ArchiveDep,
    filters: FiltersDep,
    limits: QueryLimitsDep,
    q: Annotated[str, Query(max_length=10_000)] = "",
    cursor: Cursor = None,
) -> HTMLResponse:
    offset = offset_of(cursor)
    hits = search(archive, q, filters, limit=PAGE, offset=offset, limits=limits)
    params = _params(request)
    facets = browse.facets(archive, q, filters, limits)
    return render(
        request,
        "search.html",
        q=q,
        filters=filters,
        hits=hits,
        facets=facets,
        histogram=histogram(
            facets.dates, params, facets.date_unit, translator(language(request))("dates")
        ),
        next_url=_next_page(request, cursor_after(offset, PAGE, len(hits))),
        first_url=f"/?{urlencode(params)}" if offset else None,
        export_query=_export_query(request, "q"),
    )


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, archive: ArchiveDep, item_id: int) -> HTMLResponse:
    item = found(
        browse.item(archive, item_id) if stored(item_id) is not None else None,
        f"no item {item_id}",
    )
    # A page shows the opening of a very long item (a book pasted as one document): the
    # whole of it is a download of megabytes no reader scrolls; the JSON has all of it.
    shown = item.text[:PAGE_TEXT]
    return render(
        request,
        "item.html",
        item=item,
        text=highlighted(shown, _spans(item)),
        cut=(len(shown), len(item.text)) if len(shown) < len(item.text) else None,
    )


PAGE_TEXT = 200_000  # characters of an item's text its page shows


def _spans(found: browse.ItemView) -> list[Span]:
    """Every span the record names, in the item's own offsets."""
    base = found.start
    spans = [
        Span(m.start - base, m.end - base, (m.type,), m.canonical or m.text) for m in found.mentions
    ]
    record = found.record
    for name, span in (record.get("spans") or {}).items():
        if name in ("date", "place", "headline") and span:
            spans.append(Span(span[0] - base, span[1] - base, (name,)))
    for event in record.get("events", []):
        if event.get("trigger"):
            spans.append(
                Span(
                    event["trigger"][0] - base,
                    event["trigger"][1] - base,
                    ("trigger",),
                    event["type"],
                )
            )
        for name, span in (event.get("spans") or {}).items():
            spans.append(Span(span[0] - base, span[1] - base, (name,)))
        for p in event.get("participants", []):
            if p.get("span"):
                spans.append(Span(p["span"][0] - base, p["span"][1] - base, ("participant",)))
    return spans


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    archive: ArchiveDep,
    type: str | None = None,
    cursor: Cursor = None,
) -> HTMLResponse:
    if type not in (None, "", "person", "state", "org", "place"):
        raise HTTPException(400, f"unknown entity type {type!r}")
    offset = offset_of(cursor)
    found = entities(archive, type or None, limit=50, offset=offset)
    return render(
        request,
        "entities.html",
        entities=found,
        kind=type or "",
        offset=offset,
        next_url=_next_page(request, cursor_after(offset, 50, len(found))),
    )


@router.get("/entities/{key:path}", response_class=HTMLResponse)
def entity_page(request: Request, archive: ArchiveDep, key: str) -> HTMLResponse:
    entity = found(browse.entity(archive, key), f"no entity {key!r}")
    narrowed = browse.entity_filter(entity.type, entity.code, entity.key)
    return render(
        request,
        "entity.html",
        entity=entity,
        histogram=histogram(
            entity.by_date, None, entity.date_unit, translator(language(request))("dates")
        ),
        search_url="/?" + urlencode(narrowed),
        network_url="/network?" + urlencode(narrowed),
        events_url="/events?" + urlencode(narrowed),
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, archive: ArchiveDep, filters: FiltersDep, cursor: Cursor = None
) -> HTMLResponse:
    offset = offset_of(cursor)
    found = events(archive, filters, limit=50, offset=offset)
    return render(
        request,
        "events.html",
        events=found,
        filters=filters,
        next_url=_next_page(request, cursor_after(offset, 50, len(found))),
        export_query=_export_query(request),
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    archive: ArchiveDep,
    filters: FiltersDep,
    level: str = "person",
    nodes: Annotated[int, Query(ge=2, le=200)] = 40,
) -> HTMLResponse:
    if level not in ("person", "state"):
        raise HTTPException(400, f"unknown level {level!r}: person or state")
    found = browse.network(archive, filters, level=level, max_nodes=nodes)
    t = translator(language(request))
    return render(
        request,
        "network.html",
        network=found,
        drawn=len(connected(found)[0]),
        svg=network_svg(found, caption=t("network")),
        level=level,
        filters=filters,
        export_query=_export_query(request, "level", "nodes"),
    )


# ---- bulletins and feeds -----------------------------------------------------------------


@router.get("/bulletins", response_class=HTMLResponse)
def bulletins_page(request: Request, archive: ArchiveDep) -> HTMLResponse:
    return render(request, "bulletins.html", bulletins=compose.listing(archive, limit=500))


@router.get("/bulletins/{number}", response_class=HTMLResponse)
def bulletin_page(request: Request, archive: ArchiveDep, number: int) -> HTMLResponse:
    issue = compose.load(archive, number) if stored(number) is not None else None
    bulletin = found(issue, f"no issue {number}")
    return render(
        request,
        "bulletin.html",
        bulletin=bulletin,
        issue=Markup(compose.to_html(bulletin, fragment=True)),  # escaped by to_html
    )


FEED_TYPES = {"atom": "application/atom+xml", "rss": "application/rss+xml"}


@router.get("/feeds/items.{kind}")
def items_feed(
    request: Request,
    archive: ArchiveDep,
    filters: FiltersDep,
    limits: QueryLimitsDep,
    kind: str,
    q: Annotated[str, Query(max_length=10_000)] = "",
) -> Response:
    if kind not in FEED_TYPES:
        raise HTTPException(404, f"no feed format {kind!r}: atom or rss")
    made = feeds.items_feed(
        archive, str(request.base_url), q, filters, self_url=str(request.url), limits=limits
    )
    return _feed(made, kind)


@router.get("/feeds/bulletins.{kind}")
def bulletins_feed(request: Request, archive: ArchiveDep, kind: str) -> Response:
    if kind not in FEED_TYPES:
        raise HTTPException(404, f"no feed format {kind!r}: atom or rss")
    made = feeds.bulletins_feed(archive, str(request.base_url), self_url=str(request.url))
    return _feed(made, kind)


def _feed(made: feeds.Feed, kind: str) -> Response:
    body = feeds.atom(made) if kind == "atom" else feeds.rss(made)
    return Response(body, media_type=f"{FEED_TYPES[kind]}; charset=utf-8")
