"""The one analyzer that indexing and querying share.

Text is folded by :mod:`nashra.text.normalization` (which agrees with Lucene's
``ArabicNormalizer`` and goes further; the hamza seats ؤ and ئ are folded to ء here too, so
that مسئول and مسؤول are one word), cut into words (a run of letters or a run of digits:
"19عاماً" is two), and each word yields its *exact* folded form, for phrase queries
(``"وزير الخارجية"`` matches those words in that order, as written), its *stem*, for
ordinary terms, and its readings without a written-on clitic (below).

The stemmer is Lucene's ``ArabicStemmer`` with four changes. A prefix of the article and
the clitics before it (``ال، وال، بال، كال، فال، لل``, and ``وبال، ولل، فبال، فلل``:
"وللبحرين") is removed, but a bare ``و`` is not: it is as often the first letter of the word
(وزارة، وزير، وكالة) as "and", and Lucene's removing it made الوزارة and وزارة two stems.
One-word names the gazetteers know (states, places, given names) keep their suffixes:
البحرين is not البحر, أبها not أب. Every suffix of ``ها، ان، ات، ون، ين، ه`` is then removed
in turn, each only where two letters stay, but not the nisba's ``ي``/``يه`` (اجتماعي is no
اجتماع). Latin words are lower-cased.

The clitics written straight onto a word (بمدينة، لوزارة، وبمدينة) cannot be told from a
word's own first letter (بلدية is no ب+لدية), so they are not removed from its stem: each
word's readings without them (:func:`clitic_readings`) go into a third column, which a
query searches with the stem and which ranks lowest: مدينة finds بمدينة, لمدينة, ومدينة.

SQLite's own FTS5 tokenizer never sees raw Arabic: it gets these forms, space-separated.
An archive indexed by another version of this analysis (``ANALYSIS``) is reindexed when it
is next opened for writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nashra.data import rows
from nashra.text.normalization import fold, normalize

# The version of what index_forms gives (its word lists too) and of how SQLite keeps it: 1 was
# Lucene's stemmer; 4 the forms of 3 in contentless tables.
ANALYSIS = 4
WORD = re.compile(r"[^\W\d_]+|\d+")

# The article, alone or behind clitics; longest first.
# (Not وكال: it is how وكالة، وكالات begin.)
PREFIXES = ("وبال", "فبال", "ولل", "فلل", "وال", "بال", "كال", "فال", "لل", "ال")
# Lucene ArabicStemmer's suffixes, in its order, but for the nisba's يه and ي: it makes a word
# of its own (اجتماعي social, from اجتماع a meeting; دولية international, from دول states),
# and its feminine ه and plural ين still go (اجتماعية، اجتماعيين → اجتماعي). Its ية and ة
# never match: its normaliser (like ours) has made them يه and ه before the stemmer runs.
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "ه")
# What may be written onto a word without the article: و or ف, then ب، ل or ك.
CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# bm25 weights of the index's columns (exact, stem, clitic readings): a word as written
# counts double, a reading without a clitic half.
RANKING = (2.0, 1.0, 0.5)
# PostgreSQL keeps the three in one tsvector: a stem and a reading are marked so (never the
# first letter of a word)
STEM_MARK = "~"
CLITIC_MARK = "^"
_CLITIC_SET = frozenset(CLITICS)
_PRONOUNS = ("هما", "هم", "ها", "ه")  # longest first


def _seated(text: str) -> str:
    """ؤ and ئ as ء (two replaces: far faster than str.translate on a long text)."""
    return text.replace("ؤ", "ء").replace("ئ", "ء")


@dataclass(frozen=True, slots=True)
class Token:
    exact: str
    stem: str
    start: int  # offsets in the original text
    end: int


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """The stem of one folded word (see the module's docstring)."""
    if word in protected():
        return word  # "الله"
    for prefix in PREFIXES:
        if len(word) >= len(prefix) + 2 and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    if word in protected():
        return word  # "البحرين" → بحرين, not بحر
    for clitic in (word[:1], word[:2]):
        if clitic in _CLITIC_SET and word[len(clitic) :] in protected():
            return word  # "وبحرين", "ببحرين": not وبحر, ببحر
    for suffix in SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 17)
