"""Calendar conversion: the Umm al-Qura Hijri calendar through hijridate."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

HIJRI_YEARS = range(1343, 1501)  # what the Umm al-Qura tables cover (1924–2077)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date, or None if the date does not exist or is out of
    the Umm al-Qura range."""
    try:
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int] | None:
    try:
        return Gregorian(date.year, date.month, date.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        return None


def gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
