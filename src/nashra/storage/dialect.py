"""The few pieces of SQL that SQLite and PostgreSQL write differently.

nashra's statements are written once, with ``?`` parameters, in the SQL both databases
share; where they part — full-text matching and ranking, index hints, lists of ids — a
statement asks the archive's dialect.
"""

from __future__ import annotations

from dataclasses import dataclass

from nashra.text.analysis import RANKING


@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def indexed_by(self, index: str) -> str:
        """An index hint: SQLite's planner may need one; PostgreSQL's has statistics."""
        return "" if self.postgres else f"INDEXED BY {index}"

    def by_id(self, column: str) -> str:
        """An id column to order or bound a full-text match by. On PostgreSQL, written so
        that the primary key cannot serve: its planner would walk the key and read every
        row's tsvector (a cost it does not see) rather than ask the GIN index."""
        return f"({column} + 0)" if self.postgres else column

    def text_table(self, part: str) -> str:
        """A part of the full-text index (see :mod:`nashra.storage.text_parts`) as a FROM
        item named ``item_text``, whichever part it is."""
        return "item_text" if self.postgres else f"{part} AS item_text"

    def match(self, part: str) -> str:
        """The condition that an item's text matches the query given as a parameter (an
        FTS5 expression on SQLite, a tsquery on PostgreSQL; see :mod:`nashra.search.query`)."""
        if self.postgres:
            return "item_text.terms @@ CAST(? AS tsquery)"
        return f"item_text.{part} MATCH ?"  # FTS5 names the column after the table

    def rank(self, part: str) -> str:
        """The relevance of a matching item, lower first. SQLite ranks by BM25 over the
        exact and stem columns; PostgreSQL by ``ts_rank`` with the same 2:1 weights (exact
        forms are the A lexemes, stems the B ones), normalised by the item's length. On
        PostgreSQL the query is a parameter again."""
        if self.postgres:
            stem, exact = RANKING[1] / RANKING[0], 1.0
            weights = f"'{{0, 0, {stem}, {exact}}}'"
            return f"-ts_rank({weights}, item_text.terms, CAST(? AS tsquery), 1)"
        return f"bm25(item_text.{part}, {', '.join(map(str, RANKING))})"

    @property
    def id_list(self) -> str:
        """A subquery of the ids in a JSON array given as one parameter."""
        if self.postgres:
            return "(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))"
        return "(SELECT value FROM json_each(?))"

    def string_agg(self, expression: str) -> str:
        """The distinct values of ``expression``, joined by commas."""
        if self.postgres:
            return f"string_agg(DISTINCT {expression}, ',')"
        return f"group_concat(DISTINCT {expression})"


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql")
