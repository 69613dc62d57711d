"""Bulletin issues composed from archive items, in the layout of the seed bulletin.

A text issue is what nashra reads back: a title with the issue number, then each item —
headline, dateline (``نيويورك، ٢٤ سبتمبر ٢٠٢١``), body — closed by a line of asterisks, and
a tags line (``وسوم: العدد 948``). HTML (right to left) and Markdown carry the same parts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from html import escape

from nashra.data import rows
from nashra.extraction.segment import SEPARATOR_LINE, TAGS_LINE
from nashra.storage.archive import Archive

SEPARATOR = "*" * 33
DIGITS = ("arabic-indic", "latin")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass
class BulletinItem:
    headline: str
    place: str | None
    date: dt.date | None
    body: str
    item_id: int | None = None


@dataclass
class Bulletin:
    number: int
    title: str
    date: dt.date  # of publication
    items: list[BulletinItem]
    tags: list[str] = field(default_factory=list)


class BulletinError(ValueError):
    """An issue that cannot be composed or stored as asked."""


@cache
def month_names() -> dict[int, str]:
    """Gregorian month names of CLDR's standard Arabic series (يناير … ديسمبر)."""
    return {
        int(month): form
        for calendar, month, form, series in rows("months")
        if calendar == "gregorian" and series.startswith("standard")
    }


def digits(text: str, style: str) -> str:
    return text.translate(_ARABIC_INDIC) if style == "arabic-indic" else text


def dateline(item: BulletinItem, style: str = "arabic-indic") -> str | None:
    """``place، day month year``; the place or the date alone when only one is known."""
    date = None
    if item.date is not None:
        date = digits(f"{item.date.day} {month_names()[item.date.month]} {item.date.year}", style)
    if item.place and date:
        return f"{item.place}، {date}"
    return item.place or date


def clean_body(body: str) -> str:
    """The body without lines the layout reserves: a separator line would cut the item in
    two, a tags line would end the issue."""
    lines = [
        line
        for line in body.strip().splitlines()
        if not SEPARATOR_LINE.match(line) and not TAGS_LINE.match(line)
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class _Layout:
    """How a plain-text format marks each part of an issue (``{}`` is the part)."""

    title: str
    headline: str
    dateline: str
    separator: str
    tags: str


_TEXT = _Layout("{}", "{}", "{}", SEPARATOR, "وسوم: {}")
_MARKDOWN = _Layout("# {}", "## {}", "*{}*", "---", "**وسوم:** {}")


def _lay_out(bulletin: Bulletin, style: str, layout: _Layout) -> str:
    number = digits(str(bulletin.number), style)
    parts = [layout.title.format(f"{bulletin.title} {number}"), ""]
    for item in bulletin.items:
        parts += [layout.headline.format(item.headline), ""]
        line = dateline(item, style)
        if line:
            parts += [layout.dateline.format(line), ""]
        parts += [clean_body(item.body), "", layout.separator, ""]
    parts.append(layout.tags.format("، ".join([f"العدد {number}", *bulletin.tags])))
    return "\n".join(parts) + "\n"


def to_text(bulletin: Bulletin, style: str = "arabic-indic") -> str:
    return _lay_out(bulletin, style, _TEXT)


def to_markdown(bulletin: Bulletin, style: str = "arabic-indic") -> str:
    return _lay_out(bulletin, style, _MARKDOWN)


def paragraphs_html(text: str) -> str:
    """Text as HTML paragraphs (blank lines part them, a line break stays one), escaped."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def to_html(bulletin: Bulletin, style: str = "arabic-indic", fragment: bool = False) -> str:
    """A right-to-left page (or, with ``fragment``, its ``<article>`` alone); every text of
    the archive is escaped."""
    number = digits(str(bulletin.number), style)
    out = [
        '<article class="bulletin" dir="rtl" lang="ar">',
        f"<h1>{escape(bulletin.title)} {number}</h1>",
    ]
    for item in bulletin.items:
        out.append('<section class="bulletin-item">')
        out.append(f"<h2>{escape(item.headline)}</h2>")
        line = dateline(item, style)
        if line:
            out.append(f'<p class="dateline">{escape(line)}</p>')
        out.append(paragraphs_html(clean_body(item.body)))
        out.append("</section>")
    tags = [f"العدد {number}", *bulletin.tags]
    out.append(f'<p class="tags">وسوم: {escape("، ".join(tags))}</p>')
    out.append("</article>")
    body = "\n".join(out)
    if fragment:
        return body
    return (
        '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8">'
        f"<title>{escape(bulletin.title)} {number}</title></head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


FORMATS = {"text": to_text, "markdown": to_markdown, "html": to_html}


# ---- the archive's side ------------------------------------------------------------------


def items_from_archive(archive: Archive, item_ids: list[int]) -> list[BulletinItem]:
    """The items, in the order given, as a bulletin carries them."""
    marks = ",".join("?" * len(item_ids)) or "NULL"
    rows = {
        row["id"]: row
        for row in archive.db.execute(
            f"""SELECT items.id, items.headline, items.date, items.place,
                       substr(documents.text, items.body_start + 1,
                              items.end - items.body_start) AS body
                FROM items JOIN documents ON documents.id = items.document_id
                WHERE items.id IN ({marks})""",
            item_ids,
        )
    }
    missing = [i for i in item_ids if i not in rows]
    if missing:
        raise BulletinError(f"no item {', '.join(map(str, missing))} in the archive")
    out = []
    for item_id in item_ids:
        row = rows[item_id]
        out.append(
            BulletinItem(
                headline=row["headline"] or "",
                place=row["place"],
                date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
                body=row["body"],
                item_id=item_id,
            )
        )
    return out


def next_number(archive: Archive) -> int:
    return (archive.db.execute("SELECT max(number) FROM bulletins").fetchone()[0] or 0) + 1


def store(archive: Archive, bulletin: Bulletin) -> None:
    """Keep the issue; its number must be new (an issue once published does not change)."""
    if archive.db.execute("SELECT 1 FROM bulletins WHERE number = ?", [bulletin.number]).fetchone():
        raise BulletinError(f"issue {bulletin.number} exists already: `nashra bulletin show`")
    archive.db.execute(
        "INSERT INTO bulletins (number, title, date, tags, items) VALUES (?, ?, ?, ?, ?)",
        [
            bulletin.number,
            bulletin.title,
            bulletin.date.isoformat(),
            json.dumps(bulletin.tags, ensure_ascii=False),
            json.dumps([i.item_id for i in bulletin.items]),
        ],
    )


def load(archive: Archive, number: int) -> Bulletin | None:
    row = archive.db.execute("SELECT * FROM bulletins WHERE number = ?", [number]).fetchone()
    if row is None:
        return None
    return Bulletin(
        number=row["number"],
        title=row["title"],
        date=dt.date.fromisoformat(row["date"]),
        items=items_from_archive(archive, json.loads(row["items"])),
        tags=json.loads(row["tags"]),
    )


def listing(archive: Archive, limit: int = 100, offset: int = 0) -> list[dict]:
    """Published issues, newest first: number, title, date and how many items."""
    return [
        {
            "number": row["number"],
            "title": row["title"],
            "date": row["date"],
            "items": len(json.loads(row["items"])),
        }
        for row in archive.db.execute(
            "SELECT * FROM bulletins ORDER BY number DESC LIMIT ? OFFSET ?", [limit, offset]
        )
    ]
