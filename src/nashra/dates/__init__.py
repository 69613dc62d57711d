"""Dates in Arabic news text: Gregorian and Hijri calendars, relative days, weekdays."""

from nashra.dates.calendar import gregorian_to_hijri, hijri_to_gregorian
from nashra.dates.find import find_dates, gregorian_month, is_time_word, is_weekday, time_words

__all__ = [
    "find_dates",
    "gregorian_month",
    "gregorian_to_hijri",
    "hijri_to_gregorian",
    "is_time_word",
    "is_weekday",
    "time_words",
]
