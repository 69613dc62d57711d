"""Datelines: where and when an item was filed, and by whom.

Two shapes cover what Arabic newspapers and agencies print:

* a **dated dateline**: a place, a date and perhaps an agency, on a line of its own
  (``نيويورك، ٢٤ سبتمبر ٢٠٢١``) or opening the first paragraph
  (``بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس``);
* a **credit line**: parts joined by dashes and closed by a colon, a line end or the first
  sentence (``ظافر الشهري- سبق- النماص:``, ``عين اليوم – متابعات``, ``واس- جدة:``,
  ``نايف السعدي – الطائف بعث …``). Each part is an agency, a newspaper's own credit, a generic
  credit (``متابعات``), a place, or a reporter's name.

A reporter's byline or a photo caption is not a dateline: a credit line needs an agency,
a newspaper credit or a known place, and a part that is none of these is a place only when
it follows a credit (``سبق- النماص``), and a reporter's name otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from nashra.dates import find_dates
from nashra.extraction.gazetteer import credit_prefix, credits, key, place_prefix, places
from nashra.model import Dateline, DateMention, Span

_SEPARATOR = re.compile(r"\s*[-–—]+\s*|\s+ـ+\s*|\s*ـ+\s+")
_PUNCT = " \t،,:;؛.-–—ـ|()«»\"'\u200e\u200f\u202a\u202b\u202c\u061c\u00a0"
_MAX_PLACE_WORDS = 4
_HEADER_LIMIT = 90  # characters a credit line can take before the colon


@dataclass(slots=True)
class _Part:
    start: int
    end: int
    text: str
    kind: str  # agency, newspaper, generic, place, unknown


def dateline_in_line(
    text: str, start: int, end: int, reference: dt.date | None = None
) -> Dateline | None:
    """The dateline that ``text[start:end]``, a whole line, is, if it is one. ``reference``
    (the publication date) gives the year to a date written without one."""
    dated = _dated(text, start, end, whole_line=True, reference=reference)
    if dated is not None:
        return dated
    return _credit_line(text, start, end, terminated=True)


def dateline_at_start(
    text: str, start: int, end: int, reference: dt.date | None = None
) -> Dateline | None:
    """A dateline opening the paragraph at ``text[start:]`` (which ends by ``end``)."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    dated = _dated(text, start, line_end, whole_line=False, reference=reference)
    if dated is not None and (dated.place or dated.agency or line_end >= end):
        return dated
    if dated is not None:
        # a web page's date on a line of its own ("الاثنين 15 مارس 2022"), then the
        # dateline opening the text ("جدة (يونا) - استقبل …"): one dateline of the two
        after = dateline_at_start(text, line_end + 1, end, reference)
        if after is None or after.date is not None:
            return after or dated
        after.date, after.date_span = dated.date, dated.date_span
        after.hijri_date = dated.hijri_date
        after.warnings = dated.warnings + after.warnings
        return after
    head_limit = min(line_end, start + _HEADER_LIMIT)
    colon = _find_any(text, ":：", start, head_limit)
    if colon >= 0:
        return _credit_line(text, start, colon, terminated=True, closing=colon + 1)
    if _SEPARATOR.search(text, start, head_limit) is None:
        return None  # no dash in the opening words: no credit line
    if len(text[start:line_end].split()) <= 8:
        return _credit_line(text, start, line_end, terminated=True)
    return _credit_line(text, start, head_limit, terminated=False)


def _find_any(text: str, chars: str, start: int, end: int) -> int:
    positions = [p for c in chars if (p := text.find(c, start, end)) >= 0]
    return min(positions) if positions else -1


