"""How extraction fares on people it never saw: the gold scored as it is, then again with
every named participant's name replaced, in the text and in the gold alike, by an invented
one that no list of nashra's knows.

    python bench/unseen_names.py [--gold GOLD.jsonl --input INPUT.jsonl [--lines 1-200]] ...

nashra's given names, family names and verbs are harvested from the corpus the gold files
were drawn from, so the gold's own names are in its lists; news of other days names people
it never did. A figure that drops here is one that leans on those lists. By default it
scores dev and the read half of dev2 (lines 1-200; lines 201-400 are a check not read item
by item, see ../shared/gold/README.md). Prints interaction types, participants and
countries F1 for both, and the items whose events differ.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from nashra.evaluation.score import align_sources, load_gold, load_predictions, score
from nashra.extraction.lexicon import common_words, given_names, lexicon, stopwords, verbs
from nashra.extraction.pipeline import extract
from nashra.reading import read
from nashra.text.normalization import fold

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[0].parent / "shared" / "gold"
DEFAULTS = [
    (GOLD / "dev-saudinewsnet.jsonl", GOLD / "dev-saudinewsnet.input.jsonl", None),
    (GOLD / "dev2-saudinewsnet.jsonl", GOLD / "dev2-saudinewsnet.input.jsonl", (1, 200)),
]
INTERACTIONS = ("meeting", "call", "visit", "message", "cable", "agreement", "conference")
# syllables of invented names: foreign-sounding, none a word of the language
SYLLABLES = ["زو", "را", "نكو", "مي", "لا", "تيف", "بيك", "كو", "ري", "سان", "دو", "فا",
             "لين", "غو", "تو", "رين", "شو", "كي", "نا", "يو", "بو"]  # fmt: skip
# the words that join a name's parts stay ("هاني بن محمد أبو راس")
PARTICLES = frozenset({"بن", "بنت", "ابن", "أبو", "ابو", "آل", "ال", "ولد", "عبد"})
# names that stay: the king's and the princes' names are known on any day
KEPT = ("سلمان بن", "محمد بن", "مقرن", "متعب بن", "خالد الفيصل")


def invented_word(rng: random.Random, taken: set[str]) -> str:
    known = given_names() | common_words() | stopwords() | verbs() | lexicon().first_words
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3))))
        folded = fold(word)
        if (
            len(word) >= 4
            and not word.startswith(("ال", "و", "ب", "ل", "ف"))
            and not word.endswith("ه")
            and folded not in known
            and word not in taken
        ):
            taken.add(word)
            return word


def with_invented_names(gold: dict, item: dict, rng: random.Random) -> tuple[dict, dict]:
    """The item and its gold record, each named participant's name (two words or more,
    found in the text) replaced by an invented one, and his family name alone likewise."""
    text, names, taken = item["text"], {}, set()
    for event in gold.get("events", []):
        for person in event.get("participants", []):
            name = person.get("name")
            if name and len(name.split()) >= 2 and name in text and not name.startswith(KEPT):
                names.setdefault(
                    name,
                    " ".join(
                        word if word in PARTICLES else invented_word(rng, taken)
                        for word in name.split()
                    ),
                )
    for old in sorted(names, key=len, reverse=True):
        text = text.replace(old, names[old])
    for old, new in names.items():
        family, invented = old.split()[-1], new.split()[-1]
        if len(family) >= 4:
            text = re.sub(rf"(?<!\w){re.escape(family)}(?!\w)", invented, text)
    gold = json.loads(json.dumps(gold))
    for event in gold.get("events", []):
        for person in event.get("participants", []):
            person["name"] = names.get(person.get("name"), person.get("name"))
    return gold, {**item, "text": text}


def scored(gold_rows: list[dict], input_rows: list[dict], folder: Path, tag: str):
    gold_path, input_path = folder / f"{tag}.gold.jsonl", folder / f"{tag}.input.jsonl"
    pred_path = folder / f"{tag}.pred.jsonl"
    for path, rows in ((gold_path, gold_rows), (input_path, input_rows)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    with pred_path.open("w", encoding="utf-8") as out:
        for document in read([str(input_path)]):
            for item in extract(document):
                out.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
    gold = load_gold(gold_path)
    report = score(gold, align_sources(gold, load_predictions(pred_path))).to_dict()
    events = {}
    for line in pred_path.read_text("utf-8").splitlines():
        record = json.loads(line)
        kinds = Counter(e["type"] for e in record["events"] if e["type"] in INTERACTIONS)
        named = sum(1 for e in record["events"] for p in e["participants"] if p.get("name"))
        events.setdefault(record["source_id"], Counter()).update(kinds + Counter(named=named))
    return report, events


def figures(report: dict) -> str:
    scope = report["interaction_types"]
    return "  ".join(
        f"{label} {scope[key]['f1']:.3f}"
        for label, key in (
            ("types", "event_types"),
            ("participants", "participants"),
            ("countries", "countries"),
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append")
    parser.add_argument("--input", type=Path, action="append")
    parser.add_argument("--lines", action="append", help="first-last lines to use, e.g. 1-200")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.gold:
        spans = args.lines or [None] * len(args.gold)
        sets = [
            (g, i, tuple(map(int, s.split("-"))) if s else None)
            for g, i, s in zip(args.gold, args.input, spans, strict=True)
        ]
    else:
        sets = DEFAULTS
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for gold_path, input_path, span in sets:
            gold_rows = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines()]
            input_rows = [json.loads(line) for line in input_path.read_text("utf-8").splitlines()]
            if span:
                first, last = span
                gold_rows, input_rows = gold_rows[first - 1 : last], input_rows[first - 1 : last]
            pairs = zip(gold_rows, input_rows, strict=True)
            changed = [with_invented_names(g, i, rng) for g, i in pairs]
            replaced = sum(g != c[0] for g, c in zip(gold_rows, changed, strict=True))
            as_is, events = scored(gold_rows, input_rows, folder, "as-is")
            invented, events_invented = scored(
                [c[0] for c in changed], [c[1] for c in changed], folder, "invented"
            )
            lines = f" (lines {span[0]}-{span[1]})" if span else ""
            print(f"{gold_path.name}{lines}: {len(gold_rows)} items, names invented in {replaced}")
            print(f"  names as they are   {figures(as_is)}")
            print(f"  names invented      {figures(invented)}")
            for source, found in events.items():
                if found != events_invented.get(source, Counter()):
                    print(f"  differs: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
