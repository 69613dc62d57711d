"""Arabic PDF documents, read off their text layer in reading order.

A PDF draws glyphs where they stand on the page; its text layer says which character each
glyph is, not in what order a reader reads them. For Arabic the usual tools hand back what
the page shows, left to right: letters reversed (``ةﺪﺤﺘﻤﻟا``), in their contextual
presentation forms (``ﻣﻨﻈﻤﺔ``, U+FExx, not the letters), the digits of a date turned round
(``١٢٠٢``). pdfminer.six gives each glyph and its position; what it lacks is done here:

- glyphs on one line are taken right to left, and the runs a right-to-left line shows left
  to right (numbers, Latin words, with the separators between them) are turned back, as
  the Unicode bidirectional algorithm laid them out (UAX #9, the visual-to-logical
  direction for a right-to-left paragraph);
- presentation forms become letters (NFKC on those blocks only: NFKC elsewhere would fold
  digits and marks nashra keeps), a lam-alef ligature two letters;
- lines become paragraphs by position and size (a wrapped headline is one line of text),
  paragraphs are separated by a blank line as in a text file; page numbers are dropped.

A PDF with no text layer (a scan) is reported as such: nashra does no OCR.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from nashra.model import Document
from nashra.reading.errors import ReadError

_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_RIGHT_TO_LEFT = frozenset({"R", "AL"})
_LEFT_TO_RIGHT = frozenset({"L", "EN", "AN"})
# the space a gap between two glyphs must reach to be a word space, in font sizes
_WORD_GAP = 0.18
# the gap between two lines of one paragraph, at most, in font sizes (between paragraphs a
# document leaves more)
_LINE_GAP = 0.55
# a line ending this far short of its paragraph's far edge ends the paragraph
_SHORT_LINE = 0.2
_MARGIN = 0.08  # top and bottom share of a page where page numbers stand


@dataclass(slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    size: float


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    right_to_left: bool


def pdf_document(data: bytes, source: str) -> Document:
    """The document a PDF's text layer holds, pages in order; ``Document.pages`` gives the
    offset where each page starts."""
    pages = _pages(data, source)
    text_parts: list[str] = []
    starts: list[int] = []
    length = 0
    for paragraphs in pages:
        starts.append(length)
        if not paragraphs:
            continue
        page_text = "\n\n".join(paragraphs)
        if text_parts:
            page_text = "\n\n" + page_text
        text_parts.append(page_text)
        length += len(page_text)
    text = "".join(text_parts)
    if not text.strip():
        raise ReadError(source, "the PDF has no text layer (a scanned page?): nashra does no OCR")
    return Document(text=text, source_id=source, source_file=source, pages=starts)


def _pages(data: bytes, source: str) -> list[list[str]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTPage
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    pages: list[list[str]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)):
            assert isinstance(page, LTPage)
            lines = [_line(glyphs) for glyphs in _text_lines(page, LTChar)]
            lines = [line for line in lines if line is not None]
            pages.append(_paragraphs(_without_page_number(lines, page.y0, page.y1)))
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise ReadError(source, f"the PDF is encrypted: {exc or 'no password given'}") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise ReadError(source, f"unreadable PDF: {type(exc).__name__}: {exc}") from None
    return pages


def _text_lines(page, char_type) -> list[tuple[float, float, list]]:
    """The page's lines as pdfminer groups glyphs into them: (top, bottom, glyphs)."""
    found = []
    stack = [page]
    while stack:
        node = stack.pop()
        if hasattr(node, "get_text") and node.__class__.__name__.startswith("LTTextLine"):
            chars = [c for c in node if isinstance(c, char_type)]
            if chars:
                found.append((node.y1, node.y0, chars))
            continue
        if hasattr(node, "__iter__"):
            stack.extend(node)
    return found


def _line(found: tuple[float, float, list]) -> _Line | None:
    top, bottom, chars = found
    glyphs = _marks_on_letters(
        [_Glyph(text, c.x0, c.x1, c.size) for c in chars if (text := _known(c.get_text()))]
    )
    glyphs.sort(key=lambda g: g.x0)
    if not glyphs:
        return None
    size = max(g.size for g in glyphs)
    visual: list[str] = []  # left to right, one entry a glyph or a space
    for previous, glyph in zip([None, *glyphs], glyphs, strict=False):
        if previous is not None and glyph.x0 - previous.x1 > _WORD_GAP * size:
            visual.append(" ")
        visual.append(glyph.text)
    text = _logical(visual)
    text = " ".join(text.split())
    if not text:
        return None
    rtl = any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)
    return _Line(text, glyphs[0].x0, glyphs[-1].x1, top, bottom, size, rtl)


def _known(text: str) -> str:
    """A glyph's text, or nothing for a glyph the font maps to no character (pdfminer's
    "(cid:N)", or a NUL: a ligature of two marks, "ِّ", may have no mapping)."""
    if text.startswith("(cid:"):
        return ""
    return "".join(ch for ch in text if ch >= " " or ch == "\t")