def clitic_readings(word: str) -> tuple[str, ...]:
    """The stems of ``word`` read with a clitic taken off (بمدينه → مدين; وبمدينه → بمدين
    and مدين), with a possessive pronoun taken off (زيارته → زيار), and as a plural in
    construct (مسؤولي الوزارة → مسؤول), other than its own stem; none for a name the
    gazetteers protect whole."""
    if word in protected():
        return ()  # "بغداد" is no ب+غداد
    own = stem(word)
    bare = [
        word[len(clitic) :]
        for clitic in CLITICS
        if word.startswith(clitic)
        and len(word) - len(clitic) >= 3
        and not word.startswith("ال", len(clitic))
    ]
    readings = [stem(b) for b in bare]
    for b in (word, *bare):
        # a possessive pronoun on a plural or a feminine noun, which the suffix order leaves
        # (مباحثاته → مباحثات; زيارته: its ة written ت before the pronoun)
        for pronoun in _PRONOUNS:
            rest = b[: -len(pronoun)]
            if b.endswith(pronoun) and len(rest) >= 3:
                readings.append(stem(rest))
                if rest.endswith("ت"):
                    readings.append(stem(rest[:-1] + "ه"))
                break
    readings += [
        # its ن gone before the noun it governs; not the nisba's ي (اجتماعي, whose ـين is
        # no word: its plural is اجتماعيين)
        stem(b + "ن")
        for b in (word, *bare)
        if b.endswith("ي")
        and len(b) >= 4
        and b + "ن" in _plurals()
        and stem(b + "ن") not in protected()  # البحري is no البحرين
    ]
    return tuple(r for r in dict.fromkeys(readings) if r != own)


@cache
def _plurals() -> frozenset[str]:
    """Frequent plurals in ـين (data/common_words.tsv, with and without the article)."""
    words = {_seated(row[0]) for row in rows("common_words") if row[0].endswith("ين")}
    return frozenset(w[2:] if w.startswith("ال") else w for w in words)


@cache
def protected() -> frozenset[str]:
    """The names the stemmer leaves whole, without the article: the one-word states,
    places and given names of the gazetteers (data/states.tsv, places.tsv,
    given_names.tsv), and الله."""
    names = {"الله"}
    for table, column in (("states", 1), ("places", 0), ("given_names", 0)):
        for row in rows(table):
            if table == "states" and tuple(row[2:4]) == ("ambiguous name", "curated"):
                continue  # "المملكة": a common noun the press names its state by, a word still
            words = _seated(fold(row[column]).lower()).split()
            if len(words) == 1:  # not the words of "الولايات المتحدة", each a common word
                (word,) = words
                names.add(word[2:] if word.startswith("ال") and len(word) > 4 else word)
    return frozenset(w for w in names if len(w) > 2)


def exact_form(word: str) -> str:
    return _seated(word.lower())  # Latin has case; Arabic has hamza seats


# The spellings news text uses for a letter folding makes one (Lucene's normaliser, hamza
# on its seats, Arabic-Indic digits), and the marks written between letters. Rarer ones
# (Farsi letters, presentation forms, Quranic marks) are left to a full reading: every
# class in a pattern costs time to compile, once a query term.
_SPELLINGS = {
    "ا": "اأإآ",
    "ي": "يى",
    "ه": "هة",
    "ء": "ءؤئ",
    **{str(d): f"{d}{chr(0x660 + d)}{chr(0x6F0 + d)}" for d in range(10)},
}
_BETWEEN_LETTERS = "[\u064b-\u0652\u0640]*"  # harakat, shadda, sukun, tatweel


def unfolded_pattern(exact: str) -> str:
    """A regular expression for the stretches of unnormalised text whose exact form is
    ``exact``, as news text writes them: any common spelling of each letter (hamza on its
    seats, either case of a Latin letter), with harakat or tatweel between letters. It
    finds a word in an article without normalising the article."""
    pattern = []
    for i, char in enumerate(exact):
        if i and char.isalpha() and exact[i - 1].isalpha():
            pattern.append(_BETWEEN_LETTERS)
        chars = _SPELLINGS.get(char) or (char + char.upper() if char.isascii() else char)
        pattern.append(f"[{re.escape(chars)}]" if len(chars) > 1 else re.escape(chars))
    return "".join(pattern)


def exact_text(normalized: str) -> str:
    """Normalised text as its exact forms are written (lower case, hamza seats as ء)."""
    return _seated(normalized.lower())


def exact_words(normalized: str) -> list[str]:
    """The exact forms of the words of normalised text, in order (one pass over it)."""
    return WORD.findall(exact_text(normalized))


def analyze(text: str) -> list[Token]:
    """The tokens indexing would produce for ``text``, with their original spans."""
    normalized = normalize(text)
    tokens = []
    for m in WORD.finditer(normalized.text):
        exact = exact_form(m.group())
        start, end = normalized.span_to_original(m.start(), m.end())
        tokens.append(Token(exact, stem(exact), start, end))
    return tokens


def index_forms(text: str) -> tuple[str, str, str]:
    """The three columns the index stores for ``text``: exact forms and stems, in order,
    and the words' readings without a clitic."""
    words = exact_words(fold(text))
    readings = [r for word in words for r in clitic_readings(word)]
    return " ".join(words), " ".join(map(stem, words)), " ".join(readings)


@cache
def stop_words() -> frozenset[str]:
    """Words in half the articles or more (في، من، على …), folded: they tell no article from
    another (data/search_stopwords.tsv, harvested by scripts/build_names.py)."""
    return frozenset(row[0] for row in rows("search_stopwords"))
