"""Bulletins into items: the seed exactly, and no character lost or repeated, ever."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from nashra.extraction.pipeline import extract
from nashra.extraction.segment import segment
from nashra.model import Document
from shared_paths import SEED


def seed_items():
    document = Document(text=SEED.read_text(encoding="utf-8"), source_id=str(SEED))
    return document, extract(document)


def test_the_seed_yields_its_four_items_exactly_as_the_gold_has_them(seed_gold):
    _, items = seed_items()
    assert len(items) == len(seed_gold["items"]) == 4
    for item, gold in zip(items, seed_gold["items"], strict=True):
        record = item.to_record()
        assert record["headline"] == gold["headline"]
        assert record["dateline"] == gold["dateline"]
        assert record["date"] == gold["date"]


def test_the_seed_title_issue_and_tags_are_document_metadata(seed_gold):
    document, items = seed_items()
    assert document.title == seed_gold["title"]
    assert document.issue == seed_gold["issue"] == 948
    assert document.tags == seed_gold["tags"]
    assert all("وسوم" not in item.text for item in items)
    assert all(seed_gold["title"] not in item.text for item in items)


def test_seed_spans_point_at_the_values(seed_gold):
    document, items = seed_items()
    text = document.text
    first = items[0].to_record()["spans"]
    assert text[slice(*first["headline"])] == seed_gold["items"][0]["headline"]
    assert text[slice(*first["dateline"])] == "نيويورك، ٢٤ سبتمبر ٢٠٢١"
    assert text[slice(*first["dateline.place"])] == "نيويورك"
    assert text[slice(*first["date"])].split() == ["اليوم", "الجمعة", "24", "سبتمبر", "2021"]
    third = items[2].to_record()["spans"]
    assert text[slice(*third["date"])].split() == [
        "اليوم",
        "الأربعاء",
        "الموافق",
        "22",
        "سبتمبر",
        "2021",
    ]


def test_separator_lines_of_any_mark_and_length():
    for mark in "*-=_#~":
        text = f"عنوان أول\n\nنص الخبر الأول.\n{mark * 5}\nعنوان ثان\n\nنص الخبر الثاني.\n"
        items = extract(text, source_id="t")
        assert [i.headline for i in items] == ["عنوان أول", "عنوان ثان"]
        assert [i.body for i in items] == ["نص الخبر الأول.", "نص الخبر الثاني."]


def test_a_titled_article_is_one_item_whatever_rules_it_holds():
    document = Document(
        text="الفقرة الأولى.\n*****\nالفقرة الثانية.", source_id="a", title="عنوان المقال"
    )
    (item,) = extract(document)
    assert item.headline == "عنوان المقال"
    assert "الفقرة الثانية" in item.body


def test_relative_dates_resolve_against_publication_when_there_is_no_dated_dateline():
    (item,) = extract(
        "استقبل أمير المنطقة أمس في مكتبه رئيس المجلس البلدي.",
        published=dt.date(2015, 8, 10),
        source_id="t",
    )
    assert item.date == dt.date(2015, 8, 9)


def test_no_date_in_the_text_means_no_date():
    (item,) = extract("نظام فكري يقوم على تمجيد الفرد.", published=dt.date(2015, 8, 10))
    assert item.date is None


# Bulletin-like text: lines of words, blank lines, separator lines, tags lines.
words = st.sampled_from(
    [
        "الأمين",
        "العام",
        "يلتقي",
        "وزير",
        "خارجية",
        "البحرين",
        "نيويورك،",
        "٢٤",
        "سبتمبر",
        "٢٠٢١",
        "اليوم",
        "الجمعة",
        "واس",
        "-",
        "–",
        ":",
        "هـ",
        "25",
        "شوال",
        "1436",
        "الموافق",
        "سبق",
        "الرياض",
        "جدة",
        "*",
        "وسوم:",
        "العدد",
        "948",
        "عين",
        "متابعات",
        ".",
    ]
)
line = st.lists(words, min_size=1, max_size=12).map(" ".join)
separator = st.builds(lambda c, n: c * n, st.sampled_from("*-=_#~"), st.integers(3, 40))
block = st.one_of(line, line, line, separator, st.just(""), st.just("وسوم: العدد 948، منظمة"))
bulletin = st.lists(block, max_size=25).map("\n".join)


def _owned_characters(text, layout):
    spans = [layout.title, *layout.tags_spans, *layout.separators]
    for item in layout.items:
        spans += [item.headline, item.dateline_line, item.body, item.tags_span]
    owned = [0] * len(text)
    for span in spans:
        if span is None:
            continue
        for i in range(span.start, span.end):
            owned[i] += 1
    return owned


@settings(max_examples=300)
@given(bulletin, st.booleans())
def test_the_segmenter_never_loses_or_repeats_a_character(text, has_title):
    layout = segment(text, has_title=has_title)
    owned = _owned_characters(text, layout)
    for i, char in enumerate(text):
        if char.isspace():
            assert owned[i] <= 1
        else:
            assert owned[i] == 1, (i, char, text)


@settings(max_examples=100)
@given(bulletin)
def test_extraction_never_raises_on_bulletin_like_text(text):
    for item in extract(text, source_id="t", published=dt.date(2015, 8, 10)):
        record = item.to_record()
        for name, (start, end) in record["spans"].items():
            assert 0 <= start <= end <= len(text), name
