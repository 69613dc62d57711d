"""Reading real documents in every supported format, and failing clearly on bad ones."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import zipfile

import pytest

from nashra.reading import Limits, ReadError, read, read_bytes
from shared_paths import CORPUS, DEV_INPUT, SEED


def test_reads_a_saudinewsnet_daily_zip_as_it_is(corpus_article):
    path = CORPUS / "2015-08-10.zip"
    documents = list(read(path))
    with zipfile.ZipFile(path) as archive:
        (name,) = archive.namelist()
        expected = json.loads(archive.read(name))
    assert len(documents) == len(expected)
    first = documents[0]
    assert first.source_id == expected[0]["url"]
    assert first.published == dt.date.fromisoformat(expected[0]["date_extracted"][:10])
    assert first.source_file == f"{path}!{name}"
    assert first.line == 2  # the array's first element starts on line 2
    assert first.media == expected[0]["source"]


def test_reads_the_dev_input_jsonl_with_line_numbers():
    documents = list(read(DEV_INPUT))
    assert len(documents) == 100
    assert [d.line for d in documents[:3]] == [1, 2, 3]
    assert documents[0].title.startswith("«داعش» يشن")


def test_reads_a_folder_recursively(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown extension in a folder: skipped
    documents = list(read(tmp_path))
    assert [d.source_id for d in documents] == [str(tmp_path / "a" / "seed.txt")]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: t.encode("utf-16-le"),  # without BOM
        lambda t: t.encode("cp1256", errors="ignore"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "windows-1256"],
)
def test_text_encodings_are_detected(tmp_path, encode):
    text = "نيويورك، 24 سبتمبر 2021\n\nالتقى الأمين العام وزير خارجية البحرين."
    path = tmp_path / "bulletin.txt"
    path.write_bytes(encode(text))
    (document,) = read(path)
    assert document.text.lstrip("\ufeff") == text


def test_undecodable_bytes_name_the_file_and_line(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"first line\nsecond \xff\xfe\x00\x01\x02 line\n")
    with pytest.raises(ReadError) as info:
        list(read(path))
    assert info.value.source == str(path)
    assert info.value.line == 2
    assert "not UTF-8, UTF-16 or Windows-1256" in str(info.value)


def test_a_broken_jsonl_line_is_reported_and_the_others_are_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {"id": "a", "title": "عنوان", "text": "نص الخبر"}
    path.write_text(
        json.dumps(good, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"id": "c", "text": 5})
        + "\n"
        + json.dumps({**good, "id": "d"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    errors: list[ReadError] = []
    documents = list(read(path, on_error=errors.append))
    assert [d.source_id for d in documents] == ["a", "d"]
    assert [(e.line, e.source) for e in errors] == [(2, str(path)), (3, str(path))]
    assert "invalid JSON" in errors[0].message
    assert "no 'text' or 'content'" in errors[1].message


def test_a_json_array_is_streamed_with_the_line_of_each_bad_element(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(
        '[\n {"id": "1", "content": "أ"},\n "not an article",\n {"id": "3", "content": "ب"}\n]',
        encoding="utf-8",
    )
    errors: list[ReadError] = []
    documents = list(read(path, on_error=errors.append))
    assert [d.source_id for d in documents] == ["1", "3"]
    assert [(e.line, e.message) for e in errors] == [(3, "expected an article object, got str")]


def test_a_truncated_json_array_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"id": "1", "content": "أ"},\n{"id": "2", "cont', encoding="utf-8")
    errors: list[ReadError] = []
    documents = list(read(path, on_error=errors.append))
    assert [d.source_id for d in documents] == ["1"]
    assert errors and errors[0].line == 2


def test_empty_and_missing_files_are_errors_not_crashes(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    errors: list[ReadError] = []
    assert list(read([empty, tmp_path / "missing.txt"], on_error=errors.append)) == []
    assert [e.message for e in errors] == ["empty document", "no such file or directory"]


def test_a_damaged_zip_is_reported(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    errors: list[ReadError] = []
    assert list(read(path, on_error=errors.append)) == []
    assert "zip" in errors[0].message


def test_html_main_text_comes_through_trafilatura(tmp_path):
    paragraphs = "".join(
        f"<p>استقبل صاحب السمو الملكي أمير منطقة الرياض في مكتبه بقصر الحكم أمس الوفد رقم {i}، "
        "وجرى خلال الاستقبال بحث عدد من الموضوعات ذات الاهتمام المشترك بين الجانبين.</p>"
        for i in range(6)
    )
    page = (
        '<html lang="ar" dir="rtl"><head><title>أمير الرياض يستقبل وفداً</title>'
        '<meta property="article:published_time" content="2015-08-10"></head><body>'
        "<nav>الرئيسية | أخبار | رياضة</nav><article><h1>أمير الرياض يستقبل وفداً</h1>"
        f"{paragraphs}</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read(path)
    assert document.title == "أمير الرياض يستقبل وفداً"
    assert "بقصر الحكم أمس" in document.text
    assert "جميع الحقوق محفوظة" not in document.text
    assert document.published == dt.date(2015, 8, 10)


def test_bytes_without_a_name_are_sniffed():
    data = json.dumps([{"url": "u", "content": "نص"}]).encode()
    (document,) = read_bytes(data, "<stdin>")
    assert document.source_id == "u"
    (text,) = read_bytes("نيويورك، ٢٤ سبتمبر ٢٠٢١".encode(), "<stdin>")
    assert text.text.startswith("نيويورك")


def test_json_nested_past_the_parsers_depth_is_one_bad_record_not_the_end(tmp_path):
    # issue 15, F4: a RecursionError ended the run and nothing was stored
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text(
        json.dumps({"text": "خبر أول عن الرياض"}, ensure_ascii=False) + "\n" + deep + "\n"
        + json.dumps({"text": "خبر ثان عن جدة"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    errors: list[ReadError] = []
    documents = list(read(tmp_path, on_error=errors.append))
    assert [d.text for d in documents] == ["خبر أول عن الرياض", "خبر ثان عن جدة"]
    assert sorted((e.source.rsplit("/", 1)[-1], e.line) for e in errors) == [
        ("deep.json", 1),
        ("deep.jsonl", 2),
    ]
    assert all("nested too deeply" in str(e) for e in errors)


def test_how_deep_a_json_record_may_nest_is_the_operators_to_set(tmp_path):
    # issue 15: the nesting depth of JSON, a limit with a default and a setting
    from nashra.reading import Limits

    good = {"text": "خبر عن الرياض", "tags": [["الرياض"]]}  # three levels
    deeper = {"text": "خبر عن جدة", "extra": [[[[["x"]]]]]}  # six levels
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in (good, deeper, good)) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(json.dumps([good, deeper], ensure_ascii=False))
    errors: list[ReadError] = []
    documents = list(read(tmp_path, on_error=errors.append, limits=Limits(json_depth=5)))
    assert [d.text for d in documents] == ["خبر عن الرياض"] * 3
    assert sorted((e.source.rsplit("/", 1)[-1], e.line) for e in errors) == [
        ("a.jsonl", 2),
        ("b.json", 1),
    ]
    assert all("deeper than 5 levels (--max-json-depth)" in str(e) for e in errors)
    assert len(list(read(tmp_path))) == 5  # the default takes them all
    from nashra.serving.environment import READING, as_environment, from_environment

    set_so = Limits(json_depth=5)
    assert from_environment(Limits, as_environment(set_so, READING), READING) == set_so


def test_what_a_zip_may_expand_to_is_the_operators_to_set(tmp_path):
    # issue 15, F8: a zip's total expansion, a limit with a default and a setting
    from nashra.reading import Limits

    (tmp_path / "note.txt").write_text("خبر عن الرياض", encoding="utf-8")
    big = tmp_path / "big.zip"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "خبر عن جدة " * 200)  # 4,000 bytes expanded
    errors: list[ReadError] = []
    read_in = list(read(tmp_path, on_error=errors.append, limits=Limits(zip_expansion=1000)))
    assert [d.text for d in read_in] == ["خبر عن الرياض"]
    (error,) = errors
    assert error.source.endswith("big.zip") and "--max-zip-expansion" in str(error)
    assert len(list(read(tmp_path))) == 2  # the default reads it


def test_links_in_a_folder_neither_loop_nor_read_twice_nor_stop_the_rest(tmp_path):
    # issue 15, F5 and F6: a link loop or a dangling link ended the run with a traceback; a
    # link to a folder above read its files 41 times over
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("خبر أول عن الرياض", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("خبر ثان عن جدة", encoding="utf-8")
    (folder / "self").symlink_to("self")  # a loop, of no known type: passed over
    (folder / "loop.txt").symlink_to("loop.txt")  # a loop that looks like a text
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # dangling
    (folder / "sub" / "up").symlink_to("..")  # back to the folder above
    (folder / "again.txt").symlink_to(folder / "a.txt")  # the same file twice
    errors: list[ReadError] = []
    documents = list(read(folder, on_error=errors.append))
    assert sorted(d.text for d in documents) == ["خبر أول عن الرياض", "خبر ثان عن جدة"]
    reported = {e.source.rsplit("/", 1)[-1] for e in errors}
    assert reported == {"loop.txt", "gone.txt", "up"}


def test_a_zip_inside_a_zip_is_read(tmp_path):
    # issue 15, F7: a day's zip inside another zip was skipped silently
    day = (CORPUS / "2015-07-23.zip").read_bytes()
    outer = tmp_path / "month.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("2015-07-23.zip", day)
        archive.writestr("note.txt", "خبر عن الرياض")
    errors: list[ReadError] = []
    documents = list(read(outer, on_error=errors.append))
    alone = list(read(CORPUS / "2015-07-23.zip"))
    assert len(documents) == len(alone) + 1 and not errors
    assert [d.source_id for d in documents[:-1]] == [d.source_id for d in alone]


def test_a_document_over_the_limit_is_reported_and_the_rest_read(tmp_path):
    # issue 15, F8: a 100-million-NUL text was stored as one document
    (tmp_path / "huge.txt").write_text("\x00" * 2_000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("خبر عن الرياض", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "z.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", "0" * 100_000)  # not even decompressed
        archive.writestr("fine.txt", "خبر عن جدة")
    errors: list[ReadError] = []
    documents = list(read(tmp_path, on_error=errors.append, max_document=1_000))
    assert sorted(d.text for d in documents) == ["خبر عن الرياض", "خبر عن جدة"]
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == ["huge.txt", "z.zip!zeros.txt"]
    assert all("--max-document" in str(e) for e in errors)


def test_a_control_character_in_a_file_name_keeps_its_error_on_one_line(tmp_path):
    # issue 15, minor: a newline in a file name split its error line in two
    path = tmp_path / "bad\nname.json"
    path.write_text("{broken", encoding="utf-8")
    errors: list[ReadError] = []
    list(read(path, on_error=errors.append))
    (error,) = errors
    assert "\n" not in str(error) and "bad\\nname.json" in str(error)


def test_how_deep_and_how_large_inner_zips_are_read_is_the_operators_to_set(zip_in_zip):
    # issue 15: limits settable, not constants — a zip in a zip refused past the depth or
    # the size given, the rest read
    for limits, reason in (
        (Limits(zip_depth=1), "--max-zip-depth"),
        (Limits(inner_zip=10), "--max-inner-zip"),
    ):
        errors: list[ReadError] = []
        documents = list(read(zip_in_zip, on_error=errors.append, limits=limits))
        assert [d.text for d in documents] == ["خبر عن الرياض"]
        (error,) = errors
        assert reason in str(error) and error.source.endswith("outer.zip!inner.zip")
    assert len(list(read(zip_in_zip))) == 2  # by default both are read


def test_a_jsonl_line_that_is_not_utf8_is_one_bad_record(tmp_path):
    # a stray byte on line 2 lost the whole file, the good lines around it too
    good = [
        json.dumps({"text": t}, ensure_ascii=False).encode()
        for t in ("خبر عن الرياض", "خبر عن جدة")
    ]
    (tmp_path / "mixed.jsonl").write_bytes(
        b"\xef\xbb\xbf" + good[0] + b"\n\xff\xfe bad\n" + good[1] + b"\n"
    )
    errors: list[ReadError] = []
    documents = list(read(tmp_path / "mixed.jsonl", on_error=errors.append))
    assert [d.text for d in documents] == ["خبر عن الرياض", "خبر عن جدة"]
    ((error),) = errors
    assert error.line == 2 and "not UTF-8" in str(error)
