"""The command line as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from shared_paths import CORPUS, DEV_INPUT, SEED


def nashra(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nashra.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def records(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_extract_prints_one_json_object_per_item_with_the_annotation_fields():
    result = nashra("extract", str(SEED))
    assert result.returncode == 0, result.stderr.decode()
    items = records(result)
    assert len(items) == 4
    for key in (
        "headline",
        "dateline",
        "date",
        "events",
        "source_id",
        "item_index",
        "document",
        "warnings",
        "spans",
    ):
        assert key in items[0]
    assert items[0]["document"]["issue"] == 948
    assert [i["item_index"] for i in items] == [0, 1, 2, 3]


def test_a_bad_file_is_reported_with_its_line_and_the_rest_is_still_extracted(tmp_path):
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{"id": "x", "text": "نص"}\n{not json\n', encoding="utf-8")
    result = nashra("extract", str(bad), str(SEED), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert f"{bad}:2: invalid JSON" in stderr
    assert "missing.txt: no such file or directory" in stderr
    items = records(result)
    assert [i["source_id"] for i in items].count(str(SEED)) == 4
    assert "x" in [i["source_id"] for i in items]


def test_stdin_is_read_with_a_dash():
    result = nashra(
        "extract",
        "-",
        "--published",
        "2015-08-10",
        stdin="الرياض - واس\nاستقبل أمير المنطقة أمس الوفد.".encode(),
    )
    assert result.returncode == 0
    (item,) = records(result)
    assert item["date"] == "2015-08-09"
    assert item["dateline"]["agency"] == "واس"


def test_a_bad_publication_date_is_a_usage_error():
    result = nashra("extract", str(SEED), "--published", "10/08/2015")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr.decode()


def test_table_format_shows_items_and_warnings():
    result = nashra("extract", str(CORPUS / "2015-08-10.zip"), "--format", "table")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "== " in out and "2015-08-10" in out


def test_eval_scores_the_dev_set_above_the_foundation_targets(tmp_path):
    predictions = tmp_path / "dev.jsonl"
    predictions.write_bytes(nashra("extract", str(DEV_INPUT)).stdout)
    result = nashra(
        "eval",
        "--gold",
        str(DEV_INPUT.with_name("dev-saudinewsnet.jsonl")),
        "--pred",
        str(predictions),
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["date"]["accuracy"] >= 0.95
    assert report["dateline_place"]["accuracy"] >= 0.97
    assert report["sources_missing"] == []
    # Extraction: guards against regressions at the level reached (README); the issue's
    # targets (0.90 / 0.85 / 0.90) are met for countries only so far.
    interactions = report["interaction_types"]
    assert interactions["event_types"]["f1"] >= 0.87
    assert interactions["participants"]["f1"] >= 0.75
    assert interactions["countries"]["f1"] >= 0.90


def test_demo_builds_an_archive_of_the_bundled_sample(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = nashra("demo", "--no-serve", "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "2023-03-14  meeting" in out and "[TUN]" in out
    assert "5 items" in result.stderr.decode()
    again = nashra("demo", "--no-serve", "--db", str(db))  # a second run adds nothing
    assert "5 items" in again.stderr.decode() and "0 documents new" in again.stderr.decode()


def test_a_password_is_never_printed_however_the_url_gives_it(tmp_path):
    # issue 15, F15: the query-string form (?password=) was printed in clear
    for db in (
        f"postgresql:///nashra?host={tmp_path}&password=S3cretPw",
        "postgresql://u:S3cretPw@localhost:1/nashra?Password=S3cretPw",
    ):
        result = nashra("search", "x", "--db", db)
        assert result.returncode != 0
        shown = result.stdout.decode() + result.stderr.decode()
        assert "S3cretPw" not in shown and "***" in shown, shown


def test_ingest_of_a_folder_with_broken_links_stores_the_rest_and_says_which(tmp_path):
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("خبر أول عن الرياض", encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "sub" / "up").symlink_to("..")
    result = nashra("ingest", "--db", str(tmp_path / "a.sqlite"), str(folder))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert "gone.txt" in err and "loop.txt" in err and "up:" in err
    assert "1 documents" in err


def test_two_ingests_creating_one_archive_at_once_both_succeed(tmp_path):
    # issue 15, F2: 3 runs in 20 failed with "table documents already exists"
    text = tmp_path / "t.txt"
    text.write_text("خبر عن الرياض", encoding="utf-8")
    for round_ in range(10):
        db = tmp_path / f"r{round_}.sqlite"
        command = [sys.executable, "-m", "nashra.cli", "ingest", "--db", str(db), str(text)]
        runs = [subprocess.Popen(command, stderr=subprocess.PIPE) for _ in range(2)]
        for run in runs:
            _out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err.decode()
        listed = nashra("search", "الرياض", "--db", str(db), "--format", "json")
        assert listed.returncode == 0


def test_ingest_takes_a_limit_on_the_longest_document(tmp_path):
    (tmp_path / "long.txt").write_text("خبر " * 500, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("خبر عن الرياض", encoding="utf-8")
    db = str(tmp_path / "a.sqlite")
    result = nashra("ingest", "--db", db, "--max-document", "1000", str(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 1 and "long.txt" in err and "--max-document" in err
    assert "1 documents" in err


def test_a_killed_extraction_worker_neither_hangs_the_ingest_nor_loses_a_document(tmp_path):
    # issue 15, F1: the main process waited for ever for the dead worker's answer
    import signal
    import time

    days = [str(CORPUS / "2015-07-21.zip"), str(CORPUS / "2015-07-22.zip")]
    clean = nashra("ingest", "--db", str(tmp_path / "clean.sqlite"), "--workers", "2", *days)
    assert clean.returncode == 0
    command = [sys.executable, "-m", "nashra.cli", "ingest", "--db", str(tmp_path / "k.sqlite"),
               "--workers", "2", *days]  # fmt: skip
    run = subprocess.Popen(command, stderr=subprocess.PIPE)
    worker = None
    deadline = time.monotonic() + 60
    while worker is None and time.monotonic() < deadline:
        children = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(run.pid)], capture_output=True, text=True
        ).stdout.split()
        worker = int(children[0]) if children else None
        time.sleep(0.2)
    time.sleep(1.5)  # well into the extraction
    os.kill(worker, signal.SIGKILL)
    _out, err = run.communicate(timeout=240)  # a hang fails here
    assert "worker died" in err.decode()
    stored = err.decode().strip().splitlines()[-1].split(" documents")[0]
    assert stored == clean.stderr.decode().strip().splitlines()[-1].split(" documents")[0]


def test_ingest_takes_the_reading_limits_on_its_command_line(tmp_path, zip_in_zip):
    db = tmp_path / "a.sqlite"
    result = nashra("ingest", "--db", str(db), str(zip_in_zip), "--max-zip-depth", "1")
    assert result.returncode == 1 and b"--max-zip-depth" in result.stderr
    assert b"1 documents, 1 items" in result.stderr  # the rest is stored


def test_search_takes_the_query_limits_on_its_command_line(tmp_path):
    db = tmp_path / "a.sqlite"
    text = tmp_path / "t.txt"
    text.write_text("استقبل أمير منطقة الرياض أمس سفير اليابان.", encoding="utf-8")
    assert nashra("ingest", "--db", str(db), str(text)).returncode == 0
    long_query = nashra("search", "--db", str(db), "--max-query-length", "5", "سفير اليابان")
    assert long_query.returncode == 2 and "longer than 5 characters" in long_query.stderr.decode()
    nested = nashra("search", "--db", str(db), "--max-query-depth", "2", "(((سفير)))")
    assert nested.returncode == 2 and "deeper than 2" in nested.stderr.decode()
    within = nashra("search", "--db", str(db), "--max-query-depth", "3", "(((سفير)))")
    assert within.returncode == 0 and "الرياض" in within.stdout.decode()


def test_an_export_to_a_place_it_cannot_write_says_so_without_a_traceback(tmp_path):
    db = tmp_path / "a.sqlite"
    text = tmp_path / "t.txt"
    text.write_text("استقبل أمير منطقة الرياض أمس سفير اليابان.", encoding="utf-8")
    assert nashra("ingest", "--db", str(db), str(text)).returncode == 0
    missing = tmp_path / "no-such-folder" / "edges.csv"
    result = nashra("export", "--db", str(db), "--rows", "edges", "-o", str(missing))
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert str(missing).encode() in result.stderr and b"No such file" in result.stderr


def test_transliterate_spells_names_given_or_read_from_standard_input():
    given = nashra("transliterate", "عادل الجبير", "باراك أوباما")
    assert given.returncode == 0
    assert given.stdout.decode().splitlines() == [
        "عادل الجبير\tAdel al-Jubeir",
        "باراك أوباما\tBarack Obama",
    ]
    piped = nashra("transliterate", stdin="محمد بن سلمان\n".encode())
    assert piped.stdout.decode() == "محمد بن سلمان\tMohammed bin Salman\n"


def test_events_in_english_spell_names_and_offices_as_english_media_do(tmp_path):
    db = tmp_path / "a.sqlite"
    feed = tmp_path / "feed.txt"
    feed.write_text(
        "أجرى صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة نائب ملك البحرين ولي العهد "
        "اتصالاً هاتفياً مع وزير الخارجية الأمريكي جون كيري.",
        "utf-8",
    )
    assert nashra("ingest", str(feed), "--db", str(db), "--published", "2015-08-10").returncode == 0
    out = nashra("events", "--db", str(db), "--lang", "en").stdout.decode()
    assert "call" in out and "Salman bin Hamad Al Khalifa" in out
    assert "John Kerry, Foreign Minister (United States)" in out


def test_a_file_not_read_leaves_no_time_to_wait_for(tmp_path, capsys):
    # a file too large to take is rejected at once; its bytes stayed "to read", and an
    # ingest of it beside small files promised hours
    from types import SimpleNamespace

    from nashra.model import Document
    from nashra.storage.progress import Progress

    big, first, second = tmp_path / "big.txt", tmp_path / "a.txt", tmp_path / "b.txt"
    big.write_bytes(b"x" * 1_000_000)
    first.write_text("خبر", encoding="utf-8")
    second.write_text("خبر", encoding="utf-8")
    progress = Progress((str(big), str(first), str(second)))
    progress.started -= 1.0  # a second gone by
    progress.not_read(str(big))
    for path in (first, second):  # the first is finished once the second is begun
        progress.seen(Document(text="خبر", source_id=path.name, source_file=str(path)))
    progress.show(SimpleNamespace(documents=2, items=2, events=0, skipped=0))
    assert "ETA 0m00s" in capsys.readouterr().err


def test_a_bad_member_of_a_zip_leaves_the_rest_of_the_zip_to_read(tmp_path):
    from nashra.storage.progress import Progress

    archive = tmp_path / "day.zip"
    archive.write_bytes(b"x" * 1000)
    progress = Progress((str(archive),))
    progress.not_read(f"{archive}!broken.json")
    assert progress.finished == set()
    progress.not_read(str(archive))
    assert progress.finished == {str(archive)}
