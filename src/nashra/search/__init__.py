"""Arabic-aware full-text search: the shared analyzer and the user query language."""

from nashra.search.query import QueryError, parse_query, to_fts
from nashra.text.analysis import Token, analyze, index_forms, stem

__all__ = ["QueryError", "Token", "analyze", "index_forms", "parse_query", "stem", "to_fts"]