def _dated(
    text: str, start: int, end: int, whole_line: bool, reference: dt.date | None
) -> Dateline | None:
    """Place, date (and agency) with nothing else on the line, or with an agency after."""
    line = text[start:end]
    if not whole_line and len(line) > 160:
        # a dateline opening a paragraph: only its first words can be one
        cut = line.rfind(" ", 0, 160)
        line = line[: cut if cut > 0 else 160]
    if not line.strip() or len(line) > 160:
        return None
    mentions, warnings = find_dates(line, reference)
    explicit = [m for m in mentions if m.kind in ("gregorian", "hijri", "numeric")]
    if not explicit:
        return None
    mention = explicit[0]
    before = line[: mention.span.start]
    place_text = before.strip(_PUNCT)
    if place_text.endswith(" في"):
        place_text = place_text[:-3].rstrip(_PUNCT)  # "جدة في 15 مارس 2022 -"
    if len(place_text.split()) > _MAX_PLACE_WORDS or any(c.isdigit() for c in place_text):
        return None
    after_start = mention.span.end
    rest = line[after_start:]
    agency_span = _agency_after(rest, start + after_start)
    tail = rest if agency_span is None else text[agency_span.end : start + len(line)]
    closed = _CLOSED.match(rest)
    if closed is not None and not whole_line and agency_span is None:
        # "إسطنبول، 22 مارس 2022: استقبل …": a colon or a dash closes it, the text runs on
        line = line[: after_start + closed.end()].rstrip(_PUNCT)
        tail = ""
    if tail.strip(_PUNCT + " م") and (whole_line or agency_span is None):
        return None  # words run on after the date: a sentence, not a dateline
    if place_text and agency_span is None and not whole_line and key(place_text) not in places():
        return None  # "في 14 يوليو" opening a sentence
    dateline = Dateline(span=Span(start, start + len(line.rstrip())))
    if agency_span is not None:
        dateline.agency = text[agency_span.start : agency_span.end]
        dateline.agency_span = agency_span
        dateline.span = Span(start, agency_span.end)
    if place_text:
        offset = before.index(place_text)
        dateline.place = place_text
        dateline.place_span = Span(start + offset, start + offset + len(place_text))
    _set_date(dateline, mention, start)
    dateline.warnings = warnings
    return dateline


_CLOSED = re.compile(r"\s*(?:م\s*)?[:：\-–—]+\s")


def _set_date(dateline: Dateline, mention: DateMention, base: int) -> None:
    dateline.date = mention.date
    dateline.date_span = mention.span.shift(base)
    dateline.hijri_date = mention.hijri


def _agency_after(rest: str, base: int) -> Span | None:
    stripped = rest.lstrip(_PUNCT + " ")
    if stripped.startswith("م ") or stripped == "م":
        stripped = stripped[1:].lstrip(_PUNCT + " ")
    offset = len(rest) - len(stripped)
    words = [w.strip(_PUNCT) for w in key(stripped).split()]
    n = credit_prefix(words)
    if not n or credits()[" ".join(words[:n])] != "agency":
        return None
    raw = " ".join(stripped.split()[:n]).rstrip(_PUNCT)
    return Span(base + offset, base + offset + len(raw))


