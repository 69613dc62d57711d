"""From token ranges to the record: people with names, titles, offices, states; identities.

A person's ``country`` is the state their office names (``وزير خارجية النيجر`` → NER,
``الرئيس اليمني`` → YEM); an office of an international organisation gives ``org``
instead (``الأمين العام لمنظمة التعاون الإسلامي`` → OIC). An office that names neither
belongs to whoever the item reports for: a state office (``ولي العهد``، ``أمير منطقة
نجران``) in a Saudi newspaper is Saudi — ANNOTATION.md's rule for domestic officials, the
dateline's state when the paper reports from abroad, unless through its own state's agency — and
``الأمين العام`` in an OIC bulletin is the OIC's. Without such an origin it stays null
rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nashra.data import rows
from nashra.extraction.holders import holder_named
from nashra.extraction.lexicon import (
    Match,
    Tokens,
    common_words,
    gathered_at,
    gathering_words,
    given_names,
    lexicon,
    may_be_a_given_name,
    personal_names,
)
from nashra.extraction.people import (
    NAME_JOINERS,
    POSTED_HEADS,
    Party,
    places_in,
    without_proclitic,
)
from nashra.model import Participant, Person, Span
from nashra.text.normalization import Normalized, fold

_STATE_TITLES = frozenset(
    {
        "الملك",
        "الأمير",
        "الملكة",
        "الأميرة",
        "السلطان",
        "السفير",
        "اللواء",
        "الفريق",
        "العميد",
        "العقيد",
    }
)


@dataclass(slots=True)
class Frame:
    """Where token offsets lead back to: the normalised body and its place in the document."""

    tokens: Tokens
    normalized: Normalized
    base: int  # document offset of the body's first character
    origin: tuple[str | None, str | None]  # (state, organisation) the item reports from

    def span(self, first: int, end: int, skip: int = 0) -> Span:
        """Document span of tokens ``[first, end)``; ``skip`` leaves out proclitics."""
        start = self.tokens.starts[first] + skip
        stop = self.tokens.ends[end - 1]
        s, e = self.normalized.span_to_original(start, stop)
        return Span(self.base + s, self.base + e)

    def text(self, document_text: str, first: int, end: int, skip: int = 0) -> str:
        return _one_line(self.span(first, end, skip).text(document_text))


def _one_line(text: str) -> str:
    """A value's text, a line break inside it (a hard-wrapped page) read as a space, the
    tatweel that joins it to a dash dropped ("آل سعودــ حفظه الله ــ")."""
    return " ".join(text.split()).strip("ـ ")


def person_of(party: Party, frame: Frame, document_text: str) -> Person:
    span = frame.span(party.start, party.end, party.skip)
    name = name_span = None
    if party.name is not None:
        skip = party.skip if party.name[0] == party.start else 0
        first = frame.tokens.texts[party.name[0]][skip:]
        if first[:1] in "وبل" and first[1:] in given_names() and first not in given_names():
            # "…، وعادل الجبير وزير الخارجية": و joins him to a list; "اجتمع … البارحة
            # بسمير جعجع": بـ introduces the one met
            skip += 1
        name_span = frame.span(*party.name, skip)
        name = _one_line(name_span.text(document_text))
    role = role_span = None
    if party.role is not None:
        skip = party.skip if party.role[0] == party.start else 0
        role_span = frame.span(*party.role, skip)
        role = _one_line(role_span.text(document_text)).strip(" ،,")
        if skip and document_text[role_span.start - 1 : role_span.start + 1] == "لل":
            # "للرئيس النيجيري": لـ took the article's alef; the office is "الرئيس النيجيري"
            # (its span starts on the article's lam); "للجنة": the article's lam is the
            # word's own, doubled ("اللجنة")
            role = ("ال" if fold("ال" + role.split()[0]) in common_words() else "ا") + role
    country, org, affiliation, inferred = _affiliation(party, frame, document_text)
    person = Person(
        span=span,
        name=name,
        name_span=name_span,
        title=party.titles[-1] if party.titles else None,
        role=role,
        role_span=role_span,
        affiliation=affiliation,
        country=country,
        org=org,
        inferred=inferred,
    )
    if name is not None:
        person.entity_id = holder_key(name, person.title or role, country) or person_key(name)
        person.latin = transliterate(name)
    return person


def _affiliation(
    party: Party, frame: Frame, document_text: str
) -> tuple[str | None, str | None, str | None, bool]:
    """(country, org, affiliation text, inferred) of a party; ``inferred`` when they come
    from the item's origin rather than from words next to the party."""
    if party.whole is not None:
        m = party.whole
        text = frame.text(document_text, m.start, m.end, m.skip)
        if m.entry.kind == "state":
            return m.entry.code, None, text, False
        return None, m.entry.code, text, False
    named: list[Match] = sorted([*party.states, *party.orgs], key=lambda m: m.start)
    whose = party.role
    state, organisation = frame.origin
    texts = frame.tokens.texts
    posted_home = False  # an envoy to the item's own state ("سفير … لدى المملكة")
    if whose is not None:
        # "سفير خادم الحرمين الشريفين لدى الأردن", "مندوب المملكة لدى الفاو": where an office
        # is held is not whom it serves — what follows لدى does not make the party's state
        posted = _where_posted(texts, whose, named)
        if posted is not None:
            posted_home = (posted + 1 < len(texts) and texts[posted + 1] == _THE_KINGDOM) or any(
                m.start > posted and m.entry.kind == "state" and m.entry.code == state
                for m in named
            )
            whose = (whose[0], posted)
            named = [m for m in named if m.start < posted]
    if named:
        first = named[0]
        text = frame.text(document_text, first.start, first.end, first.skip)
        if first.entry.kind == "state":
            return first.entry.code, None, text, False
        return None, first.entry.code, text, False
    if whose is not None and (served := _kingdom_served(frame.tokens.texts, whose)) is not None:
        # "سفير خادم الحرمين الشريفين لدى اليمن"، "مندوب المملكة لدى الفاو": the King's title,
        # or the Kingdom the news names so, says whom the office serves
        return "SAU", None, frame.text(document_text, *served, 0), False
    if whose is not None and not _THE_ORGANISATION.isdisjoint(frame.tokens.texts[slice(*whose)]):
        # "الأمين العام للمنظمة": the organisation the item named last before him
        named_before = _organisation_before(frame.tokens, party.start)
        if named_before is not None:
            text = frame.text(
                document_text, named_before.start, named_before.end, named_before.skip
            )
            return None, named_before.entry.code, text, False
    if party.name is not None:
        # "الشيخ محمد بن زايد آل نهيان": a ruling house's member is of its state
        house = house_state(frame.tokens.texts[party.name[0] : party.name[1]])
        if house is not None:
            code, size = house
            text = frame.text(document_text, party.name[1] - size, party.name[1], 0)
            return code, None, text, False
    abroad = next(
        (
            place  # a place's entry keeps its state in ``detail``
            for place in (places_in(frame.tokens, *whose) if whose is not None else ())
            if place.entry.detail and place.entry.detail != state
        ),
        None,
    )
    if abroad is not None:
        # "رئيس إقليم كردستان مسعود بارزاني" in a Saudi item: the region's state, not the item's
        text = frame.text(document_text, abroad.start, abroad.end, abroad.skip)
        return abroad.entry.detail, None, text, False
    if posted_home or (whose is not None and _unknown_state_named(texts, whose)):
        # "سفير كوسوفو لدى المملكة"، "وزير خارجية جمهورية كوسوفو": a state the gazetteer does
        # not know, never the item's own
        return None, None, None, False
    if organisation and party.office in ("org", "body", "group"):
        return None, organisation, None, True
    if state and whose is not None and _not_held(state, frame.text(document_text, *whose)):
        return None, None, None, False  # "الرئيس" in a Saudi paper: a president, not a Saudi
    if state and whose is not None and _in_a_body_not_held(state, texts[slice(*whose)]):
        return None, None, None, False  # "رئيس حزب الشعب الجمهوري": no Saudi party
    if state and party.office == "group" and _of_the_public(frame.tokens, party):
        return None, None, None, False
    if state and (party.office in ("state", "body", "group") or set(party.titles) & _STATE_TITLES):
        return state, None, None, True
    return None, None, None, False


