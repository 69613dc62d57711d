"""Line breaks that end no sentence.

Some pages reach the corpus hard-wrapped: a break every few words, in the middle of a
sentence ("استقبل … أمير منطقة \\n الرياض في مكتب سموه … سفير جمهورية البيرو"). Read as
written, each line is a sentence of its own and the guest is lost. A text whose lines are
mostly short and unpunctuated is unwrapped here, each soft break becoming a space, so that
every offset stays where it was.
"""

from __future__ import annotations

import re

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
