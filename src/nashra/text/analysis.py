"""The one analyzer that indexing and querying share.

Text is folded by :mod:`nashra.text.normalization` (which agrees with Lucene's
``ArabicNormalizer`` and goes further), cut into words, and each word yields two forms:
its *exact* folded form, for phrase queries (``"وزير الخارجية"`` matches those words in that
order, as written), and its *stem*, for ordinary terms. The stemmer is Lucene's
``ArabicStemmer``: one prefix of ``ال، وال، بال، كال، فال، لل، و`` is removed, then every
suffix of ``ها، ان، ات، ون، ين، يه، ية، ه، ة، ي`` in turn, each only where enough letters
stay (two after any prefix or suffix, three after و). Latin words are lower-cased.

SQLite's own FTS5 tokenizer never sees raw Arabic: it gets these forms, space-separated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nashra.data import rows
from nashra.text.normalization import fold, normalize

WORD = re.compile(r"\w+")

# Lucene ArabicStemmer's lists, in its order. Its suffixes ية and ة never match: its
# normaliser (like ours) has made them يه and ه before the stemmer runs.
PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


@dataclass(frozen=True, slots=True)
class Token:
    exact: str
    stem: str
    start: int  # offsets in the original text
    end: int


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Lucene's ArabicStemmer on one folded word."""
    for prefix in PREFIXES:
        if len(prefix) == 1:
            if len(word) >= 4 and word.startswith(prefix):
                word = word[1:]
                break
        elif len(word) >= len(prefix) + 2 and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def exact_form(word: str) -> str:
    return word.lower()  # a no-op on Arabic, which has no case


def analyze(text: str) -> list[Token]:
    """The tokens indexing would produce for ``text``, with their original spans."""
    normalized = normalize(text)
    tokens = []
    for m in WORD.finditer(normalized.text):
        exact = exact_form(m.group())
        start, end = normalized.span_to_original(m.start(), m.end())
        tokens.append(Token(exact, stem(exact), start, end))
    return tokens


def index_forms(text: str) -> tuple[str, str]:
    """The two columns the index stores for ``text``: exact forms and stems, in order."""
    words = WORD.findall(fold(text).lower())
    return " ".join(words), " ".join(map(stem, words))


@cache
def stop_words() -> frozenset[str]:
    """Words in half the articles or more (في، من، على …), folded: they tell no article from
    another (data/search_stopwords.tsv, harvested by scripts/build_names.py)."""
    return frozenset(row[0] for row in rows("search_stopwords"))
