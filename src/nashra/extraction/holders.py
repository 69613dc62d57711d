"""Who held an office on a day (data/office_holders.tsv): an office named without its
holder ("خادم الحرمين الشريفين", "وزير الخارجية الأمريكي") stands for that person, so that
a report naming the office and one naming the person tell of one person."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from nashra.data import rows
from nashra.text.normalization import fold


@cache
def _holders() -> dict[tuple[str, str], list[tuple[str, dt.date, dt.date | None]]]:
    out: dict[tuple[str, str], list[tuple[str, dt.date, dt.date | None]]] = {}
    for state, office, holder, start, *end in rows("office_holders"):
        until = dt.date.fromisoformat(end[0]) if end and end[0] else None
        out.setdefault((state, fold(office)), []).append(
            (holder, dt.date.fromisoformat(start), until)
        )
    return out


def holder(role: str | None, code: str | None, on: dt.date | None) -> str | None:
    """Who held an office on a day, when the role is that office with at most the state's
    adjective or name after it ("وزير الخارجية الأمريكي" with USA → جون كيري)."""
    if not role or not code or on is None:
        return None
    words = _PUNCTUATION.sub(" ", fold(role)).split()  # "ولي ولي العهد، النائب الثاني …"
    for size in range(len(words), 0, -1):
        office = " ".join(words[:size])
        terms = _holders().get((code, office))
        if terms is None:
            continue
        rest = words[size:]
        if not all(_names_the_state(w, code) for w in rest) and (size < 2 or _complement(rest)):
            # "الرئيس التنفيذي لشركة …", "وزير الخارجية للشؤون الأفريقية": another office; a
            # distinctive office may run on into the next ("ولي ولي العهد النائب الثاني …")
            return None
        for name, start, until in terms:
            if start <= on and (until is None or on <= until):
                return name
        return None
    return None


_PUNCTUATION = re.compile(r"[^\w\s]")


def _names_the_state(word: str, code: str) -> bool:
    """A word of the state's name or adjective — or of the organisation's, for an
    organisation's office — perhaps behind لـ ("الأمين العام لمنظمة التعاون الإسلامي")."""
    words = _org_words().get(code) or _state_words()
    if word.startswith("لل"):
        word = "ال" + word[2:]  # "للأمم المتحدة"
    return word in words or (len(word) > 3 and word[0] in "لب" and word[1:] in words)


