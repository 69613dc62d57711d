"""Reference data is generated, not hand-edited: the files match their sources."""

from __future__ import annotations

import subprocess
import sys

from nashra.data import rows
from shared_paths import ROOT


def test_data_files_are_what_the_build_script_makes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_data.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_every_month_of_both_calendars_has_names():
    months = {(calendar, int(month)) for calendar, month, _form, _series in rows("months")}
    assert months == {(c, m) for c in ("gregorian", "hijri") for m in range(1, 13)}
