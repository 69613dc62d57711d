"""Words and phrases of the reference data, matched over an item's tokens in one pass.

Every lexicon entry is indexed by its first token, so a match costs one dictionary look-up
per token (and per proclitic reading of it: و، ف، ب، ل، ك، لل) plus a comparison of the few
phrases that start with that word — linear in the text, whatever the size of the gazetteers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate

from nashra.data import forms, rows
from nashra.text.normalization import Normalized, fold

TOKEN = re.compile(r"\w+|\n|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # state, org, title, role, trigger, place, stop
    code: str | None = None  # alpha-3, org code, event type; what may follow a title
    detail: str | None = None  # demonym/name, title kind, office, trigger frame, place state
    canonical: str | None = None  # the form as the data file writes it


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int  # first token
    end: int  # one past the last token
    skip: int  # characters of proclitics before the phrase in its first token


class Tokens:
    """The tokens of a normalised text: words, punctuation marks and line breaks."""

    __slots__ = ("ends", "folded", "normalized", "starts", "texts")

    def __init__(self, folded: str, normalized: Normalized | None = None) -> None:
        self.folded = folded
        self.normalized = normalized
        # Splitting on the tokens gives gaps and tokens in turn; their running lengths are
        # the offsets. All of it runs in C, a third faster than a match object per token.
        parts = _TOKEN_SPLIT.split(folded)
        offsets = list(accumulate(map(len, parts)))
        self.texts: list[str] = parts[1::2]
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]

    def __len__(self) -> int:
        return len(self.texts)

    def is_word(self, i: int) -> bool:
        first = self.texts[i][0]
        return first.isalnum() or first == "_"

    def original(self, i: int) -> str | None:
        """Token ``i`` as the source writes it, where the normalised text is known."""
        if self.normalized is None:
            return None
        start = self.normalized.to_original(self.starts[i])
        end = self.normalized.to_original(self.ends[i] - 1) + 1
        return self.normalized.original[start:end]

    def hamza_opens(self, i: int) -> bool:
        """Whether token ``i``'s alef after its proclitics is written أ or إ, which folding
        makes ا: "ألفا", "وإلمار" open with no article."""
        if self.normalized is None:
            return False
        text = self.texts[i]
        at = 1 if text[:1] in "وبفك" and text[1:3] == "ال" else 0
        if text[at : at + 1] != "ا":
            return False
        normalized = self.normalized
        at += self.starts[i]
        start = at if normalized.is_identity_map else normalized.to_original(at)
        return normalized.original[start : start + 1] in "أإ"

    def ends_with_ta_marbuta(self, i: int) -> bool:
        """Whether token ``i`` is written with a final ة, which folding makes ه: a noun
        ("رئاسة"), not one with a pronoun ("مكتبه")."""
        if self.normalized is None:
            return False
        end = self.normalized.to_original(self.ends[i] - 1)
        return self.normalized.original[end : end + 1] == "ة"

    def ends_with_alef_maqsura(self, i: int) -> bool:
        """Whether token ``i`` is written with a final ى, which folding makes ي: the
        preposition على, not the name علي."""
        if self.normalized is None:
            return False
        end = self.normalized.to_original(self.ends[i] - 1)
        return self.normalized.original[end : end + 1] == "ى"


@lru_cache(maxsize=1 << 16)
def readings(token: str) -> tuple[tuple[str, int], ...]:
    """The token itself and the words it may hold behind proclitics, with their offsets:
    وزير → وزير; ولمنظمة → منظمة (2); للأمم → الأمم (1); للجنة → اللجنة (1); بالرياض →
    الرياض (1)."""
    out = [(token, 0)]
    rest, skip = token, 0
    if len(rest) > 3 and rest[0] in "وف":
        rest, skip = rest[1:], 1
        out.append((rest, skip))
    if len(rest) > 3:
        if rest.startswith("لل"):
            out.append((ARTICLE + rest[2:], skip + 1))
            # لـ and a word that opens with ل after its article: للجنة → اللجنة
            out.append((ARTICLE + rest[1:], skip + 1))
        elif rest[0] in "بل" or rest.startswith("كال"):
            # ك only before the article: "كلاوس" is a name, not "like Laos".
            out.append((rest[1:], skip + 1))
    return tuple(out)


def with_proclitics(first_words) -> set[str]:
    """Every way ``readings`` can be undone on each word: the word behind و/ف, ب/ل, لل and
    كال. A superset of the tokens that may start a phrase, small enough to test each."""
    out: set[str] = set()
    for word in first_words:
        for conj in ("", "و", "ف"):
            out.update((conj + word, conj + "ب" + word, conj + "ل" + word))
            if word.startswith(ARTICLE):
                out.update((conj + "لل" + word[2:], conj + "ك" + word))
            if word.startswith(ARTICLE + "ل"):
                out.add(conj + "ل" + word[2:])  # اللجنة → للجنة
    return out


class Lexicon:
    def __init__(self, entries: list[tuple[str, Entry]]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        forms: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for form, entry in entries:
            words = tuple(TOKEN.findall(fold(form)))
            if words:
                index.setdefault(words[0], []).append((words, entry))
                if entry.code is not None:
                    forms.setdefault((entry.kind, entry.code), []).append(words)
        self._forms = forms
        # By first word, the phrases grouped by length, longest first, each group keyed by
        # the words after the first: a match looks up the words that follow once a length
        # instead of comparing them with every phrase ("وزير" opens hundreds).
        grouped: dict[str, tuple[tuple[int, dict[tuple[str, ...], list[Entry]]], ...]] = {}
        for first, candidates in index.items():
            by_length: dict[int, dict[tuple[str, ...], list[Entry]]] = {}
            for words, entry in candidates:
                by_length.setdefault(len(words), {}).setdefault(words[1:], []).append(entry)
            grouped[first] = tuple(sorted(by_length.items(), reverse=True))
        self._index = grouped
        self._candidates = lru_cache(maxsize=1 << 17)(self.phrases_at)
        self.starters: frozenset[str] = frozenset(
            form for form in with_proclitics(index) if self.phrases_at(form)
        )

    def forms(self, kind: str, code: str) -> list[tuple[str, ...]]:
        """Every written form of an entry, folded, word by word: البحرين, مملكة البحرين,
        البحريني … for ("state", "BHR")."""
        return self._forms.get((kind, code), [])

    @property
    def first_words(self) -> frozenset[str]:
        """The first word of every phrase, folded."""
        return frozenset(self._index)

    def may_start(self, token: str) -> bool:
        """Whether any phrase may start at this token."""
        return token in self.starters

    def phrases_at(self, token: str) -> tuple[tuple[int, tuple], ...]:
        """The phrases that may start at a token, under each of its readings: (skip,
        ((length, {following words: entries}), …))."""
        return tuple(
            (skip, self._index[reading])
            for reading, skip in readings(token)
            if reading in self._index
        )

    def word_entry(self, word: str, kinds: frozenset[str]) -> Entry | None:
        """The entry, of one of ``kinds``, that is the one word ``word`` (folded, bare)."""
        for n, by_following in self._index.get(word, ()):
            if n == 1:
                return next((e for e in by_following.get((), ()) if e.kind in kinds), None)
        return None

    def match(self, tokens: Tokens, i: int, kinds: frozenset[str] | None = None) -> Match | None:
        """The longest entry starting at token ``i`` (behind any proclitics)."""
        texts = tokens.texts
        if i >= len(texts) or texts[i] not in self.starters:
            return None  # most words: one set look-up, and done
        candidates = self._candidates(texts[i])
        if not candidates:
            return None  # most words: one cached look-up, and done
        best: Match | None = None
        for skip, groups in candidates:
            for n, by_following in groups:
                if best is not None and n <= best.end - best.start:
                    break
                entries = by_following.get(tuple(texts[i + 1 : i + n]))
                if entries is None:
                    continue
                entry = (
                    entries[0]
                    if kinds is None
                    else next((e for e in entries if e.kind in kinds), None)
                )
                if entry is not None:
                    best = Match(entry, i, i + n, skip)
                    break
        return best


@cache
def _state_names_too() -> frozenset[str]:
    """Demonyms that are a state's name as well (السعودية، سورية، تشيلي): the lexicon keeps
    them as demonyms (:func:`state_name`)."""
    kinds: dict[str, set[str]] = {}
    for _alpha3, form, kind, _source in rows("states"):
        kinds.setdefault(fold(form), set()).add(kind)
    return frozenset(form for form, k in kinds.items() if {"name", "demonym"} <= k)


def state_name(match: Match | None) -> Match | None:
    """A state's match read as the state's name where its place says the state is meant
    ("إلى السعودية", where a visit goes): a name as it is, a demonym that is also the name
    (السعودية، سورية) as the name; None for anything else."""
    if match is None or match.entry.kind != "state":
        return None
    if match.entry.detail in ("name", "ambiguous name"):
        # (a word that is also a common word, "مالي"، "المملكة", where its place says so)
        return replace(match, entry=replace(match.entry, detail="name"))
    if match.entry.detail == "demonym" and fold(match.entry.canonical or "") in _state_names_too():
        return replace(match, entry=replace(match.entry, detail="name"))
    return None


@cache
def lexicon() -> Lexicon:
    """All of nashra's reference data as one lexicon."""
    entries: list[tuple[str, Entry]] = []
    for alpha3, form, kind, _source in rows("states"):
        entries.append((form, Entry("state", alpha3, kind, form)))
    for code, form, kind, _english in rows("organizations"):
        entries.append((form, Entry("org", code, kind, form)))
    for row in rows("titles"):
        form, kind = row[0], row[1]
        title = row[2] if len(row) > 2 and row[2] else None
        follows = row[3] if len(row) > 3 and row[3] else None  # what may follow at once
        entries.append((form, Entry("title", follows, kind, title)))
    for form, office in rows("roles"):
        entries.append((form, Entry("role", None, office, form)))
    for form in triggers():
        entries.append((form, Entry("trigger", None, None, form)))
    for form, _kind, state, _source in rows("places"):
        entries.append((form, Entry("place", None, state or None, form)))  # detail: its state
    # One phrase may be several things ("السعودية" a state and a demonym): keep the first.
    seen: set[tuple[str, str]] = set()
    unique = []
    for form, entry in entries:
        key = (fold(form), entry.kind)
        if key not in seen:
            seen.add(key)
            unique.append((form, entry))
    return Lexicon(unique)