@cache
def _state_words() -> frozenset[str]:
    """The words of states' names and adjectives, and those that stand before them."""
    words = {fold(w) for w in ("دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "الشقيقة")}
    for _code, form, *_rest in rows("states"):
        words.update(fold(form).split())
    return frozenset(words)


@cache
def _org_words() -> dict[str, frozenset[str]]:
    """The words of each organisation's names, by its code."""
    out: dict[str, set[str]] = {}
    for code, form, *_rest in rows("organizations"):
        out.setdefault(code, set()).update(fold(form).split())
    return {code: frozenset(words) for code, words in out.items()}


def _complement(rest: list[str]) -> bool:
    """Words that make an office another: "للشؤون الأفريقية", "التنفيذي"."""
    return bool(rest) and (rest[0].startswith(("لل", "ل")) or rest[0] in _NOT_CHAINED)


_NOT_CHAINED = frozenset(fold(w) for w in ("التنفيذي", "التنفيذية", "المساعد", "السابق"))


def holder_named(office: str | None, code: str | None, given: str) -> str | None:
    """The one holder, at any time the data knows, of an office whose given name is
    ``given``: "الملك سلمان" in a Saudi item is King Salman; "الملك عبدالله" is not him."""
    if not office or not code:
        return None
    found = {name for name in holders_of(office).get(code, ()) if _given_name(name) == given}
    return found.pop() if len(found) == 1 else None


def holders_of(office: str) -> dict[str, frozenset[str]]:
    """The holders the data knows of an office, by state ("ولي العهد": SAU's, BHR's …)."""
    return _holders_by_office().get(_office_of(office), {})


@cache
def _holders_by_office() -> dict[str, dict[str, frozenset[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for (state, office), terms in _holders().items():
        out.setdefault(office, {}).setdefault(state, set()).update(n for n, _s, _u in terms)
    return {
        office: {state: frozenset(names) for state, names in by_state.items()}
        for office, by_state in out.items()
    }


def state_of_titled(title: str, given: str) -> str | None:
    """The one state whose holders of the office ``title``, at any time the data knows,
    include one of given name ``given``: "الملك سلمان" is Saudi Arabia's king, named by a
    word alone that no surname table could place."""
    found = {
        state
        for state, names in holders_of(title).items()
        if any(_given_name(name) == given for name in names)
    }
    return found.pop() if len(found) == 1 else None


def _given_name(holder: str) -> str:
    return fold(holder).split()[0]


def _office_of(words: str) -> str:
    return " ".join(fold(words).split())


@cache
def state_of_holder(name: str) -> str | None:
    """The one state (or organisation) whose office holders, at any time the data knows,
    include a person named ``name`` — the holder's name begins with it, two words at least:
    "الملك عبدالله الثاني" named without an office is Jordan's king — or ``name`` is the
    family name the press gives him by alone ("بوتين")."""
    words = _joined(fold(name))
    if len(words) == 1 and words[0] in surnames():
        state, alone = surnames()[words[0]]
        return state if alone else None
    if len(words) < 2:
        return None
    found = {state for names, state in _holder_names() if names[: len(words)] == words}
    return found.pop() if len(found) == 1 else None


def offices_of_holder(name: str) -> frozenset[str]:
    """The offices (folded, as data/office_holders.tsv writes them, with and without the
    article) that a person named ``name`` held at any time the data knows — the holder's name
    begins with it, two words at least."""
    words = _joined(fold(name))
    if len(words) < 2:
        return frozenset()
    return _offices_by_name().get(tuple(words), frozenset())


@cache
def _offices_by_name() -> dict[tuple[str, ...], frozenset[str]]:
    out: dict[tuple[str, ...], set[str]] = {}
    for (_state, office), terms in _holders().items():
        bare = office[2:] if office.startswith("ال") else office
        for holder_name, _start, _until in terms:
            words = _joined(fold(holder_name))
            for size in range(2, len(words) + 1):
                out.setdefault(tuple(words[:size]), set()).update((office, bare))
    return {name: frozenset(offices) for name, offices in out.items()}


@cache
def _holder_names() -> tuple[tuple[list[str], str], ...]:
    return tuple(
        (_joined(fold(holder_name)), state)
        for (state, _office), terms in _holders().items()
        for holder_name, _start, _until in terms
    )


def name_goes_on(words: list[str]) -> frozenset[str] | None:
    """When ``words`` (folded) are a known holder's name given whole — in full or in a
    shorter form the press uses ("سلمان بن عبدالعزيز", "محمد بن سلمان", "عادل الجبير") —
    the words that carry it on into a longer form of it ("آل", "بن"); None for any other
    name."""
    if not words:
        return None
    first = words[0] + words[1] if len(words) > 1 and words[0] == "عبد" else words[0]
    if first not in known_first_words():
        return None  # most names: no holder's begins so
    return _known_forms().get(tuple(_joined(" ".join(words))))


@cache
def known_first_words() -> frozenset[str]:
    return frozenset(form[0] for form in _known_forms())


@cache
def foreign_surnames() -> frozenset[str]:
    """The last words of holders' names that have no nasab and no article (أوباما، كيري،
    ميركل): a surname the press may give after a misspelt given name ("بارك أوباما")."""
    return frozenset(
        names[-1]
        for names, _state in _holder_names()
        if len(names) >= 2 and not any(w in _JOINERS or w.startswith("ال") for w in names)
    )


@cache
def _known_forms() -> dict[tuple[str, ...], frozenset[str]]:
    """Each holder's name and the shorter forms the press gives it in (without the ruling
    house, without the grandfather: "سلمان بن عبدالعزيز", "محمد بن سلمان"), each with the
    words that carry it on into a longer form."""
    out: dict[tuple[str, ...], set[str]] = {}
    for names, _state in _holder_names():
        cuts = {len(names)}
        cuts.update(k for k, w in enumerate(names) if k >= 2 and w in _JOINERS)
        if (
            len(names) > 2
            and names[1] in _NASAB
            and names[-1].startswith("ال")
            and names[-2] not in _JOINERS
        ):
            out.setdefault((names[0], names[-1]), set())  # "عادل الجبير"
        for cut in cuts:
            out.setdefault(tuple(names[:cut]), set())
        for k in range(2, len(names)):
            if tuple(names[:k]) in out:
                out[tuple(names[:k])].add(names[k])
    return {form: frozenset(following) for form, following in out.items()}


@cache
def _name_prefixes() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(names[:k]) for names, _state in _holder_names() for k in range(2, len(names) + 1)
    )


def continues_a_known_name(words: list[str]) -> bool:
    """Whether ``words`` (folded, two at least) open a known holder's name as written in
    data/office_holders.tsv: a word of it that is also an office or a common word goes on
    ("الباجي قائد السبسي": قائد is no commander there)."""
    return tuple(_joined(" ".join(words))) in _name_prefixes()


_NASAB = frozenset(fold(w) for w in ("بن", "بنت", "ابن"))
_JOINERS = _NASAB | frozenset(fold(w) for w in ("آل", "ابو", "أبو"))


def _joined(folded: str) -> list[str]:
    """A name's words, عبد joined to the word after it ("عبد الله" as "عبدالله")."""
    return folded.replace("عبد ", "عبد").split()


@cache
def surnames() -> dict[str, tuple[str, bool]]:
    """Known holders' family names as the press gives them alone (data/surnames.tsv): each
    folded, with the holder's state and whether it names him with no office before it."""
    return {fold(form): (state, alone == "yes") for form, state, alone in rows("surnames")}


def is_organisation(code: str) -> bool:
    """Whether an office holders' code is an organisation's (data/organizations.tsv)."""
    return code in _org_words()