def _of_the_public(tokens: Tokens, party: Party) -> bool:
    """A gathering of people no office names, who speak for no state: "عدد من المواطنين"،
    "جمعاً من الأهالي" (but "عدد من المسؤولين" are officials, "عدد من الدوائر الحكومية"
    bodies: the state's)."""
    if party.role is None or party.name is not None:
        return False
    first, end = party.role
    texts = tokens.texts
    if end - first < 3 or texts[first + 1] != "من":
        return False
    if texts[first].removeprefix("ب").removeprefix("ل") not in gathering_words():
        return False
    return gathered_at(tokens, first + 2) == "public"


_THE_ORGANISATION = frozenset(fold(w) for w in ("المنظمة", "للمنظمة", "بالمنظمة"))
_ORG_KIND = frozenset({"org"})


def _organisation_before(tokens: Tokens, before: int) -> Match | None:
    """The last organisation named before token ``before``, within the preceding words."""
    for k in range(before - 1, max(-1, before - 400), -1):
        found = lexicon().match(tokens, k, _ORG_KIND)
        if found is not None and found.end <= before:
            return found
    return None


def _not_held(state: str, office: str) -> bool:
    """Whether ``state`` has no such office (data/offices_not_held.tsv)."""
    return (state, " ".join(fold(office).split())) in _offices_not_held()


