"""An item's mentions, people and events, read in one pass over its tokens."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import compress

from nashra.extraction.entities import Frame, name_words, participant_of, person_of, same_person
from nashra.extraction.events import RawEvent, find_events, private_office, unnamed_source
from nashra.extraction.holders import is_organisation, state_of_holder, state_of_titled, surnames
from nashra.extraction.lexicon import Match, Tokens, lexicon, sport_words
from nashra.extraction.people import (
    HEADS_BY_FAMILY_NAME,
    PLURAL_HEADS,
    Party,
    listed_name_then_office,
    read_party,
)
from nashra.model import INTERACTION_TYPES, Event, Mention, Participant, Person, Span
from nashra.text.normalization import Normalized, fold
from nashra.text.numbers import find_numbers

INTERACTION_SCAN = 6000  # characters of an item's body read for people and events
_MENTION_KINDS = frozenset({"state", "org", "place", "title", "role", "trigger"})
_OCCASION = re.compile(
    r"(?:علي هامش|بمناسبه|خلال)\s+([^,.\n،؛]{4,120}?)(?=\s*(?:[,.\n]|$|وذلك|حيث|و?بحث|و?تناول))"
)


def read_interactions(
    document_text: str,
    normalized_body: Normalized,
    body_start: int,
    origin: tuple[str | None, str | None],
    item_date: dt.date | None,
    place: str | None,
    place_span: Span | None,
    reported_from: tuple[str | None, str | None] | None = None,
) -> tuple[list[Mention], list[Person], list[Event]]:
    """``origin``: the state and organisation the paper reports for, which decide whether a
    declaration speaks for another; ``reported_from``: the state whose offices an office
    naming none is taken for (a dateline abroad's), the origin's if not given."""
    # Interactions are reported in an item's lead; the tail of a long feature or column
    # rarely reports one, and reading it costs more than all the rest.
    # The Arabic semicolon is a comma in much of this press (half of sabq.org's items: "بعث
    # خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود؛ برقية تهنئة لجلالة …"): a pause
    # within the sentence, not its end.
    text = normalized_body.text[:INTERACTION_SCAN].replace(";", ",")
    tokens = Tokens(text, normalized_body)
    frame = Frame(tokens, normalized_body, body_start, reported_from or origin)
    mentions, person_starts, triggers_found = _mentions(tokens, frame, document_text)
    people = _people(tokens, frame, document_text, person_starts)
    events = []
    known = frozenset(
        words[k:]
        for person in people
        if person.name
        for words in [tuple(fold(person.name).split())]
        for k in range(len(words))
        if k < len(words) - 1 or len(words[k]) > 3  # a family name alone: "العواجي", "ميركل"
    )
    for raw in find_events(tokens, triggers_found, known):
        event = _event(raw, frame, document_text, item_date, place, place_span, normalized_body)
        if raw.frame == "declare" and not (raw.in_statement or _speaks_for_another(event, origin)):
            continue  # an official talking, not a declaration
        if event.type == "statement" and not _official(event.participants[0]):
            continue
        if raw.frame == "attend" and _at_home(event, origin):
            continue  # an occasion attended at home is no visit
        events.append(event)
    _resolve_references(events, people)
    # after the references: a party named again bare has the office its first mention gave
    # ("وصل سواريز مع اتلتيكو إلى نهائي دوري أبطال أوروبا" after "لاعب وسطه الدولي سواريز")
    events = [
        e
        for e in events
        if not _with_oneself(e) and not (e.type in ("visit", "agreement") and _team_trip(e))
    ]
    for event in events:
        if event.type == "visit":
            # after the references: a visitor's state may come from an earlier mention
            _drop_home_state(event, origin)
        _body_of_its_chair(event)
    return mentions, people, _remarks_at_meetings(_visits_received(_merged(events)))


def _official(speaker: Participant) -> bool:
    """Whether a statement's speaker can make a formal declaration: not an unnamed source
    ("أكد مسؤول أمني باكستاني"), nor an office in a company, club or community ("قال إيدوين
    لو نائب رئيس طيران الإمارات"; an organisation's is: "رئيس مجموعة البنك الدولي")."""
    if speaker.name is None and unnamed_source(speaker.role):
        return False
    return speaker.org is not None or not private_office(speaker.role)


def _remarks_at_meetings(events: list[Event]) -> list[Event]:
    """What a party to the item's meeting, call or visit declared is his remarks there
    (ANNOTATION.md: they belong to the meeting), not a statement of its own."""
    met = [
        p.name
        for e in events
        if e.type in INTERACTION_TYPES
        for p in e.participants
        if p.name is not None
    ]
    if not met:
        return events
    return [
        e
        for e in events
        if not (
            e.type == "statement"
            and (speaker := e.participants[0].name) is not None
            and any(same_person(speaker, name) for name in met)
        )
    ]


def _body_of_its_chair(event: Event) -> None:
    """A body in session that names no state is its chair's, once the references have given
    the chair his: "ترأس الرئيس المصري … اجتماعا لمجلس الدفاع الوطني", and "وترأس السيسي
    أول من أمس اجتماعا لمجلس الدفاع الوطني" after his full name in a Saudi paper, are
    Egypt's council, not Saudi Arabia's; the executive committee the OIC's secretary-general
    chairs is the OIC's, in conference (an international organisation's body in session)."""
    if event.type != "meeting" or len(event.participants) != 2:
        return
    body, chair = event.participants
    if (body.side, chair.side) != ("participant", "host") or body.name is not None:
        return
    if not (body.inferred or not (body.country or body.org)):
        return  # the body's own words name its state or organisation
    # (a chair whose state differs from the body's inferred one got it from the text or
    # from the known holders of offices, not from the item's origin)
    if chair.org and not chair.country:
        body.country, body.org, body.inferred = None, chair.org, True
        event.type = "conference"
    elif chair.country and not chair.org and chair.country != body.country:
        body.country, body.inferred = chair.country, True


def _visits_received(events: list[Event]) -> list[Event]:
    """A visit whose visitors are all received as guests of a meeting the item tells is that
    meeting (ANNOTATION.md), unless it was to a state: "وكان في استقبال الدكتور الشمري لدى
    زيارته منزل أسرة الشهيد، والده وأقاربه" — the visit to the house is the condolence
    meeting told again, its visitor named there by his family name alone."""
    guests = [
        p.name
        for e in events
        if e.type == "meeting"
        for p in e.participants
        if p.side == "guest" and p.name
    ]
    if not guests:
        return events
    return [
        e
        for e in events
        if not (
            e.type == "visit"
            and not any(p.country and not p.name and not p.role for p in e.participants)
            and (visitors := [p.name for p in e.participants if p.name])
            and all(any(same_person(v, g) for g in guests) for v in visitors)
        )
    ]


def _team_trip(event: Event) -> bool:
    """A club's, a team's or a player's trip (data/sport_words.tsv): no visit."""
    words = sport_words()
    return any(not words.isdisjoint(fold(p.role).split()) for p in event.participants if p.role)


def _at_home(event: Event, origin: tuple[str | None, str | None]) -> bool:
    """Whether a visit's host state is the visitor's own, or the item's where he names none."""
    home = {p.country or origin[0] for p in event.participants if p.side != "host"}
    return any(p.country in home | {None} for p in event.participants if p.side == "host")


def _drop_home_state(event: Event, origin: tuple[str | None, str | None]) -> None:
    """A visit to a city at home is no visit to a state: "زار أمير المنطقة جدة" in a Saudi
    item, or an Iraqi minister's "وصل إلى أربيل", lists no host state."""
    # (the visitors' own states; the paper's only when they are not known: a foreign guest
    # in a Saudi city visits Saudi Arabia)
    home = {p.country for p in event.participants if p.side != "host" and p.country} or {origin[0]}
    event.participants = [
        p
        for p in event.participants
        if not (p.side == "host" and p.name is None and p.role is None and p.country in home)
    ] or event.participants


def _speaks_for_another(event: Event, origin: tuple[str | None, str | None]) -> bool:
    """A declaration by someone who speaks for a state or organisation named in the text,
    other than the one the item reports for."""
    speaker = event.participants[0]
    state, organisation = origin
    if speaker.org is not None:
        return speaker.org != organisation
    return speaker.country is not None and speaker.country != state


def _with_oneself(event: Event) -> bool:
    """Whether an interaction of two sides has one person on both ("واجتمع بالمدرب الروماني
    بولوني" read as بولوني meeting لازالو بولوني): a misreading, not an event."""
    if event.type not in ("meeting", "call", "message", "cable", "agreement"):
        return False
    people = {p.entity_id for p in event.participants if p.entity_id}
    if (
        len(event.participants) > 1
        and len(people) == 1
        and all(p.entity_id for p in event.participants)
    ):
        return True
    # "منصور" and "منصور بن صالح الميمان" the only two parties: his given name, read apart
    names = [name_words(p.name) for p in event.participants if p.name]
    return (
        len(event.participants) == 2
        and len(names) == 2
        and min(len(n) for n in names) == 1
        and names[0][0] == names[1][0]
    )


def _merged(events: list[Event]) -> list[Event]:
    """One event per happening: a statement once per speaker, and the same interaction told
    twice ("وقعت المملكة مع ناميبيا … ووقع المندوب الدائم …") once, with the named parties."""
    out: list[Event] = []
    for event in events:
        same = next((e for e in out if _same_happening(e, event)), None)
        if same is None:
            out.append(event)
        elif _fuller(event, same):
            _keep_sides(event, same)
            out[out.index(same)] = event
    return out


def _fuller(event: Event, told: Event) -> bool:
    """Whether ``event`` tells more than the same happening told before: more people named,
    or as many and more parties (a visit, with those visited)."""
    named = sum(p.name is not None for p in event.participants)
    named_before = sum(p.name is not None for p in told.participants)
    return named > named_before or (
        named == named_before and len(event.participants) > len(told.participants)
    )


def _keep_sides(fuller: Event, briefer: Event) -> None:
    """Who hosted, where only the briefer telling says it: "استقبله خلالها الرئيس المصري"
    ranks the parties that "المباحثات التي أجراها السيسي مع …" names."""
    if any(p.side != "participant" for p in fuller.participants):
        return
    for participant in fuller.participants:
        ranked = [
            q.side
            for q in briefer.participants
            if q.side != "participant" and _side(q) == _side(participant)
        ]
        if len(set(ranked)) == 1:
            participant.side = ranked[0]


def _same_happening(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "statement":
        x, y = a.participants[0], b.participants[0]
        return _who(x) == _who(y) or _one_office(x, y) or _one_office(y, x)
    if [_party_key(p) for p in a.participants] == [_party_key(p) for p in b.participants]:
        # the same parties told twice, by the verb and by برئاسة: "عقدت اللجنة التنفيذية
        # اجتماعها أمس برئاسة الأمين العام"
        return True
    named_a = [p.name for p in a.participants if p.name]
    named_b = [p.name for p in b.participants if p.name]
    if named_a and named_b and (_all_named(named_a, named_b) or _all_named(named_b, named_a)):
        # The same people told twice ("أحمد داود أوغلو أجرى مكالمات …"، "داود أوغلو أجرى …").
        unnamed_a = [p for p in a.participants if not p.entity_id]
        unnamed_b = [p for p in b.participants if not p.entity_id]
        if len(unnamed_a) == len(unnamed_b) and all(
            any(_same_unnamed(p, q) for q in unnamed_b) for p in unnamed_a
        ):
            return True
        if a.type == "visit" and (not unnamed_a or not unnamed_b):
            return True  # the visitors' visit told again, once with those they visited
        return _met_named_again(a, b) if len(named_a) < len(named_b) else _met_named_again(b, a)
    if a.type not in ("agreement", "visit", "conference"):
        return False
    sides_a = {_side(p) for p in a.participants}
    sides_b = {_side(p) for p in b.participants}
    if a.type == "visit" and (sides_a <= sides_b or sides_b <= sides_a):
        return True  # the visit told again, once with those visited or the place
    return sides_a == sides_b


def _party_key(p: Participant) -> tuple:
    return p.name, p.role, p.country, p.org


def _met_named_again(briefer: Event, fuller: Event) -> bool:
    """Whether ``briefer`` tells ``fuller`` again, the one met named this time by a
    definite office: "استقبل … الربيعة … المنسق الإقليمي … عامر الداوودي. وناقش د. الربيعة
    مع المسؤول الأممي …" is no second meeting."""
    told = [p.name for p in briefer.participants if p.name]
    unnamed = [p for p in briefer.participants if not p.entity_id]
    met = [
        q
        for q in fuller.participants
        if q.name and not any(same_person(q.name, name) for name in told)
    ]
    return (
        0 < len(unnamed) <= len(met)
        and all(p.entity_id for p in fuller.participants)
        and all(_refers_back(p) and any(_may_be(p, q) for q in met) for p in unnamed)
    )


def _may_be(unnamed: Participant, named: Participant) -> bool:
    """Whether an office told without a name may be the one named before: of the same
    state or organisation, or of an organisation while he was told with the state he is
    posted to ("المنسق الإقليمي للعمليات الإنسانية في اليمن" … "المسؤول الأممي")."""
    return _side(unnamed) == _side(named) or (unnamed.org is not None and named.org is None)


def _refers_back(participant: Participant) -> bool:
    """An unnamed party told by a definite office of one person ("المسؤول الأممي"،
    "الوزير"): someone the item named before."""
    role = participant.role
    if participant.name or not role:
        return False
    head = role.split()[0]
    return head.startswith("ال") and not head.endswith(("ين", "ون", "ات", "اء"))


def _of_another_side(holder: Person, participant: Participant) -> bool:
    """Whether a person the item named is told with, or known to hold an office of, another
    state or organisation than a participant's."""
    theirs = holder.country or holder.org or (holder.name and state_of_holder(holder.name))
    ours = participant.country or participant.org
    return bool(theirs) and bool(ours) and theirs != ours


def _same_unnamed(p, q) -> bool:
    """Two unnamed parties told twice: one office the other's shorter form ("رؤساء مكاتب
    الحزب في جميع الولايات التركية", "رؤساء مكاتب الحزب"), of one state where both say one
    (not "رؤساء وفود المغرب وسيراليون" met in turn)."""
    if not p.role or not q.role:
        return p.role == q.role and (p.country, p.org) == (q.country, q.org)
    short, long = sorted((fold(p.role), fold(q.role)), key=len)
    if not long.startswith(short):
        return False
    if p.role == q.role:
        return (p.country, p.org) == (q.country, q.org)
    return True


def _all_named(names: list[str], among: list[str]) -> bool:
    return all(any(same_person(name, other) for other in among) for name in names)


def _one_office(unnamed: Participant, named: Participant) -> bool:
    """An office told without its holder's name and the named holder of it, of one state or
    organisation: "قال متحدث باسم الأمم المتحدة" and "أحمد فوزي المتحدث باسم الأمم المتحدة"
    are one speaker."""
    if unnamed.name is not None or named.name is None or not unnamed.role or not named.role:
        return False
    if (unnamed.country, unnamed.org) != (named.country, named.org):
        return False
    words = [w.removeprefix("ال") for w in fold(unnamed.role).split()]
    return words == [w.removeprefix("ال") for w in fold(named.role).split()][: len(words)]


def _who(participant) -> str:
    return participant.entity_id or f"{participant.country}|{participant.org}|{participant.role}"


def _side(participant) -> str:
    return f"{participant.country}|{participant.org}"


def _mentions(
    tokens: Tokens, frame: Frame, document_text: str
) -> tuple[list[Mention], list[int], list[Match]]:
    """Every lexicon phrase in the item; the tokens where a titled or office-holding person
    may start; and the trigger verbs."""
    lex = lexicon()
    out: list[Mention] = []
    person_starts: list[int] = []
    triggers_found: list[Match] = []
    texts = tokens.texts
    # One set intersection finds the words that may start a phrase; only those are visited,
    # so most of an item's words are looked at by C code alone.
    starters = lex.starters.intersection(texts)
    next_free = 0
    for i in compress(range(len(texts)), map(starters.__contains__, texts)):
        if i < next_free:
            continue
        found = lex.match(tokens, i)
        if found is None or found.entry.kind not in _MENTION_KINDS:
            continue
        entry = found.entry
        if entry.detail and entry.detail.startswith("ambiguous") and not _says_state(tokens, i):
            next_free = found.end
            continue  # "دعم مالي" is financial support, not Mali
        if entry.kind == "trigger":
            triggers_found.append(found)
        if entry.kind in ("title", "role") and found.skip == 0:
            person_starts.append(i)
        if entry.kind != "trigger":
            span = frame.span(found.start, found.end, found.skip)
            out.append(
                Mention(
                    kind=entry.kind,
                    span=span,
                    text=span.text(document_text),
                    code=entry.code,
                    canonical=entry.canonical,
                    detail=entry.detail,
                )
            )
        next_free = found.end
    return out, person_starts, triggers_found


_STATE_CONTEXT = frozenset({"في", "الي", "من", "مع", "دوله", "جمهوريه", "رئيس", "حكومه", "شعب"})


def _says_state(tokens: Tokens, i: int) -> bool:
    """Whether the word before an ambiguous state word makes it the state ("في مالي")."""
    return i > 0 and tokens.texts[i - 1] in _STATE_CONTEXT


def _people(
    tokens: Tokens, frame: Frame, document_text: str, person_starts: list[int]
) -> list[Person]:
    """Everyone named with a title or an office."""
    people: list[Person] = []
    covered = -1
    for i in person_starts:
        if i < covered:
            continue
        party = _named_before_office(tokens, i, covered) or read_party(tokens, i, len(tokens))
        if party is None or party.name is None:
            continue
        people.append(person_of(party, frame, document_text))
        covered = party.end
    return people


def _named_before_office(tokens: Tokens, i: int, covered: int) -> Party | None:
    """A bare name set off before the office at ``i`` ("رحبت فيديريكا موغيريني، وزيرة
    الخارجية في الاتحاد الأوروبي، …"): the name no title announces, the office says is a
    person's."""
    if i < 3:
        return None
    if tokens.texts[i - 1] != ",":
        # "… عضو مجلس الوزراء، وعادل الجبير وزير الخارجية، …": the next of a list, joined
        # by و after a comma, his office after his name
        for k in range(max(covered + 1, i - 4), i - 1):
            party = listed_name_then_office(tokens, k, len(tokens))
            if party is not None and party.name == (k, i):
                return party
        return None
    for k in range(max(covered + 1, i - 4), i - 2):
        party = read_party(tokens, k, len(tokens), name_first=True)
        if party is not None and party.name == (k, i - 1) and party.role is not None:
            return party
    return None


def _event(
    raw: RawEvent,
    frame: Frame,
    document_text: str,
    item_date: dt.date | None,
    place: str | None,
    place_span: Span | None,
    normalized_body: Normalized,
) -> Event:
    trigger = frame.span(raw.trigger.start, raw.trigger.end, raw.trigger.skip)
    event = Event(
        type=raw.type, trigger=trigger, date=item_date, place=place, place_span=place_span
    )
    for party, side in raw.parties:
        event.participants.append(participant_of(person_of(party, frame, document_text), side))
    if raw.frame == "chair" and raw.type == "meeting" and event.participants:
        body = event.participants[0]
        if body.org and not body.country:
            event.type = "conference"  # an international organisation's body in session
    occasion = _occasion(normalized_body, frame, raw)
    if occasion is not None:
        event.occasion, event.occasion_span = occasion
    if event.place is None:
        found = _place_in_sentence(frame, raw)
        if found is not None:
            event.place_span = frame.span(found.start, found.end, found.skip)
            event.place = event.place_span.text(document_text)
    event.topics = _topics(frame, raw, document_text)
    return event


_PLACE_KINDS = frozenset({"place"})
_AT = frozenset({"في", "ب"})
# Verbs that say what a meeting was about: "تناول الاجتماع العلاقات الثنائية".
_DISCUSSED = frozenset(
    fold(w)
    for w in (
        "بحث",
        "وبحث",
        "بحثا",
        "تناول",
        "وتناول",
        "استعرض",
        "واستعرض",
        "استعرضا",
        "ناقش",
        "وناقش",
        "ناقشا",
        "تباحث",
        "وتباحث",
        "بحث",
        "حول",
        "بشأن",
    )
)
_TRIGGER_WORDS = frozenset(fold(w) for w in ("استقبل", "التقى", "تلقى", "بعث", "وقع", "عقد"))
_DISCUSSION_FILLER = frozenset(
    fold(w) for w in ("الاجتماع", "اللقاء", "الجانبان", "الجانبين", "خلال", "معه", "معها")
)


def _place_in_sentence(frame: Frame, raw: RawEvent):
    """A city named in the event's own sentence after في or بـ: "التقى … في الرياض"."""
    tokens = frame.tokens
    lex = lexicon()
    k = raw.trigger.end
    while k < len(tokens) and tokens.texts[k] not in (".", "\n"):
        if not lex.may_start(tokens.texts[k]):
            k += 1
            continue
        found = lex.match(tokens, k, _PLACE_KINDS)
        if found is not None and (found.skip or (k > 0 and tokens.texts[k - 1] in _AT)):
            return found
        k += 1
    return None


def _topics(frame: Frame, raw: RawEvent, document_text: str) -> list[str]:
    """What the parties discussed, from the first verb of discussion after the event in
    its paragraph or the next: up to three words from the first definite noun."""
    tokens = frame.tokens
    k = raw.trigger.end
    n = len(tokens)
    breaks = 0
    while k < n and tokens.texts[k] not in _DISCUSSED:
        breaks += tokens.texts[k] == "\n" and (k == 0 or tokens.texts[k - 1] != "\n")
        if breaks > 1 or (tokens.texts[k] in _TRIGGER_WORDS and k > raw.trigger.end):
            return []
        k += 1
    if k >= n:
        return []
    k += 1
    while k < n and tokens.texts[k] in _DISCUSSION_FILLER:
        k += 1
    start = k
    while k < n and k - start < 3 and tokens.is_word(k) and tokens.texts[k].startswith("ال"):
        k += 1
    if k == start:
        return []
    return [frame.text(document_text, start, k)]


def _occasion(normalized: Normalized, frame: Frame, raw: RawEvent) -> tuple[str, Span] | None:
    """ "على هامش الدورة السادسة والسبعين للجمعية العامة" → "الدورة 76 للجمعية العامة"."""
    tokens = frame.tokens
    start = tokens.starts[raw.trigger.start]
    end = normalized.text.find("\n", start)
    end = len(normalized.text) if end < 0 else end
    m = _OCCASION.search(normalized.text, start, end)
    if m is None:
        return None
    s, e = normalized.span_to_original(m.start(1), m.end(1))
    original = normalized.original[s:e]
    folded = m.group(1)
    text = original
    for number in find_numbers(folded):
        if number.end - number.start > len(str(number.value)) + 1:
            os_, oe = normalized.span_to_original(
                m.start(1) + number.start, m.start(1) + number.end
            )
            text = text.replace(normalized.original[os_:oe], str(number.value))
    return text.strip(), Span(frame.base + s, frame.base + e)


_IN = frozenset(fold(w) for w in ("في", "لدى", "لدي"))


def _role_words(role: str) -> tuple[str, ...]:
    """An office's words, however its place is joined: "السفير السعودي في سلطنة عمان" and
    "السفير السعودي بسلطنة عمان" are one office (not "ولي العهد" and "ولي ولي العهد")."""
    return tuple(
        word[1:] if word[0] in "بل" and len(word) > 4 else word
        for word in fold(role).split()
        if word not in _IN
    )


_ROLE_KIND = frozenset({"role"})


def _name_in_office(participant: Participant, everyone: list) -> None:
    """ "الرئيس السيسي", "الوزير الجبير": a one-word office and a family name the item gives
    in full elsewhere, read as one office; the name is the person's."""
    words = (participant.role or "").split()
    if len(words) != 2:
        return
    office = lexicon().match(Tokens(fold(words[0])), 0, _ROLE_KIND)
    if office is None or office.end != 1 or office.entry.detail not in ("state", "org"):
        return  # a person's office ("الرئيس"), not a family's or a body's ("أسرة الجفالي")
    family = fold(words[1])
    holder = next(
        (
            p
            for p in everyone
            if p.name and len(name_words(p.name)) > 1 and fold(name_words(p.name)[-1]) == family
        ),
        None,
    )
    if holder is None:
        return
    participant.name = holder.name
    participant.role = words[0]
    participant.entity_id = holder.entity_id
    if participant.inferred or not (participant.country or participant.org):
        participant.country, participant.org = holder.country, holder.org
        participant.inferred = holder.inferred


def _state_of_titled(participant: Participant) -> str | None:
    """The state of one named by a word alone after his office's title ("الملك سلمان")."""
    if not participant.title or not participant.name or len(participant.name.split()) != 1:
        return None
    return state_of_titled(participant.title, fold(participant.name))


def _resolve_references(events: list[Event], people: list[Person]) -> None:
    """An office named alone after its holder was named ("الأمين العام") is that person;
    a person named again without an office ("برقية مماثلة للرئيس إيسوفو محمدو") keeps the
    state or organisation their first mention gave."""
    everyone = [*people, *(q for e in events for q in e.participants)]
    for event in events:
        for participant in event.participants:
            if not participant.name:
                _name_in_office(participant, everyone)
            if not participant.name:
                continue
            same = [p for p in everyone if p.name and same_person(p.name, participant.name)]
            fuller = max(same, key=lambda p: len(p.name), default=None)
            if fuller is not None and len(fuller.name) > len(participant.name):
                participant.entity_id = fuller.entity_id  # "العواجي" is صالح بن حسين العواجي
                if fold(participant.name) in surnames() or (
                    " " not in participant.name
                    and participant.role is not None
                    and fold(participant.role) in HEADS_BY_FAMILY_NAME
                ):
                    # "الوزير الجبير" after "وزير الخارجية عادل الجبير": the name in full, as
                    # for an office and family name read as one (_name_in_office)
                    participant.name = fuller.name
            in_office = max(
                (p for p in same if p.role), key=lambda p: len(p.name or ""), default=None
            )
            if participant.role is None and in_office is not None:
                # "وزار الرحيلي مدرسة الرشاد": his office, where the item gave it (the
                # entity's mention holds its span)
                participant.role = in_office.role
                participant.title = participant.title or in_office.title
            if (participant.country or participant.org) and not participant.inferred:
                continue
            explicit = [p for p in same if not p.inferred and (p.country or p.org)]
            if explicit:
                participant.country, participant.org = explicit[0].country, explicit[0].org
                participant.affiliation = participant.affiliation or explicit[0].affiliation
                participant.inferred = False
            elif (code := state_of_holder(participant.name)) is not None:
                # a known holder named without his office: "وعقد الملك عبدالله الثاني وولي ولي
                # العهد اجتماعا" in a Saudi item is Jordan's king (data/office_holders.tsv)
                participant.country, participant.org = (
                    (None, code) if is_organisation(code) else (code, None)
                )
                participant.inferred = True
            elif (code := _state_of_titled(participant)) is not None:
                participant.country, participant.inferred = code, True  # "الملك سلمان"
            elif (
                fuller is not None
                and fuller.inferred
                and not (participant.country or participant.org)
            ):
                participant.country, participant.org = fuller.country, fuller.org
                participant.inferred = True
    named = [p for p in people if p.name and p.role]
    for event in events:
        for participant in event.participants:
            if participant.name or not participant.role:
                continue
            others = {p.name for p in event.participants if p.name}
            # the parties of the events before, as named by now, over the people read: where
            # an event split a row of offices ("التقى الأمين العام وزير خارجية بنغلاديش، أبو
            # الكلام عبد المؤمن"), the people list may hold the row as one man's
            met = [q for e in events for q in e.participants if q.name and q.role]
            candidates = sorted(
                [*((p, 0) for p in named), *((q, 1) for q in met)],
                key=lambda pair: (pair[0].span.start, pair[1]),
            )
            before = [
                p
                for p, _ in candidates
                if p.span.start < participant.span.start
                and p.name not in others
                # not a holder of another state than the one the item says ("الرئيس
                # كينياتا" received "الرئيس أوباما")
                and (participant.inferred or not _of_another_side(p, participant))
            ]
            earlier = [
                p
                for p in before
                if fold(p.role).startswith(fold(participant.role))
                or _role_words(participant.role) == _role_words(p.role)
            ]
            if not earlier:
                # "الوزير الإسرائيلي" after "وزير الطاقة الإسرائيلي يوفال شتاينتز": the one
                # holder before of an office with that head, of that state
                by_head = [p for p in before if _named_by_its_head(participant, p)]
                if len({fold(p.name) for p in by_head}) == 1:
                    earlier = by_head
            # The holder of exactly that office first ("وزير الخارجية" is the one called so,
            # not "وزير الخارجية بدولة قطر"), else the last holder of a longer one.
            exact = [p for p in earlier if fold(p.role) == fold(participant.role)]
            if exact or earlier:
                holder = (exact or earlier)[-1]
                participant.name = holder.name
                participant.title = participant.title or holder.title
                if not (participant.country or participant.org) or (
                    participant.inferred and state_of_holder(holder.name) != participant.country
                ):
                    # "لسامح شكري وزير الخارجية" after "وزير الخارجية المصري سامح شكري": the
                    # holder's state, not the paper's default
                    participant.country, participant.org = holder.country, holder.org
                    participant.inferred = holder.inferred
                participant.affiliation = participant.affiliation or holder.affiliation
                participant.entity_id = holder.entity_id
    for event in events:
        for participant in event.participants:
            if not participant.name and participant.role:
                _named_later(participant, event, named)


def _named_by_its_head(participant: Participant, holder: Person) -> bool:
    """Whether an office told by its head and its state alone, with the article, names again
    a holder of that state whose office has that head: "الوزير الإسرائيلي" after "وزير الطاقة
    الإسرائيلي يوفال شتاينتز", "الوزير الأمريكي" after "وزير الخارجية الأمريكي جون كيري"."""
    key = _office_key(participant.role)
    return (
        len(key) == 1
        and fold(participant.role).startswith("ال")
        and not participant.inferred
        and participant.country is not None
        and holder.country == participant.country
        and not holder.inferred
        and _office_key(holder.role)[:1] == key
    )


def _named_later(participant: Participant, event: Event, named: list[Person]) -> None:
    """An office told first and its holder's name after it, later in the item: "استقبل
    … سفير اليابان لدى المملكة. ونقل السفير الياباني نوريهيرو أوكودا …". The holder is the
    one later person whose office is the same once its state is set aside, or says more
    ("مدير شرطة منطقة الرياض" holds "مدير شرطة المنطقة"), of the same state; none where two
    could be meant."""
    key = _office_key(participant.role)
    if not key or fold(participant.role.split()[0]) in PLURAL_HEADS:
        return  # "رؤساء مكاتب الحزب": a group has no one holder
    others = {p.name for p in event.participants if p.name}
    holders = {
        p.name: p
        for p in named
        if p.span.start > participant.span.end
        and p.name not in others
        and _same_side(p, participant, explicit=len(key) == 1)
        and (office := _office_key(p.role))
        and office[0] == key[0]
        and (
            set(key[1:]) <= set(office[1:])
            # or says less, yet enough to be only that office ("رئيس مجلس إدارة شركة
            # هيونداي" after "رئيس مجلس إدارة شركة هيونداي الكورية للصناعات الثقيلة")
            or (len(office) >= _NAMES_AN_OFFICE and set(office[1:]) <= set(key[1:]))
        )
    }
    if len(holders) != 1:
        return
    (holder,) = holders.values()
    participant.name = holder.name
    participant.title = participant.title or holder.title
    participant.entity_id = holder.entity_id
    if not (participant.country or participant.org) or participant.inferred:
        participant.country, participant.org = holder.country, holder.org
        participant.inferred = holder.inferred


_NAMES_AN_OFFICE = 4  # words of a shortened office that still name that office alone


def _same_side(holder: Person, participant: Participant, explicit: bool) -> bool:
    """Whether a person named later may hold a participant's office: the same state or
    organisation where either says one (the text's, ``explicit``, for a bare office such
    as "الرئيس", which any state has)."""
    theirs = (holder.country, holder.org)
    ours = (participant.country, participant.org)
    if explicit:
        return not holder.inferred and not participant.inferred and any(ours) and theirs == ours
    if theirs == ours or not any(theirs) or not any(ours):
        return True
    # a holder's state that is only the paper's default says nothing where the office alone
    # names one post ("رئيس مجلس إدارة شركة هيونداي الدكتور كي جوي" in a Saudi paper), but
    # "وزير الخارجية" there is the paper's own
    return holder.inferred and len(_office_key(holder.role)) >= _NAMES_AN_OFFICE


@lru_cache(maxsize=4096)  # an item's people are compared pairwise; offices recur
def _office_key(role: str | None) -> tuple[str, ...]:
    """An office's head and its other words, without the article, the preposition joined
    to a word, the state it serves (its name or adjective) or where it is posted: "سفير
    اليابان لدى المملكة" and "السفير الياباني" are both (سفير,)."""
    if not role:
        return ()
    tokens = Tokens(fold(role))
    words: list[str] = []
    k = 0
    while k < len(tokens):
        state = lexicon().match(tokens, k, _STATE_KIND)
        if state is not None and k > 0:
            k = state.end
            continue
        word = tokens.texts[k]
        k += 1
        if word in _POSTED:
            break  # "سفير اليابان لدى المملكة": where he serves is not his office's kind
        if word in _IN or not tokens.is_word(k - 1):
            continue
        if word[0] in "بل" and len(word) > 4:
            word = word[1:]
        words.append(word[2:] if word.startswith("ال") and len(word) > 4 else word)
    return tuple(words)


_STATE_KIND = frozenset({"state"})
_POSTED = frozenset({fold("لدى")})  # folded, لدى and لدي are one word
