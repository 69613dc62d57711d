"""An archive read again by this release (``nashra refresh``): the same documents, what a
fresh ingest of them makes, composed bulletins kept, and ``ingest`` saying when an archive
holds documents another release read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from itertools import islice

import pytest

from nashra.publishing import compose
from nashra.reading import read
from nashra.storage import Archive
from nashra.storage.fingerprint import fingerprint
from nashra.storage.refresh import refresh, stale, stored_documents
from shared_paths import DEV_INPUT, SEED
from test_cli import nashra  # the command line as a user runs it


def documents():
    """The seed bulletin (its title read off its text) and forty corpus articles (titled)."""
    return [*read(SEED), *islice(read(DEV_INPUT), 40)]


def _older_reading(archive: Archive) -> None:
    """What a release that read people and events differently left: other person keys,
    fewer events, and its own extraction recorded."""
    db = archive.db
    db.execute("BEGIN")
    db.execute("UPDATE entities SET key = key || '|older' WHERE type = 'person'")
    db.execute("DELETE FROM events WHERE id % 3 = 0")
    db.execute("UPDATE settings SET value = '0.0.1+older' WHERE key = 'extraction'")
    db.execute("COMMIT")


def _events(archive: Archive) -> Counter:
    rows = archive.db.execute(
        "SELECT d.content_hash, e.type, e.date, p.position, p.name, en.key "
        "FROM events e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id "
        "JOIN participants p ON p.event_id = e.id LEFT JOIN entities en ON en.id = p.entity_id"
    )
    return Counter(tuple(str(value) for value in row) for row in rows)


def _hashes(archive: Archive) -> list[str]:
    return [row[0] for row in archive.db.execute("SELECT content_hash FROM documents ORDER BY id")]


def test_a_refreshed_archive_holds_what_a_fresh_ingest_of_its_documents_makes(backend, new_archive):
    with Archive(new_archive(backend, "older")) as older:
        older.ingest(documents())
        _older_reading(older)
        assert stale(older)
        with Archive(new_archive(backend, "fresh")) as fresh:
            fresh.ingest(documents())
            expected_events, expected_hashes = _events(fresh), _hashes(fresh)
        with Archive(new_archive(backend, "refreshed")) as refreshed:
            stats = refresh(older, refreshed)
            assert stats.ingest.documents == len(expected_hashes) == 41
            assert _hashes(refreshed) == expected_hashes == _hashes(older)
            assert _events(refreshed) == expected_events
            assert _events(older) != expected_events  # the older reading was another
            keys = [row[0] for row in refreshed.db.execute("SELECT key FROM entities")]
            assert not [key for key in keys if key.endswith("|older")]
            assert refreshed.extraction() == fingerprint()
            assert not stale(refreshed)


def test_a_bulletins_title_and_an_articles_title_come_back_as_they_came_in(tmp_path):
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.ingest(documents())
        bulletin, article, *_ = stored_documents(archive)
    # the seed's title was read off its text: given back as a field, it would be a headline
    assert bulletin.title is None and bulletin.source_id == str(SEED)
    (given,) = islice(read(DEV_INPUT), 1)
    assert (article.title, article.url, article.published, article.media, article.text) == (
        given.title,
        given.url,
        given.published,
        given.media,
        given.text,
    )


def test_refresh_into_an_archive_holding_documents_is_refused(tmp_path):
    with Archive(tmp_path / "a.sqlite") as source, Archive(tmp_path / "b.sqlite") as target:
        source.ingest(read(SEED))
        target.ingest(islice(read(DEV_INPUT), 1))
        with pytest.raises(ValueError, match="holds documents already"):
            refresh(source, target)
        assert target.counts()["documents"] == 1


def test_refresh_in_place_keeps_composed_bulletins_and_their_items(tmp_path):
    db = tmp_path / "archive.sqlite"
    with Archive(db) as archive:
        archive.ingest(documents())
        ids = [row[0] for row in archive.db.execute("SELECT id FROM items ORDER BY id DESC")]
        chosen = [ids[0], ids[-1], ids[5]]
        composed = compose.Bulletin(
            7, "نشرة", dt.date(2015, 8, 1), compose.items_from_archive(archive, chosen)
        )
        compose.store(archive, composed)
        headlines = [item.headline for item in composed.items]
        _older_reading(archive)
    result = nashra("refresh", "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr.decode()
    assert "1 bulletin(s)" in result.stderr.decode()
    assert not (tmp_path / "archive.sqlite.refresh").exists()
    with Archive(db) as archive:
        assert not stale(archive)
        again = compose.load(archive, 7)
        assert [item.headline for item in again.items] == headlines
        older = archive.db.execute("SELECT count(*) FROM entities WHERE key LIKE '%|older'")
        assert older.fetchone()[0] == 0


def test_ingest_says_when_the_archive_holds_documents_another_release_read(tmp_path):
    db = str(tmp_path / "archive.sqlite")
    first = nashra("ingest", "--db", db, str(SEED))
    assert first.returncode == 0 and "refresh" not in first.stderr.decode()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE settings SET value = '0.0.1+older' WHERE key = 'extraction'")
    second = nashra("ingest", "--db", db, str(DEV_INPUT))
    assert second.returncode == 0
    assert "another release of nashra read; `nashra refresh`" in second.stderr.decode()
    with Archive(db) as archive:
        assert archive.extraction() == "mixed"  # stays stale until refreshed


def test_a_postgresql_archive_is_refreshed_into_a_new_database_only():
    result = nashra("refresh", "--db", "postgresql://nobody@localhost/none")
    assert result.returncode == 2
    assert "--into URL" in result.stderr.decode()
