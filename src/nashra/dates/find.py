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
from dataclasses import dataclass, field, replace
from functools import cache

from nashra.data import rows
from nashra.dates.calendar import gregorian, gregorian_to_hijri, hijri_to_gregorian
from nashra.model import DateMention, Span
from nashra.text.normalization import ARABIC_LETTERS, Normalized, fold, normalize
from nashra.text.numbers import word_pattern, words_value
from nashra.text.trie import trie_pattern

L = ARABIC_LETTERS
WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@cache
def _months() -> dict[str, tuple[str, int]]:
    """Normalised month form → (calendar, month number)."""
    return {fold(form): (calendar, int(month)) for calendar, month, form, _ in rows("months")}


@cache
def _holidays() -> dict[str, tuple[int, int]]:
    """Normalised feast name → (Hijri month, day); (0, 0) for a bare "العيد"."""
    return {fold(form): (int(month), int(day)) for form, month, day in rows("holidays")}


@cache
def _weekdays() -> dict[str, int]:
    return {fold(form): int(day) for day, form in rows("weekdays")}


_PERIODS = frozenset(fold(w) for w in ("الأسبوع", "الشهر", "العام", "السنة", "الأسابيع", "الأشهر"))
_PERIOD_ADJECTIVES = frozenset(
    fold(w)
    for w in ("الماضي", "الماضية", "المنصرم", "الفائت", "الجاري", "الحالي", "المقبل", "القادم")
)


def gregorian_month(word: str) -> int | None:
    """The Gregorian month a folded word names, in any of its series ("يونيو"، "حزيران")."""
    found = _months().get(word)
    return found[1] if found is not None and found[0] == "gregorian" else None


@cache
def time_words() -> frozenset[str]:
    """Every folded word ``is_time_word`` may say yes to: a quick first test."""
    return frozenset(_weekdays()) | frozenset(_months()) | _PERIODS | _LAST_NIGHT


def is_weekday(word: str) -> bool:
    """Whether a folded word is a weekday's name (data/weekdays.tsv)."""
    return word in _weekdays()


def is_time_word(word: str, following: str = "") -> bool:
    """Whether a folded word names a day, a month or (with the word after it) a period
    ("الأسبوع الماضي"): a time told after a name or an office, not part of it."""
    if word in _weekdays() or word in _months() or word in _LAST_NIGHT:
        return True
    return word in _PERIODS and following in _PERIOD_ADJECTIVES


# "وزير الدفاع البارحة الأولى": last night (or the night before), with the article, read
# after an office as a word of it without this
_LAST_NIGHT = frozenset({"البارحه"})


def _alternation(forms: list[str]) -> str:
    # Month names of two words may be set with any run of spaces between them.
    return trie_pattern(forms).replace(r"\ ", r"\s+")


