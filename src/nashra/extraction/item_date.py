"""The day an item's main happening took place.

ANNOTATION.md: relative words resolve against the dateline date, or with no dated
dateline against the publication date; a weekday means the most recent such day on or
before that reference. Dates said to lie ahead (``غداً``, ``الخميس المقبل``, a date after the
reference) are plans, not what happened, and are passed over. With no date in the text the
item's date is null: the publication date alone is not evidence of when something happened.
"""

from __future__ import annotations

import datetime as dt

from nashra.dates import find_dates
from nashra.model import Dateline, DateMention, Span
from nashra.text.normalize import Normalized


def item_date(
    normalized_body: Normalized,
    body_offset: int,
    dateline: Dateline | None,
    published: dt.date | None,
) -> tuple[dt.date | None, DateMention | None, list[str]]:
    """The item's date, the mention it was read from (document offsets), and warnings."""
    reference = dateline.date if dateline and dateline.date else published
    mentions, warnings = find_dates(normalized_body, reference)
    # A dateline opening the body has been read already; its date is not a mention again.
    skip_until = dateline.span.end - body_offset if dateline else 0
    chosen = None
    for mention in mentions:
        if mention.span.start < skip_until:
            continue
        if mention.future or (reference and mention.date > reference):
            continue
        chosen = mention
        break
    if chosen is not None:
        located = DateMention(
            chosen.date,
            chosen.span.shift(body_offset),
            chosen.kind,
            chosen.hijri,
            chosen.weekday,
            chosen.future,
        )
        return chosen.date, located, warnings
    if dateline is not None and dateline.date is not None:
        return dateline.date, _dateline_mention(dateline), warnings
    return None, None, warnings


def _dateline_mention(dateline: Dateline) -> DateMention | None:
    if dateline.date is None or dateline.date_span is None:
        return None
    return DateMention(
        dateline.date,
        Span(dateline.date_span.start, dateline.date_span.end),
        "dateline",
        dateline.hijri_date,
    )
