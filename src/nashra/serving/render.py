"""HTML made in Python for the pages: an item's text with its spans, date histograms,
the UI's labels. Every piece of archive text goes through ``escape``."""

from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup, escape

LANGUAGES = ("ar", "en")


@cache
def labels() -> dict[str, dict[str, str]]:
    """UI labels by language, from labels.tsv (key, Arabic, English)."""
    path = Path(__file__).with_name("labels.tsv")
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r]
    rows = [r for r in rows if not r[0].startswith("#") and r[0] != "key"]
    return {lang: {r[0]: r[i] for r in rows} for i, lang in enumerate(LANGUAGES, start=1)}


def translator(lang: str):
    table = labels()[lang]
    fallback = labels()["en"]
    return lambda key: table.get(key) or fallback.get(key) or key


@dataclass(frozen=True)
class Span:
    start: int  # in the item's text
    end: int
    kinds: tuple[str, ...]  # css classes: person, state, org, place, trigger, date …
    title: str = ""

    @property
    def anchor(self) -> str:
        return span_anchor(self.start, self.end)


def web_link(url: str | None) -> str | None:
    """A document's url as a link target, only when it is a web address: a stored url
    such as ``javascript:…`` or ``data:…`` is shown as text, never followed."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def span_anchor(start: int, end: int) -> str:
    return f"s{start}-{end}"


def highlighted(text: str, spans: list[Span]) -> Markup:
    """``text`` escaped, each span in a ``<mark id=…>`` that record values link to.

    Spans nest (a person's mention holds their state's); one that crosses an open span
    gets only its anchor, at its start, so that links to it still land.
    """
    merged: dict[tuple[int, int], Span] = {}
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            continue
        key = (span.start, span.end)
        if key in merged:
            old = merged[key]
            kinds = tuple(dict.fromkeys(old.kinds + span.kinds))
            merged[key] = Span(span.start, span.end, kinds, old.title or span.title)
        else:
            merged[key] = span
    ordered = sorted(merged.values(), key=lambda s: (s.start, -s.end))
    out: list[str] = []
    pos = 0
    open_spans: list[Span] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_spans and open_spans[-1].end <= limit:
            top = open_spans.pop()
            out.append(str(escape(text[pos : top.end])))
            out.append("</mark>")
            pos = top.end

    for span in ordered:
        close_until(span.start)
        out.append(str(escape(text[pos : span.start])))
        pos = span.start
        if open_spans and span.end > open_spans[-1].end:
            out.append(f'<a class="anchor" id="{span.anchor}"></a>')
            continue
        classes = " ".join(f"m-{k}" for k in span.kinds)
        title = f' title="{escape(span.title)}"' if span.title else ""
        out.append(f'<mark id="{span.anchor}" class="{classes}"{title}>')
        open_spans.append(span)
    close_until(len(text))
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def histogram(
    buckets: list[tuple[str, int]],
    link: dict[str, str] | None = None,
    unit: str = "day",
    caption: str = "histogram",
) -> Markup:
    """Bars of counts by date, an SVG; with ``link`` (the current search's parameters)
    each bar narrows the search to its day or month."""
    if not buckets:
        return Markup("")
    width, height, gap = 640, 120, 1
    top = max(n for _, n in buckets)
    bar = max(2.0, (width - gap * len(buckets)) / len(buckets))
    width = int(len(buckets) * (bar + gap))
    # A group of links (not an image: it holds links), stretched to the page's width; its
    # axis is told in HTML below it, where stretching cannot squash the text.
    parts = [
        f'<svg class="histogram" viewBox="0 0 {width} {height}" role="group" '
        f'preserveAspectRatio="none" direction="ltr" aria-label="{escape(caption)}">'
    ]
    for i, (label, n) in enumerate(buckets):
        h = max(1.0, (height - 4) * n / top)
        x = i * (bar + gap)
        rect = (
            f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" height="{h:.1f}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        if link is not None:
            start, end = _bounds(label, unit)
            query = urlencode({**link, "from": start, "to": end})
            # out of the Tab order: the date fields of the filters do the same by keyboard
            rect = (
                f'<a href="?{escape(query)}" tabindex="-1" '
                f'aria-label="{escape(label)}: {n}">{rect}</a>'
            )
        parts.append(rect)
    parts.append("</svg>")
    parts.append(
        f'<div class="axis"><span>{escape(buckets[0][0])}</span>'
        f"<span>{escape(buckets[-1][0])}</span></div>"
    )
    return Markup("".join(parts))


def _bounds(label: str, unit: str) -> tuple[str, str]:
    if unit == "month":
        year, month = map(int, label.split("-"))
        return f"{label}-01", f"{label}-{calendar.monthrange(year, month)[1]:02d}"
    return label, label
