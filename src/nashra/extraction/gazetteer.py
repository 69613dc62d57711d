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
def place_states() -> dict[str, str]:
    """Normalised place name → the state it lies in (data/places.tsv), for names of one
    state only (عمان, folded, is Amman and Oman)."""
    found: dict[str, set[str]] = {}
    for form, _kind, state, _source in rows("places"):
        if state:
            found.setdefault(key(form), set()).add(state)
    return {name: next(iter(states)) for name, states in found.items() if len(states) == 1}


@cache
def credits() -> dict[str, str]:
    """Normalised form → kind: "agency", "newspaper" or "generic"."""
    out = {}
    for form, kind, _name, _state in rows("agencies"):
        out[key(form)] = kind
        out[key(form).replace(".", " ").replace("  ", " ")] = kind
    return out


@cache
def agency_states() -> dict[str, str]:
    """Normalised form of a national news agency → its state ("واس" → SAU)."""
    return {key(form): state for form, _kind, _name, state in rows("agencies") if state}


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
