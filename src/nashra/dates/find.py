"""Find the dates an Arabic text states or implies, and resolve them to calendar days.

One pass of one regular expression over the normalised text finds the atoms: explicit
Gregorian dates in every month series (``24 سبتمبر 2021``, ``10 آب``), Hijri dates
(``25 شوال 1436 هـ``), numeric dates (``2-10-1436هـ``, ``2015/8/10``), relative days
(``اليوم``, ``أمس``, ``أول أمس``, ``الليلة الماضية``, ``غداً``) and weekday names. Atoms that stand
side by side (``اليوم الجمعة 24 سبتمبر 2021``, ``25 شوال 1436 هـ الموافق 10 اغسطس 2015 م``)
form one expression, whose parts are checked against each other: a weekday that does not fit
the date, or Hijri and Gregorian dates more than a day apart, become warnings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from nashra.data import rows
from nashra.dates.calendar import gregorian, gregorian_to_hijri, hijri_to_gregorian
from nashra.model import DateMention, Span
from nashra.text.normalize import ARABIC_LETTERS, Normalized, fold, normalize
from nashra.text.numbers import word_pattern, words_value

L = ARABIC_LETTERS
_NOT_AFTER_LETTER = rf"(?<![{L}\w])"
_NOT_BEFORE_LETTER = rf"(?![{L}\w])"
WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@cache
def _months() -> dict[str, tuple[str, int]]:
    """Normalised month form → (calendar, month number)."""
    return {fold(form): (calendar, int(month)) for calendar, month, form, _ in rows("months")}


@cache
def _weekdays() -> dict[str, int]:
    return {fold(form): int(day) for day, form in rows("weekdays")}


def _alternation(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


# Words that, right after "اليوم", make it a name ("اليوم الوطني") rather than today.
_YAWM_NOT_TODAY_AFTER = (
    "الوطني|العالمي|الدولي|الاول|الثاني|الثالث|الرابع|الخامس|التالي|الاخير|السابق|الموعود"
    "|المفتوح|الخليجي|العربي|المحدد|الذي|التي|نفسه|ذاته|الاولي|الختامي|الرياضي|السعودي"
)
# Words that, right before "اليوم", make it "nowadays", a name, or a span of time.
_YAWM_NOT_TODAY_BEFORE = (
    "عين|صحيفه|جريده|لصحيفه|لجريده|هذا|ذلك|نفس|حتي|منذ|الي|بحلول|قبل|طوال|مدار|حتى|وحتي"
)
_WEEKDAY_NOT_DAY_BEFORE = "صلاه|لصلاه|خطبه|خطيب|جامع|مسجد|يوم\\s+غير"
_MONTH_CONTEXT = r"(?:\s*(?:من\s+)?(?:شهر\s+)?)"
_YEAR_LINK = r"(?:\s*,?\s*(?:من\s+)?(?:عام|العام|لعام|سنه|لسنه)?\s*)"


@cache
def _pattern() -> re.Pattern[str]:
    months = _months()
    greg = _alternation([f for f, (cal, _) in months.items() if cal == "gregorian"])
    hijri = _alternation([f for f, (cal, _) in months.items() if cal == "hijri"])
    weekdays = _alternation(list(_weekdays()))
    word = word_pattern()
    day_words = rf"{word}(?:\s+{word}){{0,2}}"

    def day(name: str) -> str:
        return rf"(?:(?<!\d)(?P<{name}_n>[0-3]?\d)(?!\d)|(?P<{name}_w>{day_words}))"

    gregorian_date = (
        rf"(?P<g>{day('gd')}{_MONTH_CONTEXT}(?P<gm>{greg})(?:\s*\(?\s*(?:{greg})\s*\)?)?"
        rf"{_NOT_BEFORE_LETTER}(?:{_YEAR_LINK}(?P<gy>\d{{4}})(?!\d)(?:\s*م{_NOT_BEFORE_LETTER})?)?)"
    )
    hijri_date = (
        rf"(?P<h>{day('hd')}{_MONTH_CONTEXT}(?P<hm>{hijri}){_NOT_BEFORE_LETTER}"
        rf"(?:{_YEAR_LINK}(?P<hy>\d{{4}})(?!\d))?(?:\s*ه{_NOT_BEFORE_LETTER})?)"
    )
    numeric_date = (
        r"(?P<n>(?<![\d/.\-])(?P<n1>\d{1,4})\s*(?P<sep>[/\-.])\s*(?P<n2>\d{1,2})\s*(?P=sep)\s*"
        rf"(?P<n3>\d{{1,4}})(?![\d/]|\.\d)(?:\s*(?P<nh>ه){_NOT_BEFORE_LETTER})?)"
    )
    relative = (
        rf"(?P<r>{_NOT_AFTER_LETTER}(?:[وف]?(?:ب|بال|لل|ل)?)"
        r"(?:(?P<r_m2>امس\s+الاول|اول\s+امس|اول\s+من\s+امس)"
        r"|(?P<r_m1>امس|البارحه|الليله\s+الماضيه|مساء\s+البارحه)"
        r"|(?P<r_p2>بعد\s+غد)"
        r"|(?P<r_p1>غدا|غد|الغد)"
        rf"|(?<!{_YAWM_NOT_TODAY_BEFORE.replace('|', ' )(?<!')} )(?P<r_0>اليوم|الليله)"
        rf"(?!\s+(?:{_YAWM_NOT_TODAY_AFTER}){_NOT_BEFORE_LETTER}))"
        rf"{_NOT_BEFORE_LETTER})"
    )
    weekday = (
        rf"(?P<w>{_NOT_AFTER_LETTER}(?:[وف]?ب?)(?:يوم\s+)?(?P<wd>{weekdays}){_NOT_BEFORE_LETTER}"
        r"(?:\s+(?P<wdir>الماضي|الماضيه|الفائت|المنصرم|المقبل|القادم|المقبله|القادمه)"
        rf"{_NOT_BEFORE_LETTER})?)"
    )
    return re.compile("|".join([gregorian_date, hijri_date, numeric_date, relative, weekday]))


_JOINER = re.compile(r"[\s,()\[\]\-–—«»\"'/]*(?:(?:الموافق|الموافق\s+ل|في|م)[\s,()\-–—]*)?")
_NEXT_WORDS = frozenset({"المقبل", "القادم", "المقبله", "القادمه"})
_WEEKDAY_NOT_DAY = re.compile(rf"(?:{_WEEKDAY_NOT_DAY_BEFORE})\s*$")
# "الاثنين" is also "the two": it counts as Monday only beside another time word.
_AMBIGUOUS_WEEKDAYS = frozenset({fold("الاثنين")})
_TIME_CUE_BEFORE = re.compile(r"(?:يوم|اليوم|امس|غدا|مساء|صباح|ظهر|فجر|عصر|ليله|ليل|\()\s*$")


@dataclass(slots=True)
class _Atom:
    kind: str  # gregorian, hijri, numeric, relative, weekday
    start: int
    end: int
    date: dt.date | None = None  # explicit dates only
    hijri: tuple[int, int, int] | None = None
    needs_year: tuple[str, int, int] | None = None  # (calendar, month, day) without a year
    offset: int | None = None  # relative days
    weekday: int | None = None
    direction: str | None = None  # "past", "next" for weekdays
    problems: list[str] = field(default_factory=list)


def _day_value(match: re.Match[str], name: str) -> int | None:
    if match.group(f"{name}_n") is not None:
        value = int(match.group(f"{name}_n"))
    else:
        value = words_value(match.group(f"{name}_w").split())
    return value if value is not None and 1 <= value <= 31 else None


def _atom(match: re.Match[str], text: str) -> _Atom | None:
    kind = match.lastgroup
    start, end = match.span()
    months = _months()
    if kind == "g":
        day = _day_value(match, "gd")
        if day is None:
            return None
        month = months[_month_key(match.group("gm"))][1]
        if match.group("gy"):
            date = gregorian(int(match.group("gy")), month, day)
            return _Atom("gregorian", start, end, date=date) if date else None
        return _Atom("gregorian", start, end, needs_year=("gregorian", month, day))
    if kind == "h":
        day = _day_value(match, "hd")
        if day is None:
            return None
        month = months[_month_key(match.group("hm"))][1]
        if match.group("hy"):
            year = int(match.group("hy"))
            date = hijri_to_gregorian(year, month, day)
            if date is None:
                return None
            return _Atom("hijri", start, end, date=date, hijri=(year, month, day))
        return _Atom("hijri", start, end, needs_year=("hijri", month, day))
    if kind == "n":
        return _numeric_atom(match, start, end)
    if kind == "r":
        for group, offset in (("r_m2", -2), ("r_m1", -1), ("r_0", 0), ("r_p1", 1), ("r_p2", 2)):
            if match.group(group) is not None:
                return _Atom("relative", start, end, offset=offset)
        return None
    if kind == "w":
        name = match.group("wd")
        before = text[max(0, start - 12) : start]
        if _WEEKDAY_NOT_DAY.search(before):
            return None
        direction = None
        if match.group("wdir"):
            direction = "next" if match.group("wdir") in _NEXT_WORDS else "past"
        weekday = _weekdays()[name]
        atom = _Atom("weekday", start, end, weekday=weekday, direction=direction)
        if fold(name) in _AMBIGUOUS_WEEKDAYS and not direction:
            atom.problems.append("ambiguous")
            if _TIME_CUE_BEFORE.search(before):
                atom.problems.clear()
        return atom
    return None


def _month_key(raw: str) -> str:
    return re.sub(r"\s+", " ", raw)


def _numeric_atom(match: re.Match[str], start: int, end: int) -> _Atom | None:
    n1, n2, n3 = (match.group(g) for g in ("n1", "n2", "n3"))
    if len(n1) == 4 and len(n3) <= 2:
        year, month, day = int(n1), int(n2), int(n3)
    elif len(n3) == 4 and len(n1) <= 2:
        day, month, year = int(n1), int(n2), int(n3)
    else:
        return None
    hijri_marked = match.group("nh") is not None
    if hijri_marked or 1300 <= year <= 1500:
        date = hijri_to_gregorian(year, month, day)
        return _Atom("numeric", start, end, date=date, hijri=(year, month, day)) if date else None
    if 1900 <= year <= 2100:
        date = gregorian(year, month, day)
        return _Atom("numeric", start, end, date=date) if date else None
    return None


def _groups(atoms: list[_Atom], text: str) -> list[list[_Atom]]:
    """Atoms separated only by spaces, punctuation or "الموافق" form one expression."""
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups:
            last = groups[-1][-1]
            gap = text[last.end : atom.start]
            if len(gap) <= 20 and _JOINER.fullmatch(gap):
                groups[-1].append(atom)
                continue
        groups.append([atom])
    return groups


def _with_year(calendar: str, month: int, day: int, reference: dt.date) -> dt.date | None:
    """A day and month without a year: the nearest such date on or around the reference."""
    if calendar == "gregorian":
        candidates = [gregorian(reference.year + k, month, day) for k in (-1, 0, 1)]
    else:
        ref_hijri = gregorian_to_hijri(reference)
        if ref_hijri is None:
            return None
        candidates = [hijri_to_gregorian(ref_hijri[0] + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    return min(valid, key=lambda c: abs((c - reference).days))


def _resolve(group: list[_Atom], reference: dt.date | None) -> tuple[DateMention | None, list[str]]:
    warnings: list[str] = []
    explicit_g = explicit_h = None
    hijri = None
    relative = weekday = None
    for atom in group:
        date = atom.date
        if date is None and atom.needs_year and reference is not None:
            date = _with_year(*atom.needs_year, reference)
            if date is not None and atom.kind == "hijri":
                atom.hijri = gregorian_to_hijri(date)
        if atom.kind in ("hijri",) or (atom.kind == "numeric" and atom.hijri):
            explicit_h = explicit_h or date
            hijri = hijri or atom.hijri
        elif atom.kind in ("gregorian", "numeric"):
            explicit_g = explicit_g or date
        elif atom.kind == "relative" and relative is None:
            relative = atom
        elif atom.kind == "weekday" and weekday is None:
            weekday = atom
    lone_ambiguous = weekday is not None and weekday.problems and len(group) == 1
    if lone_ambiguous:
        return None, []
    if explicit_g and explicit_h and abs((explicit_g - explicit_h).days) > 1:
        warnings.append(
            f"Hijri date {_iso(hijri)} is {explicit_h.isoformat()}, "
            f"{abs((explicit_g - explicit_h).days)} days from the Gregorian {explicit_g.isoformat()}"
        )
    date = explicit_g or explicit_h
    kind = group[0].kind
    future = False
    if date is not None:
        kind = "hijri" if explicit_h and not explicit_g else "gregorian"
        if weekday is not None and date.weekday() != weekday.weekday:
            warnings.append(
                f"{WEEKDAY_NAMES[weekday.weekday]} does not fit {date.isoformat()}, "
                f"a {WEEKDAY_NAMES[date.weekday()]}"
            )
    elif reference is None:
        return None, warnings
    elif weekday is not None:
        future = weekday.direction == "next" or bool(relative and relative.offset > 0)
        date = _weekday_date(weekday.weekday, reference, weekday.direction, future)
        kind = "weekday"
        if relative is not None:
            by_relative = reference + dt.timedelta(days=relative.offset)
            if by_relative != date:
                warnings.append(
                    f"{WEEKDAY_NAMES[weekday.weekday]} is {date.isoformat()}, but the relative "
                    f"day says {by_relative.isoformat()} (reference {reference.isoformat()})"
                )
    elif relative is not None:
        date = reference + dt.timedelta(days=relative.offset)
        future = relative.offset > 0
        kind = "relative"
    if date is None:
        return None, warnings
    start, end = group[0].start, group[-1].end
    mention = DateMention(
        date=date,
        span=Span(start, end),
        kind=kind,
        hijri=hijri,
        weekday=weekday.weekday if weekday else None,
        future=future,
    )
    return mention, warnings


def _weekday_date(weekday: int, reference: dt.date, direction: str | None, future: bool) -> dt.date:
    back = (reference.weekday() - weekday) % 7
    if future:
        ahead = (weekday - reference.weekday()) % 7 or 7
        return reference + dt.timedelta(days=ahead)
    if direction == "past" and back == 0:
        back = 7
    return reference - dt.timedelta(days=back)


def _iso(hijri: tuple[int, int, int] | None) -> str:
    return "-".join(f"{p:02d}" for p in hijri) if hijri else "?"


def find_dates(
    text: str | Normalized, reference: dt.date | None = None
) -> tuple[list[DateMention], list[str]]:
    """Date expressions in ``text`` with the days they name, and warnings about them.

    ``reference`` is the day relative words count from (the dateline date, else the
    publication date); without it only explicit dates resolve. Spans are offsets into the
    original text.
    """
    normalized = text if isinstance(text, Normalized) else normalize(text)
    folded = normalized.text
    atoms = [a for m in _pattern().finditer(folded) if (a := _atom(m, folded)) is not None]
    mentions: list[DateMention] = []
    warnings: list[str] = []
    for group in _groups(atoms, folded):
        mention, problems = _resolve(group, reference)
        warnings.extend(problems)
        if mention is None:
            continue
        start, end = normalized.span_to_original(mention.span.start, mention.span.end)
        mentions.append(
            DateMention(
                mention.date,
                Span(start, end),
                mention.kind,
                mention.hijri,
                mention.weekday,
                mention.future,
            )
        )
    return mentions, warnings
