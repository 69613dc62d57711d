"""Extracted values in English, for analysts who do not read Arabic: offices from the
phrases of data/offices_en.tsv and the states' English names, people as English-language
media spell them (``transliterate``), and an event told as one English line. No machine
translation: what the tables do not cover stays in Arabic, never guessed."""

from __future__ import annotations

from functools import cache

from nashra.data import rows
from nashra.extraction.entities import transliterate
from nashra.text.normalization import fold

_LONGEST = 12  # words in the longest phrase looked up
_PREFIXES = frozenset({"Deputy", "Adviser"})  # an office of its own only when nothing follows
_ON = frozenset({"to", "at", "of", "for", "in"})  # a phrase that carries on the office before it


@cache
def _phrases() -> dict[str, str]:
    return {_seated(fold(form)): english for form, english in rows("offices_en")}


def _seated(folded: str) -> str:
    """One hamza seat for the words written both ways ("الشئون" / "الشؤون", "مسئول")."""
    return folded.replace("شئون", "شؤون").replace("مسئول", "مسؤول")


@cache
def english_states() -> dict[str, str]:
    """ISO alpha-3 → the state's English name as CLDR gives it."""
    return {alpha3: name for alpha3, name, shown in rows("states_en") if shown}


@cache
def _states() -> tuple[dict[str, str], dict[str, str]]:
    """Folded Arabic state names and adjectives → the state's English name."""
    english = english_states()
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for alpha3, form, kind, _source in rows("states"):
        if alpha3 not in english:
            continue
        table = adjectives if "demonym" in kind else names
        table.setdefault(fold(form), english[alpha3])
    return names, adjectives


def english_office(role: str | None) -> str | None:
    """The office in English where every word of it is known ("ولي العهد نائب رئيس مجلس
    الوزراء وزير الداخلية" → "Crown Prince, Deputy Prime Minister, Interior Minister"), else
    None: the Arabic is shown instead."""
    if not role:
        return None
    phrases = _phrases()
    names, adjectives = _states()
    words = _seated(fold(role)).replace("،", " ").replace(",", " ").split()
    parts: list[str] = []
    i = 0
    while i < len(words):
        found = _known_at(words, i, phrases, names, adjectives)
        if found is None:
            return None  # a word no table knows
        size, english, kind = found
        i += size
        if parts and (parts[-1].endswith((" of", " to")) or english.split()[0] in _ON):
            # "President of" + "Egypt", "Governor of" + "Asir", "Ambassador of Korea" + "to …"
            parts[-1] = f"{parts[-1]} {english}"
        elif kind == "office" and parts and parts[-1] in _PREFIXES:
            parts[-1] = f"{parts[-1]} {english}"  # "نائب ملك البحرين": Deputy King of Bahrain
        elif kind == "office":
            parts.append(english)
        elif parts:
            parts[-1] = f"{parts[-1]} ({english})"  # "Foreign Minister (United States)"
        else:
            return None  # a state with no office before it: a body's name, not an office
    if any(part.endswith((" of", " to")) for part in parts):
        return None  # "President of" whom the tables do not say
    said = ", ".join(parts)
    return said[:1].upper() + said[1:]  # "the Royal Court" as an office of its own


def _known_at(
    words: list[str],
    i: int,
    phrases: dict[str, str],
    names: dict[str, str],
    adjectives: dict[str, str],
) -> tuple[int, str, str] | None:
    """The longest phrase at ``i`` the tables know: (its words, English, kind); a state's
    name behind بـ or لـ counts ("وزير الداخلية بمملكة البحرين")."""
    for size in range(min(_LONGEST, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + size])
        if phrase in phrases:
            return size, phrases[phrase], "office"
        if phrase in names:
            return size, names[phrase], "state"
        if phrase in adjectives:
            return size, adjectives[phrase], "adjective"
        if phrase[:1] in "بل" and phrase[1:] in names:
            return size, names[phrase[1:]], "state"
    return None


def english_event(event: dict) -> str:
    """One line an English reader can follow: "2015-08-10 · call · Salman bin Hamad Al
    Khalifa, Crown Prince (Bahrain) — John Kerry, Foreign Minister (United States)"."""
    people = []
    for party in event.get("participants", []):
        name = transliterate(party["name"]) if party.get("name") else None
        office = english_office(party.get("role"))
        said = ", ".join(x for x in (name, office) if x) or party.get("role") or "?"
        state = party.get("country")
        named = english_states().get(state or "", state or "")
        if state and (office is None or named not in office):
            said += f" [{state}]"  # the state, where the office does not say it
        people.append(said)
    return f"{event.get('date') or '—'} · {event['type']} · " + " — ".join(people)