def _credit_line(
    text: str, start: int, end: int, terminated: bool, closing: int | None = None
) -> Dateline | None:
    parts = _split(text, start, end)
    if not terminated:
        # No colon or line end: the last part runs on into the first sentence. Keep of it
        # only a known credit or place ("نايف السعدي – الطائف بعث …"), or else leave it
        # out as the sentence it is ("الرياض - أعلنت الوزارة …").
        if len(parts) < 2:
            return None
        last = parts.pop()
        words = key(last.text).split()
        n = credit_prefix(words) or place_prefix(words)
        if n:
            raw = " ".join(last.text.split()[:n])
            part = _Part(last.start, last.start + len(raw), raw, "")
            _classify(part)
            parts.append(part)
        elif len(parts) == 1 and parts[0].kind not in ("place", "agency", "newspaper"):
            return None
    dated: list[DateMention] = []
    parts = [_undate(part, dated) for part in parts]
    long_part = any(
        p.kind in ("unknown", "name") and len(p.text.split()) > _MAX_PLACE_WORDS for p in parts
    )
    if not parts or long_part:
        return None
    if len(parts) == 1 and parts[0].kind not in ("agency", "place"):
        return None
    credited = any(p.kind in ("agency", "newspaper", "generic") for p in parts)
    known_place = any(p.kind == "place" for p in parts)
    if not credited and not (known_place and len(parts) >= 2) and len(parts) > 1:
        return None
    dateline = Dateline(span=Span(start, closing if closing is not None else parts[-1].end))
    if dated:
        _set_date(dateline, dated[0], 0)
    seen_credit = False
    for part in parts:
        if part.kind == "agency" and dateline.agency is None:
            dateline.agency = part.text
            dateline.agency_span = Span(part.start, part.end)
        elif part.kind in ("newspaper", "generic"):
            dateline.credit = dateline.credit or part.text
        elif part.kind == "place" or (part.kind == "unknown" and seen_credit and terminated):
            if dateline.place is None:
                dateline.place = part.text
                dateline.place_span = Span(part.start, part.end)
        elif part.kind in ("unknown", "name") and dateline.reporter is None:
            dateline.reporter = part.text
        seen_credit = seen_credit or part.kind in ("agency", "newspaper", "generic")
    return dateline


def _undate(part: _Part, dated: list[DateMention]) -> _Part:
    """ "لندن 6 أغسطس": a place with the day after it. The date goes to ``dated``
    (in document offsets) and the part keeps the place alone."""
    if part.kind != "unknown" or not any(c.isdigit() for c in part.text):
        return part
    mentions, _ = find_dates(part.text)
    explicit = [m for m in mentions if m.kind in ("gregorian", "hijri", "numeric")]
    if not explicit or explicit[0].span.start == 0:
        return part
    dated.append(replace(explicit[0], span=explicit[0].span.shift(part.start)))
    place = part.text[: explicit[0].span.start].strip(_PUNCT)
    trimmed = _Part(part.start, part.start + len(place), place, "")
    _classify(trimmed)
    return trimmed


def _split(text: str, start: int, end: int) -> list[_Part]:
    parts: list[_Part] = []
    pos = start
    for m in _SEPARATOR.finditer(text, start, end):
        parts += _make_parts(text, pos, m.start())
        pos = m.end()
    parts += _make_parts(text, pos, end)
    return [p for p in parts if p.text]


def _make_parts(text: str, start: int, end: int) -> list[_Part]:
    """A part, and the agency its brackets name after a place: "جدة (يونا)"."""
    part = _make_part(text, start, end)
    opening = text.find("(", start, end)
    closing = text.find(")", opening + 1, end) if opening > 0 else -1
    if closing < 0:
        return [part]
    inside = text[opening + 1 : closing]
    name = inside.strip()
    at = opening + 1 + inside.find(name)
    agency = _Part(at, at + len(name), name, "")
    _classify(agency)
    return [part, agency] if agency.kind == "agency" else [part]


def _make_part(text: str, start: int, end: int) -> _Part:
    raw = text[start:end]
    bracket = raw.find("(")
    if bracket > 0:
        raw = raw[:bracket]  # "بنغازي (ليبيا)": the place, not its gloss
    stripped = raw.strip(_PUNCT)
    offset = raw.find(stripped) if stripped else 0
    part = _Part(start + offset, start + offset + len(stripped), stripped, "")
    _classify(part)
    return part


def _classify(part: _Part) -> None:
    k = key(part.text)
    kind = credits().get(k)
    words = k.split()
    if kind is not None:
        part.kind = kind
    elif k in places():
        part.kind = "place"
    elif k in _TIME_WORDS:
        part.kind = "time"  # "عين اليوم – الجمعة": a day, not a place
    elif len(words) >= 2 and not any(w.startswith("ال") for w in words):
        part.kind = "name"  # "هيفاء عبدالله": a reporter; unlisted places carry the article
    else:
        part.kind = "unknown"


_TIME_WORDS = frozenset(
    key(w) for w in ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
) | {"اليوم", "امس"}
