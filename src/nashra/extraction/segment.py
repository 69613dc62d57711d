"""Split a document into news items: title, headline, dateline line, body and tags.

A bulletin separates its items with lines of one repeated mark (``*****``, ``-----``,
``=====``, ``_____``, ``#####``, ``~~~~~``). Its first lines carry the bulletin's title (with the
issue number) and a tags line (``وسوم: العدد 948``) may close it; both are document
metadata, not items. Within an item, the short lines before the first paragraph are its
headline and dateline. A newspaper article is one item whose headline is its title.

Every character of the document that is not white space falls into exactly one of the spans
this returns (title, separators, tags, and each item's headline, dateline line and body):
the segmenter never loses or repeats text.

A document with a title of its own (a JSON article, a web page) is one item: lines of
asterisks inside a newspaper article divide its sections, not separate news items.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from nashra.extraction.dateline import dateline_in_line
from nashra.model import Dateline, Span
from nashra.text.normalization import fold

SEPARATOR_LINE = re.compile(r"^[ \t]*([*\-=_#~•])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
TAGS_LINE = re.compile(
    r"^\s*(?:وسوم|الوسوم|كلمات مفتاحية|الكلمات المفتاحية|الكلمات الدلالية|tags|keywords)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
_TAG_SPLIT = re.compile(r"\s*[،,؛;|#]\s*")
_ISSUE_IN_TEXT = re.compile(r"(?:العدد|عدد|رقم|issue|no\.?)\s*[:#]?\s*(\d{1,6})\b", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"(\d{1,6})\s*$")
_MAX_HEADING_WORDS = 40
_SENTENCE_END = (".", ":", "؛", "…")


@dataclass(slots=True)
class ItemLayout:
    span: Span
    body: Span
    headline: Span | None = None
    dateline_line: Span | None = None
    dateline: Dateline | None = None
    tags: list[str] = field(default_factory=list)
    tags_span: Span | None = None


@dataclass(slots=True)
class Layout:
    items: list[ItemLayout]
    title: Span | None = None
    tags: list[str] = field(default_factory=list)
    tags_spans: list[Span] = field(default_factory=list)
    separators: list[Span] = field(default_factory=list)
    issue: int | None = None

    def add_tags(self, text: str, line: Span) -> None:
        self.tags_spans.append(line)
        self.tags.extend(t for t in parse_tags(line.text(text)) if t not in self.tags)


def _lines(text: str, start: int, end: int) -> list[Span]:
    """Non-blank lines of ``text[start:end]``, trimmed of surrounding white space."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw = text[pos:line_end]
        stripped = raw.strip()
        if stripped:
            left = pos + (len(raw) - len(raw.lstrip()))
            out.append(Span(left, left + len(stripped)))
        pos = line_end + 1
    return out


def _is_heading(text: str, line: Span) -> bool:
    content = line.text(text)
    return len(content.split()) <= _MAX_HEADING_WORDS and not content.endswith(_SENTENCE_END)


def parse_tags(line: str) -> list[str]:
    body = TAGS_LINE.sub("", line, count=1)
    return [t for t in _TAG_SPLIT.split(body.strip()) if t]


def segment(text: str, has_title: bool = False, reference: dt.date | None = None) -> Layout:
    """Lay out ``text`` into items. ``has_title``: the document's title comes from its
    metadata (a JSON article, a web page), so no line of the text is taken as the title.
    ``reference``: the publication date, for dateline dates written without a year."""
    # An article with a title of its own is one item, whatever rules divide its text.
    separators = (
        [] if has_title else [Span(m.start(), m.end()) for m in SEPARATOR_LINE.finditer(text)]
    )
    bounds = []
    pos = 0
    for sep in separators:
        bounds.append((pos, sep.start))
        pos = sep.end
    bounds.append((pos, len(text)))
    segments = [lines for s, e in bounds if (lines := _lines(text, s, e))]
    layout = Layout(items=[], separators=separators)
    bulletin = len(segments) > 1
    for index, lines in enumerate(segments):
        if all(TAGS_LINE.match(line.text(text)) for line in lines):
            # A segment of tags lines alone tags the whole document.
            for line in lines:
                layout.add_tags(text, line)
            continue
        item = _item(
            text,
            lines,
            may_have_title=index == 0 and not has_title,
            layout=layout,
            bulletin=bulletin,
            has_title=has_title,
            reference=reference,
        )
        if item is not None:
            layout.items.append(item)
    layout.issue = _issue(text, layout)
    return layout


def _item(
    text: str,
    lines: list[Span],
    may_have_title: bool,
    layout: Layout,
    bulletin: bool,
    has_title: bool,
    reference: dt.date | None,
) -> ItemLayout | None:
    tags: list[str] = []
    tags_span = None
    if len(lines) > 1 and TAGS_LINE.match(lines[-1].text(text)):
        tags_span = lines[-1]
        tags = parse_tags(tags_span.text(text))
        lines = lines[:-1]
    lead = 0  # heading-like lines before the first paragraph, at most three
    while lead < min(3, len(lines)) and _is_heading(text, lines[lead]):
        lead += 1
    if lead == len(lines) and may_have_title and bulletin and lead <= 2:
        # A segment of headings alone before the first separator: the bulletin's title.
        layout.title = Span(lines[0].start, lines[-1].end)
        if tags_span is not None:
            layout.add_tags(text, tags_span)
        return None
    headline = dateline_line = None
    dateline = None
    first_item_line = 0  # lines before it are the bulletin's title
    first_body = 0
    for i in range(lead):
        found = dateline_in_line(text, lines[i].start, lines[i].end, reference)
        if found is None or (has_title and i > 0) or (i == 0 and bulletin and not has_title):
            continue
        dateline, dateline_line = found, lines[i]
        first_item_line = i
        if i >= 1 and not has_title:
            headline = lines[i - 1]
            first_item_line = i - 1
        first_body = i + 1
        break
    else:
        if not has_title and lead and lead < len(lines):
            first_item_line = 1 if lead >= 2 and may_have_title and bulletin else 0
            headline = lines[first_item_line]
            first_body = first_item_line + 1
    if first_item_line and may_have_title:
        layout.title = Span(lines[0].start, lines[first_item_line - 1].end)
    elif first_item_line:
        # Heading lines above the headline, with no title to be: the headline runs over them.
        headline = Span(lines[0].start, headline.end if headline else lines[first_item_line].end)
        first_item_line = 0
    if first_body < len(lines):
        body = Span(lines[first_body].start, lines[-1].end)
    else:
        end = lines[-1].end
        body = Span(end, end)
    return ItemLayout(
        span=Span(lines[first_item_line].start, (tags_span or lines[-1]).end),
        body=body,
        headline=headline,
        dateline_line=dateline_line,
        dateline=dateline,
        tags=tags,
        tags_span=tags_span,
    )


def _issue(text: str, layout: Layout) -> int | None:
    candidates = []
    if layout.title is not None:
        candidates.append(fold(layout.title.text(text)))
    candidates.extend(fold(tag) for tag in layout.tags)
    for candidate in candidates:
        m = _ISSUE_IN_TEXT.search(candidate)
        if m:
            return int(m.group(1))
    if layout.title is not None:
        m = _TRAILING_NUMBER.search(fold(layout.title.text(text)))
        if m:
            return int(m.group(1))
    return None
