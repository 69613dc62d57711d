"""Datelines of real articles (cited by url): place, date, agency; credits and bylines."""

from __future__ import annotations

import datetime as dt

import pytest

from nashra.extraction.pipeline import extract
from nashra.model import Document
from nashra.reading.articles import article_document


def first_item(article: dict):
    document = article_document(article, "saudinewsnet", None)
    return extract(document)[0]


@pytest.mark.parametrize(
    ("url", "place", "agency", "date"),
    [
        # SPA's double dateline, the place glued to the day
        ("http://www.spa.gov.sa/details.php?id=1386831", "الدمام", "واس", dt.date(2015, 8, 10)),
        # agency then place, closed by a colon
        ("http://sabq.org/wzCgde", "جدة", "واس", None),
        # reporter, newspaper credit, place
        ("http://sabq.org/kaCgde", "النماص", None, None),
        # reporter and credit only
        ("http://sabq.org/CXAgde", None, None, None),
        # newspaper credit and a generic wire credit: no place
        ("http://sabq.org/o1Cgde", None, None, None),
        (
            "http://www.3alyoum.com/news/local/a/وزارة-العمل-يحق-لليمنيين-بعد-تصحيح-أوض/",
            None,
            None,
            None,
        ),
        # credit and agency on a line of their own
        (
            "http://www.3alyoum.com/finance/a/الصندوق-العقاري-يعتمد-5839-قرضاً-لبناء-أك/",
            None,
            "واس",
            None,
        ),
        # a place after the credit, though no gazetteer lists it
        (
            "http://www.3alyoum.com/news/a/3-سفن-تعبر-قناة-السويس-الجديدة-في-أول-تش/",
            "الإسماعيلية",
            None,
            None,
        ),
        # reporter and place
        (
            "http://www.3alyoum.com/news/regions/a/القبض-على-مواطن-خمسيني-سرق-سيارة-وبدل-ل/",
            "الطائف",
            None,
            None,
        ),
        ("http://www.arreyadi.com.sa/Home/Details/NTM3OQ==", "الرياض", None, None),
        # a credit joined by a tatweel
        ("http://www.arreyadi.com.sa/Home/Details/Njg4Mg==", "القاهرة", None, None),
        # a reporter's byline running into the first sentence is no place
        ("http://www.3alyoum.com/news/local/a/ضبط-هكر-اخترق-موقع-مؤسسة-حكومية/", None, None, None),
    ],
)
def test_datelines_of_real_articles(corpus_article, url, place, agency, date):
    item = first_item(corpus_article(url))
    record = item.to_record()["dateline"]
    assert (record["place"], record["agency"]) == (place, agency)
    if date is not None:
        assert item.dateline.date == date
    if place is not None:
        s, e = item.to_record()["spans"]["dateline.place"]
        assert item.document.text[s:e] == place


def test_the_spa_dateline_carries_its_hijri_date(corpus_article):
    item = first_item(corpus_article("http://www.spa.gov.sa/details.php?id=1386831"))
    assert item.to_record()["dateline"]["hijri_date"] == "1436-10-25"
    assert item.date == dt.date(2015, 8, 10)


def test_a_sentence_opening_with_a_date_is_not_a_dateline():
    (item,) = extract(
        "في 14 يوليو وقعت الدول الست اتفاقاً مع إيران بعد مفاوضات طويلة استمرت عامين.",
        source_id="t",
    )
    assert item.dateline is None
    assert item.date == dt.date(2015, 7, 14) or item.date is None


def test_a_place_and_dash_opening_a_report_is_its_dateline():
    (item,) = extract(
        "الرياض - أعلنت وزارة الصحة أمس عن تسجيل حالات جديدة.",
        source_id="t",
        published=dt.date(2015, 8, 10),
    )
    assert item.dateline.place == "الرياض"
    assert item.date == dt.date(2015, 8, 9)


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        # the OIC's news agencies' union, in brackets after the place
        ("جدة (يونا) - ", "جدة", "يونا", None),
        ("جدة (إينا) ـ ", "جدة", "إينا", None),
        # a place and a date closed by a colon or a dash, the text running on
        ("إسطنبول، 22 مارس 2022: ", "إسطنبول", None, dt.date(2022, 3, 22)),
        ("جدة في 15 مارس 2022 - ", "جدة", None, dt.date(2022, 3, 15)),
        # SPA's double dateline opening a long paragraph
        (
            "جدة 12 شعبان 1443 هـ الموافق 15 مارس 2022 م واس ",
            "جدة",
            "واس",
            dt.date(2022, 3, 15),
        ),
    ],
)
def test_datelines_opening_a_paragraph_of_the_oics_and_agencies_news(opening, place, agency, date):
    text = (
        "الأمين العام يستقبل سفير تركيا\n\n"
        f"{opening}استقبل الأمين العام لمنظمة التعاون الإسلامي، حسين إبراهيم طه، اليوم سفير "
        "جمهورية تركيا لدى المملكة العربية السعودية، فاتح أولوصوي، وبحث معه سبل التعاون."
    )
    (item,) = extract(Document(text=text, source_id="t"))
    dateline = item.dateline
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    for value, span in (
        (dateline.place, dateline.place_span),
        (dateline.agency, dateline.agency_span),
    ):
        assert value is None or span.text(text) == value


def test_a_page_that_repeats_its_headline_and_dates_itself_on_a_line_of_its_own():
    # the text a web page gives: its headline, its date, then the dateline opening the text
    headline = "الأمين العام يستقبل سفير تركيا"
    text = (
        f"{headline}\nالثلاثاء 15 مارس 2022\nجدة (يونا) - استقبل الأمين العام لمنظمة "
        "التعاون الإسلامي، حسين إبراهيم طه، اليوم سفير جمهورية تركيا لدى المملكة العربية "
        "السعودية، فاتح أولوصوي، وبحث معه سبل التعاون."
    )
    (item,) = extract(Document(text=text, source_id="t", title=headline))
    dateline = item.dateline
    assert (dateline.place, dateline.agency, dateline.date) == ("جدة", "يونا", dt.date(2022, 3, 15))
    assert dateline.date_span.text(text) == "الثلاثاء 15 مارس 2022"
    assert [(e.type, e.date) for e in item.events] == [("meeting", dt.date(2022, 3, 15))]


def test_a_byline_after_the_headline_the_article_repeats(corpus_article):
    # " العثور على ستيني الباحة متوفى بأحد الجبال\n أحمد البشيري – الباحة\n عثر مدني الباحة …"
    url = "http://www.3alyoum.com/news/local/a/العثور-على-ستيني-الباحة-متوفى-بأحد-الج/"
    assert first_item(corpus_article(url)).dateline.place == "الباحة"