def _marks_on_letters(glyphs: list[_Glyph]) -> list[_Glyph]:
    """A vowel mark is drawn over or under its letter, where its box says little. Shaped
    right to left and written out left to right, a cluster comes reversed too: its marks
    first, then its letter. So a mark goes with the glyph after it ("هسّومي", not
    "ه ّسومي")."""
    letters: list[_Glyph] = []
    pending = ""
    for glyph in glyphs:
        if _is_mark(glyph.text):
            pending += _letters(glyph.text).lstrip(" ـ")
            continue
        glyph.text += pending
        pending = ""
        letters.append(glyph)
    if pending and letters:
        letters[-1].text += pending
    return letters


def _is_mark(glyph: str) -> bool:
    return all(
        unicodedata.category(ch) == "Mn" or 0xFE70 <= ord(ch) <= 0xFE7F for ch in glyph
    ) and bool(glyph.strip())


def _logical(visual: list[str]) -> str:
    """The reading order of one line's glyphs, given left to right as the page shows them."""
    kinds = [_kind(g) for g in visual]
    if "R" not in kinds:
        return _letters("".join(visual))  # a left-to-right line reads as it shows
    glyphs, kinds = visual[::-1], kinds[::-1]
    ltr = _left_to_right(kinds)
    out: list[str] = []
    i = 0
    while i < len(glyphs):
        if ltr[i]:
            j = i
            while j < len(glyphs) and ltr[j]:
                j += 1
            out.extend(reversed(glyphs[i:j]))
            i = j
            continue
        out.append(_mirrored(glyphs[i]))
        i += 1
    return _letters("".join(out))


def _kind(glyph: str) -> str:
    """ "R" for a right-to-left glyph, "L" for Latin or a digit, "N" for the rest (spaces,
    punctuation): of its first character that has a telling class."""
    for ch in glyph:
        kind = unicodedata.bidirectional(ch)
        if kind in _RIGHT_TO_LEFT:
            return "R"
        if kind in _LEFT_TO_RIGHT:
            return "L"
    return "N"


def _left_to_right(kinds: list[str]) -> list[bool]:
    """Which glyphs of a right-to-left line (in reading order) the bidirectional algorithm
    lays out left to right: Latin and digits, and the spaces and signs between two of them
    ("United Nations", "24/9/2021"); a sign at a number's end takes the line's direction
    ("0%" shows as "%0"). The page does not tell a number before a Latin word from the
    same after it ("12 A" and "A 12" show alike): both are read as one left-to-right run.
    """
    ltr = [kind == "L" for kind in kinds]
    before = False
    for i, kind in enumerate(kinds):
        if kind == "N":
            after = next((k == "L" for k in kinds[i + 1 :] if k != "N"), False)
            ltr[i] = before and after
        else:
            before = kind == "L"
    return ltr


_MIRRORS = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _mirrored(glyph: str) -> str:
    """A paired bracket drawn in a right-to-left run shows its mirror image: the page's
    ")" opens what the text's "(" opens."""
    return glyph.translate(_MIRRORS) if len(glyph) == 1 else glyph


def _letters(text: str) -> str:
    """Presentation forms as the letters they show (``ﻣﻨﻈﻤﺔ`` → ``منظمة``, ``ﻻ`` → ``لا``)."""
    if not any(_presentation_form(ch) for ch in text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", ch) if _presentation_form(ch) else ch for ch in text
    )


def _presentation_form(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _PRESENTATION_FORMS)


def _without_page_number(lines: list[_Line], bottom: float, top: float) -> list[_Line]:
    """Lines minus a page number (digits alone, perhaps with dashes or "صفحة") in the top
    or bottom margin."""
    margin = (top - bottom) * _MARGIN
    kept = []
    for line in lines:
        bare = line.text.replace("صفحة", "").replace("-", "").replace("–", "").strip()
        in_margin = line.bottom < bottom + margin or line.top > top - margin
        if in_margin and bare.isdigit():
            continue
        kept.append(line)
    return kept


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Lines top to bottom, joined into paragraphs: a line continues the one above when it
    follows at a line's distance in the same size and the one above runs to the edge."""
    lines = sorted(lines, key=lambda line: -line.top)
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left or 1.0
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for line in lines:
        continues = (
            previous is not None
            and previous.bottom - line.top < _LINE_GAP * line.size
            and abs(previous.size - line.size) < 0.5
            and previous.right_to_left == line.right_to_left
            and _runs_to_edge(previous, left, right, width)
        )
        if continues:
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
        previous = line
    return [" ".join(parts) for parts in paragraphs]


def _runs_to_edge(line: _Line, left: float, right: float, width: float) -> bool:
    """Whether a line fills its measure: a right-to-left line ends at the left edge."""
    if line.right_to_left:
        return line.x0 - left < _SHORT_LINE * width
    return right - line.x1 < _SHORT_LINE * width
