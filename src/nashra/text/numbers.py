"""Numbers written in words or digits: ``السادسة والسبعين`` → 76, ``الـ47`` → 47, ``٧٦`` → 76.

Works on normalised text (see :mod:`nashra.text.normalization`), so digits are ASCII and hamza
and taa marbuta are folded; callers map spans back with ``Normalized.span_to_original``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from nashra.data import rows
from nashra.text.normalization import ARABIC_LETTERS, fold
from nashra.text.trie import trie_pattern

_TEENS = frozenset({"عشر", "عشره"})  # normalised: عشرة → عشره


@dataclass(frozen=True, slots=True)
class NumberMatch:
    value: int
    start: int  # offsets in the normalised text searched
    end: int


@cache
def _lexicon() -> dict[str, tuple[int, str]]:
    return {fold(form): (int(value), kind) for form, value, kind in rows("numbers")}


@cache
def word_pattern() -> str:
    """A regular expression for one number word with its optional و and article."""
    return rf"(?:و?(?:ال|بال|لل)?{trie_pattern(_lexicon())})"


@cache
def _number_re() -> re.Pattern[str]:
    word = word_pattern()
    # A run of number words, each optionally joined by "و", or digits after an optional "الـ".
    return re.compile(
        rf"(?<![{ARABIC_LETTERS}\d])(?:(?:(?:ال|بال|لل) ?)?(?P<digits>\d+)(?!\d)"
        rf"|(?P<words>{word}(?:\s+{word})*)(?![{ARABIC_LETTERS}]))"
    )


def _strip(token: str) -> tuple[str, bool]:
    """Remove the conjunction and article; say whether the token started with و."""
    lexicon = _lexicon()
    joined = False
    if token.startswith("و") and token not in lexicon and token[1:]:
        token, joined = token[1:], True
    for article in ("بال", "لل", "ال"):
        if token.startswith(article) and token[len(article) :] in lexicon:
            return token[len(article) :], joined
    return token, joined


def words_value(tokens: list[str]) -> int | None:
    """The value of a sequence of normalised number words, or None if it is not a number."""
    lexicon = _lexicon()
    total = 0
    chunk = 0
    last_kind = None
    for i, raw in enumerate(tokens):
        token, joined = _strip(raw)
        if token not in lexicon:
            return None
        value, kind = lexicon[token]
        if i and not joined and not (kind == "scale" or token in _TEENS):
            return None  # two number words in a row need a "و" between them
        if token in _TEENS and last_kind == "unit" and not joined and 0 < chunk % 100 < 10:
            chunk += 10  # أحد عشر، الحادي عشر
        elif kind == "scale":
            total += (chunk or 1) * value
            chunk = 0
        else:
            chunk += value
        last_kind = kind
    return total + chunk


def find_numbers(normalized_text: str) -> Iterator[NumberMatch]:
    """Every number in ``normalized_text``, in digits or words."""
    for m in _number_re().finditer(normalized_text):
        if m.group("digits") is not None:
            yield NumberMatch(int(m.group("digits")), m.start(), m.end())
            continue
        tokens = m.group("words").split()
        # Take the longest prefix that parses; a trailing stray word is left out.
        for n in range(len(tokens), 0, -1):
            value = words_value(tokens[:n])
            if value is not None:
                end = _end_of_prefix(normalized_text, m.start("words"), tokens[:n])
                yield NumberMatch(value, m.start(), end)
                break


def _end_of_prefix(text: str, start: int, tokens: list[str]) -> int:
    pos = start
    for token in tokens:
        pos = text.index(token, pos) + len(token)
    return pos


def parse_number(text: str) -> int | None:
    """The number ``text`` is, if the whole of it is one: ``"السادسة والسبعين"`` → 76."""
    normalized = fold(text).strip()
    for match in find_numbers(normalized):
        if match.start == 0 and match.end == len(normalized):
            return match.value
        return None
    return None
