"""The query language users type, parsed by us and compiled to FTS5 — never passed through.

    وزير الخارجية            both words (AND), each by its stem
    "وزير الخارجية"          the exact words, in order
    البحرين OR قطر           either
    البحرين -قطر, NOT قطر    the first without the second
    (قطر OR البحرين) لقاء     grouping
    العثيم*                  a prefix of the exact form

Anything else — stray quotes, ``NEAR(``, SQL, punctuation, a 10,000-character paste — is
read as words or ignored. Every word reaches FTS5 inside double quotes, so no user string
can be FTS5 syntax. A query with no word left is a QueryError with a message to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nashra.storage.leaders import any_column, exact_column, quoted, stem_columns
from nashra.text.analysis import CLITIC_MARK, STEM_MARK, WORD, exact_form, stem, stop_words
from nashra.text.normalization import fold

MAX_TERMS = 32
MAX_DEPTH = 32  # parentheses within parentheses: a parser that recurses must stop somewhere
MAX_QUERY_LENGTH = 2000  # characters
# A minus opens a word to leave out only where a word may start: "Ki-moon" is one name.
_TOKEN = re.compile(r'"[^"]*"?|\(|\)|(?:(?<!\w)-)?\w+\*?|\S', re.UNICODE)

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_OPERATORS = {"OR": "OR", "AND": "AND", "NOT": "NOT", "او": "OR", "أو": "OR"}


class QueryError(ValueError):
    """A query that asks for nothing searchable, or more than its limits allow."""


@dataclass(frozen=True, slots=True)
class QueryLimits:
    """The longest query (characters) and how deep its parentheses may nest;
    ``nashra search`` and ``nashra serve`` set them (--max-query-length, --max-query-depth)."""

    length: int = MAX_QUERY_LENGTH
    depth: int = MAX_DEPTH


DEFAULT_QUERY_LIMITS = QueryLimits()  # the defaults


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded exact forms
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Node:
    op: str  # "AND", "OR"
    children: tuple


def parse_query(text: str, limits: QueryLimits = DEFAULT_QUERY_LIMITS) -> Term | Node:
    """Parse a user query; QueryError if nothing searchable is left or it is over
    ``limits``."""
    if len(text) > limits.length:
        raise QueryError(f"the query is longer than {limits.length:,} characters")
    # Vowel marks and tatweel are no word boundary: "مُبَاحَثَات" is one word, as the index
    # folds it (they are not \w to the tokenizer, which would split the word at each).
    tokens = _TOKEN.findall(_MARKS.sub("", text))
    parser = _Parser(tokens, limits.depth)
    node = parser.expression()
    if node is None:
        raise QueryError("the query has no words to search for")
    return node


class _Parser:
    def __init__(self, tokens: list[str], max_depth: int) -> None:
        self.tokens = tokens
        self.max_depth = max_depth
        self.pos = 0
        self.terms = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expression(self) -> Term | Node | None:
        parts = [self.conjunction()]
        while self.peek() in ("OR", "او", "أو"):
            self.pos += 1
            parts.append(self.conjunction())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Node("OR", tuple(parts))

    def conjunction(self) -> Term | Node | None:
        parts: list[Term | Node] = []
        negate_next = False
        while (token := self.peek()) is not None and token not in ("OR", "او", "أو", ")"):
            self.pos += 1
            if token == "AND":
                continue
            if token == "NOT":
                negate_next = True
                continue
            if token == "(":
                self.depth += 1
                if self.depth > self.max_depth:
                    raise QueryError(f"the query nests parentheses deeper than {self.max_depth}")
                inner = self.expression()
                self.depth -= 1
                if self.peek() == ")":
                    self.pos += 1
                if inner is not None and not negate_next:
                    parts.append(inner)
                negate_next = False
                continue
            term = self.term(token, negate_next)
            negate_next = False
            if term is not None and self.terms < MAX_TERMS:
                self.terms += 1
                parts.append(term)
        if not parts or all(isinstance(p, Term) and p.negated for p in parts):
            return None  # FTS5 cannot search for "not X" alone
        return parts[0] if len(parts) == 1 else Node("AND", tuple(parts))

    def term(self, token: str, negated: bool) -> Term | None:
        if token.startswith('"'):
            words = tuple(exact_form(w) for w in WORD.findall(fold(token.strip('"'))))
            return Term(words, phrase=True, negated=negated) if words else None
        if token.startswith("-") and len(token) > 1:
            negated, token = True, token[1:]
        prefix = token.endswith("*")
        words = tuple(exact_form(w) for w in WORD.findall(fold(token.rstrip("*"))))
        if not words:
            return None
        return Term(words, prefix=prefix, negated=negated)


def without_stop_words(node: Term | Node) -> Term | Node:
    """The query without the plain words of an AND that most articles hold (في، على …),
    where it keeps a word of its own: they narrow nothing, and counting them costs the
    most. Phrases, prefixes, OR and NOT keep theirs; so does a query of stop words only."""
    if isinstance(node, Term):
        return node
    children = tuple(without_stop_words(child) for child in node.children)
    if node.op == "AND":
        stop = stop_words()
        kept = tuple(
            child
            for child in children
            if not (
                isinstance(child, Term)
                and not (child.phrase or child.prefix or child.negated)
                and all(word in stop for word in child.words)
            )
        )
        if any(not (isinstance(child, Term) and child.negated) for child in kept):
            children = kept
    return children[0] if len(children) == 1 else Node(node.op, children)


def to_fts(node: Term | Node) -> str:
    """The FTS5 MATCH expression of a parsed query; words always quoted."""
    if isinstance(node, Term):
        return " OR ".join(_phrases(node))
    positive = [c for c in node.children if not (isinstance(c, Term) and c.negated)]
    negative = [c for c in node.children if isinstance(c, Term) and c.negated]
    joined = f" {node.op} ".join(f"({to_fts(c)})" for c in positive)
    for child in negative:
        joined = f"({joined}) NOT ({to_fts(Term(child.words, child.phrase, child.prefix))})"
    return joined


def ranked_phrases(node: Term | Node) -> list[str]:
    """The phrases of ``to_fts(node)`` that BM25 scores in a matching item, in order, once
    each time they occur (a word negated is in no match)."""
    if isinstance(node, Term):
        return [] if node.negated else _phrases(node)
    return [phrase for child in node.children for phrase in ranked_phrases(child)]


def required_phrases(node: Term | Node) -> list[list[str]]:
    """Groups of ``to_fts(node)``'s phrases, every match holding one of each group: a word
    of an AND, a word alone."""
    if isinstance(node, Term):
        return [] if node.negated else [_phrases(node)]
    if node.op != "AND":
        return []
    return [group for child in node.children for group in required_phrases(child)]


def _phrases(term: Term) -> list[str]:
    """A term's FTS5 phrases, any one of which matches it."""
    exact = " ".join(term.words)
    if term.phrase:
        return [f"exact : {quoted(exact)}"]
    if term.prefix:
        return [f"exact : {quoted(exact)} *"]
    # The stem finds every inflection, and a word alone the forms with a clitic written
    # onto it (بمدينة for مدينة); the exact form, weighted higher when ranking (see
    # ``RANKING``), puts the word as written first.
    if len(term.words) == 1:
        own = stem(exact)
        if own == exact:
            # A word the stemmer leaves as it is (مصر): one phrase over all the columns,
            # with no column filter. The same matches; BM25 counts the word's documents
            # once instead of thrice, and scores the columns' weighted hits together, as
            # BM25F does: a quarter to a third faster.
            return [any_column(exact)]
        # the stem, and the readings without a clitic (بمدينة read as مدينة)
        return [stem_columns(own), exact_column(exact)]
    stems = " ".join(stem(w) for w in term.words)
    return [f"stem : {quoted(stems)}", exact_column(exact)]