@cache
def _offices_not_held() -> frozenset[tuple[str, str]]:
    return frozenset((state, fold(office)) for state, office in rows("offices_not_held"))


def _in_a_body_not_held(state: str, words: list[str]) -> bool:
    """Whether an office's words name a body ``state`` does not have
    (data/bodies_not_held.tsv): a party, a movement, a parliament."""
    bodies = _bodies_not_held()
    return any(
        (state, word) in bodies or (state, without_proclitic(word)) in bodies  # "برلمان"، "لحركة"
        for word in words
    )


@cache
def _bodies_not_held() -> frozenset[tuple[str, str]]:
    return frozenset((state, fold(body)) for state, body in rows("bodies_not_held"))


_KINGS_TITLE = tuple(fold(w) for w in ("خادم", "الحرمين", "الشريفين"))
_THE_KINGDOM = fold("المملكة")


def _kingdom_served(texts: list[str], role: tuple[int, int]) -> tuple[int, int] | None:
    """The tokens of an office that name Saudi Arabia without a state's name: the King's
    title, the office itself or after its head, or "المملكة" alone in its complement (its
    adjective would have named another kingdom)."""
    start, end = role
    if tuple(texts[start : start + 3]) == _KINGS_TITLE:
        return start, start + 3  # "رفع … برقية إلى خادم الحرمين الشريفين": the King
    for k in range(start + 1, end):
        if tuple(texts[k : k + 3]) == _KINGS_TITLE:
            return k, k + 3
        if texts[k] == _THE_KINGDOM:
            return k, k + 1
    return None


# the words of a state's style, indefinite, before its name: "جمهورية كوسوفو"، "لدولة …"
_STATE_STYLES = frozenset(fold(w) for w in ("جمهورية", "مملكة", "سلطنة", "دولة"))
_STATE_STYLE_OF_MINISTER = fold("دولة")  # "وزير دولة": a minister of state


def _unknown_state_named(texts: list[str], role: tuple[int, int]) -> bool:
    """Whether an office names a state by its style with no state the gazetteer knows after
    it (called only when none was found): "وزير خارجية جمهورية كوسوفو" (but "وزير دولة
    لشؤون مجلس الوزراء" is a minister of state)."""
    start, end = role
    for k in range(start + 1, end - 1):
        bare = without_proclitic(texts[k])
        if bare in _STATE_STYLES and not (k == start + 1 and bare == _STATE_STYLE_OF_MINISTER):
            return True
    return False


# "السفير المصري في السودان"، "المبعوث الخاص إلى سوريا": where he serves, not whom
_POSTED_AT = frozenset({"في", "الي"})  # folded: إلى


def _where_posted(texts: list[str], whose: tuple[int, int], named: list[Match]) -> int | None:
    """Where the place an office is held at opens: after لدى, or for an envoy's office a
    state after في, إلى or بـ ("سفير خادم الحرمين الشريفين بجمهورية مصر العربية", "… في
    كندا", "المبعوث الخاص إلى سوريا")."""
    at = next((k for k in range(*whose) if texts[k] == "لدي"), None)
    if at is None and texts[whose[0]].endswith(POSTED_HEADS):
        at = next(
            (
                m.start
                for m in named
                if m.start > whose[0]
                and (texts[m.start - 1] in _POSTED_AT or (m.skip and texts[m.start][:1] == "ب"))
            ),
            None,
        )
    return at


def participant_of(person: Person, side: str) -> Participant:
    return Participant(
        name=person.name,
        title=person.title,
        role=person.role,
        affiliation=person.affiliation,
        country=person.country,
        org=person.org,
        side=side,
        span=person.span,
        entity_id=person.entity_id,
        inferred=person.inferred,
    )


