"""Events out of the archive: one row per event, one per pair of participants, or a
network's nodes and edges.

Every row is a happening, however many reports told it (nashra.storage.happenings), with
its report count. Parties carry keys beside their display names, so that a network tool
makes one node of one person: a person's entity key (an office named without its holder
stands for the holder of the day, data/office_holders.tsv), else the state's or the
organisation's. CSV and JSON Lines are written as text (CSV to a file with a UTF-8
byte-order mark, which Excel needs to read Arabic); Parquet (through pyarrow, the
``parquet`` extra) with typed columns: dates as dates, counts as integers.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from itertools import combinations
from typing import IO, Any

from nashra.extraction.entities import person_key
from nashra.extraction.holders import holder
from nashra.model import PLOVER
from nashra.text.normalization import fold

EVENT_COLUMNS = [
    "event_id",
    "type",
    "plover_event",
    "plover_mode",
    "date",
    "place",
    "occasion",
    "participants",
    "keys",
    "countries",
    "orgs",
    "reports",
    "sources",
]
PAIR_COLUMNS = [
    "event_id",
    "source",
    "source_key",
    "source_country",
    "source_org",
    "target",
    "target_key",
    "target_country",
    "target_org",
    "type",
    "plover_event",
    "date",
    "place",
    "reports",
    "sources",
]


NODE_COLUMNS = ["key", "label", "type", "state", "org", "events"]
EDGE_COLUMNS = ["source", "target", "weight", "types", "first", "last"]
ROWS = ("event", "pair", "nodes", "edges")


def _who(p: dict[str, Any]) -> str:
    return p.get("name") or p.get("role") or p.get("affiliation") or ""


def party_key(p: dict[str, Any], date: str | None) -> str:
    """The key a network tool makes one node of: the person's, the holder's of an office
    named alone, else the state's or organisation's, else the office's own words."""
    if p.get("entity_id"):
        return p["entity_id"]
    code = p.get("country") or p.get("org")
    held = holder(p.get("role"), code, dt.date.fromisoformat(date) if date else None)
    if held:
        return person_key(held)
    if p.get("role") is None and code:
        return ("state:" if p.get("country") else "org:") + code
    if p.get("role"):
        return "office:" + " ".join(fold(p["role"]).split()) + (f"|{code}" if code else "")
    return "state:" + code if p.get("country") else "org:" + (code or "?")


def _kind(key: str) -> str:
    return key.split(":", 1)[0]


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    plover = PLOVER.get(event["type"], {})
    parties = event["participants"]
    return {
        "event_id": event.get("event_id"),
        "type": event["type"],
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "date": event.get("date"),
        "place": event.get("place"),
        "occasion": event.get("occasion"),
        "participants": " | ".join(_who(p) for p in parties),
        "keys": " | ".join(party_key(p, event.get("date")) for p in parties),
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
                "event_id": event.get("event_id"),
                "source": _who(a),
                "source_key": party_key(a, event.get("date")),
                "source_country": a.get("country"),
                "source_org": a.get("org"),
                "target": _who(b),
                "target_key": party_key(b, event.get("date")),
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


def network(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes (one per party key) and edges (one per pair of keys, weighted by the events
    between them), as Gephi's and networkx's CSV readers take them."""
    labels: dict[str, Counter] = defaultdict(Counter)
    nodes: dict[str, dict[str, Any]] = {}
    counted: Counter = Counter()
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        date = event.get("date")
        keys = []
        for p in event["participants"]:
            key = party_key(p, date)
            labels[key][_who(p) or key] += 1
            node = nodes.setdefault(
                key, {"key": key, "type": _kind(key), "state": None, "org": None}
            )
            node["state"] = node["state"] or p.get("country")
            node["org"] = node["org"] or p.get("org")
            if key not in keys:
                keys.append(key)
        counted.update(keys)
        for a, b in combinations(sorted(keys), 2):
            edge = edges.setdefault(
                (a, b),
                {
                    "source": a,
                    "target": b,
                    "weight": 0,
                    "types": set(),
                    "first": None,
                    "last": None,
                },
            )
            edge["weight"] += 1
            edge["types"].add(event["type"])
            if date:
                edge["first"] = min(filter(None, [edge["first"], date]))
                edge["last"] = max(filter(None, [edge["last"], date]))
    for key, node in nodes.items():
        node["label"] = labels[key].most_common(1)[0][0]  # the form most reports use
        node["events"] = counted[key]
    for edge in edges.values():
        edge["types"] = " ".join(sorted(edge["types"]))
    order = sorted(nodes.values(), key=lambda n: (-n["events"], n["key"]))
    return order, sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))


def export_rows(events: list[dict[str, Any]], rows: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of an export and their columns, for ``rows`` "event", "pair", "nodes"
    or "edges"."""
    if rows == "pair":
        return [row for event in events for row in pair_rows(event)], PAIR_COLUMNS
    if rows == "nodes":
        return network(events)[0], NODE_COLUMNS
    if rows == "edges":
        return network(events)[1], EDGE_COLUMNS
    return [event_row(event) for event in events], EVENT_COLUMNS


def write_parquet(events: list[dict[str, Any]], path: str, rows: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'nashra[parquet]'") from None
    records, columns = export_rows(events, rows)
    types = {
        "date": pa.date32(),
        "first": pa.date32(),
        "last": pa.date32(),
        "reports": pa.int32(),
        "weight": pa.int32(),
        "events": pa.int32(),
        "event_id": pa.int64(),
    }
    schema = pa.schema([(name, types.get(name, pa.string())) for name in columns])
    data = {name: [_typed(name, record[name]) for record in records] for name in columns}
    pq.write_table(pa.table(data, schema=schema), path)


def _typed(column: str, value: Any) -> Any:
    if column in ("date", "first", "last") and value is not None:
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
