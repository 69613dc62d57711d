"""The scorer of ANNOTATION.md: perfect on gold against itself, and strict where it should be."""

from __future__ import annotations

import copy
import json

from nashra.evaluation.score import load_gold, name_tokens, participants_match, score
from shared_paths import SEED_GOLD


def test_gold_against_itself_scores_one_everywhere():
    gold = load_gold(SEED_GOLD)
    report = score(gold, copy.deepcopy(gold)).to_dict()
    for scope in ("all_types", "interaction_types"):
        assert report[scope]["event_types"]["f1"] == 1.0
        assert report[scope]["participants"]["f1"] == 1.0
        assert report[scope]["countries"]["f1"] == 1.0
    assert report["date"]["accuracy"] == 1.0
    assert report["dateline_place"]["accuracy"] == 1.0


def test_a_missing_event_and_a_wrong_date_lower_the_figures():
    gold = load_gold(SEED_GOLD)
    predicted = copy.deepcopy(gold)
    (source,) = predicted
    predicted[source][1]["events"].pop()  # drop the statement
    predicted[source][0]["date"] = "2021-09-25"
    report = score(gold, predicted).to_dict()
    assert report["all_types"]["event_types"]["recall"] == 4 / 5  # the seed has five events
    assert report["interaction_types"]["event_types"]["f1"] == 1.0
    assert report["per_type"]["statement"]["recall"] == 0.0
    assert report["date"]["accuracy"] == 0.75


def test_name_normalisation_drops_honorifics_and_joins_abd_and_abu():
    assert name_tokens("معالي الدكتور عبد الله بن أحمد") == ["عبدالله", "بن", "احمد"]
    assert name_tokens("السيد أبو الكلام عبد المنعم") == ["ابوالكلام", "عبدالمنعم"]


def test_participants_match_by_shared_name_tokens():
    gold = {"name": "يوسف بن أحمد العثيمين", "country": None, "org": "OIC"}
    assert participants_match({"name": "يوسف العثيمين"}, gold)
    assert not participants_match({"name": "يوسف الزياني"}, gold)
    unnamed = {
        "name": None,
        "role": "وزير الخارجية",
        "affiliation": "النيجر",
        "country": "NER",
        "org": None,
    }
    assert participants_match(
        {
            "name": None,
            "role": "وزير خارجية",
            "affiliation": "النيجر",
            "country": "NER",
            "org": None,
        },
        unnamed,
    )
    assert not participants_match(
        {
            "name": None,
            "role": "وزير الخارجية",
            "affiliation": "النيجر",
            "country": "BGD",
            "org": None,
        },
        unnamed,
    )


def test_jsonl_gold_is_keyed_by_id(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "date": None, "events": []}) + "\n", encoding="utf-8")
    assert load_gold(path) == {"a": [{"id": "a", "date": None, "events": []}]}