# Words that, right after "اليوم", make it a name ("اليوم الوطني") rather than today.
_NOT_TODAY_AFTER = frozenset(
    [
        "الوطني",
        "العالمي",
        "الدولي",
        "الاول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "التالي",
        "الاخير",
        "السابق",
        "الموعود",
        "المفتوح",
        "الخليجي",
        "العربي",
        "المحدد",
        "الذي",
        "التي",
        "نفسه",
        "ذاته",
        "الاولي",
        "الختامي",
        "الرياضي",
        "السعودي",
    ]
)
# Words that, right before "اليوم", make it "nowadays", a name, or a span of time.
_NOT_TODAY_BEFORE = frozenset(
    [
        "عين",
        "صحيفه",
        "جريده",
        "لصحيفه",
        "لجريده",
        "هذا",
        "ذلك",
        "نفس",
        "حتي",
        "منذ",
        "الي",
        "بحلول",
        "قبل",
        "طوال",
        "مدار",
        "وحتي",
    ]
)
_NOT_NOW_BEFORE = frozenset(["حتي", "الي", "لحد", "لغايه", "منذ", "من", "وحتي"])
_NOT_WEEKDAY_BEFORE = frozenset(["صلاه", "لصلاه", "خطبه", "خطيب", "جامع", "مسجد"])
# "الاثنين" is also "the two" ("بين الاثنين"، "كلا الاثنين"، "الاثنين معاً"); of its 1,066
# bare uses in SaudiNewsNet nearly all are Monday ("أكد البنتاغون الاثنين أن"، "وقد سقطت
# الاثنين فوق"), so only those words make it the number.
_AMBIGUOUS_WEEKDAYS = frozenset({fold("الاثنين")})
_TWO_BEFORE = frozenset(fold(w) for w in ("بين", "كلا", "لكلا", "أحد", "إحدى", "هذين", "هذان"))
_TWO_AFTER = frozenset(fold(w) for w in ("معا", "معاً", "كلاهما", "كليهما"))
_TIME_WORDS = frozenset(
    ["يوم", "اليوم", "امس", "غدا", "مساء", "صباح", "ظهر", "فجر", "عصر", "ليله", "ليل"]
)
_NEXT_WORDS = frozenset({"المقبل", "القادم", "المقبله", "القادمه"})
# "هذا الصباح"، "صباح هذا اليوم": today, by a part of it
_THIS = "هذا"
_PARTS_OF_TODAY = frozenset({"الصباح", "المساء"})
_DAY_PARTS = frozenset({"صباح", "مساء", "ظهر", "عصر", "فجر", "ظهيره", "صبيحه"})
_AGO = frozenset({"قبل", "منذ"})
# "أعلن الحرس المدني الاثنين أن …": a weekday that opens what was said
_SAID_AFTER = frozenset({"ان", "عن"})
_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ال", "بال", "وب", "وبال", "فب", "لل", "ول"})
_YEAR_LINK = r"(?:\s*,?\s*(?:من\s+)?(?:عام|العام|لعام|سنه|لسنه)?\s*)"
_NO_LETTER = rf"(?![{L}])"


