"""Look-ups in the reference data: places, agencies and credits, by normalised form."""

from __future__ import annotations

from functools import cache

from nashra.data import rows
from nashra.text.normalization import fold


def key(text: str) -> str:
    """The look-up key of a name: normalised, with spaces collapsed."""
    return " ".join(fold(text).split())


@cache
def places() -> frozenset[str]:
    return frozenset(key(form) for form, _kind, _state, _source in rows("places"))


@cache
def credits() -> dict[str, str]:
    """Normalised form → kind: "agency", "newspaper" or "generic"."""
    out = {}
    for form, kind, _name in rows("agencies"):
        out[key(form)] = kind
        out[key(form).replace(".", " ").replace("  ", " ")] = kind
    return out


@cache
def _longest_place() -> int:
    return max(len(p.split()) for p in places())


def place_prefix(words: list[str]) -> int:
    """How many of ``words`` (normalised) at the start form a known place, or 0."""
    known = places()
    for n in range(min(len(words), _longest_place()), 0, -1):
        if " ".join(words[:n]) in known:
            return n
    return 0


def credit_prefix(words: list[str]) -> int:
    known = credits()
    for n in range(min(len(words), 4), 0, -1):
        if " ".join(words[:n]) in known:
            return n
    return 0