@dataclass(frozen=True, slots=True)
class TriggerSense:
    type: str
    frame: str
    requires: frozenset[str]  # normalised nouns, one of which the sentence must hold


@cache
def triggers() -> dict[str, list[TriggerSense]]:
    """Normalised trigger verb → its senses, in the order data/triggers.tsv gives them."""
    out: dict[str, list[TriggerSense]] = {}
    for row in rows("triggers"):
        form, event_type, frame = row[0], row[1], row[2]
        requires = frozenset(fold(w) for w in row[3].split()) if len(row) > 3 else frozenset()
        out.setdefault(fold(form), []).append(TriggerSense(event_type, frame, requires))
    return out


@dataclass(frozen=True, slots=True)
class NounSense:
    """What a verbal noun reports (data/noun_triggers.tsv): its event type, how the parties
    stand (host, with), and whether a pronoun on it, a subject after it or the party named
    before it names who acted — or, for a verb with its object pronoun, who was received."""

    type: str
    frame: str
    subject: str


@cache
def noun_triggers() -> dict[str, NounSense]:
    """Normalised verbal noun → its sense."""
    return {fold(row[0]): NounSense(row[1], row[2], row[3]) for row in rows("noun_triggers")}


@cache
def stopwords() -> frozenset[str]:
    """Words that end a name or an office (prepositions, time words, reporting verbs); kept
    out of the lexicon so that the pass over an item stops at fewer words."""
    return frozenset(fold(form) for (form,) in rows("stopwords"))