@cache
def _anchors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words without which no date expression can be there: a month or weekday name, a
    relative day, a feast; and digits around a date separator. Two scans for them (each
    a tight loop in the regex engine), then a small match at each hit, keep date finding
    linear and fast."""
    words = {*_months(), *_holidays(), *_weekdays()}
    words |= {"امس", "البارحه", "اليوم", "الليله", "غدا", "غد", "الغد", "الان", "يومين"}
    words |= _PARTS_OF_TODAY
    # A month name of two letters ("آب") is everywhere inside words: anchor it at its day.
    short = {w for w in _months() if len(w) <= 2}
    # Both scans start with one cheap test (a word start; a digit) that most positions fail,
    # before the regex engine walks the alternation. Proclitics are tried shortest first,
    # so the anchor is where a scan from every position would have found it first.
    proclitics = sorted(_PROCLITICS - {""}, key=lambda p: (len(p), p))
    word_scan = re.compile(
        rf"(?<![{L}])(?:{'|'.join(proclitics)})??"
        rf"(?P<word>{_alternation(list(words - short))}){_NO_LETTER}"
    )
    digit_scan = re.compile(
        rf"\d(?:(?P<numeric>\s*[/\-.]\s*\d)|\s*(?P<short>{trie_pattern(short)}){_NO_LETTER})"
    )
    return word_scan, digit_scan


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = _months()
    greg = _alternation([f for f, (cal, _) in months.items() if cal == "gregorian"])
    every = _alternation(list(months))
    word = word_pattern()
    return {
        # matched at a month name: the month, a second name of it, the year, the era mark
        "month": re.compile(
            rf"(?P<month>{every}){_NO_LETTER}(?:\s*\(?\s*(?:{greg})\s*\)?{_NO_LETTER})?"
            rf"(?:{_YEAR_LINK}(?P<year>\d{{4}})(?!\d))?(?:\s*(?P<era>م|ه){_NO_LETTER})?"
        ),
        # searched just before a month name: its day, in digits or words
        "day": re.compile(
            rf"(?:(?<!\d)(?P<digits>[0-3]?\d)|(?<![{L}])(?P<words>{word}(?:\s+{word}){{0,2}}))"
            r"\s*(?:من\s+)?(?:شهر\s+)?$"
        ),
        "weekday": re.compile(
            rf"(?P<wd>{_alternation(list(_weekdays()))}){_NO_LETTER}"
            rf"(?:\s+(?P<wdir>الماضي|الماضيه|الفائت|المنصرم|المقبل|القادم|المقبله|القادمه){_NO_LETTER})?"
        ),
        "relative": re.compile(
            r"(?:(?P<r_m2>امس\s+الاول|البارحه\s+الاولي)|(?P<r_m1>امس|البارحه|الليله\s+الماضيه)"
            rf"|(?P<r_p1>غدا|غد|الغد)|(?P<r_0>اليوم|الليله)|(?P<now>الان)|(?P<two>يومين)"
            rf"|(?P<part>{'|'.join(sorted(_PARTS_OF_TODAY))}))"
            rf"{_NO_LETTER}"
        ),
        # matched at a feast's name, which must follow a day word: "ثاني أيام عيد الفطر"
        "feast": re.compile(rf"(?P<feast>{_alternation(list(_holidays()))}){_NO_LETTER}"),
        "feast_day": re.compile(
            r"(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+(?:ايام|يوم)|(?P<on>يوم|صباح|صبيحه|ظهر|مساء|عصر))"
            r"\s+$"
        ),
        "numeric": re.compile(
            r"(?P<n1>\d{1,4})\s*(?P<sep>[/\-.])\s*(?P<n2>\d{1,2})\s*(?P=sep)\s*"
            rf"(?P<n3>\d{{1,4}})(?![\d/]|\.\d)(?:\s*(?P<nh>ه){_NO_LETTER})?"
        ),
    }


_JOINER = re.compile(r"[\s,()\[\]\-–—«»\"'/]*(?:(?:الموافق|الموافق\s+ل|في|م|ه|يوم)[\s,()\-–—]*)?")
_DAY_REACH = 45  # characters before a month name where its day can start
_PREVIOUS_WORD = re.compile(rf"([{L}]+)\s*$")
_NEXT_WORD = re.compile(rf"\s*([{L}]+)")


@dataclass(slots=True)
class _Atom:
    kind: str  # gregorian, hijri, numeric, relative, now, weekday
    start: int
    end: int
    date: dt.date | None = None  # explicit dates only
    hijri: tuple[int, int, int] | None = None
    needs_year: tuple[str, int, int] | None = None  # (calendar, month, day) without a year
    offset: int | None = None  # relative days
    weekday: int | None = None
    direction: str | None = None  # "past", "next" for weekdays
    problems: list[str] = field(default_factory=list)


def _word_start(text: str, pos: int) -> tuple[int, str]:
    """Where the word holding ``pos`` starts, and the letters before ``pos`` in it."""
    start = pos
    while start > 0 and _is_letter(text[start - 1]):
        start -= 1
    return start, text[start:pos]


def _is_letter(char: str) -> bool:
    return char.isalpha()


def _previous_word(text: str, pos: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1) if m else ""


def _atom_at(anchor: re.Match[str], text: str) -> _Atom | None:
    pos = anchor.start(anchor.lastgroup)
    patterns = _patterns()
    if anchor.lastgroup == "numeric":
        while pos and text[pos - 1].isdigit():
            pos -= 1  # the scan found the separator after the last digit
        if pos and text[pos - 1] in "/-.":
            return None
        m = patterns["numeric"].match(text, pos)
        return _numeric_atom(m, pos, m.end()) if m else None
    word_start, before = _word_start(text, pos)
    if before not in _PROCLITICS:
        return None  # the anchor is the tail of another word
    for kind in ("month", "weekday", "relative", "feast"):
        m = patterns[kind].match(text, pos)
        if m is not None:
            break
    else:
        return None
    if kind == "month":
        if before:
            return None
        return _month_atom(m, text, pos)
    if kind == "weekday":
        return _weekday_atom(m, text, word_start)
    if kind == "feast":
        return _feast_atom(m, text, word_start) if not before or before == "ال" else None
    return _relative_atom(m, text, word_start)


_ORDINAL_DAYS = {"اول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}


def _feast_atom(m: re.Match[str], text: str, word_start: int) -> _Atom | None:
    day = _patterns()["feast_day"].search(text, max(0, word_start - 16), word_start)
    if day is None:
        return None  # "بمناسبة عيد الفطر" names the feast, not a day
    month, first = _holidays()[_month_key(m.group("feast"))]
    offset = _ORDINAL_DAYS.get(day.group("nth") or "", 0)
    return _Atom("hijri", day.start(), m.end(), needs_year=("feast", month, first + offset))


def _month_atom(m: re.Match[str], text: str, pos: int) -> _Atom | None:
    day_match = _patterns()["day"].search(text, max(0, pos - _DAY_REACH), pos)
    if day_match is None:
        return None
    if day_match.group("digits") is not None:
        day = int(day_match.group("digits"))
    else:
        day = words_value(day_match.group("words").split())
    if day is None or not 1 <= day <= 31:
        return None
    calendar, month = _months()[_month_key(m.group("month"))]
    start, end = day_match.start(), m.end()
    if (m.group("era") == "م" and calendar == "hijri") or (
        m.group("era") == "ه" and calendar == "gregorian"
    ):
        end = m.start("era")  # the mark belongs to the next date ("1436 هـ الموافق …")
    if m.group("year"):
        year = int(m.group("year"))
        if calendar == "hijri":
            date = hijri_to_gregorian(year, month, day)
            return _Atom("hijri", start, end, date=date, hijri=(year, month, day)) if date else None
        date = gregorian(year, month, day)
        return _Atom("gregorian", start, end, date=date) if date else None
    return _Atom(calendar, start, end, needs_year=(calendar, month, day))


def _weekday_atom(m: re.Match[str], text: str, word_start: int) -> _Atom | None:
    previous = _previous_word(text, word_start)
    if previous in _NOT_WEEKDAY_BEFORE:
        return None
    direction = None
    if m.group("wdir"):
        direction = "next" if m.group("wdir") in _NEXT_WORDS else "past"
    atom = _Atom(
        "weekday", word_start, m.end(), weekday=_weekdays()[m.group("wd")], direction=direction
    )
    bracketed = text[max(0, word_start - 3) : word_start].rstrip().endswith("(")
    following = _NEXT_WORD.match(text, m.end())
    said = following is not None and following.group(1) in _SAID_AFTER
    cued = direction or previous in _TIME_WORDS or bracketed or said
    the_two = previous in _TWO_BEFORE or (
        following is not None and fold(following.group(1)) in _TWO_AFTER
    )
    if m.group("wd") in _AMBIGUOUS_WEEKDAYS and not cued and the_two:
        atom.problems.append("ambiguous")
    return atom


def _relative_atom(m: re.Match[str], text: str, word_start: int) -> _Atom | None:
    previous = _previous_word(text, word_start)
    start = word_start
    if m.group("now") is not None:
        # "الآن" is the day of writing, unless it closes "حتى الآن" (so far).
        if previous in _NOT_NOW_BEFORE:
            return None
        return _Atom("now", start, m.end(), offset=0)
    if m.group("part") is not None:
        # "هذا الصباح": this morning (not "في الصباح", any morning)
        if previous != _THIS:
            return None
        return _Atom("relative", text.rfind(_THIS, 0, start), m.end(), offset=0)
    if m.group("r_0") is not None:
        following = _NEXT_WORD.match(text, m.end())
        if previous == _THIS and _previous_word(text, start - len(_THIS) - 1) in _DAY_PARTS:
            # "صباح هذا اليوم": this morning (but "في مثل هذا اليوم": on this day, years ago)
            start = text.rfind(_THIS, 0, start)
            part = _previous_word(text, start)
            return _Atom("relative", text.rfind(part, 0, start), m.end(), offset=0)
        if previous in _NOT_TODAY_BEFORE or (following and following.group(1) in _NOT_TODAY_AFTER):
            return None
        return _Atom("relative", start, m.end(), offset=0)
    if m.group("r_m2") is not None:
        return _Atom("relative", start, m.end(), offset=-2)
    if m.group("two") is not None:
        # "قبل يومين", "منذ يومين": two days before; "لمدة يومين" is no day at all
        if previous not in _AGO:
            return None
        return _Atom("relative", text.rfind(previous, 0, start), m.end(), offset=-2)
    if m.group("r_m1") is not None:
        if previous == "اول" or (previous == "من" and _previous_word(text, start - 4) == "اول"):
            start = text.rfind("اول", 0, start)
            return _Atom("relative", start, m.end(), offset=-2)
        return _Atom("relative", start, m.end(), offset=-1)
    if previous == "بعد":
        return _Atom("relative", text.rfind("بعد", 0, start), m.end(), offset=2)
    return _Atom("relative", start, m.end(), offset=1)


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
    """A day and month without a year: the nearest such date on or around the reference.
    A feast ("feast", month, day) is the last one on or before the reference; month 0 means
    either Eid, counting ``day`` days into it."""
    if calendar == "feast":
        return _last_feast(month, day, reference)
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


def _last_feast(month: int, day: int, reference: dt.date) -> dt.date | None:
    feasts = [(month, day)] if month else [(10, 1 + day), (12, 10 + day)]
    ref_hijri = gregorian_to_hijri(reference)
    if ref_hijri is None:
        return None
    candidates = [
        date
        for m, d in feasts
        for k in (-1, 0)
        if (date := hijri_to_gregorian(ref_hijri[0] + k, m, d)) is not None and date <= reference
    ]
    return max(candidates, default=None)


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
        elif atom.kind in ("relative", "now") and relative is None:
            relative = atom
        elif atom.kind == "weekday" and weekday is None:
            weekday = atom
    lone_ambiguous = weekday is not None and weekday.problems and len(group) == 1
    if lone_ambiguous:
        return None, []
    apart = abs((explicit_g - explicit_h).days) if explicit_g and explicit_h else 0
    if apart > 1:
        warnings.append(
            f"Hijri date {_iso(hijri)} is {explicit_h.isoformat()}, {apart} days from "
            f"the Gregorian {explicit_g.isoformat()}"
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
        kind = relative.kind
    if date is None:
        return None, warnings
    start, end = group[0].start, group[-1].end
    if reference is not None and date > reference:
        future = True
    mention = DateMention(
        date=date,
        span=Span(start, end),
        kind=kind,
        hijri=hijri,
        weekday=weekday.weekday if weekday else None,
        future=future,
        relative=relative.offset if relative else None,
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
    text: str | Normalized, reference: dt.date | None = None, limit: int | None = None
) -> tuple[list[DateMention], list[str]]:
    """Date expressions in ``text`` with the days they name, and warnings about them.

    ``reference`` is the day relative words count from (the dateline date, else the
    publication date); without it only explicit dates resolve. ``limit`` stops the search
    that many characters into the (normalised) text. Spans are offsets into the original.
    """
    normalized = text if isinstance(text, Normalized) else normalize(text)
    folded = normalized.text
    end = len(folded) if limit is None else min(limit, len(folded))
    atoms: list[_Atom] = []
    word_scan, digit_scan = _anchors()
    anchors = [*word_scan.finditer(folded, 0, end), *digit_scan.finditer(folded, 0, end)]
    anchors.sort(key=lambda a: a.start())
    for anchor in anchors:
        atom = _atom_at(anchor, folded)
        if atom is not None and not (atoms and atom.start < atoms[-1].end):
            atoms.append(atom)
    mentions: list[DateMention] = []
    warnings: list[str] = []
    for group in _groups(atoms, folded):
        mention, problems = _resolve(group, reference)
        warnings.extend(problems)
        if mention is None:
            continue
        start, end = normalized.span_to_original(mention.span.start, mention.span.end)
        mentions.append(replace(mention, span=Span(start, end)))
    return mentions, warnings