def name_words(name: str) -> list[str]:
    """A name's words as identity compares them: folded, عبد and أبو joined to the next."""
    words = fold(name).replace("-", " ").split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("عبد", "ابو") and i + 1 < len(words):
            word += words[i + 1]
            i += 1
        out.append(word)
        i += 1
    return out


@lru_cache(maxsize=1 << 16)  # a name's forms recur across items
def same_person(a: str, b: str) -> bool:
    """Whether two names written in one item name one person: the shorter's words are all in
    the longer and include its family name ("داود أوغلو", "أحمد داود أوغلو")."""
    raw_a, raw_b = name_words(a), name_words(b)
    if _nasab_opening(raw_a, raw_b):
        return True  # "محمد بن سلمان" and "محمد بن سلمان بن عبدالعزيز آل سعود"
    wa = [w for w in raw_a if w not in NAME_JOINERS]
    wb = [w for w in raw_b if w not in NAME_JOINERS]
    if not wa or not wb:
        return False
    (short, _), (long, raw_long) = sorted(((wa, raw_a), (wb, raw_b)), key=lambda pair: len(pair[0]))
    if not (set(short) <= set(long) and short[-1] == long[-1]):
        return False
    if short[0] == long[0]:
        return True  # the given name and the family's: "يوسف العثيمين"
    # The family name alone, or a family name of two words ("داود أوغلو"), but not a
    # father's name with the family ("خالد الفيصل" is not بندر بن خالد الفيصل; "زايد" is
    # not محمد بن زايد).
    k = len(raw_long) - len(short)
    return raw_long[k:] == short and k > 0 and raw_long[k - 1] not in _NASAB


_NASAB = frozenset(fold(w) for w in ("بن", "بنت", "ابن"))


def _nasab_opening(a: list[str], b: list[str]) -> bool:
    """Whether one name is the other's opening, a given name and its father's at least: the
    press gives a prince's name with or without his grandfather's and his house."""
    short, long = sorted((a, b), key=len)
    return (
        3 <= len(short) < len(long)
        and short[1] in _NASAB
        and long[: len(short)] == short
        and long[len(short)] in _NASAB | _HOUSES
    )


_HOUSES = frozenset(fold(w) for w in ("آل",))


@cache
def _ruling_houses() -> frozenset[str]:
    """The last word of each ruling house's name (data/ruling_houses.tsv): "سعود"."""
    return frozenset(name_words(form)[-1] for form, *_ in rows("ruling_houses"))


@cache
def _house_states() -> dict[tuple[str, ...], str]:
    """A ruling house's name, as words, → the state its members are of, where the name alone
    says it (data/ruling_houses.tsv): ("ال", "نهيان") → ARE."""
    return {tuple(fold(form).split()): state for form, state, *_ in rows("ruling_houses") if state}


def house_state(words: list[str]) -> tuple[str, int] | None:
    """The state of a person whose name (folded words) ends in a ruling house's, and how
    many words the house's name has: "محمد بن زايد آل نهيان" → (ARE, 2)."""
    for house, state in _house_states().items():
        if len(words) > len(house) and tuple(words[-len(house) :]) == house:
            return state, len(house)
    return None


@dataclass(frozen=True)
class NameParts:
    """A person's name as the press writes it: the given name, the father's and the family's
    where the name gives them, whether the family is a ruling house (data/ruling_houses.tsv),
    and the name after the given one ("خالد الفيصل بن عبدالعزيز": الفيصل)."""

    given: str
    father: str | None = None
    family: str | None = None
    house: bool = False
    second: str | None = None


@lru_cache(maxsize=1 << 16)  # a name's forms recur across items
def name_parts(name: str) -> NameParts | None:
    """``محمد بن نايف بن عبدالعزيز`` → (محمد، نايف، —); ``عبدالله بن يحيى المعلمي`` →
    (عبدالله، يحيى، المعلمي); ``سلمان بن عبدالعزيز آل سعود`` → (سلمان، عبدالعزيز، سعود, a
    house); ``محمد الخالد الصباح`` → (محمد، خالد، الصباح, a house: the father comes second)."""
    words = _without_run_on(name_words(name))
    named = [w for w in words if w not in NAME_JOINERS]
    if not named:
        return None
    given = named[0]
    father = family = None
    if len(words) > 2 and words[1] in _NASAB:
        father = words[2]  # "محمد بن نايف …"
    if len(words) > 1 and words[-2] not in _NASAB and words[-1] not in NAME_JOINERS:
        family = words[-1]
    house = family is not None and family in _ruling_houses()
    if house and father is None and len(named) > 2:
        # "محمد الخالد الصباح", "محمد العبد الله الصباح": the father's name comes second
        second = "".join(words[1:-1]) if words[1] in ("العبد", "ابو") else words[1]
        father = second[2:] if second.startswith("ال") and len(second) > 4 else second
    if family in (given, father):
        family, house = None, False
    return NameParts(given, father, family, house, named[1] if len(named) > 1 else None)


