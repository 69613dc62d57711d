"""Process settings for long batch runs."""

from __future__ import annotations

import gc


def tune_for_batch() -> None:
    """Collect garbage less often during a batch of documents.

    Extraction allocates many short-lived objects and few cycles; the collector's default
    threshold (700 allocations) has it scan the reference data loaded at start-up hundreds
    of times a second. Freezing what is loaded and raising the threshold gains about a
    tenth of the run time (bench/extract.py).
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
