"""Numbers in words and digits, as bulletins write occasions and sessions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nashra.text import find_numbers, fold, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("السادسة والسبعين", 76),  # the seed: "الدورة السادسة والسبعين"
        ("الـ47", 47),
        ("الـ 47", 47),
        ("٧٦", 76),
        ("۷۶", 76),
        ("الحادي عشر", 11),
        ("الحادية عشرة", 11),
        ("الخامس والعشرين", 25),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("ألفين وخمسة عشر", 2015),
        ("مئتين وعشرين", 220),
        ("عشرون", 20),
        ("الأولى", 1),
    ],
)
def test_parses_number_words_and_digits(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["الدورة", "السادسة الدورة", "", "وزير"])
def test_text_that_is_not_a_number_is_none(text):
    assert parse_number(text) is None


def test_finds_the_session_number_in_the_seed_sentence(seed_text):
    folded = fold(seed_text)
    values = [m.value for m in find_numbers(folded)]
    assert 76 in values
    match = next(m for m in find_numbers(folded) if m.value == 76)
    assert folded[match.start : match.end] in ("السادسه والسبعين", "76")


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip_in_every_script(value):
    ascii_digits = str(value)
    arabic_indic = ascii_digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    persian = ascii_digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert parse_number(ascii_digits) == value
    assert parse_number(arabic_indic) == value
    assert parse_number(persian) == value