@cache
def given_names() -> frozenset[str]:
    """Words that open a person's name: those harvested from the corpus, and every "عبد" +
    one of the words such names are formed with, written as one word (عبدالوهاب، عبدالسلام:
    data/divine_names.tsv), and every laqab + "الدين" so written (عزالدين), however rarely
    the corpus writes them after a title."""
    servants = {fold("عبد" + form) for form in forms("divine_names")}
    # … and every laqab + "الدين" written as one word (عزالدين، نورالدين: data/faith_names.tsv)
    of_the_faith = {fold(form + "الدين") for form in forms("faith_names")}
    return forms("given_names") | servants | of_the_faith


@cache
def personal_names() -> frozenset[str]:
    """Words written as a father's name (after بن) in the corpus, whatever else they mean."""
    return forms("personal_names")


def may_be_a_given_name(word: str) -> bool:
    """Whether a folded word is known to open a name: a given name (after a title) or a
    father's name (after بن), whatever else it means (حسن، فؤاد)."""
    return word in given_names() or word in personal_names() or word in article_names()


@cache
def verbs() -> frozenset[str]:
    """Words that follow قد، لم، لن or سوف in the corpus: no name runs on through one."""
    return forms("verbs")


@cache
def article_names() -> frozenset[str]:
    """Given names written with the article ("الحبيب الصيد", "الطيب البكوش")."""
    return frozenset(fold(form) for form in forms("article_names"))


