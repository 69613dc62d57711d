"""Line breaks that end no sentence, and sentence breaks a page lost.

Some pages reach the corpus hard-wrapped: a break every few words, in the middle of a
sentence ("استقبل … أمير منطقة \\n الرياض في مكتب سموه … سفير جمهورية البيرو"). Read as
written, each line is a sentence of its own and the guest is lost. A text whose lines are
mostly short and unpunctuated is unwrapped here, each soft break becoming a space, so that
every offset stays where it was.
"""

from __future__ import annotations

import re
from functools import cache

from nashra.data import forms, rows
from nashra.text.normalization import ARABIC_LETTERS, fold, fold_roughly

# A line that ends its sentence, or opens a list or a quotation
_ENDS_SENTENCE = re.compile(r"[.!?؟:؛;»\"”)\]]\s*$")
_SHORT = 90  # characters: a wrapped line, not a paragraph
_MIN_WRAPPED = 3


def unwrap(text: str) -> str:
    """``text`` with its soft line breaks made spaces: every break after a comma (a
    sentence does not end on one: "وولي عهده الأمين، \n وولي ولي العهد لأسرة الشهيد"), and
    the unpunctuated breaks of a hard-wrapped text."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    soft = [k for k, line in enumerate(lines[:-1]) if _soft(line, lines[k + 1])]
    if len(soft) < _MIN_WRAPPED or 2 * len(soft) < len(filled) - 1:
        # paragraphs with a heading or two unpunctuated: only breaks after a comma go
        soft = [k for k, line in enumerate(lines[:-1]) if _after_comma(line, lines[k + 1])]
        if not soft:
            return text
    chars = list(text)
    at = -1
    breaks = [at := text.index("\n", at + 1) for _ in lines[:-1]]
    for k in soft:
        chars[breaks[k]] = " "
    return "".join(chars)


def _after_comma(line: str, following: str) -> bool:
    return line.rstrip().endswith(("،", ",")) and bool(following.strip())


def _soft(line: str, following: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) < _SHORT
        and _ENDS_SENTENCE.search(stripped) is None
        and bool(following.strip())
    )


# A photo caption run into the first sentence with no space between ("ولي ولي العهد لدى
# استقباله الرئيس الشيشانيالتقى صاحب السمو الملكي …"): a word of three letters or more and a
# verb that opens paragraphs (data/lead_verbs.tsv). After ة, which ends a word, any lead verb
# starts the sentence; otherwise only one of five letters or more that begins with alef, which
# no word of the corpus ends in.
_CAPTION_REACH = 200  # characters of a body's opening where a caption stands
_GLUED_WORD = re.compile(rf"[{ARABIC_LETTERS}]{{6,}}(?=\s)")
_MIN_HEAD = 3
_MIN_ALEF_VERB = 5


def caption_breaks(text: str) -> tuple[int, ...]:
    """Offsets in ``text``'s opening where a sentence starts inside a word: the first
    letter of a lead verb glued to the caption before it."""
    verbs, longest = _lead_verbs()
    words = forms("common_words")
    breaks = []
    for match in _GLUED_WORD.finditer(text, 0, _CAPTION_REACH):
        word = match.group()
        if word in words:
            continue  # a word of the language, as most are (written as folded: no fold)
        folded = fold_roughly(word)  # letters only: one for one
        if folded in words:
            continue
        for k in range(max(_MIN_HEAD, len(word) - longest), len(word) - 2):
            verb = folded[k:]
            if verb in verbs and (
                word[k - 1] == "\u0629" or (verb[0] == "\u0627" and len(verb) >= _MIN_ALEF_VERB)
            ):
                breaks.append(match.start() + k)
                break
    return tuple(breaks)


@cache
def _lead_verbs() -> tuple[frozenset[str], int]:
    """The lead verbs, folded, and the length of the longest."""
    verbs = frozenset(fold(form) for (form,) in rows("lead_verbs"))
    return verbs, max(map(len, verbs))