@lru_cache(maxsize=1 << 16)  # a name's forms recur across items
def person_key(name: str) -> str:
    """One stable key per person within an archive: the given name and the family name
    (``يوسف بن أحمد العثيمين``, ``يوسف العثيمين`` and ``د. يوسف العثيمين`` agree), or the
    given name and the father's where there is no family name or it is a ruling house the
    press often leaves out (data/ruling_houses.tsv): ``سلمان بن عبدالعزيز آل سعود`` and
    ``سلمان بن عبدالعزيز`` agree, ``محمد بن نايف بن عبدالعزيز`` and ``محمد بن سلمان بن
    عبدالعزيز`` do not, nor ``محمد الخالد الصباح`` and ``محمد العبدالله الصباح``. The two
    kinds of key are written apart (``person:فيصل|عبدالعزيز``, a family; ``person:فيصل بن
    عبدالعزيز``, a father), so that one never takes the other's people."""
    parts = name_parts(name)
    if parts is None:
        return "person:" + fold(name)
    if parts.father and (parts.family is None or parts.house):
        return f"person:{parts.given} بن {parts.father}"
    if parts.family:
        return f"person:{parts.given}|{parts.family}"
    if parts.second:
        # "خالد الفيصل بن عبدالعزيز", "عبدالله الثاني بن الحسين": the name after the given
        # one is the one the press knows him by ("خالد الفيصل", "الملك عبدالله الثاني")
        return f"person:{parts.given}|{parts.second}"
    return f"person:{parts.given}"


_G = str.maketrans({"غ": "ج"})
_INNER_VOWELS = re.compile(r"(?<=.)[اوي](?=.)")
_DOUBLED = re.compile(r"(.)\1+")


def spelling_variant(key: str) -> str | None:
    """What the key of a person with a foreign name shares with the other Arabic spellings
    of that name: g written غ or ج, the inner long vowels written or left out
    (``فرانسوا|هولاند`` and ``فرنسوا|هولند``; ``سيرغي|لافروف`` and ``سيرجي|لافروف``). None
    for a key with a father in it, and for one with an Arabic name — a family name with the
    article or a personal name (data/personal_names.tsv) — whose letters tell people apart
    (``حسن``, ``حسين``)."""
    if not key.startswith("person:") or " " in key or "|" not in key:
        return None
    words = key.removeprefix("person:").split("|")
    if any(w.startswith("ال") or w in personal_names() or len(w) < 3 for w in words):
        return None
    return "|".join(_DOUBLED.sub(r"\1", _INNER_VOWELS.sub("", w.translate(_G))) for w in words)


def one_of_many(key: str) -> bool:
    """Whether a person's key is one word that many people share: a given name ("فهد"), a
    personal name that is also a word of the language ("منصور"، "علي": data/personal_names.tsv),
    or a family or tribe with the article ("الغامدي"). An archive keeps such a key to one
    story (``story_key``); a single foreign surname ("أوباما"، "ميركل") stays archive-wide."""
    rest = key.removeprefix("person:")
    if not key.startswith("person:") or " " in rest or "|" in rest:
        return False
    return may_be_a_given_name(rest) or rest.startswith("ال")


def story_key(key: str, story: int) -> str:
    """A name many share, kept to one story and its reprints ("person:فهد@412"): the item's
    text named no more of him, and another story's فهد is most often someone else."""
    return f"{key}@{story}"


def _without_run_on(words: list[str]) -> list[str]:
    """A name's words without those a reading ran on into behind و ("عادل الجبير وتحذيره",
    "سلمان بن عبدالعزيز آل سعود وسمونائبه"): no name ends in و and a word that is no given
    name ("وليد" is one). The key is the person's, whatever followed the name. (Not بـ:
    family names start with it — بحاح، بترجي.)"""
    names = given_names()
    while len(words) > 2:
        last = words[-1]
        if not (len(last) > 3 and last[0] == "و" and last not in names) or words[-2] in _NASAB:
            break
        words = words[:-1]
    return words


