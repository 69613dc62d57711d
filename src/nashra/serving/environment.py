"""The settings ``nashra serve`` hands its worker processes in the environment (each
worker builds its app there; a token or a limit never appears in a process list): each
field of a settings dataclass as ``<PREFIX><FIELD>``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")

READING = "NASHRA_MAX_"  # nashra.reading.Limits: NASHRA_MAX_DOCUMENT …
QUERY = "NASHRA_MAX_QUERY_"  # nashra.search.query.QueryLimits: NASHRA_MAX_QUERY_LENGTH …


def as_environment(settings: Any, prefix: str) -> dict[str, str]:
    return {prefix + f.name.upper(): str(getattr(settings, f.name)) for f in fields(settings)}


def from_environment(cls: type[T], env: Mapping[str, str], prefix: str) -> T:
    """``cls`` with the fields the environment sets, the others at their defaults."""
    defaults = cls()
    return cls(
        **{
            f.name: int(env.get(prefix + f.name.upper()) or getattr(defaults, f.name))
            for f in fields(defaults)
        }
    )
