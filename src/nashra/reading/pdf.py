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
import statistics
import unicodedata
from collections.abc import Iterator
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
# a line ending closer than this share of its column's width to the far edge is full
_SHORT_LINE = 0.05
_MARGIN = 0.08  # top and bottom share of a page where page numbers and running heads stand
# glyphs whose middles lie this close, in font sizes, stand on one line
_SAME_ROW = 0.35
# a gap this wide, in font sizes, parts two columns (a word space is a fifth of it)
_GUTTER = 1.1
_TABLE_CELLS = 3  # stretches on one baseline that make a table's row (two may be columns)


@dataclass(slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    size: float
    y0: float
    y1: float


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
    pages = _without_running_heads(_pages(data, source))
    text_parts: list[str] = []
    starts: list[int] = []
    length = 0
    last: _Line | None = None  # the last line read, and its column's edges
    edges = (0.0, 0.0)
    for page in pages:
        starts.append(length)
        for stretch in _reading_order(page.lines):
            for line, carried_on, stretch_edges in _continued(stretch, last, edges):
                piece = (" " if carried_on else "\n\n" if text_parts else "") + line.text
                text_parts.append(piece)
                length += len(piece)
                last, edges = line, stretch_edges
    text = "".join(text_parts)
    if not text.strip():
        raise ReadError(source, "the PDF has no text layer (a scanned page?): nashra does no OCR")
    return Document(text=text, source_id=source, source_file=source, pages=starts)


@dataclass(slots=True)
class _Page:
    lines: list[_Line]
    bottom: float
    top: float


def _pages(data: bytes, source: str) -> list[_Page]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    pages: list[_Page] = []
    try:
        # no layout analysis: pdfminer's would join two columns' lines on one baseline
        for page in extract_pages(io.BytesIO(data), laparams=None):
            glyphs = [
                _Glyph(text, c.x0, c.x1, c.size, c.y0, c.y1)
                for c in _chars(page, LTChar)
                if (text := _known(c.get_text()))
            ]
            pages.append(_Page(_lines(_marks_on_letters(glyphs)), page.y0, page.y1))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise ReadError(source, "the PDF is encrypted and opens only with a password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise ReadError(source, f"unreadable PDF: {type(exc).__name__}: {exc}") from None
    return pages


def _chars(node, char_type) -> list:
    """The glyphs of a page in the order its content draws them (figures' too)."""
    found = []
    stack = [iter([node])]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, char_type):
            found.append(item)
        elif hasattr(item, "__iter__"):
            stack.append(iter(item))
    return found


def _lines(glyphs: list[_Glyph]) -> list[_Line]:
    """Glyphs into lines: those on one baseline, split where a gap wider than a column's
    gutter parts them."""
    rows: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: -(g.y0 + g.y1)):
        middle = (glyph.y0 + glyph.y1) / 2
        if rows:
            row = rows[-1]
            if abs((row[0].y0 + row[0].y1) / 2 - middle) < _SAME_ROW * max(glyph.size, 1.0):
                row.append(glyph)
                continue
        rows.append([glyph])
    lines = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        size = max(g.size for g in row)
        start = 0
        parts = []
        for i in range(1, len(row) + 1):
            if i == len(row) or row[i].x0 - row[i - 1].x1 > _GUTTER * size:
                line = _line(row[start:i])
                if line is not None:
                    parts.append(line)
                start = i
        lines.extend(_table_row(parts) if len(parts) >= _TABLE_CELLS else parts)
    return lines


def _table_row(cells: list[_Line]) -> list[_Line]:
    """Three or more stretches apart on one baseline are a table's row: one line of its
    cells in reading order, apart by " | " (as a Word table's rows are read)."""
    rtl = sum(cell.right_to_left for cell in cells) * 2 >= len(cells)
    ordered = sorted(cells, key=lambda cell: -cell.x0 if rtl else cell.x0)
    return [
        _Line(
            " | ".join(cell.text for cell in ordered),
            min(cell.x0 for cell in cells),
            max(cell.x1 for cell in cells),
            max(cell.top for cell in cells),
            min(cell.bottom for cell in cells),
            max(cell.size for cell in cells),
            rtl,
        )
    ]


def _line(glyphs: list[_Glyph]) -> _Line | None:
    size = max(g.size for g in glyphs)
    visual: list[str] = []  # left to right, one entry a glyph or a space
    for previous, glyph in zip([None, *glyphs], glyphs, strict=False):
        if previous is not None and glyph.x0 - previous.x1 > _WORD_GAP * size:
            visual.append(" ")
        visual.append(glyph.text)
    text = " ".join(_logical(visual).split())
    if not text:
        return None
    rtl = any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)
    top = max(g.y1 for g in glyphs)
    bottom = min(g.y0 for g in glyphs)
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