def key_rule(name: str, key: str) -> str:
    """Why a person's name was given ``key``: the rule of ``person_key`` it followed, or
    how it was joined to that key otherwise (shown beside an entity's forms)."""
    own = person_key(name)
    if "@" in key:
        return "a name many share, alone: one story's (its reprints too), not everyone's"
    if own == key:
        given, _, rest = key.removeprefix("person:").partition("|")
        if " بن " in given:
            return "given and father's name (no family name, or a ruling house's)"
        if rest:
            return "given and family name"
        return "given name alone"
    head, _, family = key.removeprefix("person:").partition("|")
    if " بن " in head and family and own == f"person:{head.split(' بن ')[0]}|{family}":
        return "same given and family name as another, told apart by the father's name"
    words = name_words(name)
    if len(words) == 1 and family and words[0] == family:
        return "its family name alone, joined to the full name in its item"
    if len(words) == 1:
        return "a title or office with this given name: its holder, or the full name in its item"
    return "named in full elsewhere in its item"


@lru_cache(maxsize=1 << 16)  # a name's forms recur across items
def holder_key(name: str, office: str | None, code: str | None) -> str | None:
    """The key of the office holder a name of one word and an office or title stand for
    ("الملك سلمان" in a Saudi item: King Salman), if the data names one."""
    words = name_words(name)
    if len(words) != 1:
        return None
    held = holder_named(office, code, words[0])
    return person_key(held) if held else None


_LATIN = {
    "ا": "a",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "'",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "w",
    "ي": "y",
    "ء": "'",
    "ئ": "'",
    "ؤ": "'",
}
_VOWEL_LETTERS = {"ا": "a", "و": "u", "ي": "i"}


@lru_cache(maxsize=1 << 16)  # a name's forms recur across items
def transliterate(name: str) -> str:
    """A Latin spelling of an Arabic name, as English-language media write it where
    data/name_spellings.tsv knows its words (``سلمان بن عبدالعزيز آل سعود`` → ``Salman bin
    Abdulaziz Al Saud``, ``داود أوغلو`` → ``Davutoglu``), else letter by letter
    (``يوسف بن أحمد العثيمين`` → ``Yousef bin Ahmed al-Othaimeen``; an unknown word: its
    consonants, long vowels as a, u, i)."""
    spellings = _spellings()
    words = name_words(name)
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if size <= len(words) - i and phrase in spellings:
                out.append(spellings[phrase])
                i += size
                break
        else:
            out.append(_skeleton(words[i]))
            i += 1
    return " ".join(out)


@cache
def _spellings() -> dict[str, str]:
    return {form: latin for form, latin in rows("name_spellings")}


def _skeleton(word: str) -> str:
    """A word no table spells, in a readable scheme: its letters, و and ي between a consonant
    and a consonant (or the end) as the long vowels u and i, a final ة as a, and an a where
    two consonants would open the word or three stand together (يقظان → Yaqzan, حميسي →
    Hamisi, الشيشكلي → al-Shishakli): short vowels are not written, and a is the likeliest."""
    spellings = _spellings()
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
        if word in spellings:
            return prefix + spellings[word]
    units: list[tuple[str, bool]] = []  # (Latin, a vowel)
    for i, ch in enumerate(word):
        after_consonant = bool(units) and not units[-1][1]
        before_consonant = i + 1 == len(word) or word[i + 1] not in _VOWEL_LETTERS
        if ch == "ا" or (ch in "وي" and after_consonant and before_consonant):
            units.append((_VOWEL_LETTERS[ch], True))
        elif ch == "ه" and i + 1 == len(word) and after_consonant:
            units.append(("a", True))  # a ة folded to ه: "حمزة" → Hamza
        else:
            units.append((_LATIN.get(ch, ch), False))
    if units[0][0] == "'" and len(units) > 1:
        # an opening ع: before a vowel it is not written (عيد → Id), else as an a (عبد)
        units[0] = ("", True) if units[1][1] else ("a", True)
    latin: list[str] = []
    run = 0
    for k, (letters, vowel) in enumerate(units):
        run = 0 if vowel else run + 1
        if not vowel and (run == 3 or (run == 2 and k == 1)):
            latin.insert(len(latin) - 1 if run == 3 else len(latin), "a")
            run = 1
        latin.append(letters)
    out = "".join(latin)
    return prefix + out[:1].upper() + out[1:]
