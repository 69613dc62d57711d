"""PDF and Word documents in, exactly: the seed and corpus articles rendered to PDF by
Chromium (right-to-left HTML) and to .docx by python-docx at run time, read back by nashra,
give what their text gives. Each failure of the usual PDF tools is pinned on a real page.
"""

from __future__ import annotations

import difflib
import html
import io
import json
import shutil
from itertools import islice
from pathlib import Path

import docx
import pytest
from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from nashra.evaluation.score import load_gold, score
from nashra.extraction.pipeline import extract
from nashra.reading import ReadError, read, read_bytes
from nashra.reading.pdf import _letters, _logical, pdf_document
from nashra.text.normalization import normalize
from printed_pages import page_html
from shared_paths import DEV_INPUT, SEED, SEED_GOLD
from test_cli import nashra  # the command line as a user runs it

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SEED_ID = "seeds/oic-news-948.txt"


@pytest.fixture(scope="module")
def render():
    """``render(paragraphs, width, **pdf_options)``: the bytes of a PDF Chromium prints."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()

        def make(paragraphs: list[str], width: int = 600, markup: str | None = None, **options):
            page.set_content(markup or page_html(paragraphs, width))
            return page.pdf(format="A4", **options)

        yield make
        browser.close()


def word_file(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        if paragraph.strip():
            document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def seed_paragraphs() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def seed_score(data: bytes, suffix: str):
    (document,) = read_bytes(data, f"seed{suffix}", suffix=suffix)
    records = []
    for item in extract(document):
        record = item.to_record()
        record["source_id"] = SEED_ID
        records.append(record)
    return score(load_gold(SEED_GOLD), {SEED_ID: records})


def _flat(text: str) -> str:
    return " ".join(normalize(text).text.split())


@pytest.mark.parametrize("width", [600, 300])
def test_the_seed_printed_to_pdf_reads_as_its_text_file(render, width):
    data = render(seed_paragraphs(), width)
    report = seed_score(data, ".pdf")
    scope = report.all_types
    assert scope.types.f1 == scope.participants.f1 == scope.countries.f1 == 1.0
    for accuracy in (report.date, report.headline, report.dateline_place, report.dateline_date):
        assert accuracy.value == 1.0
    (document,) = read_bytes(data, "seed.pdf")
    agreement = difflib.SequenceMatcher(
        None, _flat(SEED.read_text(encoding="utf-8")), _flat(document.text), autojunk=False
    ).ratio()
    assert agreement >= 0.995


def test_the_seed_as_a_word_document_reads_as_its_text_file():
    report = seed_score(word_file(seed_paragraphs()), ".docx")
    assert report.all_types.types.f1 == report.all_types.participants.f1 == 1.0
    assert report.headline.value == report.date.value == 1.0


def _reading(document) -> list:
    """What extraction reads off a document: headline, date, events and their parties."""
    return [
        (
            " ".join((item.headline or "").split()),
            item.date,
            sorted(
                repr(
                    (e.type, [(p.name, p.role, p.country or p.org, p.side) for p in e.participants])
                )
                for e in item.events
            ),
        )
        for item in extract(document)
    ]


def test_corpus_articles_as_pdf_and_word_give_the_records_of_their_json(render):
    same = {"pdf": 0, "docx": 0}
    articles = list(islice(read(DEV_INPUT), 50))
    for article in articles:
        paragraphs = [article.title or "", *article.text.split("\n")]
        expected = _reading(article)
        for kind, data in (
            ("pdf", render(paragraphs)),
            ("docx", word_file(paragraphs)),
        ):
            (document,) = read_bytes(data, f"article.{kind}")
            # what a file does not carry, given as nashra ingest --published would
            document.published, document.media, document.url = (
                article.published,
                article.media,
                article.url,
            )
            same[kind] += _reading(document) == expected
    assert same["pdf"] >= 49 and same["docx"] >= 49, same


def test_presentation_forms_become_letters_and_a_lam_alef_two():
    # pypdf and pdfminer hand back "ﻣﻨﻈﻤﺔ" (U+FExx glyph forms) for منظمة
    assert _letters("ﻣﻨﻈﻤﺔ") == "منظمة"
    assert _letters("ﻻ") == "لا"
    assert _letters("٢٠٢١ 76") == "٢٠٢١ 76"  # NFKC is kept off digits


def test_a_right_to_left_line_is_read_right_to_left_with_its_numbers_left_to_right(render):
    data = render(
        ["نيويورك، ٢٤ سبتمبر ٢٠٢١", "الدورة 76 للجمعية العامة (الأمم المتحدة) United Nations"]
    )
    document = pdf_document(data, "dateline.pdf")
    # pdfminer alone: "٢٠٢١ ﺮﺒﻤﺘﺒﺳ ٢٤ ،كرﻮﻳﻮﻴﻧ" — letters reversed, the year turned round
    assert document.text.split("\n\n") == [
        "نيويورك، ٢٤ سبتمبر ٢٠٢١",
        "الدورة 76 للجمعية العامة (الأمم المتحدة) United Nations",
    ]


def test_a_wrapped_headline_is_one_line(render):
    headline = seed_paragraphs()[2]
    document = pdf_document(render([headline, "نيويورك، ٢٤ سبتمبر ٢٠٢١"], 250), "narrow.pdf")
    assert document.text.split("\n\n")[0] == " ".join(headline.split())


def test_a_page_in_two_columns_is_read_right_column_first(render):
    # the bulletin's title over both columns, then its items flowing down the right-hand
    # column and on into the left one, paragraphs carried across
    title, *rest = [p for p in seed_paragraphs() if p.strip()]
    markup = (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>'
        "body { font-family: 'DejaVu Sans'; font-size: 12px; margin: 0 }"
        "h1 { font-size: 16px } .columns { column-count: 2; column-gap: 28px }"
        "p { margin: 0 0 9px 0 }</style></head>"
        f"<body><h1>{html.escape(title)}</h1><div class='columns'>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in rest)
        + "</div></body></html>"
    )
    data = render([], markup=markup, margin={"top": "40px", "bottom": "40px"})
    report = seed_score(data, ".pdf")
    assert report.all_types.types.f1 == report.all_types.participants.f1 == 1.0
    assert report.headline.value == report.date.value == 1.0
    (document,) = read_bytes(data, "columns.pdf")
    # (the source's "خاصة ً", a mark on a space, reads "خاصةً" off the page)
    assert [_flat(p) for p in document.text.split("\n\n")] == [_flat(p) for p in [title, *rest]]


def test_a_tables_rows_are_lines_of_their_cells_in_reading_order(render):
    rows = [
        ["الدولة", "الوفد", "عدد الأعضاء"],
        ["المملكة العربية السعودية", "وزير الخارجية", "12"],
        ["مملكة البحرين", "وزير الدولة", "8"],
    ]
    table = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    markup = (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>'
        "body { font-family: 'DejaVu Sans'; font-size: 13px } td { padding: 4px 30px }"
        f"</style></head><body><p>جدول الوفود</p><table>{table}</table></body></html>"
    )
    document = pdf_document(render([], markup=markup), "table.pdf")
    assert document.text.split("\n\n") == ["جدول الوفود"] + [" | ".join(r) for r in rows]


def test_page_numbers_and_running_heads_are_dropped_and_each_item_keeps_its_page(render):
    footer = (
        '<div style="font-size:10px;width:100%;text-align:center">'
        'صفحة <span class="pageNumber"></span></div>'
    )
    head = '<div style="font-size:10px;width:100%;text-align:center">نشرة أخبار المنظمة</div>'
    data = render(
        seed_paragraphs(),
        250,
        display_header_footer=True,
        footer_template=footer,
        header_template=head,
        margin={"top": "60px", "bottom": "60px"},
    )
    (document,) = read_bytes(data, "seed.pdf")
    assert len(document.pages) > 1
    assert "نشرة أخبار المنظمة" not in document.text
    assert not [line for line in document.text.split("\n") if "صفحة" in line]
    report = seed_score(data, ".pdf")
    assert report.all_types.types.f1 == report.headline.value == 1.0
    pages = [item.to_record()["document"]["page"] for item in extract(document)]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] > 1


def test_a_scanned_page_is_reported_by_name_and_the_batch_goes_on(render, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(
        render([], markup='<div style="width:400px;height:600px;background:#333"></div>')
    )
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(ReadError, match="no text layer"):
        list(read(scan))
    result = nashra("extract", str(scan), str(broken), str(SEED))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert f"{scan}: the PDF has no text layer" in stderr
    assert f"{broken}: " in stderr
    assert len([json.loads(line) for line in result.stdout.decode().splitlines()]) == 4


def test_a_pdf_locked_by_a_password_is_reported_and_one_only_restricted_is_read(render):
    from pypdf import PdfReader, PdfWriter

    printed = PdfReader(io.BytesIO(render(seed_paragraphs())))

    def locked(user_password: str) -> bytes:
        writer = PdfWriter()
        for page in printed.pages:
            writer.add_page(page)
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    with pytest.raises(ReadError, match=r"locked\.pdf: the PDF is encrypted"):
        pdf_document(locked("secret"), "locked.pdf")
    # no password to open it, only one to change it (copying "forbidden"): it is read
    assert pdf_document(locked(""), "restricted.pdf").text.startswith("أخبار منظمة")


ARABIC_WORDS = st.from_regex(r"[ابتثجحخدذرزسشصضطظعغفقكلمنهويءة]{1,8}،?", fullmatch=True)
NUMBERS = st.from_regex(r"[0-9]{1,4}([/.:,][0-9]{1,4})?%?|[٠-٩]{1,4}(,[٠-٩]{1,4})?", fullmatch=True)
LATIN = st.from_regex(r"[A-Za-z]{1,8}([ -][A-Za-z0-9]{1,8})?", fullmatch=True)


@given(st.lists(st.tuples(st.one_of(NUMBERS, LATIN), ARABIC_WORDS), max_size=8))
def test_a_line_laid_out_by_the_bidi_algorithm_reads_back_in_its_order(pairs):
    # python-bidi (the Rust unicode-bidi crate) lays a right-to-left line out as a page
    # shows it; read back glyph by glyph, it is the line again. (A number beside a Latin
    # word shows the same in either order, so each stands among Arabic words here.)
    line = " ".join(["عربي", *(word for pair in pairs for word in pair)])
    assert _logical(list(get_display(line, base_dir="R"))) == line
