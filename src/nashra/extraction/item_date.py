"""The day an item's main happening took place.

ANNOTATION.md: relative words resolve against the dateline date, or with no dated
dateline against the publication date; a weekday means the most recent such day on or
before that reference. Dates said to lie ahead (``غداً``, ``الخميس المقبل``, a date after the
reference) are plans, not what happened, and are passed over. With no date in the text the
item's date is null: the publication date alone is not evidence of when something happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from nashra.dates import find_dates, gregorian_month, is_time_word
from nashra.model import Dateline, DateMention, Span
from nashra.text.normalization import Normalized, fold

_RECENT_DAYS = 7
DATE_SCAN = 3000  # characters of an item's body searched for its date


def dates_in(
    normalized_body: Normalized, dateline: Dateline | None, published: dt.date | None
) -> tuple[list[DateMention], list[str]]:
    """The dates an item's lead tells (body offsets), and warnings: read once, for the
    item's date and for its first interaction's."""
    reference = dateline.date if dateline and dateline.date else published
    # The day an item reports is told in its lead; the tail of a long article holds
    # background dates, and scanning it would cost time for nothing.
    found, warnings = find_dates(normalized_body, reference, limit=DATE_SCAN)
    written = _day_of_writing(found, reference)
    if written is not None:
        # "وتستمر الفعاليات اليوم الاثنين" in an item published (or crawled) on Tuesday:
        # the article was written on Monday, and its "أمس" is Sunday
        found, warnings = find_dates(normalized_body, written, limit=DATE_SCAN)
    return found, warnings


# days an article's publication (or crawl) date may lag the day it was written: a print
# edition is out the next morning; SaudiNewsNet's crawl is a day late for a seventh of
# aleqt's, al-jazirah's and okaz's articles (by the dates in their urls)
_LATE_BY = 2


def _day_of_writing(mentions: list[DateMention], reference: dt.date | None) -> dt.date | None:
    """The day the text calls today by its weekday ("اليوم الاثنين"), when it falls a day or
    two before the reference (a print edition of the next morning, a late crawl)."""
    if reference is None:
        return None
    today = next(
        (
            m.date
            for m in mentions
            if m.relative == 0
            and m.weekday is not None
            and 0 < (reference - m.date).days <= _LATE_BY
        ),
        None,
    )
    if today is not None and any(m.weekday is not None and m.date > today for m in mentions):
        # another weekday it names comes after that "today" ("صباح السبت بالتوقيت المحلي
        # (… بتوقيت جرينتش اليوم الجمعة)"): no one day of writing
        return None
    return today


def item_date(
    mentions: list[DateMention],
    body_offset: int,
    dateline: Dateline | None,
    published: dt.date | None,
) -> tuple[dt.date | None, DateMention | None]:
    """The item's date and the mention it was read from (document offsets)."""
    reference = dateline.date if dateline and dateline.date else published
    # A dateline opening the body has been read already; its date is not a mention again.
    skip_until = dateline.span.end - body_offset if dateline else 0
    chosen = now = fallback = None
    for mention in mentions:
        if mention.span.start < skip_until:
            continue
        if mention.future and (mention.relative or 0) > 0 and reference is not None:
            # "غداً" counts from the day of writing: what is reported happened that day.
            chosen = replace(mention, date=reference, kind="implied", future=False)
            break
        if mention.future or (reference and mention.date > reference):
            continue
        if mention.kind == "now":
            now = now or mention  # weaker than a day named outright: kept in reserve
            continue
        if _speaks_of_the_news_day(mention, reference):
            chosen = mention
            break
        if reference is not None and (reference - mention.date).days > _HISTORY:
            continue  # "منذ أحداث 11 سبتمبر 2001": history, never the item's day
        fallback = fallback or mention
    chosen = chosen or now or fallback
    if chosen is not None:
        located = replace(chosen, span=chosen.span.shift(body_offset))
        return chosen.date, located
    if dateline is not None and dateline.date is not None:
        return dateline.date, _dateline_mention(dateline)
    return None, None


def event_sentence_date(
    mentions: list[DateMention],
    normalized_body: Normalized,
    body_offset: int,
    trigger: Span,
    dateline: Dateline | None,
    published: dt.date | None,
) -> tuple[dt.date, DateMention] | None:
    """The day told in the sentence of the item's first interaction, where one is: the
    main happening's own day ("ودعا الرئيس خلال لقائه اليوم …" after a lead about last
    night's truce)."""
    reference = dateline.date if dateline and dateline.date else published
    bounds = _sentence_of(normalized_body.original, trigger.start - body_offset)
    if bounds is None:
        return None
    start, end = bounds
    skip_until = dateline.span.end - body_offset if dateline else 0
    for mention in mentions:
        if not (start <= mention.span.start < end) or mention.span.start < skip_until:
            continue
        if mention.future or (reference and mention.date > reference):
            continue
        if reference is not None and (reference - mention.date).days > _HISTORY:
            continue  # a year long past named in the sentence: not its day
        return mention.date, replace(mention, span=mention.span.shift(body_offset))
    return None


