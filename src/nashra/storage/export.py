"""Events out of the archive: one row per event, or one per pair of participants.

CSV and JSON Lines are written as text; Parquet (through pyarrow, the ``parquet`` extra)
with typed columns: dates as dates, report counts as integers.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from itertools import combinations
from typing import IO, Any

from nashra.model import PLOVER

EVENT_COLUMNS = [
    "type",
    "plover_event",
    "plover_mode",
    "date",
    "place",
    "occasion",
    "participants",
    "countries",
    "orgs",
    "reports",
    "sources",
]
PAIR_COLUMNS = [
    "source",
    "source_country",
    "source_org",
    "target",
    "target_country",
    "target_org",
    "type",
    "plover_event",
    "date",
    "place",
    "reports",
    "sources",
]


def _who(p: dict[str, Any]) -> str:
    return p.get("name") or p.get("role") or p.get("affiliation") or ""


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    plover = PLOVER.get(event["type"], {})
    parties = event["participants"]
    return {
        "type": event["type"],
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "date": event.get("date"),
        "place": event.get("place"),
        "occasion": event.get("occasion"),
        "participants": " | ".join(_who(p) for p in parties),
        "countries": " ".join(sorted({p["country"] for p in parties if p.get("country")})),
        "orgs": " ".join(sorted({p["org"] for p in parties if p.get("org")})),
        "reports": event.get("reports", 1),
        "sources": " ".join(event.get("sources", [])),
    }


def pair_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    plover = PLOVER.get(event["type"], {})
    rows = []
    for a, b in combinations(event["participants"], 2):
        rows.append(
            {
                "source": _who(a),
                "source_country": a.get("country"),
                "source_org": a.get("org"),
                "target": _who(b),
                "target_country": b.get("country"),
                "target_org": b.get("org"),
                "type": event["type"],
                "plover_event": plover.get("event"),
                "date": event.get("date"),
                "place": event.get("place"),
                "reports": event.get("reports", 1),
                "sources": " ".join(event.get("sources", [])),
            }
        )
    return rows


def export_rows(events: list[dict[str, Any]], rows: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of an export and their columns, for ``rows`` "event" or "pair"."""
    if rows == "pair":
        return [row for event in events for row in pair_rows(event)], PAIR_COLUMNS
    return [event_row(event) for event in events], EVENT_COLUMNS


def write_parquet(events: list[dict[str, Any]], path: str, rows: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'nashra[parquet]'") from None
    records, columns = export_rows(events, rows)
    types = {"date": pa.date32(), "reports": pa.int32()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in columns])
    data = {name: [_typed(name, record[name]) for record in records] for name in columns}
    pq.write_table(pa.table(data, schema=schema), path)


def _typed(column: str, value: Any) -> Any:
    if column == "date" and value is not None:
        return dt.date.fromisoformat(value)
    return value


def write_export(events: list[dict[str, Any]], out: IO[str], output_format: str, rows: str) -> None:
    records, columns = export_rows(events, rows)
    if output_format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(records)
