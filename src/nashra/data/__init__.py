"""Reference data shipped with nashra: tab-separated files, read once and cached.

Each file says in its header how it was made; those generated from well-kept sources (CLDR
through Babel) are rebuilt by ``scripts/build_data.py``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>.tsv``, skipping blank lines and ``#`` comments."""
    text = files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def forms(name: str) -> frozenset[str]:
    """The first column of ``data/<name>.tsv`` as a set: a list of words."""
    return frozenset(row[0] for row in rows(name))