def _speaks_of_the_news_day(mention: DateMention, reference: dt.date | None) -> bool:
    """Relative days and weekdays count from the day of writing; an explicit date far
    before it is more often background ("since 14 July") than the news itself."""
    if mention.kind in ("relative", "weekday") or mention.weekday is not None:
        return True
    return reference is None or (reference - mention.date).days <= _RECENT_DAYS


def _dateline_mention(dateline: Dateline) -> DateMention | None:
    if dateline.date is None or dateline.date_span is None:
        return None
    return DateMention(
        dateline.date,
        Span(dateline.date_span.start, dateline.date_span.end),
        "dateline",
        dateline.hijri_date,
    )


def _sentence_of(text: str, at: int) -> tuple[int, int] | None:
    """The bounds of the sentence (between full stops and line breaks) around ``at``."""
    if not 0 <= at < len(text):
        return None
    start = max(text.rfind(mark, 0, at) for mark in ".\n") + 1
    ends = [k for k in (text.find(mark, at) for mark in ".\n") if k != -1]
    return start, min(ends) if ends else len(text)


# "عام 1352هـ", "في عام 2001", "سنة 1975م": a year told alone
_YEAR = re.compile(r"(?:عام|العام|سنة|السنة)\s+([0-9\u0660-\u0669]{4})\s*(هـ|ه|م)?")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def told_of_past_years(
    normalized_body: Normalized, body_offset: int, trigger: Span, reference: dt.date | None
) -> bool:
    """Whether the sentence of an interaction names a year before the item's own (the
    reference's year and the one before it are the news): "صور زيارة الملك سعود … إلى منطقة
    عسير عام 1352هـ" is history, not an event."""
    text = normalized_body.original
    bounds = _sentence_of(text, trigger.start - body_offset)
    if reference is None or bounds is None:
        return False
    start, end = bounds
    for match in _YEAR.finditer(text, start, end):
        if text[max(start, match.start() - 5) : match.start()].strip().endswith(("منذ", "حتى")):
            continue  # "منذ العام 1948": since then, up to the news
        year = int(match.group(1).translate(_DIGITS))
        hijri = match.group(2) in ("هـ", "ه") or 1300 <= year < 1500
        gregorian = round(year * 0.970224 + 621.5643) if hijri else year
        if gregorian < reference.year - 1:
            return True
    return False


_LONG_BEFORE = 31  # days: a date told further back than this is not the news of the day
_DAYS_BEFORE_THE_ITEM = 3  # … nor one this much before the day the item's lead tells
_HISTORY = 366  # days: a date further back is history, not what an item reports
_TOLD_RECENT = frozenset(fold(w) for w in ("اليوم", "أمس", "امس", "البارحة", "الليلة"))


def told_long_before(
    mentions: list[DateMention],
    normalized_body: Normalized,
    body_offset: int,
    trigger: Span,
    reference: dt.date | None,
    item_date: dt.date | None = None,
) -> bool:
    """Whether the sentence of an interaction dates it by a day more than a month before the
    item's reference day, or more than a few days before the day its lead tells
    (``item_date``), and by no recent one: "وزار السيسي روسيا في 8 مايو الماضي" in an item of
    August, "وزار … كيري القاهرة يوم الثاني من أغسطس" in one of the 6th, are background."""
    bounds = _sentence_of(normalized_body.original, trigger.start - body_offset)
    if reference is None or bounds is None:
        return False
    start, end = bounds
    text = normalized_body.original
    told = [m for m in mentions if start <= m.span.start < end]
    if end > DATE_SCAN:
        # past the stretch searched for the item's date: the sentence's own dates ("وأخيرا،
        # قام الرئيس … بزيارة قبرص في 29 أبريل (نيسان) 2015" deep in a long interview)
        found, _warnings = find_dates(text[start:end], reference)
        told = [replace(m, span=Span(m.span.start + start, m.span.end + start)) for m in found]
    if any(m.kind in ("relative", "now", "weekday") or m.weekday is not None for m in told):
        return False
    # the day it happened on ("في 8 مايو الماضي"), not a day it names ("لثورة 23 يوليو 1952"),
    # or the day a chronology's entry opens with ("- 1 مارس (آذار): الرئيس المصري يزور …")
    if any(
        (
            (reference - m.date).days > _LONG_BEFORE
            or (item_date is not None and (item_date - m.date).days > _DAYS_BEFORE_THE_ITEM)
        )
        and (
            text[max(start, m.span.start - 8) : m.span.start].split()[-1:] in (["في"], ["يوم"])
            or not text[start : m.span.start].strip(" -–—•*\n\t")
        )
        for m in told
    ):
        return True
    # or a month alone: "لقاء مطولا في حزيران/يونيو" in an item of August
    words = fold(text[start:end]).replace("/", " ").split()
    if not _TOLD_RECENT.isdisjoint(words) or any(
        is_time_word(w) and not gregorian_month(w) for w in words
    ):
        return False  # "ووصل كارتر صباح الخميس … منذ توليه منصبه في فبراير الماضي"
    for k, word in enumerate(words[:-1]):
        if word != "في" or "منذ" in words[max(0, k - 4) : k]:
            continue
        following = words[k + 2] if words[k + 1] == "شهر" and k + 2 < len(words) else words[k + 1]
        month = gregorian_month(following)
        if month is not None and 1 <= (reference.month - month) % 12 <= 9:
            return True
    return False
