"""Dates in every written form the Arab press uses, checked against each other."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nashra.data import rows
from nashra.dates import find_dates, gregorian_to_hijri, hijri_to_gregorian, is_time_word
from nashra.dates.find import WEEKDAY_NAMES
from nashra.text.normalization import fold

MONTH_FORMS: dict[tuple[str, int], list[str]] = {}
for calendar, month, form, _series in rows("months"):
    MONTH_FORMS.setdefault((calendar, int(month)), []).append(form)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
dates = st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2075, 12, 31))


def only(text: str, reference: dt.date | None = None) -> dt.date:
    mentions, warnings = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    assert warnings == []
    return mentions[0].date


@given(dates, st.data())
def test_gregorian_dates_round_trip_in_every_month_series(date, data):
    form = data.draw(st.sampled_from(MONTH_FORMS[("gregorian", date.month)]))
    digits = data.draw(st.sampled_from([str.maketrans("", ""), ARABIC_INDIC]))
    text = f"{date.day} {form} {date.year}".translate(digits)
    assert only(f"وقال في {text} م إن") == date


@given(dates, st.data())
def test_hijri_dates_round_trip_through_umm_al_qura(date, data):
    year, month, day = gregorian_to_hijri(date)
    form = data.draw(st.sampled_from(MONTH_FORMS[("hijri", month)]))
    mark = data.draw(st.sampled_from(["هـ", "ه", " هـ", ""]))
    mentions, _ = find_dates(f"صدر في {day} {form} {year}{mark} القرار")
    assert [(m.date, m.hijri) for m in mentions] == [(date, (year, month, day))]


@given(dates, st.sampled_from(["{d}/{m}/{y}", "{y}/{m}/{d}", "{d}-{m}-{y}"]))
def test_numeric_gregorian_dates_round_trip(date, pattern):
    assert only(pattern.format(d=date.day, m=date.month, y=date.year)) == date


@given(dates)
def test_numeric_hijri_dates_round_trip(date):
    year, month, day = gregorian_to_hijri(date)
    assert only(f"بتاريخ {day}/{month}/{year}هـ") == date


@given(dates)
def test_calendar_conversion_round_trips(date):
    assert hijri_to_gregorian(*gregorian_to_hijri(date)) == date


@given(dates, st.integers(0, 6))
def test_a_weekday_is_the_most_recent_such_day_on_or_before_the_reference(reference, weekday):
    date = only(f"وأعلن {WEEKDAY_NAMES[weekday]} أن", reference) if weekday != 0 else None
    if date is not None:
        assert date.weekday() == weekday
        assert 0 <= (reference - date).days < 7


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("اليوم", 0),
        ("أمس", -1),
        ("مساء أمس", -1),
        ("البارحة", -1),
        ("أول أمس", -2),
        ("أمس الأول", -2),
        ("أول من أمس", -2),
        # the night before last, as the Gulf press writes it: "توفي البارحة الأولى"
        ("البارحة الأولى", -2),
        ("الليلة الماضية", -1),
        ("بالأمس", -1),
        ("قبل يومين", -2),
        ("منذ يومين", -2),
        # today by a part of it
        ("هذا الصباح", 0),
        ("هذا المساء", 0),
        ("صباح هذا اليوم", 0),
        ("مساء هذا اليوم", 0),
    ],
)
def test_relative_days_count_from_the_reference(text, days):
    reference = dt.date(2015, 8, 10)
    assert only(f"وقع الحادث {text} في", reference) == reference + dt.timedelta(days=days)


def test_two_days_for_a_while_is_no_day():
    mentions, _ = find_dates("استمر المعرض لمدة يومين في الرياض", dt.date(2015, 8, 10))
    assert mentions == []


def test_a_bare_monday_is_monday_unless_the_words_around_make_it_the_two():
    # "الاثنين" is also "the two", but in the news a bare one is nearly always Monday
    said = only("أعلن الحرس المدني الاثنين أن مهاجرا توفي", dt.date(2015, 8, 5))
    assert said == dt.date(2015, 8, 3)
    assert only("أعلنت الشرطة الإثنين أنها اعتقلت شخصين", dt.date(2015, 8, 5)) == said
    assert only("وقد سقطت الاثنين فوق ضاحية شنغهاي", dt.date(2015, 8, 5)) == said
    for the_two in ("اتفق كلا الاثنين في الرأي", "جمع الاثنين معاً في الصورة", "أحد الاثنين"):
        assert find_dates(the_two, dt.date(2015, 8, 5))[0] == []


def test_tomorrow_is_marked_as_future():
    mentions, _ = find_dates("يبحث المسؤولون غداً الإطار العام", dt.date(2015, 8, 10))
    assert mentions[0].future and mentions[0].date == dt.date(2015, 8, 11)


def test_relative_words_without_a_reference_resolve_to_nothing():
    assert find_dates("التقى أمس الوزير") == ([], [])


def test_the_spa_double_dateline_is_one_date_with_both_calendars():
    # http://www.spa.gov.sa/details.php?id=1386810 (dev gold: hijri_date 1436-10-25)
    text = "جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"
    mentions, warnings = find_dates(text)
    assert warnings == []
    assert [(m.date, m.hijri) for m in mentions] == [(dt.date(2015, 8, 10), (1436, 10, 25))]
    assert text[mentions[0].span.start : mentions[0].span.end].startswith("25 شوال")


def test_hijri_and_gregorian_more_than_a_day_apart_is_a_warning():
    mentions, warnings = find_dates("25 شوال 1436 هـ الموافق 20 اغسطس 2015 م")
    assert mentions[0].date == dt.date(2015, 8, 20)
    assert len(warnings) == 1 and "10 days" in warnings[0]


def test_a_weekday_that_does_not_fit_the_date_is_a_warning():
    # The seed's own line is consistent: Friday 24 September 2021.
    assert find_dates("اليوم الجمعة 24  سبتمبر 2021")[1] == []
    mentions, warnings = find_dates("اليوم الخميس 24 سبتمبر 2021")
    assert mentions[0].date == dt.date(2021, 9, 24)
    assert "الخميس does not fit 2021-09-24" in warnings[0]


def test_today_with_a_weekday_follows_the_weekday_and_says_so():
    # dev gold: "اليوم الخميس" published on a Friday is the Thursday.
    mentions, warnings = find_dates("تساءل الإعلامي، اليوم الخميس، عما", dt.date(2015, 7, 24))
    assert mentions[0].date == dt.date(2015, 7, 23)
    assert warnings and "relative day says 2015-07-24" in warnings[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثامن من شهر أغسطس", dt.date(2015, 8, 8)),
        ("الخامس والعشرين من يوليو", dt.date(2015, 7, 25)),
        ("في 14 يوليو تموز", dt.date(2015, 7, 14)),  # Reuters' double month names
        ("في 14 يوليو (تموز)", dt.date(2015, 7, 14)),
        ("10 آب", dt.date(2015, 8, 10)),
        ("12 شتنبر", dt.date(2015, 9, 12)),
        ("3 أوت 2015", dt.date(2015, 8, 3)),
        ("أول أيام عيد الفطر", dt.date(2015, 7, 17)),
        ("ثاني أيام العيد", dt.date(2015, 7, 18)),
    ],
)
def test_day_and_month_forms(text, expected):
    mentions, _ = find_dates(text, dt.date(2015, 8, 10))
    assert mentions[0].date == expected


@pytest.mark.parametrize(
    "text",
    [
        "عين اليوم – متابعات",
        "اليوم الوطني",
        "حتى الآن",
        "بين الاثنين",
        "صلاة الجمعة",
        "كتاب الأب",
        "أمسية شعرية",
        "بمناسبة عيد الفطر",
        "الإصدار 2.3.1",
        "في مثل هذا اليوم",
        "في الصباح الباكر",
        "صحيفة الصباح",
    ],
)
def test_words_that_look_like_dates_but_are_not(text):
    assert find_dates(text, dt.date(2015, 8, 10))[0] == []


def test_offsets_point_into_the_original_text_with_diacritics():
    text = "وصلَ الوفدُ غداً إلى جُدَّة يومَ ٢٤ سبتمبرَ ٢٠٢١م"
    mentions, _ = find_dates(text)
    assert text[mentions[0].span.start : mentions[0].span.end] == "٢٤ سبتمبرَ ٢٠٢١م"


def test_a_period_is_a_time_word_only_with_its_adjective():
    # "الأسبوع الماضي" tells when; "المدير العام" has no time in it
    assert is_time_word(fold("الأسبوع"), fold("الماضي"))
    assert is_time_word(fold("الخميس"))
    assert not is_time_word(fold("العام"))
    assert not is_time_word(fold("العام"), fold("للتعليم"))
