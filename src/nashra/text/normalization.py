"""Arabic normalisation for matching and search, with an exact map back to the original.

The folding covers every character Lucene's ``ArabicNormalizer`` covers (alef with madda or
hamza → alef, alef maqsura → yeh, taa marbuta → heh, tatweel and harakat removed) and goes
further: alef wasla, the superscript alef and other Quranic marks, Persian letter forms,
Arabic-Indic and Persian digits, Arabic punctuation, presentation forms (NFKC), zero-width and
bidi control characters, and stray punctuation inside a word (``المتحد،ة`` → ``المتحده``).

Most characters fold one to one, which ``str.translate`` does at C speed; only deletions and
expansions are visited in Python, and each leaves a breakpoint in the offset map. So the
cost of the map grows with the number of diacritics, not with the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff"

# Characters removed outright: harakat and Quranic marks, tatweel, zero-width and bidi
# controls, soft hyphen. They carry no letters, so a match should look through them.
_DELETED = (
    "\u0610-\u061a"  # Quranic honorific signs
    "\u0640"  # tatweel
    "\u064b-\u065f"  # harakat: tanween, fatha, damma, kasra, shadda, sukun, hamza marks
    "\u0670"  # superscript alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u00ad"  # soft hyphen
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"  # zero-width, bidi
)

_ONE_TO_ONE = {
    # Lucene ArabicNormalizer
    "\u0622": "\u0627",  # آ
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0649": "\u064a",  # ى → ي
    "\u0629": "\u0647",  # ة → ه
    # further
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u06a9": "\u0643",  # ک Persian kaf
    "\u06aa": "\u0643",  # ڪ
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06d2": "\u064a",  # ے
    "\u06c1": "\u0647",  # ہ
    "\u06d5": "\u0647",  # ە
    "\u060c": ",",  # ،
    "\u061b": ";",  # ؛
    "\u061f": "?",  # ؟
    "\u066a": "%",  # ٪
    "\u066b": ".",  # ٫ decimal separator
    "\u066c": ",",  # ٬ thousands separator
    "\u06d4": ".",  # ۔
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
}
for _zero, _base in (("\u0660", 0), ("\u06f0", 0)):  # Arabic-Indic and Persian digits
    for _d in range(10):
        _ONE_TO_ONE[chr(ord(_zero) + _d)] = str(_d)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in _expand_class(_DELETED):
        table[ord(ch)] = ""
    for ch, repl in _ONE_TO_ONE.items():
        table[ord(ch)] = repl
    # Presentation forms fold through NFKC, then through the table itself (ﺃ → أ → ا).
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        ch = chr(code)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            folded = "".join(table.get(ord(c), c) for c in decomposed)
            table[code] = folded.strip() if folded.strip() else folded
    return table


def _expand_class(spec: str) -> list[str]:
    chars: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            chars.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            chars.append(spec[i])
            i += 1
    return chars


TABLE: dict[int, str] = _build_table()
_IRREGULAR = "".join(re.escape(chr(c)) for c, r in TABLE.items() if len(r) != 1)
# The same table as a list indexed by code point: str.translate indexes a list in C,
# twice as fast as it looks a code point up in a dict. Characters past the Basic
# Multilingual Plane raise IndexError there, which translate takes as "unchanged".
_FAST_TABLE: list[str] = [chr(c) for c in range(0x10000)]
for _code, _repl in TABLE.items():
    _FAST_TABLE[_code] = _repl

# Punctuation inside a word: a mark between a letter and a lone final letter that is not a
# word of its own ("المتحد،ة"). A real list ("الرياض،جدة") keeps its punctuation.
_STRAY = (
    rf"[\u060c,.\u061b](?<=[{ARABIC_LETTERS}].)"
    rf"(?=[{ARABIC_LETTERS}](?![{ARABIC_LETTERS}\u064b-\u065f]))(?!\u0648)"
)
# A word glued to the next by a lost space: ة ends a word, so a letter after it starts the
# next one ("الحكوميةالتقى محافظ …", a caption run into the text); folding writes "ه ".
_GLUED = rf"\u0629(?=[{ARABIC_LETTERS}])"
_EVENTS = re.compile(rf"(?P<stray>{_STRAY})|(?P<glued>{_GLUED})|[{_IRREGULAR}]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and the map from each of its offsets to the original text."""

    text: str
    original: str
    # Piecewise-linear map: from norm offset _norm[i] on, offsets run on from _orig[i].
    _norm: tuple[int, ...]
    _orig: tuple[int, ...]

    def to_original(self, offset: int) -> int:
        """The original offset of the character at normalised ``offset`` (or of the end)."""
        if offset >= len(self.text):
            return len(self.original)
        i = bisect_right(self._norm, offset) - 1
        return self._orig[i] + (offset - self._norm[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised ``[start, end)``, with the marks it swallowed."""
        size = len(self.original)
        if len(self._norm) == 1:
            # Nothing was removed or expanded (a third of articles): offsets are the same.
            start = min(start, size)
            return (start, start) if end <= start else (start, min(end, size))
        orig_start = self.to_original(start)
        if end <= start:
            return orig_start, orig_start
        orig_end = max(self.to_original(end), self.to_original(end - 1) + 1)
        # Keep trailing characters that were deleted (harakat, tatweel) but not whitespace.
        return orig_start, min(orig_end, size)

    @property
    def is_identity_map(self) -> bool:
        return len(self._norm) == 1 and len(self.text) == len(self.original)


def normalize(text: str, breaks: tuple[int, ...] = ()) -> Normalized:
    """Fold ``text`` for matching; the result maps every offset back to ``text``.

    ``breaks`` are offsets of ``text`` (ascending) where a line break is inserted, each
    mapped to the character after it: a sentence boundary the source lost ("…الشيشانيالتقى
    صاحب السمو", a caption run into the first sentence)."""
    norm_bp = [0]
    orig_bp = [0]
    pieces: list[str] = []
    out_len = 0
    prev = 0
    pending = list(breaks)
    for m in _EVENTS.finditer(text):
        start = m.start()
        while pending and pending[0] < start:
            out_len, prev = _insert_break(text, pending.pop(0), prev, pieces, out_len)
            norm_bp.append(out_len)
            orig_bp.append(prev)
        if start > prev:
            pieces.append(text[prev:start].translate(_FAST_TABLE))
            out_len += start - prev
        if m.lastgroup == "stray":
            repl = ""
        elif m.lastgroup == "glued":
            repl = "\u0647 "
        else:
            repl = TABLE[ord(text[start])]
        for k in range(1, len(repl)):  # every extra character of an expansion maps to `start`
            norm_bp.append(out_len + k)
            orig_bp.append(start)
        pieces.append(repl)
        out_len += len(repl)
        prev = m.end()
        norm_bp.append(out_len)
        orig_bp.append(prev)
    for at in pending:
        out_len, prev = _insert_break(text, at, prev, pieces, out_len)
        norm_bp.append(out_len)
        orig_bp.append(prev)
    if prev == 0 and not breaks:
        return Normalized(text.translate(_FAST_TABLE), text, (0,), (0,))
    pieces.append(text[prev:].translate(_FAST_TABLE))
    return Normalized("".join(pieces), text, tuple(norm_bp), tuple(orig_bp))


def _insert_break(
    text: str, at: int, prev: int, pieces: list[str], out_len: int
) -> tuple[int, int]:
    """Fold ``text[prev:at]`` and add a line break after it; the new length and position."""
    at = max(at, prev)  # (a break inside a mark already folded goes after it)
    pieces.append(text[prev:at].translate(_FAST_TABLE))
    pieces.append("\n")
    return out_len + (at - prev) + 1, at


def fold_roughly(text: str) -> str:
    """``text`` folded letter by letter, in one C pass and without the offset map: the
    characters that normalisation expands, or joins across (a stray mark inside a word),
    stay as they are. Offsets into it are those of ``text`` but for marks it drops; for
    finding where to look, not for what is shown."""
    return text.translate(_FAST_TABLE)


# What may stand inside a word of unnormalised text and fold to nothing (harakat, tatweel):
# as a regular expression's class, and as characters.
MARK_CHARACTERS = frozenset(chr(code) for code, folded in TABLE.items() if not folded)
UNFOLDED_MARKS = f"[{''.join(map(re.escape, sorted(MARK_CHARACTERS)))}]"


def fold(text: str) -> str:
    """Normalised text only, for keys and lookups where no offsets are needed."""
    if _EVENTS.search(text) is None:
        return fold_roughly(text)
    return normalize(text).text