def _without_running_heads(pages: list[_Page]) -> list[_Page]:
    """Pages without their page numbers (digits alone, perhaps with dashes or "صفحة"),
    running heads and feet (a line in the margin that recurs, its digits aside, on half the
    pages or more) and a lone glyph in a margin (a line cut by the page's edge)."""

    def in_margin(line: _Line, page: _Page) -> bool:
        margin = (page.top - page.bottom) * _MARGIN
        return line.bottom < page.bottom + margin or line.top > page.top - margin

    def bare(line: _Line) -> str:
        return "".join(ch for ch in line.text if not ch.isdigit() and ch not in "-–— ")

    recurring: dict[str, int] = {}
    for page in pages:
        for head in {bare(line) for line in page.lines if in_margin(line, page)}:
            recurring[head] = recurring.get(head, 0) + 1
    running = {head for head, count in recurring.items() if count >= 2 and count * 2 >= len(pages)}
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not in_margin(line, page)
            or not (len(bare(line).replace("صفحة", "")) <= 1 or bare(line) in running)
        ]
    return pages


def _reading_order(lines: list[_Line]) -> list[list[_Line]]:
    """A page's lines in reading order, as stretches of one column each: top to bottom,
    and where the page runs in two columns (a gutter that several lines stop at), the
    right-hand column before the left one in a right-to-left page. A line across the
    gutter (a headline over both) ends the stretch above it."""
    lines = sorted(lines, key=lambda line: -line.top)
    gutter = _gutter(lines)
    if gutter is None:
        return [lines] if lines else []
    middle = sum(gutter) / 2
    first, second = ("right", "left") if _right_to_left(lines) else ("left", "right")
    stretches: list[list[_Line]] = []
    columns: dict[str, list[_Line]] = {"left": [], "right": []}

    def flush() -> None:
        for side in (first, second):
            if columns[side]:
                stretches.append(columns[side])
                columns[side] = []

    for line in lines:
        if line.x1 <= middle:
            columns["left"].append(line)
        elif line.x0 >= middle:
            columns["right"].append(line)
        else:
            flush()
            stretches.append([line])
    flush()
    return stretches


def _gutter(lines: list[_Line]) -> tuple[float, float] | None:
    """The gap between two columns, if the page has them: the widest strip in the middle
    of the page that almost no line crosses (a headline over both columns may) and that
    lines on both sides stop at."""
    if len(lines) < 4:
        return None
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    size = statistics.median(line.size for line in lines)
    allowed = len(lines) // 10
    best: tuple[float, float] | None = None
    start: float | None = None
    x = left + (right - left) * 0.25
    while x <= right - (right - left) * 0.25:
        crossing = sum(1 for line in lines if line.x0 < x < line.x1)
        if crossing <= allowed:
            start = x if start is None else start
        elif start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
        x += 1.0
    if best is None or best[1] - best[0] < size:
        return None
    middle = sum(best) / 2
    on_the_left = sum(line.x1 <= middle for line in lines)
    on_the_right = sum(line.x0 >= middle for line in lines)
    return best if on_the_left >= 3 and on_the_right >= 3 else None


def _right_to_left(lines: list[_Line]) -> bool:
    return sum(line.right_to_left for line in lines) * 2 >= len(lines)


def _continued(
    lines: list[_Line], previous: _Line | None, previous_edges: tuple[float, float]
) -> Iterator[tuple[_Line, bool, tuple[float, float]]]:
    """A column's lines, top to bottom, each with whether it carries on the paragraph of
    the line before: when it follows at a line's distance (or opens a column or a page
    after a line that ran to its column's edge) in the same size and direction, and the
    line before runs to the edge of its column."""
    if not lines:
        return
    edges = (min(line.x0 for line in lines), max(line.x1 for line in lines))
    for line in lines:
        carried_on = (
            previous is not None
            and abs(previous.size - line.size) < 0.5
            and previous.right_to_left == line.right_to_left
            and _wrapped(previous, line, *previous_edges)
            and (line is lines[0] or previous.bottom - line.top < _LINE_GAP * line.size)
        )
        yield line, carried_on, edges
        previous, previous_edges = line, edges


def _wrapped(line: _Line, following: _Line, left: float, right: float) -> bool:
    """Whether ``line`` was broken where ``following`` goes on: the room it leaves before
    its column's edge would not hold the first word of the line that follows (a right-to-
    left line ends at the left edge)."""
    room = line.x0 - left if line.right_to_left else right - line.x1
    first_word = following.text.split(" ", 1)[0]
    per_character = (following.x1 - following.x0) / max(len(following.text), 1)
    # Arabic letters are wider than the line's mean (spaces, marks and dots pull it down)
    wanted = (len(first_word) + 2) * per_character * 1.5
    return room < wanted or room < _SHORT_LINE * (right - left)
