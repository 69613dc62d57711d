"""Which reports tell one happening.

A call between two kings is told by a dozen papers, some a day late ("اليوم" in a
reprint), some naming the kings in full, some by their offices. Each report is stored as
an event; events that tell one happening share a ``happening_id`` (the id of the first
of them), and every count, network and export counts happenings.

Two events are one happening when they are of one type, dated within a day of each other,
and their parties agree by identity: the same people, however fully named (a person is a
given name with a father's name and a family name where the report gives them, so that
``سلمان بن عبدالعزيز آل سعود``, ``سلمان بن عبدالعزيز`` and ``الملك سلمان`` agree while
``سلمان بن حمد آل خليفة`` does not), an office named without its holder standing for the
holder of the day (data/office_holders.tsv), and no state or organisation on one side that
the other contradicts. Events without named people are one happening only when their
parties are written alike. Undated events are one happening only within a group of
near-duplicate items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import permutations
from typing import Any

from nashra.extraction.entities import name_parts
from nashra.extraction.holders import holder

_FIELD = "|"
_PERSONS = "\x1f"
_PARTS = "\x1e"


@dataclass(frozen=True)
class Person:
    """A person as reports name them: given name, father's name, family name."""

    given: str
    father: str | None = None
    family: str | None = None

    def key(self) -> str:
        return _FIELD.join((self.given, self.father or "", self.family or ""))

    @classmethod
    def from_key(cls, key: str) -> Person:
        given, father, family = key.split(_FIELD)
        return cls(given, father or None, family or None)

    def agrees(self, other: Person) -> bool:
        """The same person, as far as two reports tell: the given names equal, the fathers'
        and the families' equal wherever both reports give them, and one of them shared
        unless one report gives the given name alone ("الملك سلمان")."""
        if self.given != other.given:
            return False
        for mine, theirs in ((self.father, other.father), (self.family, other.family)):
            if mine and theirs and mine != theirs:
                return False
        bare = not (self.father or self.family) or not (other.father or other.family)
        shared = (self.father and self.father == other.father) or (
            self.family and self.family == other.family
        )
        return bool(bare or shared)


def person_of(name: str) -> Person | None:
    """The person a name gives, as ``nashra.extraction.entities.name_parts`` reads it."""
    parts = name_parts(name)
    return Person(parts.given, parts.father, parts.family) if parts is not None else None


@dataclass(frozen=True)
class Identity:
    """What tells an event's happening apart."""

    type: str
    date: dt.date | None
    persons: tuple[Person, ...]
    parties: frozenset[str]  # the states and organisations of its parties
    signature: str  # type, date and parties as written
    cluster: int  # the near-duplicate group of its item

    def encoded(self) -> str:
        return _PARTS.join(
            (_PERSONS.join(p.key() for p in self.persons), _PERSONS.join(sorted(self.parties)))
        )

    @classmethod
    def decoded(
        cls, text: str, type_: str, date: str | None, signature: str, cluster: int
    ) -> Identity:
        persons, parties = text.split(_PARTS)
        return cls(
            type_,
            dt.date.fromisoformat(date) if date else None,
            tuple(Person.from_key(k) for k in persons.split(_PERSONS) if k),
            frozenset(p for p in parties.split(_PERSONS) if p),
            signature,
            cluster,
        )


def identity_of(event: dict[str, Any], signature: str, cluster: int) -> Identity:
    """An event record's identity (``Event.to_record()``)."""
    date = dt.date.fromisoformat(event["date"]) if event.get("date") else None
    persons: list[Person] = []
    parties: set[str] = set()
    for p in event["participants"]:
        code = p.get("country") or p.get("org")
        if code:
            parties.add(code)
        name = p.get("name") or holder(p.get("role"), code, date)
        person = person_of(name) if name else None
        if person is not None and not any(person.agrees(q) for q in persons):
            persons.append(person)
    return Identity(event["type"], date, tuple(persons), frozenset(parties), signature, cluster)


def same_happening(a: Identity, b: Identity) -> bool:
    if a.type != b.type:
        return False
    if a.cluster == b.cluster and a.signature == b.signature:
        return True  # the same story, the same event as written
    if a.date is None or b.date is None or abs((a.date - b.date).days) > 1:
        return False
    if not a.persons or not b.persons:
        return a.signature == b.signature  # bodies and states, written alike
    if a.parties and b.parties and not (a.parties <= b.parties or b.parties <= a.parties):
        return False
    fewer, more = sorted((a.persons, b.persons), key=len)
    if len(fewer) < min(2, len(more)) and a.parties != b.parties:
        return False  # one person named on each report, the rest by states that differ
    return _matched(fewer, more)


def _matched(fewer: Iterable[Person], more: tuple[Person, ...]) -> bool:
    """Each of ``fewer`` agrees with a different one of ``more``."""
    fewer = tuple(fewer)
    if len(fewer) > 6:  # a long list of attendees: compare in order, not every pairing
        return all(any(p.agrees(q) for q in more) for p in fewer)
    return any(
        all(p.agrees(q) for p, q in zip(fewer, chosen, strict=True))
        for chosen in permutations(more, len(fewer))
    )


Loader = Callable[[str, dt.date], list[tuple[int, Identity]]]
Finder = Callable[[str, int], "int | None"]


class Happenings:
    """The happenings a write matches new events against: the archive's dated events
    loaded by type and day as they are needed (``load``), undated ones looked up by
    signature within their near-duplicate group (``find_undated``), and this run's own."""

    def __init__(self, load: Loader, find_undated: Finder) -> None:
        self._load = load
        self._find_undated = find_undated
        self._dated: dict[tuple[str, dt.date], list[tuple[int, Identity]]] = {}
        self._undated: dict[tuple[str, int], int] = {}

    def happening_of(self, event_id: int, identity: Identity) -> int:
        """The id of the happening an event tells (its own id if it is the first report),
        remembered for the events that follow."""
        if identity.date is None:
            key = (identity.signature, identity.cluster)
            found = self._undated.get(key)
            if found is None:
                found = self._find_undated(*key)
            happening = found if found is not None else event_id
            self._undated[key] = happening
            return happening
        happening = event_id
        for offset in (0, -1, 1):
            day = identity.date + dt.timedelta(days=offset)
            match = next(
                (
                    h
                    for h, other in self._day(identity.type, day)
                    if same_happening(identity, other)
                ),
                None,
            )
            if match is not None:
                happening = match
                break
        self._day(identity.type, identity.date).append((happening, identity))
        return happening

    def learn(self, happening: int, identity: Identity) -> None:
        """An event another writer stored: known if its day is loaded already."""
        if identity.date is None:
            self._undated.setdefault((identity.signature, identity.cluster), happening)
        elif (identity.type, identity.date) in self._dated:
            self._dated[(identity.type, identity.date)].append((happening, identity))

    def _day(self, type_: str, day: dt.date) -> list[tuple[int, Identity]]:
        key = (type_, day)
        if key not in self._dated:
            self._dated[key] = self._load(type_, day)
        return self._dated[key]
