"""The pipeline: a document in, its items out, each with headline, dateline and date."""

from __future__ import annotations

import datetime as dt

from nashra.extraction.dateline import dateline_at_start
from nashra.extraction.gazetteer import agency_states, key, place_states
from nashra.extraction.interactions import read_interactions
from nashra.extraction.item_date import (
    dates_in,
    event_sentence_date,
    item_date,
    told_long_before,
    told_of_past_years,
)
from nashra.extraction.lexicon import first_org, media_countries, opinion_page
from nashra.extraction.segment import ItemLayout, segment
from nashra.model import INTERACTION_TYPES, Dateline, DateMention, Document, Event, Item, Span
from nashra.text.lines import caption_breaks, unwrap
from nashra.text.normalization import Normalized, normalize


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
    origin = _origin(doc)
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
            start = part.body.start
            first_line_end = doc.text.find("\n", start, part.body.end)
            if (
                first_line_end > 0
                and item.headline
                and doc.text[start:first_line_end].strip() == (item.headline.strip())
            ):
                start = first_line_end + 1  # a web page's text repeats its headline first
            dateline = dateline_at_start(doc.text, start, part.body.end, doc.published)
        item.dateline = dateline
        if dateline is not None:
            item.warnings.extend(dateline.warnings)
        # a hard-wrapped body is read as running text; unwrapping keeps every offset
        text = unwrap(part.body.text(doc.text))
        breaks = caption_breaks(text)
        body = normalize(text, breaks)
        mentions, warnings = dates_in(body, dateline, doc.published)
        item.date, item.date_mention = item_date(mentions, part.body.start, dateline, doc.published)
        item.mentions, item.people, item.events = read_interactions(
            doc.text,
            body,
            part.body.start,
            origin=origin,
            item_date=item.date,
            place=dateline.place if dateline else None,
            place_span=dateline.place_span if dateline else None,
            reported_from=_reported_from(origin, dateline),
        )
        if breaks:
            item.events = _past_the_caption(item.events, part.body.start + breaks[0])
        if opinion_page(doc.url):
            item.events = []  # a column's meetings are commentary (data/opinion_pages.tsv)
        reference = dateline.date if dateline and dateline.date else doc.published
        item.events = [
            e
            for e in item.events
            if e.trigger is None
            or e.type not in INTERACTION_TYPES
            or not (
                told_of_past_years(body, part.body.start, e.trigger, reference)
                or told_long_before(
                    mentions, body, part.body.start, e.trigger, reference, item.date
                )
            )
        ]
        _date_of_first_interaction(item, mentions, body, part.body.start, doc.published)
        item.warnings.extend(w for w in warnings if w not in item.warnings)
        items.append(item)
    return items


def _past_the_caption(events: list[Event], text_start: int) -> list[Event]:
    """A caption run into the text tells the item's news again ("ولي ولي العهد لدى استقباله
    الرئيس الشيشاني" before "التقى صاحب السمو الملكي …"): its events go where the text
    tells one of their kind."""
    told = {e.type for e in events if e.trigger is None or e.trigger.start >= text_start}
    return [
        e
        for e in events
        if e.trigger is None or e.trigger.start >= text_start or e.type not in told
    ]


def _date_of_first_interaction(
    item: Item,
    mentions: list[DateMention],
    body: Normalized,
    body_offset: int,
    published: dt.date | None,
) -> None:
    """The item's main happening is its first interaction: a day its own sentence tells
    is the item's date, over one an earlier sentence gave."""
    first = next((e for e in item.events if e.type in INTERACTION_TYPES), None)
    if first is None or first.trigger is None:
        return
    found = event_sentence_date(
        mentions, body, body_offset, first.trigger, item.dateline, published
    )
    if found is None or found[0] == item.date:
        return
    said = item.date_mention
    if (
        said is not None
        and said.weekday is not None
        and said.relative is not None
        and found[1].relative == said.relative
    ):
        return  # "أمس «الأربعاء»" set what أمس means in this item: the weekday wins
    before = item.date
    item.date, item.date_mention = found
    for event in item.events:
        if event.date == before:
            event.date = item.date


def _reported_from(
    origin: tuple[str | None, str | None], dateline: Dateline | None
) -> tuple[str | None, str | None]:
    """The state an item reports for: its dateline's, when the paper reports from abroad on
    its own or through a foreign agency ("بغداد - رويترز": an unnamed minister is Iraq's),
    else the paper's (a national agency abroad, "واشنطن - واس", still reports its state's
    officials)."""
    state, organisation = origin
    if state is None or dateline is None or not dateline.place:
        return origin
    abroad = place_states().get(key(dateline.place))
    if abroad is None or abroad == state:
        return origin
    if dateline.agency and agency_states().get(key(dateline.agency)) == state:
        return origin
    return abroad, organisation


def _origin(doc: Document) -> tuple[str | None, str | None]:
    """The state and organisation a document reports for: its publication's state (a Saudi
    newspaper), or the organisation its bulletin title names (أخبار منظمة التعاون الإسلامي)."""
    state = media_countries().get(doc.media or "")
    organisation = None
    if doc.title_span is not None and doc.title:
        found = first_org(doc.title)
        organisation = found
    return state, organisation
