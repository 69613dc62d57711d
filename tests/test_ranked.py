"""BM25 over every match, proven from rank leaders (nashra.search.ranked,
nashra.storage.leaders), on a real corpus day."""

from __future__ import annotations

import re
import sqlite3

import pytest

from every_match import ranked_by_fts5
from nashra.reading import read
from nashra.search import engine, ranked
from nashra.search.engine import Filters, matching, search
from nashra.search.query import ranked_phrases, required_phrases
from nashra.storage import Archive
from nashra.storage.leaders import (
    forget,
    make_leaders,
    part_counts,
    part_leaders,
    read_leaders,
    stale,
    store_leaders,
)
from nashra.text.analysis import stem, stop_words
from shared_paths import CORPUS

ARABIC = re.compile("[\u0621-\u064a]+")
DAY = CORPUS / "2015-08-10.zip"
# Lists a day of 1,700 articles can prove pages with (the defaults want a bigger archive).
SMALL = {"depths": (10, 40), "common": 60}


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    path = tmp_path_factory.mktemp("ranked") / "day.sqlite"
    with Archive(path) as archive:
        archive.ingest(read(DAY), workers=2)
        with archive.db:
            make_leaders(archive.db, "item_text", **SMALL)
    archive = Archive(path)
    yield archive
    archive.close()


def every_match_ranked(archive: Archive, query: str, filters: Filters | None, n: int) -> list:
    """The first ``n`` matches by BM25 over every match: FTS5 scoring them all."""
    return ranked_by_fts5(archive, matching(archive, query, filters), n)


def common_words(archive: Archive, n: int) -> list[str]:
    """The day's most frequent exact forms of three letters or more, search stop words
    aside."""
    archive.db.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, item_text, 'col')")
    rows = archive.db.execute(
        "SELECT term FROM temp.words WHERE col = 'exact' AND length(term) > 2 "
        "ORDER BY doc DESC LIMIT ?",
        [n + 20],
    ).fetchall()
    archive.db.execute("DROP TABLE temp.words")
    return [term for (term,) in rows if term not in stop_words()][:n]


def copy(archive: Archive, path) -> None:
    """A copy of the archive's file at ``path``, as SQLite's backup makes one."""
    source = sqlite3.connect(archive.db.execute("PRAGMA database_list").fetchone()[2])
    with source, sqlite3.connect(path) as target:
        source.backup(target)


def proven(archive: Archive, query: str, filters: Filters | None, n: int) -> bool:
    """Whether the leaders of the archive's one part prove the first ``n`` matches."""
    match = matching(archive, query, filters)
    sql, params = match.select(archive.dialect, f"{match.selected} AS id", scored=True)[0]
    part = match.parts[0]
    phrases, required = ranked_phrases(match.node), required_phrases(match.node)
    words = ranked._alternative_words(match.node)
    found = ranked._proven(archive.db, part, phrases, required, words, sql, params, n)
    return found is not None


def test_a_page_is_the_first_of_every_match_ranked(day, monkeypatch):
    # a window of the newest 100 matches would change most pages: one part uses none
    monkeypatch.setattr(engine, "RANK_WINDOW", 100)
    monkeypatch.setattr(engine, "FILTERED_WINDOW", 100)
    words = common_words(day, 60)
    queries = [
        *((w, None) for w in words[::3]),  # common words alone
        *((f"{a} OR {b}", None) for a, b in zip(words[1::6], words[4::6], strict=False)),
        *((f"{a} {b}", None) for a, b in zip(words[2::9], words[5::9], strict=False)),
        ("المملكة", Filters(state="SAU")),
        ("الأمير", Filters(state="YEM")),
        ("وزير", Filters(date_from="2015-08-09", date_to="2015-08-10")),
        ("الملك -سلمان", None),
        ("وزير*", None),
        ('"خادم الحرمين الشريفين"', None),
    ]
    proofs = 0
    for query, filters in queries:
        for limit, offset in ((20, 0), (10, 30)):
            found = [h.item_id for h in search(day, query, filters, limit=limit, offset=offset)]
            every = every_match_ranked(day, query, filters, offset + limit)[offset:]
            assert found == every, (query, filters, offset)
        proofs += proven(day, query, filters, 20)
    # the leaders, not ranking every match, settled most of them
    assert proofs >= len(queries) // 2


def test_a_common_word_is_proven_from_its_leaders_alone(day):
    word = common_words(day, 1)[0]
    assert proven(day, word, None, 20)
    # … and a page deeper than its leaders reach is ranked from every match, the same way
    assert not proven(day, word, None, 500)
    found = [h.item_id for h in search(day, word, limit=20, offset=480)]
    assert found == every_match_ranked(day, word, None, 500)[480:]


def test_an_or_of_common_words_is_proven_by_scoring_the_items_holding_both(day):
    # an item outside the candidates then holds one word alone, which one word's ceiling
    # bounds: the sum of both words' ceilings proved one of these pages in 22
    words = common_words(day, 60)
    queries = [f"{a} OR {b}" for a, b in zip(words[0::5], words[2::5], strict=False)]
    assert sum(proven(day, query, None, 20) for query in queries) >= len(queries) * 3 // 4
    for query in queries[:4]:
        found = [h.item_id for h in search(day, query, limit=20)]
        assert found == every_match_ranked(day, query, None, 20), query