def _lexeme(word: str, prefix: bool = False) -> str:
    escaped = word.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}'{':*' if prefix else ''}"


def _sequence(words: list[str], prefix: bool = False) -> str:
    # Exact forms and stems alternate in the stored tsvector (see nashra.storage.postgres):
    # the next word of a phrase stands two positions on.
    last = len(words) - 1
    return " <2> ".join(_lexeme(w, prefix and i == last) for i, w in enumerate(words))


def to_tsquery(node: Term | Node) -> str:
    """The PostgreSQL tsquery of a parsed query: the same terms as :func:`to_fts`, stems
    marked with ``STEM_MARK`` as the index stores them; words always quoted. No weight is
    asked for, so that the GIN index answers a query of words without reading the rows."""
    if isinstance(node, Term):
        exact = _sequence(list(node.words), node.prefix)
        if node.phrase or node.prefix:
            return f"({exact})"
        if len(node.words) == 1:
            own = stem(node.words[0])
            stems = f"{_lexeme(STEM_MARK + own)} | {_lexeme(CLITIC_MARK + own)}"
        else:
            stems = _sequence([STEM_MARK + stem(w) for w in node.words])
        return f"({stems} | {exact})"
    positive = [c for c in node.children if not (isinstance(c, Term) and c.negated)]
    negative = [c for c in node.children if isinstance(c, Term) and c.negated]
    joined = (" & " if node.op == "AND" else " | ").join(to_tsquery(c) for c in positive)
    for child in negative:
        joined = f"({joined}) & !{to_tsquery(Term(child.words, child.phrase, child.prefix))}"
    return f"({joined})"


def query_terms(node: Term | Node) -> tuple[set[str], list[tuple[str, ...]]]:
    """The stems and exact phrases a query looks for (not the negated ones), for
    highlighting."""
    stems: set[str] = set()
    phrases: list[tuple[str, ...]] = []

    def walk(n: Term | Node) -> None:
        if isinstance(n, Term):
            if n.negated:
                return
            if n.phrase or n.prefix:
                phrases.append(n.words)
            else:
                stems.update(stem(w) for w in n.words)
            return
        for child in n.children:
            walk(child)

    walk(node)
    return stems, phrases