@cache
def common_words() -> frozenset[str]:
    return forms("common_words")


@cache
def sport_words() -> frozenset[str]:
    return frozenset(fold(form) for (form,) in rows("sport_words"))


@cache
def gathering_words() -> frozenset[str]:
    """The first words of the offices that gather people with من (data/roles.tsv: "عدد من",
    "مجموعة من", "لفيف من"), folded."""
    return frozenset(fold(form.split()[0]) for form, *_ in rows("roles") if form.endswith(" من"))


@cache
def acted_upon() -> frozenset[str]:
    """Nouns of what a verb acts on, a deed or a matter (data/acted_upon.tsv), folded: after
    a whole office they are the verb's object."""
    return frozenset(fold(form) for (form,) in rows("acted_upon"))


@cache
def people_plurals() -> frozenset[str]:
    """Broken plurals of people that name a group (data/people_plurals.tsv), folded."""
    return frozenset(fold(form) for (form,) in rows("people_plurals"))


_GATHERED_ROLE = frozenset({"role"})
_SENIOR = frozenset({fold("كبار")})


def gathered_at(tokens: Tokens, k: int) -> str | None:
    """What a gathering ("عدد من"، "مجموعة من") gathers at token ``k``: "offices" (an office,
    or a plural whose construct form the lexicon has for a body's staff: "المسؤولين" →
    "مسؤولي", "كبار المسؤولين"), "public" (people no office names: "المواطنين"، "الأطفال",
    data/people_plurals.tsv), or None (things, bodies, a movement)."""
    if k < len(tokens) and tokens.texts[k] in _SENIOR:
        k += 1
    if k >= len(tokens):
        return None
    office = lexicon().match(tokens, k, _GATHERED_ROLE)
    if office is not None:
        return "public" if office.entry.detail in ("family", "other") else "offices"
    word = tokens.texts[k]
    if word in people_plurals():
        return "public"
    if not word.endswith(("ين", "ون")):
        return None
    staff = lexicon().word_entry(word.removeprefix("ال")[:-1], _GATHERED_ROLE)
    return "offices" if staff is not None and staff.detail in ("group", "state") else "public"


@cache
def name_boundaries(kind: str) -> frozenset[str]:
    """Words that bound a name (data/name_boundaries.tsv): "after" ends one that has begun,
    "never" is never part of one, "institution" names a place after a person."""
    return frozenset(fold(form) for form, of in rows("name_boundaries") if of == kind)


@cache
def enlisted_ranks() -> frozenset[str]:
    """The ranks below captain (data/military_ranks.tsv), titles that no emir, minister or
    ambassador holds."""
    return frozenset(fold(form) for kind, form in rows("military_ranks") if kind == "enlisted")


@cache
def mourned() -> frozenset[str]:
    """Words naming the dead a family mourns (data/mourned.tsv)."""
    return frozenset(fold(form) for (form,) in rows("mourned"))


@cache
def common_nouns() -> frozenset[str]:
    return forms("common_nouns")


def opinion_page(url: str | None) -> bool:
    """Whether a url is an opinion page's (data/opinion_pages.tsv)."""
    return bool(url) and _opinion_pattern().search(url) is not None


@cache
def _opinion_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern, _what in rows("opinion_pages")))


@cache
def media_countries() -> dict[str, str]:
    return {media: alpha3 for media, alpha3, _name in rows("media")}


def first_org(text: str) -> str | None:
    """The code of the first international organisation ``text`` names."""
    tokens = Tokens(fold(text))
    lex = lexicon()
    for i in range(len(tokens)):
        found = lex.match(tokens, i, frozenset({"org"}))
        if found is not None:
            return found.entry.code
    return None
