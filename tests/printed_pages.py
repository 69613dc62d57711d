"""The right-to-left page Chromium prints to PDF for the paged-document tests and for
bench/pdf.py: one layout, so the benchmark times the documents the tests check."""

from __future__ import annotations

import html


def page_html(paragraphs: list[str], width: int) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>'
        f"body {{ font-family: 'DejaVu Sans'; font-size: 13px; width: {width}px; margin: 0 auto }}"
        "p { margin: 0 0 10px 0 }</style></head>"
        f"<body>{body}</body></html>"
    )
