"""The scorer of ANNOTATION.md: predicted item records against gold ones.

Items of one source are pooled for events and participants, and aligned by position for
the per-item figures (date, dateline place, headline, countries). Every figure is reported
over all event types and over the interaction types alone; event types also per type.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nashra.model import INTERACTION_TYPES
from nashra.text.normalization import fold

ALL_TYPES = (*INTERACTION_TYPES, "statement", "aid")

# Honorifics and titles dropped before names are compared (ANNOTATION.md, "Name normalisation").
_HONORIFICS = frozenset(
    fold(w)
    for w in [
        "معالي",
        "سمو",
        "صاحب",
        "السمو",
        "الملكي",
        "فخامة",
        "السيد",
        "السيدة",
        "الشيخ",
        "الشيخة",
        "الدكتور",
        "الدكتورة",
        "د",
        "المهندس",
        "الأمير",
        "الأميرة",
        "الملك",
        "جلالة",
        "سعادة",
        "دولة",
        "الأستاذ",
        "الأستاذة",
        "خادم",
        "الحرمين",
        "الشريفين",
        "سماحة",
        "العلامة",
        "اللواء",
        "الفريق",
        "العميد",
        "العقيد",
    ]
)
_PUNCT = re.compile(r"[^\w\s]|_")
_JOINED_PREFIXES = ("عبد", "ابو")


def name_tokens(name: str | None) -> list[str]:
    """A name as the scorer compares it: folded, joined عبد/أبو, honorifics dropped."""
    if not name:
        return []
    words = _PUNCT.sub(" ", fold(name)).split()
    joined: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _JOINED_PREFIXES and i + 1 < len(words):
            word += words[i + 1]
            i += 1
        joined.append(word)
        i += 1
    return [w for w in joined if w not in _HONORIFICS]


def _words(*texts: str | None) -> set[str]:
    out: set[str] = set()
    for text in texts:
        if text:
            out.update(_PUNCT.sub(" ", fold(text)).split())
    return out


def participants_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if gold.get("name"):
        a, b = set(name_tokens(pred.get("name"))), set(name_tokens(gold.get("name")))
        if not a or not b:
            return False
        shared = len(a & b)
        if len(a) >= 2 and len(b) >= 2 and shared < 2:
            return False
        return shared >= 0.8 * min(len(a), len(b))
    if pred.get("country") != gold.get("country") or pred.get("org") != gold.get("org"):
        return False
    a = _words(pred.get("role"), pred.get("affiliation"))
    b = _words(gold.get("role"), gold.get("affiliation"))
    if not a or not b:
        return not a and not b
    return len(a & b) >= 0.5 * min(len(a), len(b))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "right": self.right, "total": self.total}


@dataclass
class Scope:
    """The figures over one set of event types."""

    types: PRF = field(default_factory=PRF)
    participants: PRF = field(default_factory=PRF)
    attribution: Accuracy = field(default_factory=Accuracy)
    countries: PRF = field(default_factory=PRF)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_types": self.types.to_dict(),
            "participants": self.participants.to_dict(),
            "participant_country_org": self.attribution.to_dict(),
            "countries": self.countries.to_dict(),
        }


@dataclass
class Report:
    all_types: Scope = field(default_factory=Scope)
    interactions: Scope = field(default_factory=Scope)
    per_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in ALL_TYPES})
    date: Accuracy = field(default_factory=Accuracy)
    dateline_place: Accuracy = field(default_factory=Accuracy)
    dateline_date: Accuracy = field(default_factory=Accuracy)
    dateline_agency: Accuracy = field(default_factory=Accuracy)
    headline: Accuracy = field(default_factory=Accuracy)
    sources: int = 0
    sources_missing: list[str] = field(default_factory=list)
    items_gold: int = 0
    items_predicted: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "sources_missing": self.sources_missing,
            "items_gold": self.items_gold,
            "items_predicted": self.items_predicted,
            "all_types": self.all_types.to_dict(),
            "interaction_types": self.interactions.to_dict(),
            "per_type": {t: prf.to_dict() for t, prf in self.per_type.items()},
            "date": self.date.to_dict(),
            "dateline_place": self.dateline_place.to_dict(),
            "dateline_date": self.dateline_date.to_dict(),
            "dateline_agency": self.dateline_agency.to_dict(),
            "headline": self.headline.to_dict(),
        }


def _events(items: Iterable[dict[str, Any]], types: Iterable[str]) -> list[dict[str, Any]]:
    wanted = set(types)
    return [e for item in items for e in item.get("events") or [] if e.get("type") in wanted]


def _score_scope(scope: Scope, gold_items: list[dict], pred_items: list[dict], types) -> None:
    gold_events, pred_events = _events(gold_items, types), _events(pred_items, types)
    g_types = Counter(e["type"] for e in gold_events)
    p_types = Counter(e["type"] for e in pred_events)
    tp = sum((g_types & p_types).values())
    scope.types.add(tp, sum(p_types.values()) - tp, sum(g_types.values()) - tp)

    gold_parts = [(e["type"], p) for e in gold_events for p in e.get("participants") or []]
    pred_parts = [(e["type"], p) for e in pred_events for p in e.get("participants") or []]
    used = [False] * len(gold_parts)
    matched = 0
    for p_type, pred in pred_parts:
        for i, (g_type, gold) in enumerate(gold_parts):
            if not used[i] and g_type == p_type and participants_match(pred, gold):
                used[i] = True
                matched += 1
                scope.attribution.add(
                    pred.get("country") == gold.get("country")
                    and pred.get("org") == gold.get("org")
                )
                break
    scope.participants.add(matched, len(pred_parts) - matched, len(gold_parts) - matched)

    for index in range(max(len(gold_items), len(pred_items))):
        g = _actors(gold_items[index : index + 1], types)
        p = _actors(pred_items[index : index + 1], types)
        scope.countries.add(len(g & p), len(p - g), len(g - p))


def _actors(items: list[dict], types) -> set[str]:
    return {
        value
        for e in _events(items, types)
        for p in e.get("participants") or []
        for value in (p.get("country"), p.get("org"))
        if value
    }


def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join(fold(a or "").split()) == " ".join(fold(b or "").split())


def score(gold: dict[str, list[dict]], predicted: dict[str, list[dict]]) -> Report:
    report = Report()
    for source, gold_items in gold.items():
        pred_items = predicted.get(source)
        report.sources += 1
        report.items_gold += len(gold_items)
        if pred_items is None:
            report.sources_missing.append(source)
            pred_items = []
        report.items_predicted += len(pred_items)
        _score_scope(report.all_types, gold_items, pred_items, ALL_TYPES)
        _score_scope(report.interactions, gold_items, pred_items, INTERACTION_TYPES)
        for event_type in ALL_TYPES:
            scope = Scope()
            _score_scope(scope, gold_items, pred_items, (event_type,))
            report.per_type[event_type].add(scope.types.tp, scope.types.fp, scope.types.fn)
        for index, g in enumerate(gold_items):
            p = pred_items[index] if index < len(pred_items) else {}
            if g.get("date") is not None:
                report.date.add(p.get("date") == g["date"])
            g_line, p_line = g.get("dateline") or {}, p.get("dateline") or {}
            if g_line.get("place") is not None:
                report.dateline_place.add(_same_text(p_line.get("place"), g_line["place"]))
            if g_line.get("date") is not None:
                report.dateline_date.add(p_line.get("date") == g_line["date"])
            if g_line.get("agency") is not None:
                report.dateline_agency.add(_same_text(p_line.get("agency"), g_line["agency"]))
            if g.get("headline"):
                report.headline.add(_same_text(p.get("headline"), g["headline"]))
    return report


def load_gold(path: str | Path) -> dict[str, list[dict]]:
    """Gold items by source: a JSON document with ``items``, or JSON Lines keyed by ``id``."""
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("{") and '"items"' in stripped[:200000] and "\n{" not in stripped:
        record = json.loads(text)
        return {record.get("document") or str(path): record["items"]}
    gold: dict[str, list[dict]] = defaultdict(list)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
        if "items" in record:
            gold[record.get("document") or record["id"]].extend(record["items"])
        else:
            gold[record["id"]].append(record)
    return dict(gold)


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """``nashra extract`` output: one item per line, grouped by source in item order."""
    predicted: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
            predicted[str(record.get("source_id"))].append(record)
    for items in predicted.values():
        items.sort(key=lambda r: r.get("item_index", 0))
    return dict(predicted)


def align_sources(gold: dict[str, list], predicted: dict[str, list]) -> dict[str, list]:
    """Predictions keyed as the gold is: by the same id, or by a path the gold's path ends."""
    aligned = {}
    by_path = {_path_key(k): k for k in predicted}
    for source in gold:
        if source in predicted:
            aligned[source] = predicted[source]
            continue
        wanted = _path_key(source)
        for key, original in by_path.items():
            if key == wanted or key.endswith("/" + wanted):
                aligned[source] = predicted[original]
                break
    return aligned


def _path_key(source: str) -> str:
    parts = [p for p in source.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts)