def test_a_common_word_beside_a_rare_one_ranks_the_rare_one_s_few_matches(day):
    common = common_words(day, 1)[0]
    day.db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, item_text, 'row')")
    rows = day.db.execute(
        "SELECT term FROM temp.terms WHERE doc BETWEEN 5 AND 9 AND length(term) > 5 ORDER BY term"
    ).fetchall()
    # a word of one phrase, in a few items
    rare = next(term for (term,) in rows if stem(term) == term and ARABIC.fullmatch(term))
    day.db.execute("DROP TABLE temp.terms")
    query = f"{common} {rare}"
    assert 0 < len(every_match_ranked(day, query, None, 20)) < 20  # fewer than a page
    # every match holds the rare word: they are ranked all, no proof wanted
    assert not proven(day, query, None, 20)
    found = [h.item_id for h in search(day, query, limit=20)]
    assert found == every_match_ranked(day, query, None, 20)


def test_items_added_after_the_lists_are_ranked_with_the_rest(day, tmp_path):
    path = tmp_path / "grown.sqlite"
    copy(day, path)
    with Archive(path) as archive:
        made = part_leaders(archive.db, "item_text")
        documents = list(read(CORPUS / "2015-07-21.zip"))[:60]  # under 5 %: kept
        stats = archive.ingest(documents)
        assert stats.documents > 40
        assert not stale(archive.db, "item_text")
        assert part_leaders(archive.db, "item_text") == made
        assert part_counts(archive.db, "item_text").rows > made.made.rows
        pages, proofs = [], 0
        for word in common_words(archive, 12):
            found = [h.item_id for h in search(archive, word, limit=20)]
            assert found == every_match_ranked(archive, word, None, 20)
            pages += found
            proofs += proven(archive, word, None, 20)
        assert proofs >= 6
        assert any(item > made.last_item for item in pages)  # the new ones lead some pages


def test_lists_read_before_newer_ones_were_stored_are_not_stored_over_them(day, tmp_path):
    path = tmp_path / "two.sqlite"
    copy(day, path)
    with Archive(path) as archive:
        db = archive.db
        older = read_leaders(db, "item_text", **SMALL)  # a slow writer's snapshot
        archive.ingest(list(read(CORPUS / "2015-07-21.zip"))[:60])
        with db:
            db.execute("BEGIN")
            make_leaders(db, "item_text", **SMALL)  # … while another writer made newer ones
        newer = part_leaders(db, "item_text")
        with db:
            db.execute("BEGIN IMMEDIATE")
            assert not store_leaders(db, older)
        assert part_leaders(db, "item_text") == newer
        with db:
            db.execute("BEGIN IMMEDIATE")
            forget(db, "item_text")
            assert store_leaders(db, older)  # older lists still rank soundly
        word = common_words(archive, 1)[0]
        assert [h.item_id for h in search(archive, word, limit=20)] == every_match_ranked(
            archive, word, None, 20
        )


def test_a_part_counts_its_rows_and_tokens_as_fts5_does(day):
    counts = part_counts(day.db, "item_text")
    assert counts.rows == day.db.execute("SELECT count(*) FROM items").fetchone()[0]
    day.db.execute("CREATE VIRTUAL TABLE temp.rows USING fts5vocab(main, item_text, 'row')")
    (tokens,) = day.db.execute("SELECT sum(cnt) FROM temp.rows").fetchone()
    day.db.execute("DROP TABLE temp.rows")
    assert counts.tokens == tokens


def test_an_archive_without_lists_gets_them_when_opened_to_write(day, tmp_path):
    path = tmp_path / "older.sqlite"
    copy(day, path)
    with sqlite3.connect(path) as target:
        forget(target, "item_text")  # as an archive made before the lists opens
    with Archive(path, readonly=True) as archive:
        assert part_leaders(archive.db, "item_text") is None
        assert [h.item_id for h in search(archive, "المملكة", limit=20)] == every_match_ranked(
            archive, "المملكة", None, 20
        )
    with Archive(path) as archive:
        assert part_leaders(archive.db, "item_text") is not None


def test_an_ingest_makes_a_grown_part_s_leaders(tmp_path):
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.ingest(read(DAY), workers=2)
        made = part_leaders(archive.db, "item_text")
        assert made is not None and made.made.rows == archive.counts()["items"]
        (lists,) = archive.db.execute("SELECT count(*) FROM rank_leaders").fetchone()
        assert lists > 0  # a few words are in more than 1,000 of the day's items


def test_an_ingest_leaves_a_grown_part_s_index_in_one_segment(tmp_path):
    # each batch writes a segment, and a term is looked up once a segment: merged, once
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.ingest(read(DAY), workers=2)
        (segments,) = archive.db.execute(
            "SELECT count(DISTINCT segid) FROM item_text_idx"
        ).fetchone()
        assert segments == 1
        assert search(archive, "المملكة", limit=3)
        # … and the log that held the merged index a second time is written back
        wal = tmp_path / "a.sqlite-wal"
        assert not wal.exists() or wal.stat().st_size == 0
