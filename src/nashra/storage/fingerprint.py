"""Which extraction made an archive's rows: a digest of the code and data that decide them."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import nashra

# The parts of nashra whose code or data decide what an archive holds for a document.
_EXTRACTION_PARTS = ("extraction", "data", "text", "dates", "storage")
_EXTRACTION_FILES = ("model.py",)
MIXED = "mixed"  # an archive whose documents more than one extraction stored


@cache
def fingerprint() -> str:
    """This installation's extraction: a digest of the version and of the code and data
    files that extraction and storage read (a changed gazetteer changes it too)."""
    root = Path(nashra.__file__).parent
    files = [root / name for name in _EXTRACTION_FILES]
    for part in _EXTRACTION_PARTS:
        files += (root / part).rglob("*")
    digest = hashlib.sha256(nashra.__version__.encode())
    for path in sorted(f for f in files if f.suffix in (".py", ".tsv", ".json") and f.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return f"{nashra.__version__}+{digest.hexdigest()[:16]}"
