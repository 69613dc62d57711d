"""Events: who met, called, visited, wrote to or signed with whom, read off an item.

A trigger (``استقبل``، ``التقى``، ``تلقى اتصالاً هاتفياً``، ``بعث برقية``…, see data/triggers.tsv)
opens a clause in the Arabic order verb–subject–object. Its *frame* says how the parties
stand around it: the subject hosts and the object is received (``host``); both are equals,
the object perhaps after مع or بـ (``with``); the subject receives from the object after من
(``from``); the subject sends to the object after لـ or إلى (``to``); the subject acts alone
(``alone``); a body meets, chaired by whoever follows برئاسة (``chair``).

What lies between the parties — the time (``اليوم الجمعة 24 سبتمبر``), the place (``في
مكتبه بقصر الحكم``), commas — is passed over. What reports no interaction is left out: an
interaction told as background (``كان قد التقى``), a plan (``من المقرر أن``), a quotation,
people listed as attending (``بحضور``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress, pairwise

from nashra.data import rows
from nashra.dates import is_time_word, is_weekday
from nashra.extraction.entities import same_person
from nashra.extraction.holders import state_of_holder
from nashra.extraction.lexicon import (
    Entry,
    Match,
    NounSense,
    Tokens,
    TriggerSense,
    common_words,
    gathered_at,
    gathering_words,
    given_names,
    lexicon,
    may_be_a_given_name,
    mourned,
    noun_triggers,
    people_plurals,
    readings,
    sport_words,
    state_name,
    stopwords,
    triggers,
    verbs,
    with_proclitics,
)
from nashra.extraction.people import (
    CLOSING_QUOTES,
    INSTITUTIONS,
    LETTERS,
    NAME_JOINERS,
    NOT_NAME_WORDS,
    OPENING_QUOTES,
    PLURAL_HEADS,
    POSTED_HEADS,
    PRAYERS,
    SESSIONS,
    Party,
    emirs_guest,
    future_verb,
    is_name_word,
    past_namesake,
    past_quote,
    places_in,
    read_name,
    read_party,
    read_role,
    read_titles,
)
from nashra.text.normalization import fold

_SENTENCE_END = frozenset({".", "?", "!", "\n", ";"})
_BACKGROUND_BEFORE = frozenset(
    fold(w) for w in ("كان", "وكان", "كانت", "وكانت", "سبق", "وسبق", "المقرر", "يعتزم", "سوف", "قد")
)
_FIRST = fold("أول")
_SKIP_WORDS = frozenset(
    fold(w)
    for w in (
        "اليوم",
        "أمس",
        "امس",
        "مساء",
        "صباح",
        "ظهر",
        "عصر",
        "فجر",
        "يوم",
        "الليلة",
        "البارحة",
        "الماضي",
        "الموافق",
        "هاتفيا",
        "اتصالا",
        "هاتفياً",
        "أيضا",
        "كذلك",
        "بدوره",
        "الأول",
        "الأولى",  # "البارحة الأولى": the day before yesterday
        "اتصالات",
        "مكالمة",
        "مكالمات",
        "هاتفية",
        "مرئيا",
    )
)
_PLACE_OPENERS = frozenset(
    fold(w) for w in ("في", "بمقر", "بمكتبه", "بقصر", "بديوان", "داخل", "على")
)
_STOP_OBJECTS = frozenset(
    fold(w)
    for w in (
        "بحضور",
        "وبحضور",
        "وذلك",
        "حيث",
        "وجرى",
        "وتم",
        "بمناسبة",
        "بشأن",
        "حول",
        "لبحث",
        "وبحث",
        "وناقش",
        "واستعرض",
        "وتناول",
    )
)
_CONJUNCTIONS = frozenset({",", "و"})
_CAPITAL = frozenset(fold(w) for w in ("العاصمة", "عاصمة"))
_PLACE_PLURALS = frozenset(
    fold(w)
    for w in (
        "مواقع",
        "مدن",
        "مناطق",
        "قرى",
        "أماكن",
        "مراكز",
        "أحياء",
        "مشاريع",
        # and things discussed: "لمناقشة عدد من المواضيع المهمة"
        "مواضيع",
        "قضايا",
        "ملفات",
        "أمور",
        "برامج",
        "مسائل",
        "نقاط",
        "بنود",
        "هدايا",  # "وقدَّم لهم عدداً من الهدايا العينية"
        # places inspected: "تفقد … عدداً من المرافق الصحية"، "زار عدداً من المدارس"
        "مرافق",
        "مدارس",
        "مبان",
        "مباني",
        "مساجد",
        "أسواق",
        "مصانع",
        "شوارع",
        "طرق",
        "حدائق",
        "فنادق",
        "منافذ",
        "مكاتب",
        "فروع",
        "أقسام",
        "معارض",
        "متاحف",
        "مواقف",
        "مخيمات",
        "مستودعات",
        "محطات",
    )
)
# plurals in ـات that count people: "عدد من القيادات الأمنية", "عدد من الطالبات"
_PEOPLE_IN_AT = frozenset(
    fold(w)
    for w in (
        "قيادات",
        "شخصيات",
        "فعاليات",
        "سيدات",
        "طالبات",
        "معلمات",
        "موظفات",
        "ممرضات",
        "منسوبات",
        "أمهات",
        "عائلات",
        "فتيات",
        "مواطنات",
        "زميلات",
        "طبيبات",
        "مسؤولات",
    )
)
_ARRIVAL = frozenset(fold(w) for w in ("وصوله", "وصولها", "وصولهم", "وصولهما"))
_AGREEMENT_STEMS = tuple(fold(w) for w in ("اتفاقي", "مذكر", "بروتوكول", "معاهد", "اتفاق", "عقد"))
_AGREEMENT_COMPLEMENTS = frozenset(fold(w) for w in ("التفاهم", "تفاهم", "تعاون", "التعاون"))
_EACH = frozenset(fold(w) for w in ("كل", "كلا", "كلٍ", "كلاً"))
_LEADERS_OF_MANY = frozenset(fold(w) for w in ("وزراء", "رؤساء", "قادة", "زعماء"))
_MANY = frozenset(fold(w) for w in ("العديد", "عدد", "عددا", "عدداً", "مجموعة", "عدة"))
_HIS_TRIP = frozenset(fold(w) for w in ("زيارته", "زيارتها", "جولته", "جولتها", "زيارتهم"))
_BEFORE_THAT = frozenset(fold(w) for w in ("بعد", "قبل", ",", "حيث", "رغم", "بدون", "دون"))
_THAT = frozenset(fold(w) for w in ("أن", "إن", "ان"))
_SAID_THAT = _THAT | frozenset(fold(w) for w in ("بأن", "فإن", "وأن", "وإن"))
_WHERE = frozenset(fold(w) for w in ("حيث", "وحيث"))
_VISIT_VERBS = frozenset(fold(w) for w in ("زار", "زارت"))
_ATTENDING = frozenset(fold(w) for w in ("بحضور", "وبحضور"))
_STATEMENT = "بيان"
_LED_BY = frozenset(
    fold(w)
    for w in ("برئاسة", "يرأسه", "يرأسها", "يترأسه", "يترأسها", "يتقدمهم", "بقيادة", "يقوده")
)
# "خلال زيارة سموه لقصر أبي السعود", "خلال زيارته للمنطقة": a visit by someone named before.
_VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "زيارته", "زيارتها"))
# the meeting itself as a verb's subject: "وناقش الاجتماع …" (what was discussed, by no one)
# calls, cables and messages counted more than one: one with each party named
_SEVERAL = frozenset(
    fold(w)
    for w in ("اتصالين", "اتصالات", "برقيتين", "برقيتي", "برقيات", "رسالتين", "رسائل", "مكالمات")
)
# what a place passed over ends at: the meeting held there, or مع and its partner ("على
# هامش الدورة لقاءات ثنائية مع رؤساء وفود …")
_HELD = SESSIONS | frozenset(fold(w) for w in ("لقاء", "لقاءات", "مباحثات", "محادثات", "مع"))
_OVER = frozenset(fold(w) for w in ("على", "وعلى"))
_SPAN_OF = fold("مدى")
_DONE = frozenset(fold(w) for w in ("تم", "وتم", "يتم", "سيتم", "ستم", "ويتم", "وسيتم"))
_CALLED = frozenset(fold(w) for w in ("دعا", "دعت", "ودعا", "ودعت"))


@cache
def _cues(kind: str) -> frozenset[str]:
    """The words of one kind of data/event_cues.tsv, folded: what makes a meeting one to
    come or asked for, what a journey's إلى reaches that is no place, who speaks for no
    office, who travels with another."""
    return frozenset(fold(form) for form, cue in rows("event_cues") if cue == kind)


def unnamed_source(role: str | None) -> bool:
    """Whether an unnamed speaker's office is an official or a source the item does not name
    ("مسؤول أمني باكستاني"، "مصادر دبلوماسية": data/event_cues.tsv, anonymous) — not "مصدر
    مسؤول بوزارة الخارجية", the formula by which a ministry makes its statements."""
    words = fold(role or "").split()
    return bool(words) and words[0] in _cues("anonymous") and words[:2] != _OFFICIAL_SOURCE


_OFFICIAL_SOURCE = [fold("مصدر"), fold("مسؤول")]


def private_office(role: str | None) -> bool:
    """Whether an office is held in a company, a club or a community ("نائب رئيس طيران
    الإمارات"، "رئيس الجالية اليمنية"; not "هيئة الطيران المدني" nor "البنك المركزي":
    data/event_cues.tsv, private and public)."""
    # each word as written and behind its proclitics and article ("للشركة"، "والمدرب")
    read = {form for word in fold(role or "").split() for form, _ in readings(word)}
    bare = read | {form.removeprefix("ال") for form in read}
    return not bare.isdisjoint(_cues("private")) and bare.isdisjoint(_cues("public"))


# prepositions, after which a statement's verb written as its verbal noun is the noun
# ("من نفي"، "رغم نفي"، "بعد نفي": folding makes نفى and نفي one word)
_GOVERNING_A_NOUN = frozenset(
    fold(w) for w in ("من", "عن", "على", "في", "رغم", "بعد", "قبل", "مع", "إلى")
)
_SESSION_NOUNS = frozenset(fold(w) for w in ("الاجتماع", "اللقاء", "الجلسة", "المجلس"))
_TIME_PREPOSITIONS = frozenset(fold(w) for w in ("عقب", "خلال", "بعد", "أثناء", "لدى", "في", "قبل"))
# A verb after a verbal noun whose pronoun is the party named before: "في لقاء جمعه بـ"
_HELD_BY_PRONOUN = frozenset(
    fold(w)
    for w in ("جمعه", "جمعها", "جمعهما", "جمعهم", "عقده", "عقدها", "أجراه", "أجرتها", "أجراها")
)
# "في رسالة بعثها لمفوض الأمم المتحدة …": sent, the other party after لـ or إلى
_SENT_BY_PRONOUN = frozenset(
    fold(w) for w in ("بعثها", "وجهها", "أرسلها", "بعثتها", "وجهتها", "أرسلتها", "سلمها")
)
# "خلال اتصال هاتفي تلقاه من الرئيس التركي": the noun's own verb, the other party after من
_RECEIVED_BY_PRONOUN = frozenset(fold(w) for w in ("تلقاه", "تلقته", "تلقاها", "تلقتها"))
# "اتصال هاتفي جرى بين …": the noun's own verb before who took part
_TOOK_PLACE = frozenset(fold(w) for w in ("جرى", "دار", "تم"))
_DUAL_OFFICES = frozenset(
    fold(w) for w in ("الرئيسين", "الزعيمين", "الملكين", "الوزيرين", "الأميرين")
)
# "لقاء جمع كيري بنظيره الصيني", "لقاء ضمّ لافروف مع مشعل": who the noun brought together
_JOINED_BY = frozenset(fold(w) for w in ("جمع", "ضم", "جمعت", "ضمت", "ضمّ", "ضمّت"))
_RECENT = frozenset(fold(w) for w in ("اليوم", "أمس", "امس", "البارحة"))
_MET_ALREADY = frozenset(fold(w) for w in ("المجتمعين", "المجتمعون", "الحضور", "الحاضرين"))
_MAIN = frozenset(fold(w) for w in ("الرئيس", "الرئيسي", "الرئيسية"))
_HEADQUARTERS = fold("مقر")
_ALSO = frozenset(fold(w) for w in ("كما", "وكما", "ثم"))
_INTERACTIONS = frozenset({"meeting", "visit", "call", "cable", "message"})
_WITH_HIM = tuple(fold(w) for w in ("برفق", "وبرفق", "بمعي", "وبمعي", "بصحب", "وبصحب"))
# the verb whose object, the one accompanied, comes before its subject, his companions
_ACCOMPANIED = frozenset(fold(w) for w in ("رافق", "ورافق"))
_SEPARATELY = frozenset(
    fold(w) for w in ("منفصلين", "منفصلة", "منفصل", "منفردة", "لقاءين", "اجتماعين", "حدة")
)  # "كل على حدة": each by himself
_WELCOME_VERBS = frozenset(fold(w) for w in ("رحب", "رحبت"))
_WELCOMED = frozenset(fold(w) for w in ("بالوفد", "بالضيوف", "بالوفود", "بالزوار"))
_ABOUT = frozenset(fold(w) for w in ("حول", "بشأن", "عن", "إثر", "اثر", "بخصوص"))
_LEFT = frozenset(fold(w) for w in ("غادر", "غادرت"))
_CITY_NOUNS = frozenset(fold(w) for w in ("مدينة", "محافظة", "منطقة", "ولاية", "جزيرة", "إمارة"))
_CONDOLE_VERBS = frozenset(fold(w) for w in ("عزى", "واسى", "واست"))
_CONDOLENCES = frozenset(
    fold(w) for w in ("العزاء", "التعازي", "تعازي", "تعازيه", "تعازيها", "عزاء", "واجب")
)
_CABLE_WORDS = frozenset(fold(w) for w in ("برقية", "برقيه", "ببرقية", "برقيات"))
_PHONE_WORDS = frozenset(
    fold(w) for w in ("هاتفي", "هاتفيا", "هاتفياً", "اتصال", "اتصالا", "اتصالات")
)
# the heads of several states' delegations or offices, met one by one: "رؤساء وفود المغرب
# وسيراليون"، "وزراء خارجية تركيا وإيران وماليزيا"
_DELEGATION_PLURALS = PLURAL_HEADS | frozenset(
    fold(w) for w in ("وفود", "الوفود", "مندوبي", "ممثلي")
)
_IN_TURN = frozenset(fold(w) for w in ("وكذلك", "كذلك", "ثم", "وكذا", "كما"))
_WAS = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت"))
# "وكان في مقدمة مستقبليه": those who received him, someone at their head
_AT_THE_HEAD = frozenset(fold(w) for w in ("مقدمة", "طليعة"))
_THOSE_RECEIVING = frozenset(fold(w) for w in ("مستقبليه", "مستقبليها", "مستقبليهم"))
_RELATIVE_PRONOUNS = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
# "وأوضح وزير الخارجية أنه التقى …": the one who speaks is the verb's subject
_THAT_HE = frozenset(fold(w) for w in ("أنه", "إنه", "انه", "أنها", "إنها", "انها"))
# "أشار إلى أنه"، "زيارة إلى القاهرة"
_TO = frozenset(fold(w) for w in ("إلى", "الى", "الي"))
_WITH_ONLY = frozenset({"مع"})
_REVIEWED = frozenset(
    fold(w) for w in ("استعرض", "استعرضت", "استعرضوا", "تدارس", "تدارست", "تناول", "تناولت")
)
_JOINTLY = frozenset(
    fold(w) for w in ("بالتنسيق", "بالتعاون", "بالشراكة", "بالاشتراك", "وبالتنسيق", "وبالتعاون")
)
# the verbs that report what someone said of himself: "وأوضح الوزير … أنه التقى"
_SAYING = frozenset(
    fold(p + w + t)
    for w in (
        "قال",
        "أوضح",
        "أكد",
        "ذكر",
        "أشار",
        "بين",
        "أفاد",
        "كشف",
        "أعلن",
        "صرح",
        "لفت",
        "أفصح",
        "أبان",
        "أضاف",
        "نوه",
        "أبلغ",
    )
    for p in ("", "و")
    for t in ("", "ت")
)
_PRONOUN_HONORIFICS = frozenset(
    fold(w)
    for w in (
        "سموه",
        "معاليه",
        "فخامته",
        "جلالته",
        "سعادته",
        "سماحته",
        "فضيلته",
        "سيادته",
        "دولته",
        "سموها",
        "معاليها",
    )
)
# Where a visitor lands, received there ("وكان في استقباله بمطار الملك خالد الدولي …"), and
# where relief is delivered ("وصول سفينة إغاثة لميناء عدن").
_LANDINGS = frozenset(fold(w) for w in ("مطار", "ميناء", "مرفأ", "منفذ"))
# Nouns that open a place: "بمقر الهيئة", "في مكتبه بقصر الحكم", "بفرع الوزارة".
_PLACE_NOUNS = _LANDINGS | frozenset(
    fold(w)
    for w in (
        "مقر",
        "مكتب",
        "مكتبه",
        "فرع",
        "قصر",
        "قصره",
        "ديوان",
        "مبنى",
        "قاعة",
        "مقار",
        "مجلس",
        "مجلسه",
        "صالة",
    )
)
_INTERNATIONAL = frozenset(fold(w) for w in ("الدولي", "الدولية"))
_DELEGATIONS = frozenset(fold(w) for w in ("وفد", "وفدا", "الوفد", "وفدًا", "وفداً"))
# "الوفد الجزائري ضم …، و…": the members a delegation is said to comprise.
_COMPRISE = frozenset(
    fold(w) for w in ("ضم", "يضم", "تضم", "ضمت", "وضم", "ويضم", "وتضم", "وضمت", "تألف", "يتألف")
)
_MAX_GAP = 14  # tokens between a trigger and its first party
_REQUIRED_REACH = 45  # tokens from a trigger to the noun it requires
_TRIGGER_KINDS = frozenset({"trigger"})
_NOUN_ENTRY = Entry("trigger", None, "noun", None)
_TITLE_KINDS = frozenset({"title"})
_ROLE_KINDS = frozenset({"role"})


@dataclass(slots=True)
class RawEvent:
    """An event in token terms, before its parties are resolved to people."""

    type: str
    frame: str
    trigger: Match
    parties: list[tuple[Party, str]]  # the party and its side
    in_statement: bool = False  # its sentence speaks of a statement (بيان)
    subject: int = 0  # which party the verb's subject is (a visitor follows the visited)


def find_events(
    tokens: Tokens,
    triggers_found: list[Match],
    known_names: frozenset[tuple[str, ...]] = frozenset(),
) -> list[RawEvent]:
    """The events that the trigger verbs found in ``tokens`` report. ``known_names``: the
    names (as folded word tuples) of people the item has named with a title or an office,
    which may stand bare before a verb later ("أن داود أوغلو أجرى …")."""
    n = len(tokens)
    quoted = _quoted(tokens) if triggers_found else set()
    events: list[RawEvent] = []
    for found in triggers_found:
        i = found.start
        if found.skip > 1 or i in quoted or _in_background(tokens, i):
            continue
        if i > 0 and tokens.texts[i - 1] in _ABOUT:
            continue  # "بياناً حول توجه خادم الحرمين الشريفين": a verbal noun, not a verb
        if i > 0 and tokens.texts[i - 1] in NAME_JOINERS:
            continue  # "أمين جدة هاني أبو رأس": a name
        if found.skip == 1 and tokens.texts[i][0] in "بل":
            continue  # "تحديد يوم الإثنين لعقد لقاء": a verbal noun behind a preposition
        if i > 0 and tokens.texts[i - 1] in _DONE:
            continue  # "حيث سيتم عقد لقاء مع المواطنين": a verbal noun, its agent unsaid
        if _asked_for(tokens, i):
            continue  # "طلب مرتضى منصور عقد جلسة عاجلة مع …": a meeting asked for, not held
        sense = _sense(tokens, found, n) or _sense_of_joint_subjects(tokens, found, n)
        if sense is None:
            continue
        read = []
        if _where_the_visitor_met(tokens, found, sense, n, events):
            # "زار … ظريف بيروت أمس، حيث التقى رئيس مجلس النواب نبيه بري ورئيس الحكومة":
            # the visitor met them, not the first of them the second
            read = _continued(tokens, found, sense, n, events)
        read = read or _read_event(tokens, found, sense, n, known_names)
        if (
            not read
            and sense.frame == "chair"
            and _partner_with(tokens, found.end, _sentence_end(tokens, found.end, n)) is not None
        ):
            # "كما عقد اجتماعا مع رئيس الوزراء الصومالي": a meeting held with someone, by the
            # one the item told before
            read = _continued(
                tokens, found, TriggerSense("meeting", "with", sense.requires), n, events
            )
        elif not read and (
            sense.frame in ("host", "with", "condole", "from", "to")
            or (sense.type == "visit" and sense.frame != "attend")
        ):
            read = _continued(tokens, found, sense, n, events)
        events.extend(read)
    events.extend(_noun_events(tokens, quoted, known_names, list(events)))
    events.extend(_chaired_by_noun(tokens, quoted, events))
    events.extend(_own_session(tokens, quoted, events))
    events.extend(_session_held(tokens, quoted, events))
    events = _condolences_by_phone(tokens, events)
    events = _welcomes_told_again(tokens, events)
    events = _press_conferences_told_again(tokens, events)
    events = _met_again_as_a_plural(tokens, events)
    _signers_named(tokens, events)
    _met_on_visit(events)
    _hosts_abroad(tokens, events)
    events = _visits_met(events)
    events = _visits_told_as_occasions(tokens, events)
    if all(e.frame == "declare" for e in events):  # declarations may yet be dropped
        events.extend(_visits_by_pronoun(tokens, quoted, known_names))
    events = _without_the_dead(tokens, events)
    if events:
        _add_senders_of_carried(tokens, events)
        _add_companions(tokens, events)
        _add_members(tokens, events)
        _name_bodies(tokens, events)
        _add_leaders(tokens, events)
        _hosts_of_one_state(events)
        _conjoined_of_one_state(tokens, events)
    return events


def _without_the_dead(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """The dead the item mourns, named by a rank after the word for them ("جثمان شهيد الوطن
    العريف أحمد جعفر المجيشي") meet no one: where an event's party is one, it goes, and the
    event with it when no one is left on that side or a meeting, call or letter is left
    with one party."""
    n = len(tokens)
    dead: list[frozenset[str]] = []
    words = mourned()
    if words.isdisjoint(tokens.texts):
        return events  # most items mourn no one: one pass in C instead of a call a token
    for k, text in enumerate(tokens.texts):
        if text not in words or k + 1 >= n:
            continue
        j = k + 2 if tokens.texts[k + 1] in _WHOSE_MARTYR else k + 1  # "شهيد الوطن"
        titles, j = read_titles(tokens, j, n)
        if not titles:
            continue  # "والد الشهيد مغرم الهلالي", "عم الشهيد حسين": a kinsman's name, perhaps
        name = read_name(tokens, j, n) if j < n else None
        if name is not None and name[1] - name[0] > 1:
            dead.append(frozenset(tokens.texts[name[0] : name[1]]))
    if not dead:
        return events
    out = []
    for event in events:
        living = [
            (party, side)
            for party, side in event.parties
            if party.name is None
            or not any(
                (words := frozenset(tokens.texts[party.name[0] : party.name[1]])) >= one
                or (len(words) > 1 and words <= one)
                for one in dead
            )
        ]
        if len(living) == len(event.parties):
            out.append(event)
            continue
        sides = {side for _, side in living}
        if any(side not in sides for _, side in event.parties):
            continue  # "استقبل وكيل المحافظة … جثمان الشهيد …، ويرافقه مدير الشرطة": no one met
        if len(living) > 1 or (living and event.type not in _TWO_SIDED):
            subject = event.parties[event.subject][0]
            at = next((k for k, (p, _) in enumerate(living) if p is subject), 0)
            out.append(replace(event, parties=living, subject=at))
    return out


_TWO_SIDED = frozenset({"meeting", "call", "message", "cable", "agreement"})


_WHOSE_MARTYR = frozenset(fold(w) for w in ("الوطن", "الواجب"))


_CARRIED = frozenset(fold(w) for w in ("نقل", "نقلت", "سلم", "سلمت"))


def _handed_to(tokens: Tokens, trigger: Match, after: int, end: int) -> list[Party]:
    """The one a letter was handed to, as the verb's object before it: "سلم عبدالقادر بن صالح
    رئيس مجلس الأمة الجزائري الرئيس السيسي رسالة خطية من الرئيس الجزائري"."""
    if fold(trigger.entry.canonical or "") not in _CARRIED:
        return []
    k = _skip_filler(
        tokens, after + 1 if after < end and tokens.texts[after] == "," else after, end
    )
    recipient = _party_at(tokens, k, end)
    if recipient is None or recipient.skip or not _is_person(recipient):
        return []
    letter = _skip_filler(tokens, recipient.end, end)
    return [recipient] if letter < end and tokens.texts[letter] in LETTERS else []


def _add_senders_of_carried(tokens: Tokens, events: list[RawEvent]) -> None:
    """A message carried from one to another ("نقل وزير الخارجية عادل الجبير رسالة من خادم
    الحرمين الشريفين إلى الرئيس الروسي"): the one it is from sent it; the carrier stays on
    his side."""
    n = len(tokens)
    for event in events:
        if event.type != "message" or fold(event.trigger.entry.canonical or "") not in _CARRIED:
            continue
        end = _sentence_end(tokens, event.trigger.end, n)
        letter = next(
            (k for k in range(event.trigger.end, end) if tokens.texts[k] in LETTERS), None
        )
        if letter is None:
            continue
        marker = next(
            (k for k in range(letter + 1, min(end, letter + 4)) if tokens.texts[k] == "من"), None
        )
        sender = _party_at(tokens, marker + 1, end) if marker is not None else None
        if sender is None or (sender.name is None and sender.role is None and sender.whole is None):
            continue
        if any(_same_party(tokens, sender, p) for p, _ in event.parties):
            continue
        side = event.parties[0][1] if event.parties else "participant"
        event.parties.insert(0, (sender, side))


_OWN_SESSION = frozenset(fold(w) for w in ("اجتماعه", "اجتماعها", "جلسته", "جلستها"))
_SESSIONS_HELD = SESSIONS | _OWN_SESSION | {fold("واجتماع")}
_CHAIRED_BY = fold("برئاسة")


def _chaired_by_noun(tokens: Tokens, quoted: set[int], events: list[RawEvent]) -> list[RawEvent]:
    """A body's session told by its noun and its chair, with no verb of meeting: "ووافق
    المجلس خلال الاجتماع الذي عقده الخميس برئاسة الدكتور رضا عبيد"، "اطلع مجلس الشؤون
    الاقتصادية والتنمية في اجتماع برئاسة صاحب السمو الملكي الأمير محمد بن سلمان" — a meeting
    of the body (the noun's own, "اجتماع اللجنة", or the one its sentence opens on) with its
    chair (ANNOTATION.md)."""
    if _CHAIRED_BY not in tokens.texts or _SESSIONS_HELD.isdisjoint(tokens.texts):
        return []
    n = len(tokens)
    found: list[RawEvent] = []
    for k, text in enumerate(tokens.texts):
        if text != _CHAIRED_BY or k in quoted:
            continue
        start = _sentence_start(tokens, k)
        if any(start <= e.trigger.start < k for e in events if e.type == "meeting"):
            continue  # a meeting its verb tells, chaired
        noun = next(
            (
                j
                for j in range(k - 1, max(start, k - 8) - 1, -1)
                if tokens.texts[j] in _SESSIONS_HELD
            ),
            None,
        )
        if noun is None or _in_background(tokens, noun) or _planned_before(tokens, noun):
            continue
        end = _sentence_end(tokens, k + 1, n)
        if k + 1 >= end or any(_told_ahead(t) for t in tokens.texts[start:k]):
            continue  # "تعقد لجنة مبادرة السلام العربية غداً اجتماعاً": a session to come
        chair = _party_at(tokens, k + 1, end)
        if chair is None or not _is_person(chair):
            continue
        if any(
            _same_party(tokens, chair, p)
            for e in events
            if e.type == "meeting"
            for p, _ in e.parties
        ):
            continue  # "يرأس اجتماع مجلس الشؤون …": its verb told it
        body = _session_body(tokens, noun, start, k)
        if body is None:
            continue
        if not (chair.states or chair.orgs):
            chair.states, chair.orgs = list(body.states), list(body.orgs)  # its chair's
        trigger = Match(_NOUN_ENTRY, noun, noun + 1, 0)
        found.append(
            RawEvent(
                "meeting", "chair", trigger, [(body, "participant"), (chair, "host")], subject=1
            )
        )
    return found


# "في اجتماعه"، "خلال جلستها": in its session (not _DURING, a verbal noun's times)
_IN_SESSION = frozenset(fold(w) for w in ("في", "خلال", "أثناء"))


def _own_session(tokens: Tokens, quoted: set[int], events: list[RawEvent]) -> list[RawEvent]:
    """A body that opens its sentence, the subject of its first verb, acting "in its
    session": "وافق مجلس إدارة الاتحاد السعودي لكرة القدم خلال اجتماعه الدوري …"، "قررت لجنة
    المسابقات خلال اجتماعها اليوم" — the body met (ANNOTATION.md: a body meeting in session
    is a meeting of that body). Not "أكد رئيس مجلس الإدارة خلال اجتماعه" (the chairman's), nor
    a body named further in ("وأشارت إلى أن اللجنة عبرت في اجتماعها"، "ومنها ما أقره مجلس
    الشورى … في جلسته"), nor one told as background ("وكانت لجنة السياسات … ثبتت في
    اجتماعها")."""
    if _OWN_SESSION.isdisjoint(tokens.texts):
        return []
    n = len(tokens)
    found: list[RawEvent] = []
    for k, text in enumerate(tokens.texts):
        if text not in _OWN_SESSION or k in quoted or tokens.texts[k - 1] not in _IN_SESSION:
            continue
        start, end = _sentence_start(tokens, k), _sentence_end(tokens, k + 1, n)
        if tokens.texts[start] in _THAT | _BACKGROUND_BEFORE:
            continue
        if not _session_news(tokens, k, start, end, [*events, *found]):
            continue
        body = _opening_party(tokens, start, k)
        if body is None or body.office != "body" or body.name is not None:
            continue
        trigger = Match(_NOUN_ENTRY, k, k + 1, 0)
        found.append(RawEvent("meeting", "chair", trigger, [(body, "participant")], subject=0))
    return found


def _opening_party(tokens: Tokens, start: int, k: int) -> Party | None:
    """The party that opens the sentence at ``start`` (or after its first word, the verb),
    before ``k``: whose session "في اجتماعه"، "خلال اجتماع لها" is."""
    return next(
        (p for j in (start, start + 1) if j < k and (p := _party_at(tokens, j, k)) is not None),
        None,
    )


# a session told by its noun and the verb that held it, in a clause after it
_A_SESSION = frozenset(fold(w) for w in ("اجتماع", "جلسة"))
_THE_SESSION = frozenset(fold(w) for w in ("الاجتماع", "الجلسة"))
_HOLDING_VERBS = frozenset(fold(w) for w in ("عقد", "عقدت", "انعقد", "انعقدت"))
_HELD_BY_IT = frozenset(fold(w) for w in ("عقده", "عقدته", "عقدها", "عقدتها"))
_ITS_OWN = frozenset(fold(w) for w in ("له", "لها"))


def _session_held(tokens: Tokens, quoted: set[int], events: list[RawEvent]) -> list[RawEvent]:
    """A body's session told by its noun and the clause that says it was held: "أكدت
    الحكومة الخبر في جلسة لمجلس الأمن القومي عقدت صباح أمس"، "وأقرت اللجنة خلال اجتماع لها
    عقد أمس" (the body its sentence opens on)، "وناقش الاجتماع الذي عقدته اللجنة أمس" — a
    meeting of that body (ANNOTATION.md), as for :func:`_own_session`."""
    if _A_SESSION.isdisjoint(tokens.texts) and _THE_SESSION.isdisjoint(tokens.texts):
        return []
    n = len(tokens)
    found: list[RawEvent] = []
    for k, text in enumerate(tokens.texts):
        if (text not in _A_SESSION and text not in _THE_SESSION) or k in quoted or k + 2 >= n:
            continue
        start, end = _sentence_start(tokens, k), _sentence_end(tokens, k + 1, n)
        body = None
        if text in _A_SESSION and tokens.texts[k + 1] in _ITS_OWN:
            if tokens.texts[k + 2] in _HOLDING_VERBS:
                body = _opening_party(tokens, start, k)
        elif text in _A_SESSION and tokens.texts[k + 1].startswith("ل"):
            party = _party_at(tokens, k + 1, end)
            if party is not None and party.skip == 1 and party.end < end:
                body = party if tokens.texts[party.end] in _HOLDING_VERBS else None
        elif (
            text in _THE_SESSION
            and tokens.texts[k + 1] in _RELATIVE_PRONOUNS
            and tokens.texts[k + 2] in _HELD_BY_IT
        ):
            j = _skip_filler(tokens, k + 3, end)
            party = _party_at(tokens, j, end) if j < end else None
            body = party if party is not None and not party.skip else None
        if body is None or body.name is not None:
            continue
        if body.office != "body" and (body.whole is None or body.whole.entry.kind != "org"):
            continue
        if not _session_news(tokens, k, start, end, [*events, *found]):
            continue
        if not (body.states or body.orgs):
            # "أكدت الحكومة الأفغانية الخبر في جلسة لمجلس الأمن القومي": the government's
            owner = next(
                (
                    p
                    for j in range(max(start, k - 10), k)
                    if (p := _party_at(tokens, j, k)) is not None
                    and p.office == "body"
                    and len(p.states) == 1
                ),
                None,
            )
            if owner is not None:
                body = replace(body, states=list(owner.states))
        trigger = Match(_NOUN_ENTRY, k, k + 1, 0)
        chaired = next((j for j in range(start, end) if tokens.texts[j] == _CHAIRED_BY), None)
        chair = _party_at(tokens, chaired + 1, end) if chaired is not None else None
        if chair is not None and _is_person(chair):
            # "شدد مجلس الوزراء برئاسة نائب خادم الحرمين الشريفين … خلال الجلسة التي عقدها"
            if not (chair.states or chair.orgs):
                chair.states, chair.orgs = list(body.states), list(body.orgs)
            parties = [(body, "participant"), (chair, "host")]
            found.append(RawEvent("meeting", "chair", trigger, parties, subject=1))
        else:
            found.append(RawEvent("meeting", "chair", trigger, [(body, "participant")], subject=0))
    return found


def _session_news(tokens: Tokens, k: int, start: int, end: int, told: list[RawEvent]) -> bool:
    """Whether the session whose noun stands at ``k``, in the sentence from ``start`` to
    ``end``, is news that no meeting already read tells: not background, not governed by a
    verb in the future, not said to come ("يناقش المجلس في جلسته غداً")."""
    if any(start <= e.trigger.start < end for e in told if e.type == "meeting"):
        return False  # a meeting its verb, its chair or its own noun tells
    if _in_background(tokens, k) or _planned_before(tokens, k - 1):
        return False
    return not any(_told_ahead(t) for t in tokens.texts[start:end])


_AHEAD = frozenset(fold(w) for w in ("غدا", "قريبا"))


def _told_ahead(text: str) -> bool:
    return text in _cues("planned") or text in _AHEAD or future_verb(text)


def _session_body(tokens: Tokens, noun: int, start: int, chaired: int) -> Party | None:
    """The body whose session the noun tells: the one after it ("اجتماع اللجنة") or the one
    its sentence opens on ("ووافق المجلس خلال الاجتماع")."""
    after = _party_at(tokens, noun + 1, chaired)
    if after is not None and after.office == "body" and after.name is None:
        return after
    for j in range(start, noun):
        party = _party_at(tokens, j, noun)
        if party is not None and party.office == "body" and party.name is None:
            return party
    return None


def _add_leaders(tokens: Tokens, events: list[RawEvent]) -> None:
    """The one who leads a group that is a party takes part on its side: "زار وفد برلماني
    برئاسة رئيس مجلس الشورى …", "تفقد فريق العمل … أمس مراكز لجان التصحيح …، برئاسة مساعد
    مدير الأمن العام … اللواء جمعان بن أحمد الغامدي" — the first leader named after the
    group in its sentence."""
    if _LED_BY.isdisjoint(tokens.texts):
        return
    n = len(tokens)
    for event in events:
        if event.frame == "chair":
            continue  # "برئاسة" names the chair itself
        for group, side in list(event.parties):
            if group.name is not None or group.office not in ("group", "body"):
                continue
            end = _sentence_end(tokens, group.end, n)
            marker = next((j for j in range(group.end, end) if tokens.texts[j] in _LED_BY), None)
            if marker is None or any(
                marker > p.start >= group.end
                for p, _ in event.parties
                if p is not group and p.whole is None  # (a state visited has no leader)
            ):
                continue  # another party stands between: it is that party's leader
            if not _THAT.isdisjoint(tokens.texts[group.end : marker]):
                continue  # "أعلنت إدارة النادي أن وفداً … اجتمع مع لجنة … برئاسة": another clause's
            leader = _party_at(tokens, marker + 1, end) or _bare_leader(tokens, marker + 1, end)
            if leader is None or leader.name is None:
                continue
            if any(_same_party(tokens, leader, p) for p, _ in event.parties):
                continue
            if not (leader.states or leader.orgs):
                leader.states, leader.orgs = list(group.states), list(group.orgs)  # the group's
            event.parties.insert(event.parties.index((group, side)) + 1, (leader, side))


def _bare_leader(tokens: Tokens, j: int, end: int) -> Party | None:
    """A name alone after "برئاسة", opening on a given name: "وفد غرفة الشرقية برئاسة
    عبدالرحمن العطيشان" (a name with no title or office is read only where it must be one)."""
    if j >= end or not may_be_a_given_name(tokens.texts[j]):
        return None
    name = read_name(tokens, j, end, titled=False, bare=True)
    if name is None or name[1] - name[0] < 2:
        return None
    return Party(j, name[1], name=name)


def _hosts_of_one_state(events: list[RawEvent]) -> None:
    """The hosts of a reception whose offices name no state are of the state all the others
    name, the first of them first ("وكان في استقباله رئيس الحكومة المغربية …، ورئيس المجلس
    العلمي محمد كنون"), not of the newspaper's; hosts of two states, or a list that opens on
    an office naming none (the paper's own officials, a foreign ambassador among them), stay
    as they are."""
    for event in events:
        hosts = [p for p, side in event.parties if side == "host" and p.whole is None]
        named = {m.entry.code for p in hosts for m in p.states}
        if len(named) != 1 or not hosts[0].states or any(p.orgs for p in hosts):
            continue
        state = next(m for p in hosts for m in p.states)
        for party in hosts:
            if not party.states and party.office in ("state", None):
                party.states.append(state)


def _conjoined_of_one_state(tokens: Tokens, events: list[RawEvent]) -> None:
    """An office joined by و to one of the same kind before it, on its side, naming no state
    of its own, is of that one's state: "وزير الخارجية الفرنسي لوران فابيوس ووزير الدفاع جان
    إيف لودريان"، "وزير الداخلية اليمني عبده الحذيفي ووزير النقل بدر باسلمة" (not of the
    newspaper's). Of another kind, it may well be the newspaper's: "الرئيس المصري … وولي ولي
    العهد"."""
    for event in events:
        for (before, side), (party, same_side) in pairwise(event.parties):
            if (
                side == same_side
                and party.start == before.end
                and party.role is not None
                and before.role is not None
                and party.role[0] == party.start
                and tokens.texts[party.start] == "و" + tokens.texts[before.role[0]]
                and party.office == "state"
                and not party.states
                and not party.orgs
                and party.whole is None
                and len(before.states) == 1
                and not before.orgs
            ):
                party.states.append(before.states[0])


_PLACE_KINDS = frozenset({"place"})
_STATE_KINDS = frozenset({"state"})
_PLACE_OR_STATE = frozenset({"place", "state"})
_HEADING = frozenset(fold(w) for w in ("متوجها", "متوجهاً", "متجها", "متجهاً", "متوجهة", "متجهة"))
_THERE = frozenset(fold(w) for w in ("فيها", "خلالها", "خلاله", "هناك", "بها", "فيه"))
_VISIT_OPENERS = frozenset(
    fold(w) for w in ("بزيارة", "زيارة", "بجولة", "جولة", "زيارته", "زيارتها", "جولته")
)
# what a visit's noun may be told with before where it went, also after a pronoun
# ("خلال زيارته التفقدية لمستشفى …")
_VISIT_ADJECTIVES = frozenset(
    fold(a + w)
    for w in ("رسمية", "تفقدية", "ميدانية", "خاصة", "عمل", "تفقديه", "أخوية", "قصيرة", "مماثلة")
    for a in ("", "ال")
)


def _where_the_visitor_met(
    tokens: Tokens, trigger: Match, sense: TriggerSense, n: int, events: list[RawEvent]
) -> bool:
    """A verb of meeting after حيث in the sentence of the visit told last: the visitor is
    its subject, left unsaid."""
    return (
        trigger.start > 0
        and tokens.texts[trigger.start - 1] in _WHERE
        and sense.type == "meeting"
        and sense.frame in ("with", "host")
        and bool(events)
        and events[-1].type == "visit"
        and _sentence_end(tokens, events[-1].trigger.end, n)
        == _sentence_end(tokens, trigger.end, n)
    )


def _continued(
    tokens: Tokens, trigger: Match, sense: TriggerSense, n: int, events: list[RawEvent]
) -> list[RawEvent]:
    """A verb that goes on from the item's last event with its subject left unsaid, and the
    one party after it met or received: "قام … بزيارة لتعليم المنطقة الشرقية، التقوا فيها
    بمدير عام التعليم …", "… والتقى المشرف العام على المركز"."""
    earlier = [e for e in events if e.type in ("visit", "meeting") and e.frame != "declare"]
    end = _sentence_end(tokens, trigger.end, n)
    j = trigger.end
    if sense.frame in ("from", "to"):
        # "كما تلقى اتصالاً هاتفياً من رئيس الوزراء البريطاني"، "وبعث - حفظه الله - برقية
        # … لـ": a call or a cable the last one who called, wrote or met goes on to make;
        # only with the verb's noun right after it, so that no subject is left unread
        k = _skip_filler(tokens, j, end)  # the noun itself may pass for filler
        if k >= end or sense.requires.isdisjoint(tokens.texts[j : k + 1]):
            return []
        earlier = [e for e in events if e.type in _INTERACTIONS and e.frame != "declare"]
        j = k
    there = j < end and tokens.texts[j] in _THERE
    if there and not earlier:
        # "خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن التقى خلالها بالرئيس
        # الأمريكي": the visit told by its noun, read only after the verbs
        earlier = _visit_noun_before(tokens, trigger.start)
    # "وقام رئيس الحكومة الفرنسي … بزيارة إلى منطقة بوردو …، التقى ممثلين عن …": a clause
    # after a comma goes on from the visit its sentence told
    goes_on = (
        trigger.start > 0
        and tokens.texts[trigger.start - 1] == ","
        and bool(earlier)
        and earlier[-1].type == "visit"
        and _sentence_end(tokens, earlier[-1].trigger.end, n) == end
    )
    # "وأجرى سموه اتصالاً هاتفياً على نائب مدير شرطة المنطقة": the honorific is the pronoun
    # (also after where: "والتقى فيها معاليه بمسؤولي ومنسوبي الصندوق")
    honorific = j + there < end and tokens.texts[j + there] in _PRONOUN_HONORIFICS
    where = trigger.start > 0 and tokens.texts[trigger.start - 1] in _WHERE
    # "… سفير جمهورية أوزبكستان. كما استقبل سفير جمهورية قيرغيزستان": as the last one did
    also = trigger.start > 0 and tokens.texts[trigger.start - 1] in _ALSO
    if j < end and tokens.texts[j] in _SESSION_NOUNS:
        return []  # "كما ناقش الاجتماع … تحديد لقاءات مع المواطنين": the meeting discussed
    if not (
        trigger.skip == 1
        or there
        or honorific
        or also
        or where  # "زار … طهران اليوم حيث التقى مع وزير الشؤون الخارجية"
        or goes_on
        or tokens.texts[trigger.start].endswith("وا")
    ):
        return []
    if sense.type == "visit" and not sense.requires.isdisjoint(_VISIT_OPENERS) and where:
        # "اطمأن نائب وزير الصحة … على المصابين …، حيث قام بزيارة المصابين صباح أمس":
        # the one named before visits those or that named after the visit's noun
        actor = (
            earlier[-1].parties[earlier[-1].subject][0]
            if earlier
            else _first_clause_subject(tokens, trigger.start)
            or _first_titled_person(tokens, trigger.start, in_sentence=True, office=True)
        )
        k = _past_required_noun(tokens, trigger.end, end, sense)
        visited = _visited(tokens, k, end, direct=True) if k < end else None
        if actor is None:
            return []
        if visited is not None and visited.whole is None:
            return [RawEvent("meeting", "host", trigger, [(visited, "host"), (actor, "guest")])]
        parties = [(actor, "guest")] + ([(visited, "host")] if visited is not None else [])
        return [RawEvent("visit", "alone", trigger, parties)]
    clause_subject = None
    if not earlier and not honorific:
        # "ناقش محافظ محافظة أبوعريش محمد بن لبده …، واجتمع مع مدير البلدية": the subject
        # of the sentence's first clause, after a comma
        clause_subject = _first_clause_subject(tokens, trigger.start)
        if clause_subject is None and there and _told_of_the_item(tokens, trigger.start):
            # "أكد وزير الإسكان … . جاء ذلك في حفل المعايدة الذي أقامته إدارة الصندوق والتقى
            # فيها بمسئولي ومنسوبي الصندوق": the one the item is about
            clause_subject = _first_titled_person(tokens, trigger.start, office=True)
        if clause_subject is None:
            return []
    j = _skip_filler(tokens, j + there + honorific, end)
    if sense.frame == "condole":
        # "وقدم سموه العزاء لأسر الشهداء": the one the item is about, or the visitor
        actor = (
            earlier[-1].parties[earlier[-1].subject][0]
            if earlier
            else _first_titled_person(tokens, trigger.start)
        )
        return [] if actor is None else _condolences(tokens, trigger, actor, j, end)
    if sense.type == "visit" and honorific:
        # "توجه معاليه إلى روسيا": the one the item is about travels on
        visited = _visited(tokens, j, end)
        actor = (
            earlier[-1].parties[earlier[-1].subject][0]
            if earlier
            else _first_titled_person(tokens, trigger.start)
        )
        if visited is None or actor is None:
            return []
        kind = "meeting" if visited.whole is None else "visit"
        return [RawEvent(kind, "host", trigger, [(actor, "guest"), (visited, "host")])]
    if sense.type not in ("meeting", "visit"):
        j = _skip_filler(tokens, _past_required_noun(tokens, j, end, sense), end)
    if j < end and tokens.texts[j] in ("مع", "ب", "علي", "من", "الي", "ل"):
        j += 1
    objects = _objects(tokens, j, end, "with") if j < end else []
    if not objects or not all(
        (_is_person(o) or o.office == "group") and not _of_things(tokens, o) for o in objects
    ):
        return []  # "لتفقد عدد من التقاطعات والجسور": things inspected, no one met
    if (
        trigger.skip == 1
        and not (there or honorific or where or goes_on)
        and _names_subject(tokens, objects[0])
    ):
        return []  # "ورحب الدكتور الربيعة خلال …": the verb's own subject, named again
    if earlier:
        last = earlier[-1]
        actor = last.parties[last.subject][0]  # the visitor, or the subject of the meeting
        visits = [e for e in earlier if e.type == "visit"]
        if last.type == "meeting" and visits:
            # "وصل … إلى برلين في زيارة رسمية التقى خلالها …، ثم توجه إلى موسكو حيث التقى
            # …": the visitor goes on, not the one who received him
            visitor = visits[-1].parties[visits[-1].subject][0]
            if any(side == "guest" and _same_party(tokens, p, visitor) for p, side in last.parties):
                actor = visitor
    else:
        actor = clause_subject or _first_titled_person(tokens, trigger.start)
        if actor is None:
            return []
    if _restates(tokens, objects[0], actor):
        return []  # "كما ناقش سمو أمير منطقة مكة المكرمة الخطط": the subject, by his office
    if sense.type not in ("meeting", "visit"):
        # a call, a cable or a message the same actor went on to make
        return [
            RawEvent(
                sense.type,
                sense.frame,
                trigger,
                [(actor, "participant")] + [(o, "participant") for o in objects],
            )
        ]
    if earlier and last.type == "visit":
        if all(o.name is None and o.office == "family" for o in objects):
            # "زار … المستشفى، حيث التقى المرضى": the public met there identify no host, the
            # visit stays one (ANNOTATION.md)
            return []
        return [
            RawEvent(
                "meeting", "host", trigger, [*((o, "host") for o in objects), (actor, "guest")]
            )
        ]
    if sense.frame == "host":
        # "كما استقبل سفير جمهورية قيرغيزستان": the host goes on receiving
        return [
            RawEvent(
                "meeting", "host", trigger, [(actor, "host")] + [(o, "guest") for o in objects]
            )
        ]
    return [
        RawEvent(
            "meeting",
            "with",
            trigger,
            [(actor, "participant")] + [(o, "participant") for o in objects],
        )
    ]


def _told_of_the_item(tokens: Tokens, i: int) -> bool:
    """Whether the sentence of ``i`` opens on "جاء ذلك", which tells where the item's lead
    was said or done."""
    start = _sentence_start(tokens, i)
    # (or a clause of it: "وأشاد … بعمق العلاقات، جاء ذلك في تصريح صحافي لدى وصوله")
    return any(
        tuple(tokens.texts[k : k + 2]) in _THAT_CAME
        for k in range(start, i)
        if k == start or tokens.texts[k - 1] == ","
    )


_THAT_CAME = frozenset(
    (fold(a), fold(b)) for a in ("جاء", "وجاء") for b in ("ذلك", "هذا", "حديثه", "تصريحه")
)


def _visit_noun_before(tokens: Tokens, i: int) -> list[RawEvent]:
    """The visit told by its noun nearest before ``i`` in its sentence, if it names its
    visitor: "زيارة للرئيس النيجيري محمد بخاري إلى واشنطن"."""
    k = i - 1
    while k >= 0 and tokens.texts[k] not in _SENTENCE_END:
        if tokens.texts[k] in _VISIT_NOUNS:
            return _visit_by_noun(tokens, k, pronoun=tokens.texts[k] != fold("زيارة"))
        k -= 1
    return []


def _restates(tokens: Tokens, party: Party, actor: Party) -> bool:
    """Whether an unnamed party is ``actor`` again, by an office the actor was given."""
    if party.name is not None or party.role is None or actor.role is None:
        return False
    said = set(tokens.texts[actor.role[0] : actor.role[1]])
    head = tokens.texts[party.role[0] : min(party.role[1], party.role[0] + 3)]
    return len(head) > 1 and set(head) <= said  # "أمير منطقة مكة …"


def _names_subject(tokens: Tokens, party: Party) -> bool:
    """Whether a party right after a و-verb is its subject named again (a title and a
    family name the item gave before), not someone met: "ورحب الدكتور الربيعة"."""
    if party.name is None or party.start == 0:
        return False
    family = tokens.texts[party.name[1] - 1]
    return any(
        tokens.texts[k] == family for k in range(0, party.start) if k not in range(*party.name)
    )


def _first_clause_subject(tokens: Tokens, verb: int) -> Party | None:
    """The named subject right after the first verb of the sentence that the conjoined verb
    at ``verb`` continues, after a comma ("…، واجتمع", "…، حيث قام بزيارة")."""
    if verb > 1 and tokens.texts[verb - 1] in _WHERE:
        verb -= 1
    if verb < 1 or tokens.texts[verb - 1] != ",":
        return None
    start = verb - 1
    while start > 0 and tokens.texts[start - 1] not in _SENTENCE_END:
        start -= 1
    for k in range(start, min(verb - 1, start + 6)):
        if tokens.texts[k] in verbs() or (
            tokens.texts[k][:1] == "و" and tokens.texts[k][1:] in verbs()
        ):
            party = _party_at(tokens, k + 1, verb - 1)
            return party if party is not None and party.name is not None else None
    return None


def _past_required_noun(tokens: Tokens, j: int, end: int, sense: TriggerSense) -> int:
    """Past the noun a verb's sense requires and its adjective: "اتصالاً هاتفياً"."""
    for k in range(j, min(end, j + 3)):
        if tokens.texts[k] in sense.requires:
            k += 1
            while k < end and tokens.texts[k] in NOT_NAME_WORDS:
                k += 1  # "هاتفياً", "مرئياً"
            return k
    return j


def _met_on_visit(events: list[RawEvent]) -> None:
    """Equals who meet, one of them the visitor of the item's visit told before, stand as
    guest and hosts (ANNOTATION.md: whoever the visitor meets there receives him): "قام سمو
    ولي العهد … بزيارة إلى المملكة الأردنية الهاشمية … وعقد جلالته اجتماعاً مع سموه"."""
    for visit in (e for e in events if e.type == "visit"):
        visitors = {(p.start, p.end) for p, side in visit.parties if side != "host"}
        for k, meeting in enumerate(events):
            if (
                meeting.type != "meeting"
                or meeting.frame != "with"
                or meeting.trigger.start < visit.trigger.start
                or not all(side == "participant" for _, side in meeting.parties)
                or not any((p.start, p.end) in visitors for p, _ in meeting.parties)
            ):
                continue
            parties = [
                (p, "guest" if (p.start, p.end) in visitors else "host") for p, _ in meeting.parties
            ]
            events[k] = replace(meeting, parties=parties)


def _hosts_abroad(tokens: Tokens, events: list[RawEvent]) -> None:
    """Officials who receive or meet a visitor during his visit to a state, their offices
    naming none, are of the state visited ("زار … طهران حيث التقى وزير الشؤون الخارجية",
    "وصل … إلى موسكو وكان في استقباله نائب وزير الخارجية"), not of the newspaper's — the
    visitor named again by his office or his name ("وصل الأمير محمد بن سلمان … إلى المملكة
    الأردنية الهاشمية. وكان في استقبال سمو ولي ولي العهد …"), told before or after."""
    for visit in (e for e in events if e.type == "visit"):
        state = next(
            (
                p.whole
                for p, side in visit.parties
                if side == "host" and p.whole is not None and p.whole.entry.kind == "state"
            ),
            None,
        )
        visitors = [p for p, side in visit.parties if side != "host"]
        if state is None:
            continue
        # the item's one visit abroad: whoever was there to receive someone received him
        # ("وكان في استقبال ولي ولي العهد لدى وصوله المطار …" after "الأمير محمد بن سلمان")
        only_visit = sum(e.type == "visit" for e in events) == 1
        for meeting in events:
            if meeting.type != "meeting":
                continue
            # those he met as equals ("التقى خلالها رئيس مجلس السيادة …"), or his hosts
            met = [p for p, side in meeting.parties if side == "participant"]
            if met and any(_same_party(tokens, p, v) for p in met for v in visitors):
                hosts = "participant"
            elif (only_visit and _received(tokens, meeting)) or any(
                _same_party(tokens, guest, visitor)
                for guest, side in meeting.parties
                if side == "guest"
                for visitor in visitors
            ):
                hosts = "host"
            else:
                continue
            for party, side in meeting.parties:
                if (
                    side == hosts
                    and not any(_same_party(tokens, party, v) for v in visitors)
                    and party.whole is None
                    and party.office in ("state", None)  # "سمو الأمير فيصل بن الحسين" too
                    and not (party.states or party.orgs)
                ):
                    party.states.append(state)


def _received(tokens: Tokens, meeting: RawEvent) -> bool:
    """Whether a meeting is told as its guest's reception: "وكان في استقباله …"."""
    k = meeting.trigger.start
    return k > 1 and tokens.texts[k - 1] == "في" and tokens.texts[k - 2] in _WAS


def _same_party(tokens: Tokens, a: Party, b: Party) -> bool:
    """Whether two mentions name one party: the same span, the same name, or an office that
    opens the other's ("ولي ولي العهد" and "ولي ولي العهد النائب الثاني …")."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    if a.name and b.name:
        # "خالد بحاح" and "بحاح" are one man
        return same_person(
            " ".join(tokens.texts[a.name[0] : a.name[1]]),
            " ".join(tokens.texts[b.name[0] : b.name[1]]),
        )
    if a.role and b.role:
        x, y = tokens.texts[a.role[0] : a.role[1]], tokens.texts[b.role[0] : b.role[1]]
        shorter, longer = sorted((x, y), key=len)
        return bool(shorter) and longer[: len(shorter)] == shorter
    return False


def _visits_met(events: list[RawEvent]) -> list[RawEvent]:
    """A visit whose visitor is received by, or meets, someone there is that meeting
    (ANNOTATION.md): the visit is left out unless it was to a state, the trip itself news."""
    met = {
        (p.start, p.end)
        for e in events
        if e.type == "meeting"
        for p, side in e.parties
        if side == "guest"
    }
    return [
        e
        for e in events
        if not (
            e.type == "visit"
            and (e.parties[0][0].start, e.parties[0][0].end) in met
            and not any(p.whole is not None and p.whole.entry.kind == "state" for p, _ in e.parties)
        )
    ]


def _states_of(tokens: Tokens, party: Party) -> set[str]:
    """The states a party is of, as far as its own words tell: its office's, a known
    holder's by his name ("الملك عبدالله الثاني"), a region's ("رئيس إقليم كردستان")."""
    codes = {m.entry.code for m in party.states if m.entry.code}
    if party.name is not None:
        held = state_of_holder(" ".join(tokens.texts[party.name[0] : party.name[1]]))
        if held is not None:
            codes.add(held)
    if party.role is not None:
        codes.update(p.entry.detail for p in places_in(tokens, *party.role) if p.entry.detail)
    return codes


def _visits_told_as_occasions(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """A visit to a state told by its noun ("أن زيارة الأمير محمد بن سلمان … إلى الأردن")
    whose visitor the item has meeting someone is the occasion of that meeting, not news of
    its own (ANNOTATION.md: the travel is a separate visit only when the trip is itself the
    news, as an arrival told by its verb is: "وصل … إلى أربيل")."""
    meetings = [e for e in events if e.type == "meeting"]
    if not meetings:
        return events

    def occasion(visit: RawEvent) -> bool:
        if visit.type != "visit" or visit.trigger.entry is not _NOUN_ENTRY:
            return False
        visited = {
            p.whole.entry.code
            for p, _ in visit.parties
            if p.whole is not None and p.whole.entry.kind == "state"
        }
        visitor = visit.parties[0][0]
        # the visitor met someone of the state visited (not, later, someone at home)
        return bool(visited) and any(
            any(_same_party(tokens, visitor, p) for p, _ in m.parties)
            and any(not visited.isdisjoint(_states_of(tokens, p)) for p, _ in m.parties)
            for m in meetings
        )

    return [e for e in events if not occasion(e)]


_EID_GREETINGS = frozenset(fold(w) for w in ("عايد", "عايدت", "بمعايدة"))
_ITS_STAFF = frozenset(
    fold(w) for w in ("منسوبيها", "منسوبيه", "منسوبيهم", "موظفيها", "موظفيه", "موظفيهم")
)


def _staff_greeted(tokens: Tokens, trigger: Match, after: int, end: int) -> Party | None:
    """The staff of a body greeted for Eid after عايد or "قام … بمعايدة": a group the
    lexicon knows ("منسوبي الأرصاد"، "رؤساء الأقسام والموظفين"), not patients visited."""
    j = after
    if fold(trigger.entry.canonical or "") not in _EID_GREETINGS:
        noun = next((k for k in range(after, end) if tokens.texts[k] in _EID_GREETINGS), None)
        if noun is None:
            return None
        j = noun + 1
    j = _skip_filler(tokens, j, end)
    if j < end and tokens.texts[j] in _ITS_STAFF:
        return Party(j, j + 1, role=(j, j + 1), office="group")  # "عايدت الشركة منسوبيها"
    staff = _party_at(tokens, j, end) if j < end else None
    if staff is None or staff.name is not None or staff.role is None:
        return None
    plural = tokens.texts[staff.role[0]] in PLURAL_HEADS  # "رؤساء الأقسام"
    return staff if staff.office == "group" or plural else None


_A_NUMBER_OF = frozenset(fold(w) for w in ("عدد", "عددا", "عدداً", "بعض"))


def _people_visited(tokens: Tokens, i: int, end: int) -> Party | None:
    """Those a visit is paid to where they are (data/event_cues.tsv, "visited"): "زار … المرضى
    المنومين"، "قام … بمعايدة نزلاء مركز التأهيل"، "خلال زيارتهما للمصابين" — one group,
    with the words that say which (its definite adjectives, or the place it is of)."""
    j = _skip_filler(tokens, i, end)
    for _ in range(2):  # "بزيارة وتفقد المصابين"، "لزيارة ومعايدة المرضى"
        if j < end and tokens.texts[j].removeprefix("و") in _VISIT_ACTS:
            j = _skip_filler(tokens, j + 1, end)
    if (
        j + 2 < end
        and tokens.texts[j].removeprefix("ل") in _A_NUMBER_OF
        and tokens.texts[j + 1] == "من"
    ):
        j += 2  # "لعدد من المصابين"
    if j >= end:
        return None
    private, troops = _cues("visited"), _cues("visited troops")
    word, skip = tokens.texts[j], 0
    if word.startswith("لل"):
        word, skip = "ال" + word[2:], 1  # (the span from the article's lam, as for offices)
    elif word[:1] in "لب" and (word[1:] in private or word[1:] in troops):
        word, skip = word[1:], 1
    if word not in private and word not in troops:
        return None
    k = j + 1
    if not word.startswith("ال") and k < end and tokens.is_word(k):
        k += 1  # in construct: "نزلاء مركز التأهيل الشامل"
    while k < end and k - j < 4 and _adjective_after(tokens, k):
        k += 1  # "المرضى المنومين"
    # (patients and inmates are private persons, of no state: a family's kind)
    return Party(j, k, role=(j, k), office="group" if word in troops else "family", skip=skip)


def _adjective_after(tokens: Tokens, k: int) -> bool:
    text = tokens.texts[k]
    return text.startswith("ال") and text not in stopwords() and not is_time_word(text)


_VISIT_ACTS = frozenset(
    fold(w)
    for w in (
        *("زيارة", "بزيارة", "لزيارة", "معايدة", "بمعايدة", "لمعايدة"),
        *("تفقد", "بتفقد", "لتفقد", "مواساة", "لمواساة"),
    )
)


def _visited(tokens: Tokens, i: int, end: int, direct: bool = False) -> Party | None:
    """Whom or what a visit is to: "زار … الطفلة زينب", "قام … بزيارة إلى رئيس مركز
    العوشزية محمد المطرودي", "بزيارة رسمية إلى اليمن"."""
    j = _skip_filler(tokens, i, end)
    if j < end and tokens.texts[j] in _LED_BY:
        # "وصل وفد سعودي برئاسة وزير التجارة توفيق الربيعة إلى القاهرة": past its leader
        leader = _party_at(tokens, j + 1, end)
        if leader is not None:
            j = _skip_filler(tokens, leader.end, end)
    heading = next((k for k in range(j, min(end, j + 6)) if tokens.texts[k] in _HEADING), None)
    if heading is not None:
        j = heading + 1  # "غادر … الرياض اليوم متوجهاً إلى موسكو": where to, not where from
    if j < end and tokens.texts[j] in _VISIT_OPENERS:
        j += 1
        while j < end and tokens.texts[j] in _VISIT_ADJECTIVES:
            j += 1
    to = j < end and (tokens.texts[j] in _TO_A_STATE or tokens.texts[j] == "ل")
    if to:
        j += 1
    if j >= end:
        return None
    if (to or direct) and tokens.texts[j] in _CAPITAL and j + 1 < end:
        # "إلى العاصمة القطرية الدوحة": the state whose capital it is
        state = lexicon().match(tokens, j + 1, _STATE_KINDS)
        if state is not None and not state.skip:
            # and the capital's name after its state's adjective: "العاصمة الأردنية عمان"
            city = lexicon().match(tokens, state.end, _PLACE_KINDS) if state.end < end else None
            stop = city.end if city is not None and not city.skip else state.end
            return Party(j, stop, whole=state)
    if to and tokens.texts[j] in _CITY_NOUNS and j + 1 < end:
        city = _state_of_city(tokens, j + 1)  # "وصل إلى مدينة عدن"
        if city is not None:
            return city
    demonym = lexicon().match(tokens, j, _STATE_KINDS) if to or direct else None
    if demonym is not None and demonym.entry.detail == "demonym" and not demonym.skip:
        # "زار الرئيس الفرنسي فرانسوا هولاند السعودية": where the visit goes, a demonym that
        # is also a state's name names the state
        named = state_name(demonym)
        if named is not None:
            return Party(j, named.end, whole=named)
    party = _party_at(tokens, j, end)
    if party is None:
        # a city after إلى or لـ: "وصل إلى أربيل", "بزيارة لأربيل" (not a name that is also
        # a city: "الأوروغوياني ليما إلى القاهرة")
        glued = tokens.texts[j].startswith("ل") and lexicon().match(tokens, j, _PLACE_KINDS)
        # "زار … طهران": زار takes the place it visits without a preposition
        return _state_of_city(tokens, j) if to or direct or (glued and glued.skip) else None
    if party.whole is not None:
        return party if party.whole.entry.kind == "state" else None
    if _of_things(tokens, party):
        return None  # "تفقد … عدداً من التقاطعات والجسور": places inspected, no one met
    opens_as_person = (
        bool(party.titles)
        or (party.role is not None and party.role[0] == party.start)
        or (party.name is not None and party.name[0] > party.start)  # an office before it
    )
    return party if opens_as_person and _is_person(party) and party.office != "body" else None


def _venue_state(tokens: Tokens, i: int, end: int) -> Party | None:
    """The state of the first city or state named after في or بـ in a clause: where an
    occasion was held ("… حفل افتتاح قناة السويس الجديدة في الإسماعيلية")."""
    for k in range(i, end):
        text = tokens.texts[k]
        if text == "في" and k + 1 < end:
            found = _state_of_city(tokens, k + 1) or _state_named(tokens, k + 1)
        elif text.startswith("ب") and len(text) > 3:
            found = _state_of_city(tokens, k) or _state_named(tokens, k)
            found = found if found is not None and found.whole.skip == 1 else None
        else:
            continue
        if found is not None:
            return found
    return None


def _state_named(tokens: Tokens, k: int) -> Party | None:
    """A state named at ``k`` as a whole ("إلى اليمن"، "إلى السعودية")."""
    state = state_name(lexicon().match(tokens, k, _STATE_KINDS))
    return None if state is None else Party(k, state.end, whole=state)


def _state_of_city(tokens: Tokens, j: int) -> Party | None:
    """The state a visit to a city is to: "وصل إلى أربيل" is a visit to Iraq (ANNOTATION.md:
    a visit to a state lists it, host). Where no one state is meant (القدس) there is none."""
    place = lexicon().match(tokens, j, _PLACE_KINDS)
    if place is None or place.entry.detail is None:
        return None
    state = Entry("state", place.entry.detail, "city", place.entry.canonical)
    return Party(j, place.end, whole=Match(state, place.start, place.end, place.skip))


_ORGS = frozenset({"org"})


def _name_bodies(tokens: Tokens, events: list[RawEvent]) -> None:
    """A body named again by its head alone ("اجتمع المجلس") is the one the item named in
    full before ("اطلع مجلس الشؤون الاقتصادية والتنمية …", the nearest earlier mention):
    its office is that name, where the text wrote it, with its state or organisation."""
    for event in events:
        for party, _side in event.parties:
            if party.name is not None or party.role is None or party.office != "body":
                continue
            start, end = party.role
            text = tokens.texts[start]
            if end - start != 1 or not text.startswith("ال"):
                continue
            head = text[2:]
            for k in range(start - 1, -1, -1):
                if tokens.texts[k] != head:
                    continue
                full = read_role(tokens, k, len(tokens))
                if full is not None and full[0] > k + 1:
                    party.role = (k, full[0])
                    party.states[:0], party.orgs[:0] = full[1], full[2]
                elif (org := lexicon().match(tokens, k, _ORGS)) is not None and not org.skip:
                    # "مجلس الأمن … وهدد المجلس بالفعل بعواقب": an organisation the lexicon
                    # knows, which no office reading takes
                    party.role = (k, org.end)
                    party.orgs[:0] = [org]
                break


def _visits_by_pronoun(
    tokens: Tokens, quoted: set[int], known_names: frozenset[tuple[str, ...]]
) -> list[RawEvent]:
    """An item with no other event, reporting a visit by someone it named before: "جاء ذلك
    خلال زيارة سموه لقصر أبي السعود التاريخي". The visitor is the first titled person."""
    if _VISIT_NOUNS.isdisjoint(tokens.texts):
        return []
    for i, text in enumerate(tokens.texts):
        if text not in _VISIT_NOUNS or i in quoted or _in_background(tokens, i):
            continue
        pronoun = text != fold("زيارة") or (
            i + 1 < len(tokens) and tokens.texts[i + 1] in _PRONOUN_HONORIFICS
        )
        if not pronoun or i == 0 or not _time_preposition(tokens.texts[i - 1]):
            continue  # "خلال زيارته", not "يتدفقون على زيارته" (the valley's visitors)
        visitor = _first_titled_person(tokens, i)
        if visitor is None or visitor.role is None:
            # an official's visit: a name alone with a courtesy title ("الدكتور X", "هنري"
            # in a feature on history) is too often someone else's pronoun or no visitor
            return []
        trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
        return [RawEvent("visit", "alone", trigger, [(visitor, "participant")])]
    return []


def _first_titled_person(
    tokens: Tokens, before: int, in_sentence: bool = False, office: bool = False
) -> Party | None:
    """The first person named with a title before ``before`` (``office``: or with an office),
    in the item or, ``in_sentence``, in the sentence ``before`` is in."""
    start = _sentence_start(tokens, before) if in_sentence else 0
    for k in range(start, before):
        if tokens.texts[k] in _SENTENCE_END:
            continue
        party = read_party(tokens, k, before)
        if (
            party is not None
            and party.name is not None
            and (party.titles or (office and party.role))
        ):
            return party
    return None


@cache
def _noun_senses() -> dict[str, NounSense]:
    """The verbal nouns, also behind و ("ولقاءه الملك …")."""
    senses = noun_triggers()
    return {**{"و" + form: sense for form, sense in senses.items()}, **senses}


def _noun_events(
    tokens: Tokens,
    quoted: set[int],
    known_names: frozenset[tuple[str, ...]],
    verb_events: list[RawEvent],
) -> list[RawEvent]:
    """Interactions told by a verbal noun (data/noun_triggers.tsv): "وبيّن العواجي عقب
    اجتماعه مع رئيس مجلس إدارة شركة هيونداي …", "جاء ذلك خلال استقبال خادم الحرمين
    الشريفين … وزير الخارجية المصري", and inverted hosting, "وكان في استقباله ذوو الشهيد"."""
    found: list[RawEvent] = []
    n = len(tokens)
    senses = _noun_senses()
    if senses.keys().isdisjoint(tokens.texts):
        return found
    for i, text in enumerate(tokens.texts):
        sense = senses.get(text)
        if sense is None or i in quoted:
            continue
        if (
            sense.subject == "object"
            and i > 0
            and tokens.texts[i - 1] in _RELATIVE_PRONOUNS
            # (but "زيارة … إلى مصر التي استقبله خلالها الرئيس المصري": the visit during
            # which he was received)
            and not (i + 1 < len(tokens) and tokens.texts[i + 1] in _THERE)
        ):
            continue  # "المواد التي استقبلها ميناء جدة": what was received
        inverted = sense.subject == "object" or (
            sense.frame == "host"
            # "وكان في استقباله", "وكان في استقبال سموه", "وكان في استقبال ولي ولي العهد
            # لدى وصوله القاهرة رئيس مجلس الوزراء المصري": the one received, then his hosts
            and sense.subject in ("pronoun", "after")
            and i > 1
            and (
                (tokens.texts[i - 1] == "في" and tokens.texts[i - 2] in _WAS)
                or (text.startswith("ب") and tokens.texts[i - 1] in _WAS)  # "كان باستقباله"
                or (  # "وكان في مقدمة مستقبليه"
                    i > 2
                    and tokens.texts[i - 1] in _AT_THE_HEAD
                    and tokens.texts[i - 2] == "في"
                    and tokens.texts[i - 3] in _WAS
                )
            )
        )
        if text.startswith("ب") and sense.frame == "host" and not inverted:
            continue  # "باستقباله" tells a reception only after كان
        if text in _THOSE_RECEIVING and not inverted:
            continue  # "خطط مستقبلية": the adjective folds alike
        if sense.type == "visit":
            found.extend(
                _visit_by_noun(tokens, i, sense.subject == "pronoun", known_names, verb_events)
            )
            continue
        if text.startswith("و") and _joined_to_another_visit(tokens, i):
            continue  # "إلى نتائج زيارة الأمير محمد بن سلمان … إلى مصر واجتماعه مع …": past too
        if i > 1 and tokens.texts[i - 1] in _RESULTS_OF and tokens.texts[i - 2] in _BRIEFED_ON:
            # "أطلع المجلس على نتائج اجتماعه مع الرئيس عمر حسن البشير": a briefing on one told
            # before (not "إن نتائج المباحثات التي أجراها …": the talks' own day)
            continue
        if i + 1 < n and tokens.texts[i + 1] in _JOINED_BY and not _in_background(tokens, i):
            found.extend(_joined_by(tokens, i, sense))
            continue
        governed = i > 0 and _time_preposition(tokens.texts[i - 1])
        # "الاجتماع الذي عقده …"، "المباحثات التي أجراها …": a definite noun tells a
        # meeting of its own only with the clause that says who held it (else it is one
        # the item told already)
        definite = text.startswith("ال")
        if definite and not _held_clause(tokens, i):
            continue
        if definite and _briefed_before(tokens, i):
            # "أطلع المجلس على نتائج اجتماعه …، والاتصال الهاتفي الذي تلقاه …": a briefing on
            # interactions told before, one after another
            continue
        if governed and _planned_before(tokens, i - 1):
            continue  # "سينقل خلال لقائه مع الرئيس بوتين تحيات …": a meeting to come
        if i + 1 < n and tokens.texts[i + 1] in _cues("planned"):
            continue  # "اجتماعه المقرر … بوزراء خارجية دول مجلس التعاون": a meeting to come
        pair = (
            _pair_after_dual(tokens, i, known_names) or _pair_before_dual(tokens, i, known_names)
            if governed and not inverted
            else []
        )
        if pair and not _in_background(tokens, i):
            # "وخلال لقائهما في مسقط، أكد المعلم ونظيره العماني …": the two the dual names
            # are the subjects of the clause it opens
            trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
            found.append(RawEvent(sense.type, "with", trigger, [(p, "participant") for p in pair]))
            continue
        held_between = not definite and _held_between(tokens, i)
        if not inverted and (
            _in_background(tokens, i)
            or not (governed or definite or held_between or sense.subject == "pronoun")
        ):
            continue
        if sense.subject == "object" and _in_background(tokens, i):
            continue
        end = _sentence_end(tokens, i + 1, n)
        j = i + 1 + (definite and _definite_adjective(tokens, i + 1))
        if text == _CONFERENCE:
            # "قال كيري في مؤتمر صحفي مشترك مع وزير الخارجية القطري": a joint press
            # conference with someone is a meeting with him (not one with the press)
            if j >= end or tokens.texts[j] not in _PRESS_ADJECTIVES:
                continue
            j += 1
            while j < end and tokens.texts[j] in _MEETING_ADJECTIVES:
                j += 1
            partner = next(
                (k + 1 for k in range(j, min(end, j + 3)) if tokens.texts[k] == "مع"), None
            )
            met = _party_at(tokens, partner, end) if partner is not None and partner < end else None
            if met is None or (met.name is None and met.office in ("group", "family")):
                continue  # "في مؤتمر صحفي مع الصحفيين": with the press, no one met
        if held_between:
            j = _between_after(tokens, j, end) or j  # "تم عقد اجتماع مشترك بين …"
        while j < end and tokens.texts[j] in NOT_NAME_WORDS:
            j += 1  # "في اتصال هاتفي مع …"
        if j + 1 < end and tokens.texts[j] in _TOOK_PLACE:
            j += 1  # "بعد اتصال هاتفي جرى بين الرئيسين …"
        k = _past_times(tokens, j, end - 1)
        if k > j and tokens.texts[k] == "بين":
            j = k  # "جرى اتصال هاتفي اليوم بين …"
        if definite and j + 1 < end and tokens.texts[j + 1] in _HELD_PASSIVE:
            # "الاجتماع الذي عقد أمس الخميس بين الرئيس المصري والأمير محمد بن سلمان"
            j = _skip_filler(tokens, j + 2, end)
        if j + 1 < end and tokens.texts[j] == "بين":
            # "بعد اتصال هاتفي بين الرئيس الأمريكي باراك أوباما والتركي رجب طيب أردوغان"
            between = _pair_of_office(tokens, j + 1, end) or _objects(tokens, j + 1, end, "with")
            if len(between) > 1 and any(_is_person(p) for p in between):
                trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
                parties = [(p, "participant") for p in between]
                found.append(RawEvent(sense.type, "with", trigger, parties))
            continue
        held_subject, received, sent = None, False, False
        if sense.subject == "before":
            # "أطلع الرئيس التركي … في اتصال هاتفي نظيره الإيراني": the counterpart at once
            counterpart = j < end and tokens.texts[j].startswith("نظير")
            held = sent = False
            if definite and j + 1 < end and tokens.texts[j] in _RELATIVE_PRONOUNS:
                j += 1  # "خلال الاتصال الذي تلقاه …": the clause _held_clause found
            while j < end and (
                tokens.texts[j] in _HELD_BY_PRONOUN
                or tokens.texts[j] in _SENT_BY_PRONOUN
                or tokens.texts[j] in _RECEIVED_BY_PRONOUN
                or tokens.texts[j] in _SKIP_WORDS
            ):
                held = held or tokens.texts[j] in _HELD_BY_PRONOUN
                sent = sent or tokens.texts[j] in _SENT_BY_PRONOUN
                received = received or tokens.texts[j] in _RECEIVED_BY_PRONOUN
                j += 1  # "خلال اتصال هاتفي أجراه أمس بذوي الشهيد"
            if (held or received) and j < end and tokens.texts[j] not in ("مع", "من"):
                # "خلال اتصال هاتفي تلقاه الملك سلمان من الرئيس التركي"، "أجراه الرئيس
                # الإيراني مع نظيره الفرنسي": the noun's verb names its own subject
                named = _party_at(tokens, j, end)
                if (
                    named is not None
                    and not named.skip  # "أجراه بالزميل البكيري": the other party
                    and _is_person(named)
                ):
                    held_subject, j = named, _skip_filler(tokens, named.end, end)
            marker = (
                j < end
                and (
                    tokens.texts[j] in ("مع", "ب")
                    or tokens.texts[j][:1] == "ب"
                    or (received and tokens.texts[j] == "من")  # "تلقاه من الرئيس التركي"
                    or (sent and (tokens.texts[j] in _TO or tokens.texts[j][:1] == "ل"))
                )
            )
            if sense.type == "message" and not (sent or received):
                continue  # "في رسالة واضحة": a message of sorts, to no one named
            if not (marker or counterpart):
                continue  # the other party must follow: "في اتصال هاتفي أمس" names none
            if j + 1 < end and (
                tokens.texts[j + 1] in OPENING_QUOTES or tokens.texts[j + 1] in _PRESS
            ):
                continue  # "في اتصال هاتفي مع «الشرق الأوسط»"، "في اتصال مع وكالة فرانس برس":
                # a newspaper's interview
        if sense.subject == "after":
            if j < end and tokens.texts[j] in _PRONOUN_HONORIFICS:
                subject, j = None, j + 1  # "لدى استقبال سموه المواطنين": named before
            elif governed and sense.frame == "with" and j + 1 < end and tokens.texts[j] == "مع":
                # "أعلن وزير الخارجية التركي … خلال لقاء مع نظيره الأميركي جون كيري": the
                # one named before met the one after مع
                subject = None
            elif j < end and (
                tokens.texts[j] in _HELD_BY_PRONOUN
                or (
                    tokens.texts[j] in _RELATIVE_PRONOUNS
                    and j + 1 < end
                    and tokens.texts[j + 1] in _HELD_BY_PRONOUN
                )
            ):
                # "في لقاء جمعه بنظيره", "خلال اجتماع عقده مع": held by the one named before;
                # or by the verb's own subject, before مع or بـ: "في اجتماع عقده وزير
                # الداخلية … مع نظيره البحريني"، "المباحثات التي أجراها الرئيس المصري مع …"
                j += 2 if tokens.texts[j] in _RELATIVE_PRONOUNS else 1
                subject = None
                k = _skip_filler(tokens, j, end)
                named = _party_at(tokens, k, end) if k < end else None
                if named is not None and not named.skip and _is_person(named):
                    after_named = _skip_filler(tokens, named.end, end)
                    if after_named < end and (
                        tokens.texts[after_named] in ("مع", "ب")
                        or tokens.texts[after_named][:1] == "ب"
                    ):
                        subject, j = named, after_named
                    elif (second := _joined_subject(tokens, after_named, end)) is not None:
                        # "المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره
                        # اليمني عبد ربه منصور هادي": the two who held it met each other
                        trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
                        pair = [(named, "participant"), (second, "participant")]
                        found.append(RawEvent(sense.type, "with", trigger, pair))
                        continue
            else:
                subject = _party_at(tokens, j, end) if j < end else None
                if subject is None or not _is_person(subject):
                    continue
                j = subject.end
        else:
            subject = held_subject
        if subject is None:
            # the referent may be the actor of an interaction told just before by its noun:
            # "زيارة الأمير محمد بن سلمان … إلى الأردن أمس، ولقاءه الملك عبدالله الثاني"
            subject = _referent(tokens, i, known_names, verb_events + found, inverted)
        if subject is None:
            continue
        j = _skip_filler(tokens, j, end)
        if j < end and (
            tokens.texts[j] in ("مع", "ب")
            or (received and tokens.texts[j] == "من")
            or (sense.subject == "before" and sent and tokens.texts[j] in _TO)
        ):
            j += 1
        objects = _objects(tokens, j, end, "with") if j < end else []
        objects = [
            o
            for o in objects
            if (o.name is not None or o.role is not None) and not _of_things(tokens, o)
        ]
        if objects and _after_a_phrase(tokens, j, objects[0].start):
            objects = []  # "عبّرت في اجتماعها أمس عن شكرها العميق لمدير عام الجمارك": thanked
        if not objects and _is_person(subject):
            if sense.frame == "host":
                objects = _lone_group(tokens, j, end)  # "خلال استقبال سموه البارحة المهنئين"
            elif (
                sense.frame == "with"
                and sense.type == "meeting"
                and (j >= end or tokens.texts[j] not in _THE_PRESS)
            ):
                # "في لقائه المنسوبين"; "خلال لقاء مع الصحافيين" is a briefing, no meeting
                objects = _lone_group(tokens, j, end, met=True)
        if not objects and sense.subject == "after" and not inverted:
            # "جاء ذلك خلال استقبال أمير منطقة الرياض سفير جمهورية إندونيسيا …": the noun's
            # subject and its object read as one chain of offices, as after a verb
            split = _two_in_one_subject(tokens, subject, end)
            if split is not None:
                subject, objects = split[0], [split[1]]
        if not objects:
            continue
        trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
        acting = 0
        if (
            inverted
            and sense.subject == "after"
            and tokens.texts[i + 1] not in _PRONOUN_HONORIFICS  # named, not "سموه"
            and any(
                _named_alike(tokens, subject, party)
                for event in (*verb_events, *found)
                if event.type == "meeting"
                for party, side in event.parties
                if side == "guest"
            )
        ):
            continue  # the same visitor received, told again: "قدم الشمري التعازي … وكان في
            # استقبال الشمري والد الشهيد" is the condolence visit already read
        if inverted:
            parties = [(o, "host") for o in objects] + [(subject, "guest")]
            acting = len(objects)  # the one received goes on: "حيث كان في استقبال سموه"
        elif sense.frame == "host":
            parties = [(subject, "host")] + [(o, "guest") for o in objects]
        else:
            parties = [(subject, "participant")] + [(o, "participant") for o in objects]
        found.append(RawEvent(sense.type, "with", trigger, parties, subject=acting))
    return found


_HELD_PASSIVE = frozenset(
    fold(w) for w in ("عقد", "عقدت", "جرى", "جرت", "وعقد", "وعقدت", "وجرى", "وجرت")
)


def _held_clause(tokens: Tokens, i: int) -> bool:
    """Whether the noun at ``i`` is followed by الذي/التي and the verb that held it, active
    with its subject ("الذي عقده"، "التي أجراها") or passive ("الذي عقد … بين"); not one
    that names its chair, which :func:`_chaired_by_noun` reads ("الاجتماع الذي عقده
    الخميس برئاسة …": the body's session)."""
    i += _definite_adjective(tokens, i + 1)  # "الاجتماع المغلق الذي عقده …"
    if not (
        i + 2 < len(tokens)
        and tokens.texts[i + 1] in _RELATIVE_PRONOUNS
        and (
            tokens.texts[i + 2] in _HELD_BY_PRONOUN
            or tokens.texts[i + 2] in _HELD_PASSIVE
            # "خلال الاتصال الذي تلقاه خادم الحرمين الشريفين من الرئيس الفرنسي"
            or tokens.texts[i + 2] in _RECEIVED_BY_PRONOUN
        )
    ):
        return False
    end = _sentence_end(tokens, i + 3, len(tokens))
    return _CHAIRED_BY not in tokens.texts[i + 3 : min(end, i + 12)]


def _definite_adjective(tokens: Tokens, k: int) -> int:
    """1 if a meeting's adjective with the article stands at ``k`` ("الهاتفي"، "المغلق"،
    "الموسع"), else 0."""
    text = tokens.texts[k] if k < len(tokens) else ""
    return int(text.startswith("ال") and text[2:] in _MEETING_ADJECTIVES)


def _joined_subject(tokens: Tokens, k: int, end: int) -> Party | None:
    """A second person joined by و to the subject just read: "… السيسي ونظيره اليمني"."""
    if k >= end or not tokens.texts[k].startswith("و"):
        return None
    second = _party_at(tokens, k, end)
    return second if second is not None and _is_person(second) and second.name else None


def _pair_after_dual(
    tokens: Tokens, i: int, known_names: frozenset[tuple[str, ...]]
) -> list[Party]:
    """The two subjects of the clause a dual noun opens ("خلال لقائهما …، أكد المعلم
    ونظيره العماني"): the parties after the clause's verb, when there are two people."""
    if not tokens.texts[i].endswith("هما"):
        return []
    end = _sentence_end(tokens, i + 1, len(tokens))
    comma = next((k for k in range(i + 1, min(end, i + 10)) if tokens.texts[k] == ","), None)
    if comma is None or comma + 2 >= end or not _clause_verb(tokens.texts[comma + 1]):
        return []
    parties = _objects(tokens, comma + 2, end, "with", known_names=known_names)
    people = [p for p in parties if _is_person(p)]
    return people if len(people) == 2 and len(parties) == 2 else []


def _pair_before_dual(
    tokens: Tokens, i: int, known_names: frozenset[tuple[str, ...]]
) -> list[Party]:
    """The two people the sentence named before a dual noun ("أكد وزير الخارجية الصيني
    وانغ يي لنظيره الأميركي جون كيري … بعد لقائهما"): when it named exactly two."""
    if not tokens.texts[i].endswith("هما"):
        return []
    people = _people_before(tokens, i, known_names)
    return people if len(people) == 2 else []


def _people_before(tokens: Tokens, i: int, known_names: frozenset[tuple[str, ...]]) -> list[Party]:
    """The people the sentence named before ``i``, unless it tells of the past (كان)."""
    start = i
    while start > 0 and tokens.texts[start - 1] not in _SENTENCE_END:
        start -= 1
    if tokens.texts[start] in _WAS:
        return []  # "وكان وزير الدفاع الأمريكي … طلب من بارزاني أثناء اجتماعهما": background
    people: list[Party] = []
    k = start
    while k < i:
        party = _party_at(tokens, k, i) or _known_at(tokens, k, i, known_names)
        if party is not None and _is_person(party) and party.end > k:
            people.append(party)
            k = party.end
        else:
            k += 1
    return people


_PRESS = frozenset(
    fold(w) for w in ("وكالة", "صحيفة", "جريدة", "قناة", "مجلة", "إذاعة", "تلفزيون", "موقع")
)


# the press as a group: met together, they are briefed
_THE_PRESS = frozenset(
    fold(w) for w in ("الصحفيين", "الصحافيين", "الإعلاميين", "الصحفيون", "الصحافيون", "الإعلاميون")
)
_FRIENDLY = frozenset(fold(w) for w in ("الشقيقة", "الشقيق", "الصديقة", "الصديق"))
# one head of state calls another his brother before his titles (Gulf protocol)
_BROTHER = frozenset(fold(w) for w in ("أخيه", "أخاه", "أخوه", "أخته", "أختها", "أخيها"))


def _names_state(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` ends the name of a state ("الكويت" in "دولة الكويت الشقيقة")."""
    found = lexicon().match(tokens, k, _STATE_KINDS)
    return found is not None and found.end == k + 1


_OTHER_PHRASE = frozenset({"عن", "علي", "الي", "حول", "بشان"})


def _after_a_phrase(tokens: Tokens, j: int, k: int) -> bool:
    """Whether a preposition of another phrase (عن، على، إلى، حول، بشأن) stands between
    where the one met should start, ``j``, and the party found at ``k``."""
    return not _OTHER_PHRASE.isdisjoint(tokens.texts[j:k])


def _planned_before(tokens: Tokens, k: int) -> bool:
    """Whether the verb governing the preposition at ``k`` is in the future: "سينقل"، "سوف
    يبحث"."""
    if k == 0:
        return False
    verb = tokens.texts[k - 1]
    future = verb[1:] in verbs() or (
        # most imperfects are too rare for verbs.tsv ("سينقل"); nouns and names that open
        # the same way mostly end as nouns do (سيارة، سياسي، ستشارية)
        verb[:2] in ("سي", "ست", "سن")
        and len(verb) >= 5
        and not verb.endswith(("ة", "ه", "ي"))
        and verb not in given_names()
    )
    return (verb[:1] == "س" and future) or (k > 1 and tokens.texts[k - 2] == "سوف")


def _named_alike(tokens: Tokens, a: Party, b: Party) -> bool:
    """Whether two named parties end in the same family name (the same person told twice)."""
    if a.name is None or b.name is None:
        return False
    return tokens.texts[a.name[1] - 1] == tokens.texts[b.name[1] - 1]


# (and a call's: "جرى اتصال هاتفي بين خادم الحرمين الشريفين والرئيس التركي")
_MEETING_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        *("مشترك", "ثنائي", "موسع", "تشاوري", "تنسيقي", "مطول", "مغلق", "رسمي", "مشتركا"),
        # and their feminine, of مباحثات، محادثات، جلسة
        *("مشتركة", "ثنائية", "موسعة", "تشاورية", "تنسيقية", "مطولة", "مغلقة", "رسمية"),
        *("هاتفي", "هاتفية", "مرئي"),
    )
)


def _held_between(tokens: Tokens, i: int) -> bool:
    """Whether an indefinite meeting noun is told held, passive, between parties: "تم عقد
    لقاء بين مسؤولي الجامعة ومسؤولي الوزارة"، "عقد أمس اجتماع مشترك بين …"، with the place
    and time on either side ("عقدت في القاهرة أمس جلسة مباحثات بين …"، "عقد اجتماع في الرياض
    أمس بين …")."""
    k = i - 1
    if k >= 0 and tokens.texts[k] in _SESSIONS:
        k -= 1  # "جلسة مباحثات"
    k = _before_times_and_place(tokens, k)
    if k < 0 or tokens.texts[k] not in _HELD_PASSIVE:
        return False
    if k > 0 and tokens.is_word(k - 1) and tokens.texts[k - 1] not in _HELD_AFTER:
        return False  # "عقد الوزير اجتماعا": a subject before it, the verb's own
    return _between_after(tokens, i + 1, len(tokens)) is not None


def _before_times_and_place(tokens: Tokens, k: int) -> int:
    """The first token back from ``k`` before the words of when and one phrase of where
    ("في القاهرة أمس"، "في قصر الإليزيه")."""
    while k >= 0 and _a_time(tokens.texts[k]):
        k -= 1
    for back in range(k, max(-1, k - _PLACE_WORDS), -1):
        if not tokens.is_word(back):
            break
        if tokens.texts[back] == "في" and back < k:
            k = back - 1
            break
    while k >= 0 and _a_time(tokens.texts[k]):
        k -= 1
    return k


def _between_after(tokens: Tokens, j: int, end: int) -> int | None:
    """Where بين stands after a meeting noun, past its adjectives, the time and one phrase
    of where: "مباحثات ثنائية بين"، "اجتماع في الرياض أمس بين"، "مباحثات في قصر الإليزيه بين"."""
    while j < end and (tokens.texts[j] in _MEETING_ADJECTIVES or _a_time(tokens.texts[j])):
        j += 1
    if j < end and tokens.texts[j] == "في":
        for k in range(j + 2, min(end, j + 1 + _PLACE_WORDS)):
            if not tokens.is_word(k):
                return None
            if tokens.texts[k] == "بين":
                return k
        return None
    return j if j < end and tokens.texts[j] == "بين" else None


_SESSIONS = frozenset(fold(w) for w in ("جلسة", "جلسات", "جولة", "جولات"))
_PLACE_WORDS = 5  # words of one phrase of where ("في قصر الإليزيه بباريس")
_HELD_AFTER = frozenset(fold(w) for w in ("تم", "وتم", "فقد", "وقد", "قد", "جرى", "وجرى"))


def _joined_by(tokens: Tokens, i: int, sense: NounSense) -> list[RawEvent]:
    """A meeting told by its noun and who it brought together: "بعد لقاء جمع كيري بنظيره
    الصيني وانغ يي"، "عن لقاء ضمّ وزير الخارجية الروسي سيرغي لافروف مع خالد مشعل"،
    "اجتماعا جمع رئيس مجلس الشورى بسلطنة عمان … والسفير العماني"."""
    end = _sentence_end(tokens, i + 2, len(tokens))
    first = _party_at(tokens, i + 2, end) if i + 2 < end else None
    if first is None or not _is_person(first):
        return []  # "جمع بينهما": whom the pronoun names was told before
    others = _objects(tokens, first.end, end, "with")
    if not others:
        return []
    trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
    parties = [(p, "participant") for p in (first, *others)]
    return [RawEvent(sense.type, "with", trigger, parties)]


def _dual_subject(tokens: Tokens, k: int, end: int) -> list[Party]:
    """Two holders of one office named by its dual as a verb's subject: "الرئيسان الأمريكي
    … والصيني …"، or in construct, "وزيرا الخارجية السعودي … والمصري …"، "رئيسا الوزراء
    الهندي … والباكستاني …"."""
    text = tokens.texts[k]
    if text in _DUAL_SUBJECTS:
        return _pair_of_office(tokens, k, end, dual_at=k)
    if text not in _DUAL_HEADS:
        return []
    for adjective_at in range(k + 1, min(end, k + 4)):
        pair = _pair_of_office(tokens, k, end, dual_at=adjective_at - 1)
        if pair:
            return pair
    return []


# a dual office in the nominative, and the heads of one in construct ("وزيرا الخارجية")
_DUAL_SUBJECTS = frozenset(
    fold(w) for w in ("الرئيسان", "الزعيمان", "الملكان", "الوزيران", "الأميران")
)
_DUAL_HEADS = frozenset(fold(w) for w in ("وزيرا", "رئيسا", "سفيرا", "وزيري", "رئيسي"))


def _pair_of_office(tokens: Tokens, k: int, end: int, dual_at: int | None = None) -> list[Party]:
    """Two holders of one office named by its dual, each by the adjective of his state:
    "بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما" (``dual_at``: where the
    office ends, when it is not one dual word)."""
    if dual_at is None:
        if tokens.texts[k] not in _DUAL_OFFICES:
            return []
        dual_at = k
    if dual_at + 1 >= end:
        return []
    state = lexicon().match(tokens, dual_at + 1, _STATE_KINDS)
    named_by = ("demonym",) if dual_at == k else ("demonym", "name")  # "وزيرا خارجية مصر"
    if state is None or state.skip or state.entry.detail not in named_by:
        return []
    name = read_name(tokens, state.end, end)
    if name is None or name[1] - name[0] < 2:
        return []
    first = Party(dual_at + 1, name[1], name=name, states=[state])
    second = read_party(tokens, first.end, end, proclitic=True)
    if second is not None and second.whole is not None and second.whole.entry.kind == "state":
        # "وزيرا خارجية السعودية عادل الجبير ومصر سامح شكري": the state by its name
        other = read_name(tokens, second.end, end)
        if other is None or other[1] - other[0] < 2:
            return []
        second = Party(second.start, other[1], name=other, states=[second.whole], skip=1)
    if second is None or not second.states:
        return []
    return [first, second]


def _time_preposition(text: str) -> bool:
    """خلال، عقب، بعد … perhaps behind و: "وبعد لقاء جمعه أمس مع نظيره العراقي"."""
    return text in _TIME_PREPOSITIONS or (text[0] == "و" and text[1:] in _TIME_PREPOSITIONS)


def _visit_by_noun(
    tokens: Tokens,
    i: int,
    pronoun: bool = False,
    known_names: frozenset[tuple[str, ...]] = frozenset(),
    verb_events: list[RawEvent] | None = None,
) -> list[RawEvent]:
    """A visit told by its noun with its visitor named and where to: "زيارة الأمير محمد بن
    سلمان … إلى الأردن أمس"، "زيارة ولي ولي العهد لمصر" (not a planned one: "لزيارة"،
    "الزيارة المرتقبة", nor one told as background); with a pronoun, the visitor is the
    official named right before the time word that governs it ("أكد نائب وزير الصحة حمد بن
    محمد الضويلع أثناء زيارته أمس لمستشفيات الشريط الحدودي")."""
    n = len(tokens)
    if _in_background(tokens, i) or (i + 1 < n and tokens.texts[i + 1] in _cues("planned")):
        return []
    end = _sentence_end(tokens, i + 1, n)
    made_by = _made_by(tokens, i, end)
    if (i > 0 and tokens.texts[i - 1] in _ANOTHER_VISIT) or (
        made_by is None and tokens.texts[i].startswith("ال")
    ):
        return []  # "خلال الزيارة": the visit the item told, unless "التي قام بها" names who
    if made_by is not None:
        # "خلال زيارة تفقدية قام بها الخمعلي إلى مركز الأمير سلطان …": the one after
        # "قام بها" visits (an inspection: no one need be named as visited)
        visitor = _party_at(tokens, made_by, end) or _known_at(tokens, made_by, end, known_names)
        if visitor is None or visitor.name is None or not _is_person(visitor):
            return []
        if _told_as_past(tokens, visitor.end, end):
            return []  # "الزيارة التي قام بها … فابيوس في الأسبوع الماضي إلى طهران"
        visited = _visited(tokens, visitor.end, end)
        trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
        if visited is None and (group := _people_visited(tokens, visitor.end, end)) is not None:
            return [RawEvent("visit", "host", trigger, [(visitor, "guest"), (group, "host")])]
        if visited is None:
            return [RawEvent("visit", "alone", trigger, [(visitor, "participant")])]
        kind = "meeting" if visited.whole is None else "visit"
        return [RawEvent(kind, "host", trigger, [(visitor, "guest"), (visited, "host")])]
    after = i + 1
    while after < end and tokens.texts[after] in _VISIT_ADJECTIVES:
        after += 1  # "خلال زيارته التفقدية لمستشفى …"، "زيارة رسمية إلى …"
    if pronoun:
        visitor = _named_just_before(tokens, i, office_alone=True)
        if (
            visitor is not None
            and visitor.start > 0
            and tokens.texts[visitor.start - 1] in _cues("accompany")
        ):
            # "ورافق الأمير محمد بن سلمان في زيارته مساعد وزير الدفاع": who went with him on
            # the visit the item told (see _add_companions), no one he visited
            return []
        if visitor is None and verb_events is not None and _told_of_the_item(tokens, i):
            # "قال نائب وزير الصحة … . جاء ذلك خلال زيارته التفقدية لمستشفى …": the one
            # the item's lead is about, as for "جاء ذلك خلال لقائه"
            visitor = _referent(tokens, i, known_names, verb_events, False)
        if visitor is None and i > 1 and tokens.texts[i - 2] in _THAT_WAS:
            # "ثمن اللواء جمعان الغامدي الجهود …، وذلك خلال جولته التفقدية على مراكز …":
            # the subject of the verb "وذلك" takes up (not any pronoun: "جدد ترحيبه بخادم
            # الحرمين الشريفين خلال زيارته لفرنسا" is the king's visit)
            visitor = _verbs_subject(tokens, i)
        start = after
    else:
        visitor = _party_at(tokens, after, end) if after < end else None
        start = visitor.end if visitor is not None else after
    by_subject = False
    if (
        not pronoun
        and visitor is None
        and i > 0
        and _time_preposition(tokens.texts[i - 1])
        and after < end
        and (tokens.texts[after] in _TO or tokens.texts[after][:1] == "ل")
    ):
        # "وقال ساركوزي خلال زيارة إلى متحف باردو"، "سعى وزير الدفاع الأميركي آشتون
        # كارتر خلال زيارة إلى إسرائيل": the sentence's subject visits
        visitor = _named_just_before(tokens, i) or _verbs_subject(tokens, i)
        by_subject = True
    if visitor is None or not _is_person(visitor) or (visitor.name is None and not pronoun):
        return []
    if not pronoun and _told_as_past(tokens, start, end):
        return []  # "زيارة الجبير للقاهرة منذ أسابيع": a visit before the item's
    visited = _visited(tokens, start, end)
    if tokens.texts[i] in _ARRIVAL_NOUNS and (visited is None or visited.whole is None):
        return []  # one's arrival reaches a state or a city, not those there
    group = _people_visited(tokens, start, end)
    to_group = group is not None and tokens.texts[_skip_filler(tokens, start, end)][:1] == "ل"
    if visited is not None and visited.whole is None and to_group:
        # "خلال زيارته لعدد من المصابين": those visited where they lie (not "التقى … خلال
        # زيارته عددا من المرضى": the verb's object)
        visited = None
    trigger = Match(_NOUN_ENTRY, i, i + 1, 0)
    if (
        visited is None
        and (pronoun or (by_subject and tokens.texts[start] not in _TO))
        and tokens.texts[i - 1] in _DURING
        and (to_group or _to_a_site(tokens, start, end, tokens.texts[i] in _TOUR_NOUNS))
    ):
        # "وقال محافظ بقيق محمد بن سعود المتحمي أثناء زيارته لأقسام المستشفى", "خلال
        # زيارتهما للمصابين في المستشفى": a visit to a place or to those in it, by the one
        # named before, or by all the sentence named before a dual or plural pronoun; by the
        # sentence's speaker only to a site after لـ ("خلال زيارة للموقع": a trip إلى a region
        # he speaks on is the occasion of his words, "وقال اردوغان خلال زيارة الى الشطر
        # الشمالي من قبرص")
        visitors = [visitor]
        if tokens.texts[i].endswith(("هما", "هم")):
            visitors = [p for p in _people_before(tokens, i, known_names) if p.name] or visitors
        if group is not None:
            parties = [*((p, "guest") for p in visitors), (group, "host")]
            return [RawEvent("visit", "host", trigger, parties)]
        return [RawEvent("visit", "alone", trigger, [(p, "participant") for p in visitors])]
    if visited is None:
        return []
    kind = "meeting" if visited.whole is None else "visit"
    return [RawEvent(kind, "host", trigger, [(visitor, "guest"), (visited, "host")])]


_ARRIVAL_NOUNS = frozenset(fold(w) for w in ("وصوله", "وصولها", "وصولهم", "وصولهما"))


# a visit going on when something was said or done there, not one before it ("غادر جدة …
# بعد زيارته لأداء مناسك العمرة")
_DURING = frozenset(fold(w) for w in ("خلال", "أثناء", "لدى", "وخلال", "وأثناء"))


# "وذلك خلال جولته": "that was during his tour", taking up the clause before
_THAT_WAS = frozenset(fold(w) for w in ("وذلك", "ذلك"))
# a tour goes over (على) the places it takes in: "خلال جولته التفقدية اليوم على مراكز …"
_TOUR_NOUNS = frozenset(fold(w) for w in ("جولته", "جولتها", "جولتهم", "جولتهما"))


def _to_a_site(tokens: Tokens, i: int, end: int, tour: bool = False) -> bool:
    """Whether what a visit's noun goes to, past its time words, is a place or people
    named after لـ or إلى (a ``tour``: or على), or those visited as its object ("زيارتهم
    المصابين")."""
    if tour:
        j = _past_times(tokens, i, end)
        if j + 1 < end and tokens.texts[j] in _OVER and tokens.is_word(j + 1):
            return True  # (the filler below would take "على مراكز …" for where he was)
    j = _skip_filler(tokens, i, end)
    if j >= end or not tokens.is_word(j):
        return False
    text = tokens.texts[j]
    if text in _TO:
        # (not "ولفت الأمير متعب خلال جولته إلى أن …": what he pointed to)
        return j + 1 < end and tokens.is_word(j + 1) and tokens.texts[j + 1] not in _THAT
    return (
        (text.startswith("ل") and len(text) > 4 and text not in stopwords())
        or _opens_group(tokens, j)
        # the place as its object: "لدى زيارته أمس دار القضاء العالي"، "زيارته مستشفى …"
        or (text in INSTITUTIONS and j + 1 < end and tokens.is_word(j + 1))
    )


def _told_as_past(tokens: Tokens, i: int, end: int) -> bool:
    """Whether the clause from ``i`` dates itself in the past ("في الأسبوع الماضي", a year):
    a visit other than the item's."""
    for k in range(i, end):
        text = tokens.texts[k]
        if text == ",":
            return False
        if text in _LAST or (text.isdigit() and len(text) == 4):
            return True
        if text == _SINCE and k + 1 < end and tokens.texts[k + 1] in _LONG_SPANS:
            return True  # "زيارة الجبير للقاهرة منذ أسابيع قليلة"
        if text in _LATELY:
            return True  # "زيارة الأمير محمد بن سلمان للقاهرة مؤخرا كانت أبلغ رد"
    return False


_SINCE = fold("منذ")
_LATELY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً", "مؤخرًا"))
_LONG_SPANS = frozenset(
    fold(w)
    for w in ("أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "سنين", "شهر", "عام", "سنة", "عقود")
)


def _made_by(tokens: Tokens, i: int, end: int) -> int | None:
    """Where the visitor is named after a visit's noun and "قام بها" (its adjectives or
    التي between, the verb past or of the present day — not سيقوم, to come): "زيارة
    تفقدية قام بها الخمعلي"، "الزيارة التي قام بها الصمعاني لوكالة الحجز"، "خلال زيارة يقوم
    بها الرئيس الأمريكي باراك أوباما لكينيا"."""
    k = i + 1
    while k < end and tokens.texts[k] in _VISIT_ADJECTIVES:
        k += 1
    if k < end and tokens.texts[k] in _RELATIVE_PRONOUNS:
        k += 1
    if k + 2 < end and tokens.texts[k] in _MADE and tokens.texts[k + 1] == fold("بها"):
        return k + 2
    return None


def _joined_to_another_visit(tokens: Tokens, i: int) -> bool:
    """Whether the noun at ``i``, behind و, goes with a visit's noun told earlier in its
    sentence as another than the item's (``_ANOTHER_VISIT``)."""
    for k in range(i - 1, max(_sentence_start(tokens, i), i - 30) - 1, -1):
        if tokens.texts[k] in _VISIT_NOUNS:
            return k > 0 and tokens.texts[k - 1] in _ANOTHER_VISIT
    return False


_MADE = frozenset(fold(w) for w in ("قام", "قامت", "أجراها", "أجراه", "يقوم", "تقوم"))
# before a visit's noun, a visit other than the item's: "منذ الزيارة التي قام بها …"، "آخر
# زيارة قام بها لموسكو في 2010"، "أهمية الزيارة التي سيقوم بها"
# (or judged after the fact: "استمع … إلى نتائج زيارة الأمير محمد بن سلمان … إلى مصر")
_ANOTHER_VISIT = frozenset(fold(w) for w in ("منذ", "آخر", "أهمية", "نتائج", "ثمار", "نجاح"))


# before any interaction's noun, one judged after the fact
_RESULTS_OF = frozenset(fold(w) for w in ("نتائج", "نتيجة", "ثمار", "حصيلة"))
_BRIEFED_ON = frozenset(fold(w) for w in ("على", "إلى"))


def _briefed_before(tokens: Tokens, i: int) -> bool:
    """Whether the sentence before ``i`` briefs someone on results ("على نتائج")."""
    return _word_pair(tokens, _sentence_start(tokens, i), i, _BRIEFED_ON, _RESULTS_OF)


def _word_pair(
    tokens: Tokens, start: int, end: int, firsts: frozenset[str], seconds: frozenset[str]
) -> bool:
    """Whether a word of ``firsts`` and then one of ``seconds`` stand in ``[start, end)``."""
    return any(
        tokens.texts[k] in firsts and tokens.texts[k + 1] in seconds for k in range(start, end - 1)
    )


def _verbs_subject(tokens: Tokens, i: int) -> Party | None:
    """The named subject of the verb nearest before ``i`` in its sentence, after it or (in
    reported speech) before it: "وقالت إيرينا بوكوفا … لعمال البناء خلال زيارة للموقع"، "إن
    المبعوث الأممي إسماعيل ولد الشيخ أحمد التقى خلال زيارة إلى القاهرة"."""
    k = i - 2
    while k >= 0 and tokens.texts[k] not in _SENTENCE_END and i - k < 25:
        text = tokens.texts[k]
        if text in verbs() or (text[:1] == "و" and text[1:] in verbs()) or text in _SAYING:
            told = lexicon().match(tokens, k)
            if told is not None and told.entry.kind == "trigger" and text not in _SAYING:
                return None  # "التقى خلال زيارة إلى القاهرة بـ…": the visit is the occasion
            party = _party_at(tokens, k + 1, i - 1) if k + 1 < i - 1 else None
            if party is None:
                party = _party_before(tokens, k)
            return party if party is not None and party.name is not None else None
        k -= 1
    return None


def _speaker(tokens: Tokens, verb: int, known_names: frozenset[tuple[str, ...]]) -> Party | None:
    """The one who says he acted, when the verb follows أنه: "وأوضح وزير الخارجية عادل الجبير
    أنه التقى …"، "وأشار البدري إلى أنه اجتمع مع …" (not "أنه كان قد التقى": background)."""
    if verb < 2 or tokens.texts[verb - 1] not in _THAT_HE:
        return None
    if tokens.texts[verb - 1].endswith("ه") == tokens.texts[verb].endswith("ت"):
        return None  # "أنه قامت مجموعة من حماس بزيارة": the pronoun of the matter, not his
    stop = verb - 1
    if tokens.texts[stop - 1] in _TO:
        stop -= 1
    speaker = _party_ending_at(tokens, stop, known_names)  # the saying verb's subject
    if speaker is None:
        # "وأوضح وزير الإسكان ماجد الحقيل في حسابه في موقع … تويتر، أنه التقى": the subject
        # of the verb of saying, further back in the sentence
        k = stop - 1
        while k >= 0 and tokens.texts[k] not in _SENTENCE_END and stop - k < 30:
            if tokens.texts[k] in _SAYING and k + 1 < stop:
                # (or one the item named before, by his family name: "وقال الجروان في بيان")
                speaker = _party_at(tokens, k + 1, stop) or _known_at(
                    tokens, k + 1, stop, known_names
                )
                break
            k -= 1
    if speaker is None or not (_is_person(speaker) or speaker.office == "body"):
        return None  # (a body says what it did too: "أعلنت شركة … أنها وقعت اتفاقية مع …")
    start = _sentence_start(tokens, verb)
    if any(t.isdigit() and len(t) == 4 for t in tokens.texts[start:verb]):
        return None  # "وفي السادس والعشرين من يوليو 1956 قال عبدالناصر … إنه التقى": history
    return speaker


def _party_ending_at(
    tokens: Tokens, stop: int, known_names: frozenset[tuple[str, ...]] = frozenset()
) -> Party | None:
    """The longest party of the sentence that ends right before ``stop`` ("وزير التعليم د.
    عزام … الدخيل"): a named one, else an office, else a name the item gave before."""
    found = None
    for start in range(stop - 1, max(-1, stop - 15), -1):
        if tokens.texts[start] in _SENTENCE_END and tokens.texts[start] != ".":
            break
        if tokens.texts[start] in (",", "."):
            if start == 0 or len(tokens.texts[start - 1]) != 1:
                break
            continue  # "د." inside the party
        party = read_party(tokens, start, stop)
        if (
            party is not None
            and party.end == stop
            and (
                party.name is not None
                or (found is None and _is_person(party))
                # a longer office, not its tail: "ولي ولي العهد"، not "ولي العهد"
                or (found is not None and found.name is None and _is_person(party))
            )
        ):
            found = party  # "ودعا الرئيس اليمني خلال لقائه": an office stands for its holder
        elif found is None and tuple(tokens.texts[start:stop]) in known_names:
            found = Party(start, stop, name=(start, stop))
    if found is not None and found.name is None and found.role is not None:
        # "الأمير محمد بن سلمان … وزير الدفاع لجمهورية مصر العربية واجتماعه": the office
        # runs on past where his own ends (he went to Egypt); the one it follows is meant
        holder = _named_ending_at(tokens, found.start)
        if holder is not None:
            return holder
    return found


def _bare_name_before(tokens: Tokens, stop: int) -> Party | None:
    """A name of two to four words that opens on a given name and ends at ``stop``."""
    for start in range(max(0, stop - 4), stop - 1):
        if not may_be_a_given_name(tokens.texts[start]):
            continue
        name = read_name(tokens, start, stop, titled=False, bare=True)
        if name is not None and name[1] == stop:
            return Party(start, stop, name=name)
    return None


def _one_word_name(tokens: Tokens, k: int) -> bool:
    text = tokens.texts[k]
    return (
        tokens.is_word(k)
        and len(text) > 2
        and not text.startswith("ال")
        and text not in stopwords()
        and text not in common_words()
        and text not in verbs()
        and not is_time_word(text)
        and lexicon().match(tokens, k) is None
    )


def _named_ending_at(tokens: Tokens, stop: int) -> Party | None:
    """A named party (name, titles, perhaps an office) that ends right at ``stop``."""
    for start in range(stop - 1, max(-1, stop - 10), -1):
        if tokens.texts[start] in _SENTENCE_END or tokens.texts[start] == ",":
            return None
        party = read_party(tokens, start, stop)
        if party is not None and party.end == stop and party.name is not None:
            return party
    return None


# the kinds of office one person holds (data/roles.tsv), not a group, family or body
_ONE_HOLDER = frozenset(("state", "org", "other"))


def _named_just_before(tokens: Tokens, i: int, office_alone: bool = False) -> Party | None:
    """The official whose name and office end right before the time word governing the noun
    at ``i`` ("… الضويلع أثناء زيارته"), if there is one; with ``office_alone``, also an
    office named without its holder ("وأوضح وزير الصحة خلال زيارته …")."""
    if i < 2 or not _time_preposition(tokens.texts[i - 1]):
        return None
    stop = i - 1
    if stop > 1 and tokens.texts[stop - 1] == ",":
        stop -= 1  # "وقال رئيس أركان البحرية …، خلال زيارته لسلاح مشاة البحرية"
    party = _party_ending_at(tokens, stop)
    if party is None:
        return None
    if party.name is None:
        # an office one man holds, not a group ("أعضاء الكونغرس … خلال زيارته": his, not
        # theirs), nor one a companion's verb takes ("رافق الوزير في زيارته …")
        alone = (
            office_alone
            and party.role is not None
            and party.office in _ONE_HOLDER
            and tokens.texts[party.role[0]] not in PLURAL_HEADS
        )
        accompanied = party.start > 0 and tokens.texts[party.start - 1] in _cues("accompany")
        return party if alone and not accompanied else None
    return party if party.role is not None or party.titles else None


def _is_person(party: Party) -> bool:
    """A named or titled person, or a person's office (not a body acting as one)."""
    return party.whole is None and (
        party.name is not None or bool(party.titles) or party.office not in (None, "body")
    )


def _referent(
    tokens: Tokens,
    i: int,
    known_names: frozenset[tuple[str, ...]],
    verb_events: list[RawEvent],
    inverted: bool,
) -> Party | None:
    """Whom the pronoun on a noun at ``i`` refers to: the party named just before it in its
    sentence ("العواجي عقب اجتماعه"), else the one who acted in the item's last event
    before it ("وصل … البلوي … وكان في استقباله"), else the item's first titled person
    ("جاء ذلك خلال استقباله")."""
    # The referent ends right before the noun, or before the preposition (عقب، خلال، بعد،
    # أثناء، لدى) or "كان في" that governs it.
    stop = i - 1 if i > 0 and _time_preposition(tokens.texts[i - 1]) else i
    if inverted:
        stop = i - 1 if tokens.texts[i].startswith("ب") else i - 2
    elif stop > 0 and tokens.texts[stop - 1] in _THAT:
        stop -= 1  # "أبان وزير الخارجية المصري سامح شكري أن لقاءه بسمو ولي العهد": he said
    while stop > 0 and _a_time(tokens.texts[stop - 1]):
        stop -= 1  # "أطلع الرئيس التركي رجب طيب أردوغان أمس الأربعاء في اتصال هاتفي"
    found = _party_ending_at(tokens, stop, known_names)
    if found is not None:
        return found
    if not inverted and stop > 1 and tokens.texts[stop - 1] == ",":
        # "بحث الأمين العام لمنظمة التعاون الإسلامي، خلال لقائه …": the subject of the verb
        # that opens the sentence, the noun's phrase set off by a comma
        subject = _party_ending_at(tokens, stop - 1, known_names)
        if (
            subject is not None
            and subject.start > 0
            and _sentence_start(tokens, subject.start - 1) == subject.start - 1
        ):
            return subject
    before = [e for e in verb_events if e.trigger.start < i and e.parties]
    if inverted:
        # the visitor of a visit just told ("قام … بزيارة لمقر مصلحة الجمارك، وقد كان في
        # استقبالهم"), else the one the sentence is about, who arrived ("وكان أوباما وصل
        # مساء أمس إلى نيروبي حيث كان في استقباله": background, no event of its own)
        visitors = [
            e.parties[e.subject][0]
            for e in before
            if e.type == "visit" and i - e.trigger.start < 60
        ]
        if visitors and visitors[-1].name is not None:
            return visitors[-1]
        subject = _sentence_subject(tokens, i, known_names)
        if subject is None and _opens_sentence(tokens, i - 2):
            # "وكان الأمير محمد بن سلمان … وصل أمس إلى … . وكان في استقباله": the one the
            # sentence before is about, by his name
            before_it = _sentence_subject(tokens, _sentence_start(tokens, i - 2) - 1, known_names)
            if before_it is not None and tokens.texts[before_it.name[0]] in given_names():
                subject = before_it
        if subject is not None:
            return subject
    if before:
        return before[-1].parties[before[-1].subject][0]
    # the subject of the sentence the noun is in, told with his office ("جدد الرئيس المصري
    # عبد الفتاح السيسي التأكيد …، مشددا أثناء لقائه وزير الخارجية الأمريكي"), else the
    # item's first titled person (also the one received: a companion is named after him)
    in_sentence = None if inverted else _first_titled_person(tokens, i, True, office=True)
    return in_sentence or _first_titled_person(tokens, i)


def _sentence_start(tokens: Tokens, i: int) -> int:
    start = i
    while start > 0 and tokens.texts[start - 1] not in _SENTENCE_END:
        start -= 1
    return start


def _opens_sentence(tokens: Tokens, i: int) -> bool:
    """Whether only كان/وكان or nothing stands between the sentence's start and ``i``."""
    start = _sentence_start(tokens, i)
    return all(tokens.texts[k] in _WAS for k in range(start, i))


def _sentence_subject(
    tokens: Tokens, i: int, known_names: frozenset[tuple[str, ...]]
) -> Party | None:
    """The first named person of the sentence before ``i``, in its first few words."""
    if i <= 0:
        return None
    start = _sentence_start(tokens, i)
    for k in range(start, min(i, start + 4)):
        for length in range(min(4, i - k), 0, -1):
            if tuple(tokens.texts[k : k + length]) in known_names:
                return Party(k, k + length, name=(k, k + length))  # "أوباما"
        party = read_party(tokens, k, i, name_first=True)
        if (
            party is not None
            and party.name is not None
            and party.whole is None
            and _opens_a_name(tokens, party)
        ):
            return party
    return None


def _opens_a_name(tokens: Tokens, party: Party) -> bool:
    """Whether a name read at a sentence's opening is one: a given name first, or a title
    before it and no article (not "وحطت طائرة الرئيس الأمريكي", a plane that landed, nor
    "اللواء الحادي عشر", the eleventh brigade)."""
    first = tokens.texts[party.name[0]]
    if may_be_a_given_name(first):
        return True
    return bool(party.titles) and not first.startswith("ال")


def _add_companions(tokens: Tokens, events: list[RawEvent]) -> None:
    """Officials named as accompanying a party ("وقد رافق معاليه …، و…", "يرافقه العميد …")
    take part in the item's first meeting or visit reported before them, on that party's
    side."""
    n = len(tokens)
    accompany = _cues("accompany")
    if accompany.isdisjoint(tokens.texts):
        return
    for i, text in enumerate(tokens.texts):
        if text not in accompany:
            continue
        if _in_background(tokens, i) and not text.startswith(_WITH_HIM):
            continue  # ("وكان برفقته …" tells who came with him, no event of its own)
        before = [e for e in events if e.trigger.start < i and e.type in ("meeting", "visit")]
        if not before:
            continue
        event = before[0]  # the item's main meeting or visit, which its delegation attends
        # a list of companions may run on past semicolons ("… القحطاني؛ وقائد حرس الحدود …")
        end = next((k for k in range(i + 1, n) if tokens.texts[k] in _SENTENCE_END - {";"}), n)
        j = i + 1
        while j < end and tokens.texts[j] in _PRONOUN_HONORIFICS:
            j += 1
        if j < end and tokens.texts[j] in _DELEGATIONS:
            # "يرافقه وفد رسمي يضم وزير الخارجية سرتاج عزيز ووزير الدفاع …": its members
            comprise = next(
                (k for k in range(j + 1, min(end, j + 6)) if tokens.texts[k] in _COMPRISE), None
            )
            if comprise is not None:
                j = comprise + 1
                if j < end and tokens.texts[j] == "من":
                    j += 1  # "يتألف من"
                if j + 1 < end and tokens.texts[j] in _EACH and tokens.texts[j + 1] == "من":
                    j += 2  # "يضم كلاً من"
        # with the guest, where there is one: "ورافقه" follows the one received or visiting
        side = "guest" if any(s == "guest" for _, s in event.parties) else "participant"
        principal = _party_at(tokens, j, end) if text in _ACCOMPANIED else None
        accompanied = (
            None
            if principal is None
            else next(((p, s) for p, s in event.parties if _same_party(tokens, principal, p)), None)
        )
        if principal is not None and accompanied is not None:
            # "ورافق الأمير محمد بن سلمان في زيارته …", "ورافق الجبير …": the one accompanied
            # is named, and his companions are on his side
            j, side = principal.end, accompanied[1]
        trip = next((k for k in range(j, min(end, j + 5)) if tokens.texts[k] in _HIS_TRIP), None)
        if trip is not None and tokens.texts[trip - 1] in _TIME_PREPOSITIONS:
            j = trip + 1  # "ورافق البلوي في زيارته مساعد مدير عام حرس الحدود …"
        while j < end:
            party = _party_at(tokens, j, end)
            if party is None or party.name is None:
                break
            if not any(_same_party(tokens, party, p) for p, _ in event.parties):
                if not (party.states or party.orgs) and party.office in ("state", None):
                    # of the state of the one he goes with ("جنتيلوني … برفقة وزيرة التنمية
                    # الاقتصادية فيديريكا غويدي": Italy's)
                    party.states = (
                        list(accompanied[0].states)
                        if accompanied is not None
                        else next(
                            (list(p.states) for p, s in event.parties if s == side and p.states),
                            [],
                        )
                    )
                event.parties.append((party, side))  # (not one named again)
            j = party.end
            while j < end and tokens.texts[j] in _CONJUNCTIONS | {";", ","}:
                j += 1


def _add_members(tokens: Tokens, events: list[RawEvent]) -> None:
    """A delegation said to comprise named people ("يشار إلى أن الوفد الجزائري ضم عدداً من
    الشخصيات … كحسان بشير شريف …، ورشيد فوضيل …", "وضم الوفد كلا من …") is those people,
    in the item's first meeting or visit, where it was the one unnamed party received."""
    if _COMPRISE.isdisjoint(tokens.texts):
        return
    n = len(tokens)
    for i, text in enumerate(tokens.texts):
        if text not in _COMPRISE or not any(
            # "الوفد الجزائري ضم …", "وضم الوفد كلا من …"
            tokens.texts[k] in _DELEGATIONS
            for k in range(max(0, i - 4), min(n, i + 3))
        ):
            continue
        # the meeting or visit told before, or, where none is, the one told after them
        # ("وضم الوفد كلا من …" and then "رحب المدير الإقليمي للحملة … بالوفد")
        met = [e for e in events if e.type in ("meeting", "visit")]
        event = next((e for e in met if e.trigger.start < i), met[0] if met else None)
        if event is None:
            continue
        delegations = [
            (k, party)
            for k, (party, _side) in enumerate(event.parties)
            if party.name is None
            and party.role is not None
            and _is_delegation(tokens.texts[party.role[0]])
        ]
        members = _members(tokens, i + 1, _sentence_end(tokens, i + 1, n))
        if len(delegations) != 1 or not members:
            continue
        k, delegation = delegations[0]
        side = event.parties[k][1]
        for member in members:
            member.states[:0] = delegation.states  # of the state the delegation came from
            member.orgs[:0] = delegation.orgs
        event.parties[k : k + 1] = [(member, side) for member in members]
        return


def _is_delegation(text: str) -> bool:
    """وفد, perhaps behind بـ، لـ or و ("رحب … بالوفد")."""
    return text in _DELEGATIONS or (text[0] in "بلو" and text[1:] in _DELEGATIONS)


def _members(tokens: Tokens, i: int, end: int) -> list[Party]:
    """Named people listed from ``i``, each perhaps followed by words about him, the next
    one after a comma or و: "كحسان بشير شريف وهو صحفي …، ورشيد فوضيل نائب المدير …"."""
    members: list[Party] = []
    k = i
    while k < end:
        opens = not members or tokens.texts[k - 1] == "," or tokens.texts[k].startswith("و")
        member = _member_at(tokens, k, end) if opens else None
        if member is not None:
            members.append(member)
            k = member.end
            continue
        if not members and k - i > _MAX_GAP:
            break
        k += 1
    return members


def _member_at(tokens: Tokens, k: int, end: int) -> Party | None:
    """A member named at ``k``: a given name, perhaps behind ك ("such as") or و, then the
    rest of the name; or a titled name, or an office and its holder within one clause."""
    text = tokens.texts[k]
    skip = None
    if text in given_names():
        skip = 0  # "وليد" is a name, not و + ليد
    elif len(text) > 3 and text[0] in "كو" and _may_be_given_name(text[1:]):
        skip = 1
    elif text[0] not in "وكفبل" and _may_be_given_name(text):
        skip = 0
    if skip is not None and is_name_word(tokens, k):
        name = read_name(tokens, k, end, titled=False)
        if name is not None and name[1] - name[0] >= 2:
            return Party(k, name[1], name=name, skip=skip)
    party = _party_at(tokens, k, end)
    if party is None or party.name is None or "," in tokens.texts[party.start : party.end]:
        return None
    if party.name[0] == k and text[0] == "و" and len(text) > 3 and text not in given_names():
        party.skip = 1  # "ونور حميسي مديرة مكتب …": و joins her to the list
    return party


def _may_be_given_name(word: str) -> bool:
    """A known given name, or a word rare enough in the corpus to be one (in a list of
    members, where a name is expected)."""
    return word in given_names() or not (
        word in common_words() or word in verbs() or word in stopwords()
    )


def _quoted(tokens: Tokens) -> set[int]:
    """Tokens inside quotation marks (a quotation reports no interaction of its own)."""
    inside: set[int] = set()
    if not any(mark in tokens.folded for mark in '«"“'):
        return inside
    texts = tokens.texts
    # Only marks and line ends change the depth: visit those, and take the runs between.
    marks = list(compress(range(len(texts)), map(_QUOTE_EDGES.__contains__, texts)))
    depth = opened = 0
    for i in marks:
        text = texts[i]
        if text in ("«", "“") or (text == '"' and depth == 0):
            if depth == 0:
                opened = i
            depth += 1
        elif depth and (text == "\n" or depth == 1):
            inside.update(range(opened + 1, i))
            depth = 0
        elif depth:
            depth -= 1
    if depth:
        inside.update(range(opened + 1, len(texts)))
    inside.difference_update(marks)
    return inside


_QUOTE_EDGES = frozenset({"«", "“", '"', "»", "”", "\n"})


def _sense_of_joint_subjects(tokens: Tokens, trigger: Match, n: int) -> TriggerSense | None:
    """A verb of two sides with two people joined as its subjects, met with each other
    though no مع follows ("بحث وزير الخارجية عادل الجبير ونظيره الكازاخستاني … سبل
    التعاون"): the verb's sense of meeting with someone."""
    senses = triggers().get(trigger.entry.canonical and _fold_form(trigger.entry.canonical), [])
    sense = next((s for s in senses if s.type == "meeting" and s.frame == "with"), None)
    if sense is None:
        return None
    end = _sentence_end(tokens, trigger.end, n)
    at = _skip_filler(tokens, trigger.end, end)
    first = _party_at(tokens, at, end) if at < end else None
    if first is None or not _is_person(first):
        return None
    second = _joined_subject(tokens, first.end, end)
    return sense if second is not None else None


@cache
def _written_forms(nouns: frozenset[str]) -> frozenset[str]:
    """Every token that may read as one of ``nouns`` behind its proclitics."""
    return frozenset(with_proclitics(nouns))


def _sense(tokens: Tokens, trigger: Match, n: int) -> TriggerSense | None:
    """The sense of the verb that its sentence supports, if any."""
    senses = triggers().get(trigger.entry.canonical and _fold_form(trigger.entry.canonical), [])
    # the noun a verb requires stands within its clause: "تلقى … اتصالاً"، "قدم … يرافقه عدد
    # من مديري القطاعات …، تعازي" (not a noun of the same sentence's next clauses)
    end = min(_sentence_end(tokens, trigger.end, n), trigger.end + _REQUIRED_REACH)
    words = None
    nearby = None
    for sense in senses:
        if not sense.requires:
            return sense
        if nearby is None:
            nearby = set(tokens.texts[trigger.end : end])
        if _written_forms(sense.requires).isdisjoint(nearby):
            if sense.frame == "deliver" and _relief_told_before(tokens, trigger, sense):
                return sense  # "لنقل المساعدات … إلى عدن، وصلت … طائرة": relief told before
            continue  # (most senses: no form of the noun is near, nothing to read)
        if words is None:
            words = {
                r
                for k in range(trigger.end, end)
                # "بالتنسيق مع الجامعة العربية": no partner; "وصلت الوزارة إلى حل وسط": no
                # place reached
                if (tokens.texts[k] != "مع" or not _jointly(tokens, k))
                and not _reached(tokens, k)
                and not _to_the_press(tokens, k)
                for r, _ in readings(tokens.texts[k])
            }
        if words & sense.requires:
            return sense
    return None


_CONFERENCE = fold("مؤتمر")
_PRESS_ADJECTIVES = frozenset(
    fold(w) for w in ("صحافيا", "صحفيا", "صحافياً", "صحفياً", "الصحافي", "الصحفي", "صحافي", "صحفي")
)


def _to_the_press(tokens: Tokens, k: int) -> bool:
    """A press conference ("عقد مؤتمرا صحافيا"): the press, no conference of parties."""
    return k + 1 < len(tokens) and tokens.texts[k + 1] in _PRESS_ADJECTIVES


def _asked_for(tokens: Tokens, i: int) -> bool:
    """Whether the trigger at ``i`` (a verbal noun: عقد، إجراء) is what someone asked for or
    intends, a verb of asking before it, with its subject between ("طلب مرتضى منصور عقد
    جلسة"), or "دعا إلى" right before it."""
    if i > 1 and tokens.texts[i - 1] in _TO and tokens.texts[i - 2] in _CALLED:
        return True
    for k in range(max(0, i - 5), i):
        if tokens.texts[k] in _cues("ask"):
            between = tokens.texts[k + 1 : i]
            return all(tokens.is_word(m) for m in range(k + 1, i)) and "," not in between
    return False


def _reached(tokens: Tokens, k: int) -> bool:
    """Whether the word at ``k`` is the إلى of a state or an amount reached, not a place
    ("وصلت … إلى حل وسط"، "وصل إلى مستويات قياسية"، "وصلت إلى 44 في المائة")."""
    if tokens.texts[k] not in _TO or k + 1 >= len(tokens):
        return False
    following = tokens.texts[k + 1]
    return following.isdigit() or following in _cues("reached")


def _partner_with(tokens: Tokens, i: int, end: int) -> int | None:
    """Where the first مع that names a partner stands, from ``i`` on (not "بالتنسيق مع")."""
    return next(
        (k for k in range(i, end) if tokens.texts[k] == "مع" and not _jointly(tokens, k)), None
    )


def _jointly(tokens: Tokens, k: int) -> bool:
    """Whether the word at ``k`` is the مع of "in coordination with" ("بالتنسيق مع"), which
    names those acted with, not someone met."""
    return tokens.texts[k] == "مع" and k > 0 and tokens.texts[k - 1] in _JOINTLY


def _fold_form(form: str) -> str:
    from nashra.text.normalization import fold

    return fold(form)


def _in_background(tokens: Tokens, i: int) -> bool:
    """Told as background: "كان قد التقى", "سبق أن", or a clause opening with كان
    ("وكان الشيخ تميم بن حمد آل ثاني استقبل …")."""
    if any(tokens.texts[k] in _BACKGROUND_BEFORE for k in range(max(0, i - 3), i)):
        return not _told_as_recent(tokens, i)
    if _told_earlier(tokens, i):
        return True  # "وفي وقت سابق التقى …"، "التقى … في وقت سابق": earlier, background
    for k in range(i - 1, max(-1, i - 12), -1):
        text = tokens.texts[k]
        if text in _SENTENCE_END or text == ",":
            return False
        if text in _WAS:
            return not _told_as_recent(tokens, i)
    return False


def _told_earlier(tokens: Tokens, i: int) -> bool:
    """Whether the clause of ``i`` says "في وقت سابق" (earlier), not of the item's own day
    ("في وقت سابق أمس"، "في وقت سابق من اليوم" are the news itself)."""
    if "سابق" not in tokens.texts[max(1, i - 5) : i + 12]:
        return False  # most verbs: no need to find the sentence
    first = i
    while first > max(1, i - 5) and tokens.texts[first - 1] not in _SENTENCE_END:
        first -= 1
    last = min(_sentence_end(tokens, i, len(tokens)), i + 12)
    earlier = any(
        tokens.texts[k] == "سابق"
        and tokens.texts[k - 1] == "وقت"
        and _RECENT.isdisjoint(tokens.texts[k + 1 : k + 4])
        for k in range(first, last)
    )
    return earlier and not _told_as_recent(tokens, i, reach=8)


def _dated_otherwise(tokens: Tokens, i: int, end: int) -> bool:
    """Whether the clause from ``i`` says a time of its own — a month, a year, "earlier":
    "أوباما، الذي التقى الملك سلمان في يناير الماضي"."""
    for k in range(i + 1, end):
        text = tokens.texts[k]
        if text == ",":
            return False
        if (
            text in _PAST
            or (text.isdigit() and len(text) == 4)
            or (is_time_word(text) and not is_weekday(text))
        ):
            return True
    return False


_PAST = frozenset(fold(w) for w in ("الماضي", "الماضية", "سابق", "سابقا", "سابقاً", "عام"))
# the same, but for عام, which an office may end in ("مدير عام"): after a visitor's name
_LAST = _PAST - {fold("عام")}


def _told_as_recent(tokens: Tokens, i: int, reach: int = 3) -> bool:
    """A clause in the form of background that tells the item's own day: "وكان خادم الحرمين
    الشريفين قد استقبل صباح اليوم …"، "وكان … قد تفقد أمس" (not "كان قد التقى في وقت سابق")."""
    window = tokens.texts[i + 1 : i + 1 + reach]
    said = not _RECENT.isdisjoint(window) or any(is_time_word(w) for w in window)
    if not said:
        # … or past the party met, before the sentence ends: "وكان الرئيس النيجيري قد
        # التقى بنظيره الأمريكي، باراك أوباما، الإثنين" (a day or a weekday, no month)
        end = _sentence_end(tokens, i, len(tokens))
        further = tokens.texts[i + 1 + reach : min(end, i + 12)]
        said = not _RECENT.isdisjoint(further) or any(map(is_weekday, further))
    return said and tokens.texts[i - 1] != "سبق"


_LATER = frozenset(fold(w) for w in ("لاحق", "متأخر"))


def _sentence_end(tokens: Tokens, i: int, n: int) -> int:
    texts = tokens.texts
    i = min(i, n)  # the next sentence's end, asked for after the last one, is the text's
    while i < n and (
        texts[i] not in _SENTENCE_END
        # "د." and "م." abbreviate a title; "اليوم؛ وزير الخارجية": a pause after the time
        or (texts[i] == "." and i > 0 and len(texts[i - 1]) == 1)
        or (texts[i] == ";" and i > 0 and texts[i - 1] in _SKIP_WORDS)
    ):
        i += 1
    return i


_IN_GODS_KEEPING = frozenset(fold(w) for w in ("بحفظ", "برعاية", "بعون", "بتوفيق", "بحمد"))
_AND_HIS_CARE = frozenset(fold(w) for w in ("ورعايته", "وتوفيقه", "وعونه", "وحفظه"))


def _a_time(text: str) -> bool:
    """A word of when: "اليوم", "أمس", a weekday, a month (and the rest of _SKIP_WORDS)."""
    return text in _SKIP_WORDS or is_time_word(text)


def _past_times(tokens: Tokens, i: int, end: int) -> int:
    """The first token from ``i`` (before ``end``) that is no word of when."""
    while i < end and _a_time(tokens.texts[i]):
        i += 1
    return i


def _skip_filler(tokens: Tokens, i: int, end: int) -> int:
    """Pass over the time, place and punctuation between a verb and its parties."""
    while i < end:
        text = tokens.texts[i]
        if (
            text in _SKIP_WORDS
            or text in _PRONOUN_HONORIFICS
            or text in (",", "-", "–", "(", ")", ";")
            or text.isdigit()
        ):
            i += 1
            continue
        if text in _EACH and i + 1 < end and tokens.texts[i + 1] == "من":
            i += 2  # "وقع الاتفاقية كل من رئيس مجلس الإدارة …"
            continue
        if text == _FIRST and tokens.texts[i + 1 : i + 3] == ["من", "امس"]:
            i += 3  # "أول من أمس": the day before yesterday
            continue
        if text in PRAYERS and i + 1 < end and tokens.texts[i + 1] == "الله":
            i += 2  # "- حفظه الله -"
            continue
        if text in _IN_GODS_KEEPING and i + 1 < end and tokens.texts[i + 1] == "الله":
            # "وصل بحفظ الله ورعايته خادم الحرمين الشريفين": the formula, then the subject
            i += 3 if i + 2 < end and tokens.texts[i + 2] in _AND_HIS_CARE else 2
            continue
        if (
            text in _BROTHER
            and i + 1 < end
            and lexicon().match(tokens, i + 1, _TITLE_KINDS) is not None
        ):
            i += 1  # "اتصالاً هاتفياً من أخيه صاحب السمو الشيخ صباح …": protocol, not kin
            continue
        if text[:1] == "ب" and len(text) > 3:
            where = lexicon().match(tokens, i, _PLACE_OR_STATE)
            if where is not None and where.skip == 1:
                i = where.end  # "بالجزائر العاصمة، وزير الخارجية الفرنسي": where, not whom
                if i < end and tokens.texts[i] in _CAPITAL:
                    i += 1
                continue
        if text in _FRIENDLY and i > 0 and _names_state(tokens, i - 1):
            i += 1  # "أمير دولة الكويت الشقيقة": the state's epithet, not a sister met
            continue
        if (
            text in OPENING_QUOTES
            and i + 3 < end
            and tokens.texts[i + 1] in PRAYERS
            and tokens.texts[i + 2] == "الله"
            and tokens.texts[i + 3] in CLOSING_QUOTES
        ):
            i += 4  # 'كما بعث "حفظه الله" برقية'
            continue
        if is_time_word(text):
            i += 1
            continue
        if i + 1 < end and is_time_word(f"{text} {tokens.texts[i + 1]}"):
            i += 2  # a month of two words: "١٠ جمادى الأولى ١٤٤٤هـ"
            continue
        if _YEAR_OF_ERA.fullmatch(text) or (
            text in _ERAS and i > 0 and tokens.texts[i - 1].isdigit()
        ):
            i += 1  # "١٤٤٤هـ الموافق ٤ ديسمبر ٢٠٢٢م": a year and its era
            continue
        if (
            text == "في"
            and i + 2 < end
            and tokens.texts[i + 1] == fold("وقت")
            and tokens.texts[i + 2] in _LATER
        ):
            i += 3  # "واستقبل سموه في وقت لاحق سفير الصين": when, not where
            continue
        if text in _UPON and i + 1 < end and tokens.texts[i + 1] == _MARGIN:
            # "التقى … على هامش أعمال الدورة السبعين للجمعية العامة للأمم المتحدة في
            # نيويورك، وزير خارجية أذربيجان": the occasion, up to a comma or a person
            j = i + 2
            while (
                j < end
                and j - i <= 20
                and tokens.is_word(j)
                and not _named(tokens, j, end)
                and not _office_after_place(tokens, j, end)
            ):
                j += 1
            i = j
            continue
        if text == "لدي" and i + 1 < end and tokens.texts[i + 1] in _ARRIVAL:
            i += 1  # "لدى وصوله منزل العزاء بالرياض": where he arrived, up to the party
            text = tokens.texts[i]
        if (
            text in _PLACE_OPENERS
            or text in _ARRIVAL
            or (text[0] in "بف" and text[1:] in _PLACE_NOUNS)
        ):
            # "في مكتبه بقصر الحكم", "في مقر وزارة العمل بمدينة الرياض": up to eight words
            # of place, until a party starts there, or a time word ends it.
            j = i + 1
            while (
                j < end
                and j - i <= 8
                and tokens.is_word(j)
                and tokens.texts[j] not in _STOP_OBJECTS
                and tokens.texts[j] not in _SKIP_WORDS
                # "في 3 أغسطس سفير اليابان": a day, not a place
                and not tokens.texts[j].isdigit()
                and not is_time_word(tokens.texts[j])
                and tokens.texts[j] not in _DELEGATIONS
                and tokens.texts[j] not in _HELD  # "بصالة الاجتماعات بالمحافظة اجتماع"
                and (
                    _owner_of_place(tokens, j)
                    or not (_named(tokens, j, end) or _office_after_place(tokens, j, end))
                )
                and not (j > i + 1 and _opens_group(tokens, j))  # "بمقر الأمانة المهنئين"
                # "بمطار أربيل الدولي فلاح مصطفى": an airport's name ends there
                and tokens.texts[j - 1] not in _INTERNATIONAL
            ):
                # "بمطار الملك عبدالعزيز الدولي أمير منطقة مكة": the king's name is the place's
                j = past_namesake(tokens, j, end) or j + 1
            i = j
            continue
        break
    return i


_UPON = frozenset(fold(w) for w in ("على", "وعلى"))
_MARGIN = fold("هامش")
_ERAS = frozenset(fold(w) for w in ("هـ", "ه", "م"))  # the Hijri and the Gregorian year
_YEAR_OF_ERA = re.compile(r"\d{3,4}[هم]")


def _owner_of_place(tokens: Tokens, j: int) -> bool:
    """Whether the words at ``j`` name whose body the place before is, in construct after
    its noun: "بمقر سفارة خادم الحرمين الشريفين في روما" (the King's embassy, no guest)."""
    before = lexicon().match(tokens, j - 1, _ROLE_KINDS) if j > 0 else None
    return (
        before is not None
        and before.end == j
        and not before.skip
        and before.entry.detail == "body"
        and not tokens.texts[j - 1].startswith("ال")
    )


def _office_after_place(tokens: Tokens, j: int, end: int) -> bool:
    """A person's office that a place ends before: after a definite word or a pronoun
    ("في مقر الوزارة بالرياض وزير الإسكان", "في مكتبه سفير اليابان"), not inside a
    construct ("في مكتب وزير الخارجية": the minister's office is the place)."""
    before = tokens.texts[j - 1]
    if not (
        before.startswith(("ال", "بال", "وال", "لل"))
        # (a pronoun, not a ة: "في مقر رئاسة الوزراء" is a construct, the premiership)
        or (before.endswith("ه") and not tokens.ends_with_ta_marbuta(j - 1))
        or before.endswith("ها")
        or _city_ends_at(tokens, j)  # "لدى وصوله مطار طوكيو سفير خادم الحرمين الشريفين"
    ):
        return False
    if tokens.texts[j] in _MAIN and _HEADQUARTERS in before:
        return False  # "في مقرها الرئيس بمدينة بريدة": the main seat, no president
    party = read_party(tokens, j, end)
    return party is not None and party.role is not None and party.office not in ("body", None)


def _city_ends_at(tokens: Tokens, j: int) -> bool:
    """Whether a city or a state the lexicon knows ends right before ``j``."""
    for k in range(max(0, j - 3), j):
        found = lexicon().match(tokens, k, _PLACE_OR_STATE)
        if found is not None and found.end == j:
            return True
    return False


def _named(tokens: Tokens, j: int, end: int) -> bool:
    """A titled or named party starts here (an office alone may be part of a place), perhaps
    behind a proclitic ("في اتصال هاتفي برئيس الوزراء الباكستاني نواز شريف")."""
    party = None
    if len(tokens.texts[j]) > 3 and tokens.texts[j][0] in "وبلف":
        party = read_party(tokens, j, end, proclitic=True)
    if party is None:
        party = read_party(tokens, j, end)
    return party is not None and (party.name is not None or bool(party.titles))


# what carries relief, and the ordinal that may open it ("رست أول سفينة تنقل مساعدات")
_RELIEF_CARRIERS = frozenset(
    fold(w)
    for w in (
        "سفينة", "السفينة", "سفن", "باخرة", "الباخرة", "طائرة", "الطائرة", "طائرات",
        "قافلة", "القافلة", "قوافل", "شحنة", "الشحنة", "شحنات", "دفعة", "الدفعة",
    )
)  # fmt: skip
_ORDINALS = frozenset(fold(w) for w in ("أول", "ثاني", "ثالث", "رابع", "خامس", "آخر"))
_CARRIER_OPENERS = _RELIEF_CARRIERS | _ORDINALS  # the word a carrier's phrase opens with
# where the carrier lands: "إلى مطار عدن الدولي"، "في مرفأ عدن"
_LANDS_AT = frozenset(fold(w) for w in ("إلى", "في"))
# … or the port it lands at, glued to لـ: "وصول سفينة إغاثة لميناء عدن"
_PORTS = _LANDINGS | {fold("مدينة")}


def _lands_at(text: str) -> bool:
    return text in _LANDS_AT or (text[:1] == "ل" and text[1:] in _PORTS)


# who gave what it carries, told after the place: "… إلى مدينة سيئون … مقدمة من مركز …"
_GIVEN_BY = frozenset(fold(w) for w in ("مقدمة", "المقدمة", "مقدمه", "تابعة", "التابعة"))
# where the carrier's description ends: at its load ("محملة بنحو 2315 طنا"، "تنقل مساعدات")
_LADEN = frozenset(
    fold(w)
    for w in (
        "محملة", "المحملة", "تحمل", "تحملان", "التي", "تنقل", "تقل", "وهي", "استأجرتها",
        "أرسلتها", "قدمتها", "سيرتها", "بعثتها",
    )
)  # fmt: skip
_CARRIER_REACH = 12  # tokens of the carrier's phrase, up to where it lands


def _aid_delivered(
    tokens: Tokens, trigger: Match, sense: TriggerSense, i: int, end: int
) -> list[RawEvent]:
    """Relief landing where it is sent: "وصلت أمس الطائرة الإغاثية السعودية السادسة إلى مطار
    عدن الدولي" is aid from the carrier's state (or organisation: "سفينة … تابعة للأمم
    المتحدة") to the state of the place it reaches; the carrier, unnamed, stands for its
    giver. Not a carrier of anything else ("وصلت الطائرة إلى جدة"), nor one landing nowhere
    the text names."""
    lands = None
    if i < end and _lands_at(tokens.texts[i]):
        # "ووصلت الى عدن اول سفينة مساعدات دولية": where first, the carrier after it
        lands = i
        i = next(
            (k for k in range(i + 1, min(end, i + 5)) if tokens.texts[k] in _CARRIER_OPENERS), end
        )
    j = i + 1 if i < end and tokens.texts[i] in _ORDINALS else i
    if j >= end or tokens.texts[j] not in _RELIEF_CARRIERS:
        return []
    stop = min(end, j + _CARRIER_REACH)
    if lands is None:
        lands = next((k for k in range(j + 1, stop) if _lands_at(tokens.texts[k])), None)
        if lands is None:
            return []
        load = tokens.texts[j:lands]
    else:
        load = tokens.texts[j:stop]
    told_before = sense.requires.isdisjoint(load)  # no relief in the load: said before it
    if told_before and not _relief_told_before(tokens, trigger, sense):
        return []
    carried = lands
    if lands < j:
        carried = next((k for k in range(j + 1, stop) if tokens.texts[k] == ","), stop)
    carrier_end = next(
        (k for k in range(j + 1, carried) if _a_time(tokens.texts[k]) or tokens.texts[k] in _LADEN),
        carried,
    )
    where = next(
        (
            place
            for k in range(lands + 1, min(end, lands + 4))
            if (place := _state_of_city(tokens, k) or _state_named(tokens, k)) is not None
        ),
        None,
    )
    if where is None:
        return []
    giver = _givers(tokens, j, carried) or _given_by(tokens, max(where.end, j), end)
    if told_before:
        # the relief told before is sent to where the carrier lands, by whom it names
        start, reached = _sentence_start(tokens, trigger.start), where.whole.entry.code
        if reached not in _states_told(tokens, start, trigger.start):
            return []  # "بعد أن سلم الوزير المساعدات، وصلت طائرته إلى جدة": his plane
        giver = giver or [m for m in _givers(tokens, start, i) if m.entry.code != reached]
    states = [m for m in giver if m.entry.kind == "state"]
    orgs = [m for m in giver if m.entry.kind == "org"]
    carrier = Party(j, carrier_end, role=(j, carrier_end), states=states[:1], orgs=orgs[:1])
    return [RawEvent("aid", "deliver", trigger, [(carrier, "participant"), (where, "participant")])]


def _relief_told_before(tokens: Tokens, trigger: Match, sense: TriggerSense) -> bool:
    """Whether the clauses of the sentence before the verb say what is carried: "لتسيير جسر
    جوي لنقل المساعدات … إلى محافظة عدن، وصلت اليوم ثاني طائرة إلى مطار عدن الدولي"."""
    told = tokens.texts[_sentence_start(tokens, trigger.start) : trigger.start]
    return "," in told and not _written_forms(sense.requires).isdisjoint(told)


def _states_told(tokens: Tokens, start: int, end: int) -> set[str]:
    """The states named in ``start``–``end``, by name, adjective or one of their cities."""
    states = (lexicon().match(tokens, k, _STATE_KINDS) for k in range(start, end))
    cities = places_in(tokens, start, end)
    return {s.entry.code for s in states if s is not None} | {
        c.entry.detail for c in cities if c.entry.detail
    }


def _givers(tokens: Tokens, start: int, end: int) -> list[Match]:
    """The states and organisations named in ``start``–``end``, in order."""
    found, k = [], start
    while k < end:
        named = lexicon().match(tokens, k, _GIVER_KINDS)
        if named is None:
            k += 1
            continue
        found.append(named)
        k = named.end
    return found


_GIVER_KINDS = frozenset({"state", "org"})


def _given_by(tokens: Tokens, start: int, end: int) -> list[Match]:
    """The giver told after the carrier landed: "مقدمة من …"، "تابعة للأمم المتحدة"."""
    for k in range(start, end - 1):
        if tokens.texts[k] in _GIVEN_BY:
            return _givers(tokens, k + 1, min(end, k + 6))[:1]
    return []


def _read_event(
    tokens: Tokens,
    trigger: Match,
    sense: TriggerSense,
    n: int,
    known_names: frozenset[tuple[str, ...]] = frozenset(),
) -> list[RawEvent]:
    event_type, frame = sense.type, sense.frame
    if (
        event_type == "statement"
        and trigger.start > 0
        and tokens.texts[trigger.start - 1] in _GOVERNING_A_NOUN
    ):
        return []  # "على الرغم من نفي وزير الخارجية …": the verbal noun, a denial told of
    end = _sentence_end(tokens, trigger.end, n)
    with_at = next((k for k in range(trigger.end, end) if tokens.texts[k] == "مع"), None)
    if frame == "chair" and with_at is not None:
        event_type, frame = "meeting", "with"  # "عقدت اجتماعاً … مع الأمين العام للحزب"
    else:
        with_at = None
    i = _skip_filler(tokens, trigger.end, end)
    if frame == "deliver":
        return _aid_delivered(tokens, trigger, sense, i, end)
    pronoun = next(
        (k for k in range(trigger.end, i) if tokens.texts[k] in _PRONOUN_HONORIFICS), None
    )
    if pronoun is not None:
        if frame == "with":
            return _honorifics_met(tokens, trigger, pronoun, i, end)
        return []  # "استقبل سموه … كلاً من معالي …": the subject is the pronoun (_continued)
    if frame == "with" and i < end and (pair := _dual_subject(tokens, i, end)):
        # "التقى الرئيسان الأمريكي باراك أوباما والصيني شي جين بينغ"، "بحث وزيرا الخارجية
        # السعودي عادل الجبير والمصري سامح شكري": the office's dual, each by his state
        return [RawEvent(event_type, frame, trigger, [(p, "participant") for p in pair])]
    # The subject follows the verb at once, but for the time and place passed over; in
    # reported speech it may stand before it ("إن المبعوث الأممي إسماعيل ولد الشيخ أحمد التقى").
    if event_type == "agreement" and i < end and _agreement_noun(tokens.texts[i]):
        # "وقع المذكرتين الأمير الدكتور تركي بن سعود …": what was signed, then who
        i = _skip_filler(tokens, _past_agreement_noun(tokens, i, end), end)
    relative = trigger.start > 0 and tokens.texts[trigger.start - 1] in _RELATIVE_PRONOUNS
    speaker = _speaker(tokens, trigger.start, known_names)
    if speaker is not None:
        relative = False
    subject = _party_at(tokens, i, end) if i < end and not relative and not speaker else None
    if subject is None and i < end and not relative:
        subject = _known_at(tokens, i, end, known_names)  # "وزار الرحيلي مدرسة الرشاد"
    destination = None
    told_before = False  # the subject stands before the verb, what follows is visited
    if subject is None and event_type == "visit" and i < end and tokens.texts[i] == "الي":
        # "وصل إلى القاهرة مساء اليوم السبت وزير الخارجية الأمريكي جون كيري": where to first
        destination = _visited(tokens, i, end)
        if destination is not None:
            i = _skip_filler(tokens, destination.end, end)
            subject = _party_at(tokens, i, end) if i < end else None
            if subject is not None and not _is_person(subject):
                subject = None  # "وصلت إلى اليابان والصين": a second place, not a visitor
    if event_type == "visit" and not relative and trigger.skip == 0:
        # "كشفت الوزارة أن وزير الخارجية الروسي سيرجي لافروف وصل …": said of its subject,
        # and whoever follows the verb is visited ("أن السفير السعودي بسلطنة عمان زار
        # الطفلة في المستشفى")
        before = _party_before(tokens, trigger.start, known_names)
        if (
            before is not None
            and (before.role is not None or before.titles)  # not "أن سمعة وارسو وصلت"
            and before.start > 0
            and tokens.texts[before.start - 1] in _THAT
        ):
            subject, i, told_before = before, trigger.end, True
    if (
        subject is not None
        and event_type == "visit"
        and trigger.skip == 1
        and subject.office == "family"
        and subject.name is None
    ):
        # "…، وزار والدي الطفل وشقيقه في المستشفى": the kin visited, the clause's subject
        # visits (read by _continued)
        return []
    if subject is not None:
        subject = _with_apposed_holder(tokens, subject, end, frame in ("host", "with"))
    resume = subject.end if subject is not None and not told_before else i
    if speaker is not None:
        subject, resume = speaker, i
    if relative:
        # "العاهل الأردني الملك عبدالله الثاني الذي استقبل ولي ولي العهد": the antecedent.
        antecedent_end = trigger.start - 1
        if antecedent_end > 1 and tokens.texts[antecedent_end - 1] == ",":
            # "ماتيو رينزي، الذي التقى … أمس": the comma before الذي; a clause set off so
            # describes its antecedent, and tells an event only with the day it happened
            # (not "جيمي كارتر، الذي زار إسرائيل مباشرة بعد توقيع الاتفاقية")
            if not _told_as_recent(tokens, trigger.start, reach=10) and (
                event_type != "meeting"
                or sense.requires  # "طلال عشقان، الذي أقام مأدبة عشاء للاعبي الفريق"
                or _dated_otherwise(tokens, trigger.start, end)
            ):
                # (but "وقال حسن روحاني، الذي التقى وزير الاقتصاد الألماني …": a meeting
                # told by its own verb is the news, unless another time is said)
                return []
            antecedent_end -= 1
        before = _party_before(tokens, antecedent_end, known_names)
        if before is None and tokens.texts[antecedent_end] == ",":
            before = _bare_name_before(tokens, antecedent_end)  # "وقال حسن روحاني، الذي"
        if before is None:
            return []
        subject = before
    object_first = subject is not None and tokens.texts[i].startswith("ب") and frame == "with"
    # "وكان خادم الحرمين الشريفين قد استقبل …": the subject stands before قد
    subject_first = trigger.start > 0 and tokens.texts[trigger.start - 1] == "قد"
    if subject_first and frame not in ("host", "with"):
        before = _party_before(tokens, trigger.start, known_names)
        if before is not None:
            subject, resume = before, i  # "وكان سمو ولي ولي العهد قد وصل أمس إلى …"
    if frame in ("host", "with") and (subject is None or object_first or subject_first):
        before = _party_before(tokens, trigger.start, known_names, states=event_type == "agreement")
        if before is not None:
            subject, resume = before, i
        elif object_first and subject.skip:
            # "وصل قاسم سليماني إلى موسكو والتقى بالرئيس الروسي … ووزير الدفاع …": the one met
            # follows بـ, the subject goes on unsaid from the clause before (_continued)
            return []
    elif frame in ("host", "with") and not relative and speaker is None and trigger.skip == 0:
        # "وقال بيان للديوان الملكي إن خادم الحرمين الشريفين استقبل ولي عهد أبوظبي"، "وكان
        # وزير الخارجية عادل الجبير التقى أمس …": the subject said before the verb, and
        # the one after it is received or met
        before = _party_before(tokens, trigger.start, known_names)
        if (
            before is not None
            and before.start > 0
            and tokens.texts[before.start - 1] in _SAID_THAT | _WAS
            and _is_person(before)
        ):
            subject, resume = before, i
    if subject is None and frame in ("from", "to") and not relative:
        # "أن خادم الحرمين الشريفين تلقى اتصالاً هاتفياً من …"، "أن الرئيس اليمني … بعث
        # برسالة … إلى": what was said of the one who received or sent
        before = _party_before(tokens, trigger.start, known_names)
        if before is None and trigger.start > 0 and tokens.texts[trigger.start - 1] == ",":
            # "أن الرئيس اليمني عبد ربه منصور هادي، بعث برسالة": set off by a comma
            before = _party_before(tokens, trigger.start - 1, known_names)
        if before is not None and (
            before.start == 0 or tokens.texts[before.start - 1] in _SAID_THAT | {",", "و"}
        ):  # not "عاصفة الحزم التي أطلقها خادم الحرمين الشريفين … أرسلت رسالة"
            # ("وأفاد مصدر بأن الرئيس الإندونيسي … تلقى اتصالا هاتفيا من …")
            subject, resume = before, i
    if subject is None or (
        event_type == "visit"
        and (
            _of_things(tokens, subject)
            or tokens.texts[subject.start] == "عددا"
            or subject.whole is not None  # "وصل أمس اليمن قوات يمنية": where, not who
        )
    ):  # "وصلت عدد من سيارات المزارعين"; "زار عدداً من …" is what was visited
        return []
    if frame == "condole":
        return _condolences(tokens, trigger, subject, resume, end)
    if frame == "preside":
        return _presided(tokens, trigger, sense, subject, resume, end)
    sides = {"host": ("host", "guest"), "chair": ("participant", "host")}.get(
        frame, ("participant", "participant")
    )
    parties: list[tuple[Party, str]] = [(subject, sides[0])]
    after = resume
    # Co-subjects joined by و: "استقبل … الدكتور أحمد الصمعاني، ومدير فرع الوزارة …" (the
    # و a conjunction, not the first letter of "ولي العهد"); only after a subject that
    # follows its verb.
    joining = after == subject.end
    while joining and after < end:
        k = after + 1 if tokens.texts[after] == "," else after
        joined = lexicon().match(tokens, k) if k < end else None
        if joined is not None and joined.skip == 1 and tokens.texts[k].startswith("و"):
            more = read_party(tokens, k, end, proclitic=True)
            if more is not None and (more.name is not None or more.role is not None):
                parties.append((more, sides[0]))
                after = more.end
                continue
        break
    if (
        after == subject.end
        and after + 1 < end
        and tokens.texts[after] == ","
        and tokens.texts[after + 1] in _RELATIVE_PRONOUNS
    ):
        # "كما التقت موغيريني، التي تشغل أيضا منصب …، بالرئيس القبرصي": a clause about the
        # subject, between commas, before the one met
        close = next(
            (k for k in range(after + 2, min(end, after + 16)) if tokens.texts[k] == ","), None
        )
        if close is not None:
            after = close + 1
    if frame == "attend":
        # "حضر الرئيس الفرنسي فرانسوا هولاند حفل افتتاح قناة السويس في الإسماعيلية": at an
        # occasion in another state, a visit to it (one at home is dropped once the parties'
        # states are known)
        venue = _venue_state(tokens, after, end)
        if venue is None:
            return []
        guests = [(p, "guest") for p, _ in parties]
        return [RawEvent("visit", "attend", trigger, [*guests, (venue, "host")])]
    if event_type == "visit":
        left_after_visit = (
            fold(trigger.entry.canonical or "") in _LEFT and fold("زيارة") in sense.requires
        )
        if left_after_visit and not any(
            tokens.texts[k] in _VISIT_NOUNS and tokens.texts[k - 1] == "بعد"
            for k in range(after, end)
        ):
            return []  # "أوباما الذي غادر الولايات المتحدة … بأول زيارة": where from
        # "زار … طهران"، "غادر … محافظة عدن … بعد زيارة": the place, with no preposition
        direct = fold(trigger.entry.canonical or "") in _VISIT_VERBS or left_after_visit
        visited = destination or _visited(tokens, after, end, direct)
        staff = _staff_greeted(tokens, trigger, after, end) if visited is None else None
        if staff is not None:
            # "عايدت شركة الربيع … منسوبيها"، "قام مدير الجمرك بمعايدة رؤساء الأقسام": Eid
            # greetings to the staff, met together (ANNOTATION.md: an Eid reception)
            hosts = [(p, "host") for p, _ in parties]
            return [RawEvent("meeting", "host", trigger, [*hosts, (staff, "guest")])]
        if visited is not None and visited.whole is None:
            # a visit to someone: the one visited hosts, a meeting
            return [
                RawEvent(
                    "meeting",
                    "host",
                    trigger,
                    [(visited, "host"), *((p, "guest") for p, _ in parties)],
                    subject=1,
                )
            ]
        if visited is not None:
            parties = [(p, "guest") for p, _ in parties] + [(visited, "host")]
        elif staff is None and (group := _people_visited(tokens, after, end)) is not None:
            parties = [*((p, "guest") for p, _ in parties), (group, "host")]
    if frame in ("alone", "declare"):
        said = any(
            r.startswith(_STATEMENT)
            for k in range(trigger.end, min(end, trigger.end + _REQUIRED_REACH))
            for r, _ in readings(tokens.texts[k])
        )
        return [RawEvent(event_type, frame, trigger, parties, in_statement=said)]
    if frame == "chair" and _is_person(subject) and len(parties) == 1:
        # "عقد الأمير عبدالله بن مساعد … اجتماعاً بمجلس إدارة الاتحاد", "فيما عقد اجتماعاً
        # باللاعبين": a person holding a meeting with those who follow بـ meets them.
        noun = next((k for k in range(after, end) if tokens.texts[k] in sense.requires), None)
        k = _past_required_noun(tokens, noun, end, sense) if noun is not None else after
        if after < k < end - 1 and tokens.texts[k] in _JOINED_BY:
            # "عقد الرئيس اليمني … اليوم اجتماعاً ضم مستشاريه الدكتور أحمد عبيد بن دغر، …"
            joined = [o for o in _objects(tokens, k + 1, end, "with") if _is_person(o)]
            if joined:
                return [
                    RawEvent(
                        "meeting",
                        "with",
                        trigger,
                        [(subject, "participant"), *((o, "participant") for o in joined)],
                    )
                ]
        met = _party_at(tokens, k, end) if after < k < end else None
        if met is not None and met.skip and tokens.texts[k].startswith("ب"):
            # read here, not by _objects: "بمجلس" would pass there for a place (a majlis)
            return [
                RawEvent(
                    "meeting", "with", trigger, [(subject, "participant"), (met, "participant")]
                )
            ]
    turns: list[int] = []
    if with_at is not None and with_at >= after:
        after = with_at + 1  # past the meeting's purpose: "عقدت اجتماعاً لبحث … مع"
    if sense.requires == _WITH_ONLY and len(parties) == 1:
        # "بحث … وزير الدفاع رئيس الديوان الملكي المستشار الخاص … مع صاحب السمو …": the
        # partner of a verb that needs مع is the one after it, whatever the subject's offices
        marked = _partner_with(tokens, after, end)
        reviewed = fold(trigger.entry.canonical or "") in _REVIEWED
        if reviewed and (marked is None or marked > _skip_filler(tokens, after, end) + 1):
            # "استعرض … مع جون كيري …" names the partner before what was reviewed; further
            # on, مع belongs to the thing ("استعرض الوزير الاتفاق النووي مع دول 5+1")
            return []
        if marked is not None:
            after = marked + 1
    if event_type == "agreement" and any(
        tokens.texts[k] in _MANY for k in range(trigger.end, min(end, resume + 3))
    ):
        return []  # "وقعت الجامعة العديد من الاتفاقيات": a record, not one signing
    partner = _signed_with(tokens, after, end) if event_type == "agreement" else None
    if partner is not None and len(parties) == 1:
        # "وقعت الشركة السعودية للكهرباء مذكرة تفاهم مع مدينة الملك عبد العزيز للعلوم
        # والتقنية": the partner after مع, though the lexicon may not know it
        objects = [partner]
    else:
        objects = _objects(tokens, after, end, frame, turns, known_names=known_names)
        if not objects and frame == "with":
            # "بحث وفد من غرفة تجارة وصناعة البحرين، تطوير ودعم الفعاليات … مع غرفة جدة":
            # the partner after مع, past what was discussed
            marked = _partner_with(tokens, after, end)
            if marked is not None and marked + 1 < end:
                objects = _objects(tokens, marked + 1, end, frame, turns, known_names=known_names)
            at = marked + 1 if marked is not None else after
            if not objects and at < end and tokens.texts[at] in _PRONOUN_HONORIFICS:
                # "وعقد السيسي اجتماعاً مع سموه": His Highness, the one the item is about
                partner = _first_titled_person(tokens, trigger.start)
                if partner is not None and not _same_party(tokens, partner, subject):
                    objects = [partner]
        if not objects and frame == "to" and event_type == "message":
            objects = _handed_to(tokens, trigger, after, end)
        if not objects and event_type == "agreement" and len(parties) == 1:
            objects = _other_signer(tokens, after, end)
    objects = [o for o in objects if not _of_things(tokens, o)]  # "عدداً من الاتصالات"
    if frame == "from" and event_type in ("message", "cable") and objects:
        sender = _sender_after_noun(tokens, objects[-1].end, end, sense.requires)
        if sender is not None and not any(_same_party(tokens, sender, o) for o in objects):
            # "تسلّم الأمين العام … من سفير دولة فلسطين …، رسالة خطية من الرئيس الفلسطيني
            # محمود عباس": the envoy handed over what the president sent
            objects = [*objects, sender]
    if objects and objects[-1].name is None and not objects[-1].states:
        named = _named_among(tokens, objects[-1].end, end, frame, turns, known_names)
        if named:
            # "مع عدد من وزراء خارجية الدول الأعضاء، من بينهم وزراء خارجية تركيا وماليزيا":
            # those the group is told by
            objects = [*objects[:-1], *named]
    if (
        frame == "with"
        and len(parties) > 1
        and objects
        and not _marked(tokens, objects[0])
        and (sense.requires or objects[0].start != _skip_filler(tokens, after, end))
    ):
        # "أجرى كل من ميركل وهولاند مكالمة هاتفية …": joint subjects met each other; a
        # party further on, without مع or بـ, is someone else's. Right after them, past
        # the time and place, it is the one they met: "التقى وزير الخارجية … ووزير الداخلية
        # … اليوم في جدة وزير الخارجية الأمريكي"
        objects = []
    if not objects and len(parties) == 1 and frame == "host":
        # "استقبل … أمس بمقر الهيئة وبحضور … السفير آدم كولاخ": those attending are the
        # guests when no one else is said to be received (ANNOTATION.md).
        attending = next((k for k in range(after, end) if tokens.texts[k] in _ATTENDING), None)
        if attending is not None:
            objects = _objects(tokens, attending + 1, end, "with", turns, listed=True)
            # "استقبل …، بحضور وكيل الوزارة …، سفير جمهورية إندونيسيا …": set off by a comma and
            # joined by no و, the one after those attending is the one received
            received = next(
                (
                    k
                    for k, o in enumerate(objects)
                    if k
                    and objects[k - 1].name is not None  # (not an office's apposition)
                    and tokens.texts[o.start - 1] == ","
                    and not o.skip
                    and not tokens.texts[o.start].startswith("و")
                ),
                None,
            )
            if received is not None:
                objects = objects[received:]
    if (
        not objects
        and len(parties) == 1
        and (frame == "host" or (frame == "with" and event_type == "meeting"))
        and _is_person(subject)
    ):
        # "استقبل … أمير المنطقة الشرقية اليوم المهنئين بعيد الفطر المبارك من مسؤولين
        # ومواطنين"، "والتقى بالعاملين هناك": a group received or met, named by a plural
        # of people alone
        objects = _lone_group(tokens, after, end, met=frame == "with")
    if not objects and len(parties) == 1:
        split = _split_office_from_guest(tokens, subject, end)
        if split is not None:
            # "التقى الأمين العام معالي السيدة عائشة …": the office is the subject, and the
            # honorific opens the other party, though an office may run into its holder.
            parties = [(split[0], sides[0])]
            objects = [split[1]]
    if (
        objects
        and len(parties) == 1
        and frame in ("host", "with")
        and objects[0].whole is not None
        and objects[0].name is None
        and tokens.texts[objects[0].start - 1] in _TO_A_STATE
        and (
            all(o.whole is not None and o.name is None for o in objects)
            or (len(objects) > 1 and objects[1].name is not None)
        )
    ):
        # "استقبل أمير منطقة الرياض المبعوث الأممي إلى اليمن هانس غروندبرغ": the state an
        # envoy's office goes to is no one received; the office is the guest's, and so is a
        # name set off after it ("استقبل الأمين العام المبعوث الخاص … إلى أفغانستان، السفير
        # طارق علي بخيت": the envoy's office had run into the host's)
        split = _split_offices(tokens, subject, end)
        if split is not None:
            envoy, named = split[1], objects[1] if len(objects) > 1 else None
            if named is not None and named.name is not None:
                envoy = replace(
                    named,
                    role=(envoy.start, objects[0].end),
                    states=envoy.states,
                    orgs=envoy.orgs,
                    office=envoy.office,
                )
                objects = [envoy, *objects[2:]]
            else:
                objects = [envoy]
            parties = [(split[0], sides[0])]
    if not objects and len(parties) == 1 and frame in ("host", "with"):
        split = _two_in_one_subject(tokens, subject, end)
        if split is not None:
            # "استقبل أمير منطقة الرياض مدير شرطة المنطقة"، "التقى وزير الخارجية السعودي
            # وزير الخارجية الأمريكي جون كيري"، "استقبل وزير الصحة عبدالله الغامدي مدير
            # المستشفى": two parties read as one, the second the one received or met
            parties = [(split[0], sides[0])]
            objects = [split[1]]
    elif not objects and len(parties) > 1 and frame in ("host", "with"):
        # "التقى الأمين العام رئيس جمهورية جيبوتي، إسماعيل جيلة، ورئيس المجلس الرئاسي الليبي":
        # the co-subject joined by و goes with one the subject took in, the first one met
        split = _two_in_one_subject(tokens, subject, end)
        if split is not None:
            objects = [split[1], *(p for p, _ in parties[1:])]
            parties = [(split[0], sides[0])]
    if not objects and event_type == "call" and len(parties) == 1 and _is_person(subject):
        # "أجرى أمير منطقة عسير عددا من الاتصالات الهاتفية نقل من خلالها تعازي … إلى أسرة
        # الشهيد": the calls were to the bereaved
        bereaved = _bereaved_after(tokens, after, end)
        if bereaved is not None:
            objects = [bereaved]
    if (
        not objects
        and frame == "chair"
        and len(parties) > 1
        and all(_is_person(p) and p.name is not None for p, _ in parties)
    ):
        # "عقد وزير الخارجية عادل الجبير ونظيره الكازاخستاني … اجتماعا": the two met
        event_type, frame = "meeting", "with"
        parties = [(p, "participant") for p, _ in parties]
    if not objects and frame == "with" and len(parties) > 1:
        # "بحث الرئيس الأميركي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي":
        # those joined as subjects of a verb of two sides met each other
        return [RawEvent(event_type, frame, trigger, parties)]
    if (
        not objects
        and frame == "chair"
        and len(parties) == 1
        and subject.name is None
        and (
            subject.office == "body"
            or (subject.whole is not None and subject.whole.entry.kind == "org")
        )
    ):
        # "عقد مجلس الأمن القومي اجتماعاً صباح اليوم"، "عقدت اللجنة اجتماعها الدوري": the body
        # met in session, though no one is said to chair it (ANNOTATION.md); an international
        # organisation's is a conference ("عقد مجلس الأمن الدولي اجتماعاً طارئاً")
        noun = next((k for k in range(after, end) if tokens.texts[k] in sense.requires), end)
        counted = any(
            tokens.texts[k].isdigit() or tokens.texts[k] in _MANY
            for k in range(max(after, noun - 3), noun)
        )
        # (not a record: "وعقد المجلس في دورته الحالية «57» اجتماعاً عادياً")
        return [] if counted else [RawEvent("meeting", "chair", trigger, parties)]
    if (
        not objects
        and frame == "with"
        and event_type == "meeting"
        and len(parties) == 1
        and subject.name is None
        and subject.role is not None
        and tokens.texts[subject.role[0]] in _LEADERS_OF_MANY
        and (subject.orgs or len(subject.states) > 1)
    ):
        # "اجتمع وزراء خارجية دول مجلس التعاون"، "التقى قادة دول الاتحاد الأوروبي": the
        # ministers or leaders of many states met one another, in conference (ANNOTATION.md)
        return [RawEvent("conference", frame, trigger, parties)]
    if not objects:
        return [] if event_type != "visit" else [RawEvent(event_type, frame, trigger, parties)]
    if (
        len(objects) > 1
        and not turns
        and (
            not _SEPARATELY.isdisjoint(tokens.texts[trigger.end : end])
            or _bilateral_meetings(tokens, trigger.end, end)
        )
    ):
        # "التقى الأمين العام في لقاءين منفصلين وزير خارجية السنغال ووزير خارجية غينيا"،
        # "عقد … لقاءات ثنائية مع كل من وزير خارجية أذربيجان …، ووزير خارجية العراق …"
        turns = list(range(1, len(objects)))
    if (
        len(objects) > 1
        and not turns
        and frame in ("from", "to", "with")
        # each named, or an office of one state: not "من ملوك ورؤساء الدول"
        and all(o.name is not None or len(o.states) + len(o.orgs) == 1 for o in objects)
        and not _SEVERAL.isdisjoint(tokens.texts[trigger.end : end])
    ):
        # "تلقى … اتصالين هاتفيين من الملك حمد بن عيسى …، والملك عبد الله الثاني": one each
        turns = list(range(1, len(objects)))
    if len(objects) == 1 and _each_delegation(tokens, objects[0]):
        # "لقاءات ثنائية مع رؤساء وفود المغرب وسيراليون والصومال": one meeting with each
        delegations = objects[0]
        objects = [replace(delegations, states=[state]) for state in delegations.states]
        turns = list(range(1, len(objects)))
    bounds = [0, *turns, len(objects)]
    return [
        RawEvent(event_type, frame, trigger, parties + [(o, sides[1]) for o in objects[a:b]])
        for a, b in pairwise(bounds)
        if b > a
    ]


_AMONG_THEM = frozenset(fold(w) for w in ("منهم", "ومنهم", "بينهم", "وبينهم"))


def _named_among(
    tokens: Tokens,
    i: int,
    end: int,
    frame: str,
    turns: list[int],
    known_names: frozenset[tuple[str, ...]],
) -> list[Party]:
    """The parties a group is told by, right after it: "…، من بينهم وزراء خارجية تركيا
    وماليزيا"، "…، منهم وزير خارجية تركيا"."""
    k = i + 1 if i < end and tokens.texts[i] == "," else i
    if k < end and tokens.texts[k] == "من":
        k += 1
    if k + 1 >= end or tokens.texts[k] not in _AMONG_THEM:
        return []
    return _objects(tokens, k + 1, end, frame, turns, known_names=known_names)


def _condolences(
    tokens: Tokens, trigger: Match, subject: Party, i: int, end: int
) -> list[RawEvent]:
    """Condolences offered to the bereaved: a meeting in person, the bereaved receiving, or
    a call when the sentence says so. The bereaved follow لـ ("قدم … التعازي لأسر وذوي
    الشهداء") or are the verb's object ("عزى الأمير سعد بن سعود … أسرة الجفالي في وفاة");
    condolences offered to anyone else ("قدم التعازي لمقام خادم الحرمين") make no meeting."""
    if not _is_person(subject):
        return []  # "ويتقدم الدفاع المدني بخالص العزاء": a body's notice
    said = set(tokens.texts[trigger.end : end])
    if not said.isdisjoint(_CABLE_WORDS):
        return []  # "نقل … برقية التعازي": a cable, read by its own verb
    if fold(trigger.entry.canonical or "") in _CONDOLE_VERBS:
        objects = _objects(tokens, i, end, "with")
        bereaved = (
            objects[0]
            if objects and (_is_person(objects[0]) or objects[0].office == "family")
            else None
        )
    else:
        bereaved = _bereaved_after(tokens, i, end)
    if bereaved is None:
        return []
    if not said.isdisjoint(_PHONE_WORDS):
        return [
            RawEvent("call", "with", trigger, [(subject, "participant"), (bereaved, "participant")])
        ]
    return [
        RawEvent("meeting", "condole", trigger, [(bereaved, "host"), (subject, "guest")], subject=1)
    ]


_PROCEEDINGS = fold("أعمال")
_OPENED = frozenset(fold(w) for w in ("افتتح", "وافتتح", "افتتحت", "وافتتحت"))


def _meeting_noun_after(tokens: Tokens, i: int, end: int, nouns: frozenset[str]) -> int | None:
    """Where the meeting noun stands after its chair, past the time, the place, a second
    office set off by a comma and how long it lasted ("اليوسف، أمس وعلى مدى يومين اجتماع
    لجنة التطوير"، "خالد طاهر، رئيس اللجنة المحلية … الاجتماع الرابع")."""
    k = _skip_filler(tokens, i, end)
    while k < end and k - i <= 16:
        text = tokens.texts[k]
        if text in nouns:
            return k
        if text == _PROCEEDINGS and k + 1 < end and tokens.texts[k + 1] in nouns:
            return k + 1  # "افتتح … أعمال الاجتماع الثالث عشر للجنة القدس"
        if text in _OVER and k + 2 < end and tokens.texts[k + 1] == _SPAN_OF:
            k = _skip_filler(tokens, k + 3, end)  # "وعلى مدى يومين"
            continue
        apposed = _party_at(tokens, k, end) if tokens.texts[k - 1] == "," else None
        if apposed is None or apposed.name is not None or apposed.role is None:
            return None
        k = _skip_filler(tokens, apposed.end, end)  # "، رئيس اللجنة المحلية …"
    return None


def _honorifics_met(
    tokens: Tokens, trigger: Match, pronoun: int, i: int, end: int
) -> list[RawEvent]:
    """Two parties named by their honorifics' pronouns, as joint statements write: "قام سمو
    ولي العهد … بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من فخامة السيد الرئيس
    عبدالفتاح السيسي … وعقد فخامته اجتماعاً مع سموه". Each is the last party the item gave
    that honorific; a named partner is read by _continued."""
    with_at = next((k for k in range(i, end) if tokens.texts[k] == "مع"), None)
    if with_at is None or with_at + 1 >= end:
        return []
    other = with_at + 1
    if tokens.texts[other] not in _PRONOUN_HONORIFICS:
        return []
    first = _honorific_referent(tokens, pronoun)
    second = _honorific_referent(tokens, other)
    if first is None or second is None or first.start == second.start:
        return []
    return [RawEvent("meeting", "with", trigger, [(first, "participant"), (second, "participant")])]


def _honorific_referent(tokens: Tokens, k: int) -> Party | None:
    """The last party before ``k`` that the honorific of the pronoun at ``k`` introduced:
    فخامته → "فخامة السيد الرئيس عبدالفتاح السيسي", سموه → "صاحب السمو الملكي الأمير …"."""
    honorific = tokens.texts[k][:-2] if tokens.texts[k].endswith("ته") else tokens.texts[k][:-1]
    forms = {honorific, "ال" + honorific, honorific.rstrip("ت") + "ه"}  # سمو، السمو، فخامه
    for j in range(k - 1, -1, -1):
        if tokens.texts[j] not in forms:
            continue
        for start in (j - 1, j):  # "صاحب السمو الملكي"
            party = read_party(tokens, start, len(tokens)) if start >= 0 else None
            if party is not None and party.name is not None:
                return party
    return None


def _presided(
    tokens: Tokens, trigger: Match, sense: TriggerSense, chair: Party, i: int, end: int
) -> list[RawEvent]:
    """A meeting chaired: "ترأس محافظ الطائف … الاجتماع الثالث للجنة التنفيذية لسوق عكاظ".
    The body in session, named after the meeting, meets with its chair (ANNOTATION.md);
    with no body named, those attending are the other party (no one else is)."""
    if not _is_person(chair):
        return []
    k = _meeting_noun_after(tokens, i, end, sense.requires)
    if k is None:
        return []  # "رأس وفد المملكة إلى الاجتماع": what he headed is not the meeting
    k += 1
    for j in range(k, min(end, k + 4)):
        if not tokens.is_word(j) or tokens.texts[j] in _ATTENDING:
            break
        body = _party_at(tokens, j, end)
        if body is not None:
            if body.name is not None or body.titles or body.whole is not None:
                return []  # a person or a state: not a body in session
            return [
                RawEvent(
                    "meeting", "chair", trigger, [(body, "participant"), (chair, "host")], subject=1
                )
            ]
    attending = next((j for j in range(k, end) if tokens.texts[j] in _ATTENDING), None)
    if attending is None or tokens.texts[trigger.start] in _OPENED:
        return []  # (those attending an opening do not meet its opener)
    present = _objects(tokens, attending + 1, end, "with", listed=True)
    if not present:
        return []
    return [
        RawEvent(
            "meeting",
            "chair",
            trigger,
            [(chair, "host"), *((p, "participant") for p in present)],
        )
    ]


def _told_again(
    tokens: Tokens,
    events: list[RawEvent],
    retold: Callable[[RawEvent], bool],
    tells: Callable[[RawEvent], bool],
    sides: tuple[str, ...],
    least: int,
) -> list[RawEvent]:
    """The events without those ``retold`` that another event the item ``tells`` already
    is: at least ``least`` words shared by the parties on ``sides`` of both (no sides: the
    retold event's actor, and any party of the other)."""

    def words(event: RawEvent, actor_only: bool) -> set[str]:
        return {
            tokens.texts[k]
            for number, (party, side) in enumerate(event.parties)
            if side in sides or (not sides and (number == event.subject or not actor_only))
            for k in range(party.start, party.end)
            if len(tokens.texts[k]) > 3
        }

    return [
        e
        for e in events
        if not retold(e)
        or not any(
            o is not e and tells(o) and len(words(e, True) & words(o, False)) >= least
            for o in events
        )
    ]


def _condolences_by_phone(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """Condolences the item goes on to say were offered by telephone ("وأكد أمير عسير خلال
    اتصال هاتفي أجراه أمس بذوي الشهيد") are that call, not a meeting in person: the caller
    is the one who offered them, named the same or by two words of his office."""
    return _told_again(
        tokens,
        events,
        retold=lambda e: e.frame == "condole",
        tells=lambda e: e.type == "call",
        sides=(),
        least=2,
    )


def _press_conferences_told_again(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """A joint press conference tells of a meeting only where the item tells none of its
    actor otherwise ("عقد وزير الخارجية … اجتماعا مع نظيره المصري … وقال الجبير في مؤتمر
    صحافي مشترك عقده مع شكري": one meeting)."""

    def conference(event: RawEvent) -> bool:
        return event.type == "meeting" and tokens.texts[event.trigger.start] == _CONFERENCE

    return _told_again(
        tokens,
        events,
        conference,
        lambda e: e.type == "meeting" and not conference(e),
        (),
        1,
    )


_SIGNED_IT = frozenset(
    fold(w) for w in ("وقعها", "ووقعها", "وقعه", "ووقعه", "وقع", "ووقع", "وقعهما", "ووقعهما")
)
_ON_BEHALF = frozenset(fold(w) for w in ("عن", "من", "وعن", "ومن"))
_SIDE = frozenset(fold(w) for w in ("جانب", "الجانب"))
_STATE_OR_ORG = frozenset({"state", "org"})
_TO_A_STATE = frozenset(fold(w) for w in ("إلى", "الى", "لدى"))


def _signers_named(tokens: Tokens, events: list[RawEvent]) -> None:
    """The officials who signed for the bodies or states an agreement names ("وقعت المنظمة
    ومنظمة الصحة العالمية مذكرة تفاهم. ووقع المذكرة عن المنظمة الأمين العام حسين إبراهيم
    طه، وعن منظمة الصحة العالمية المدير العام تيدروس …"، "وقعها من جانب الغرفة رئيس مجلس
    الإدارة المهندس عبدالله المبطي، ومن جانب الجمعية رئيسها …") stand for them, as the
    gold has signers (ANNOTATION.md: the people, with the body they act for)."""
    n = len(tokens)
    for event in events:
        if event.type != "agreement" or all(p.name is not None for p, _ in event.parties):
            continue
        end = _sentence_end(tokens, _sentence_end(tokens, event.trigger.end, n) + 1, n)
        k = next((k for k in range(event.trigger.end, end) if tokens.texts[k] in _SIGNED_IT), None)
        if k is None:
            continue
        signers: list[tuple[Party | None, Party]] = []
        j = k + 1
        while j < end:
            at = next((m for m in range(j, min(end, j + 5)) if tokens.texts[m] in _ON_BEHALF), None)
            if at is None:
                break
            side_at = at + 1 + (at + 1 < end and tokens.texts[at + 1] in _SIDE)
            side = _party_at(tokens, side_at, end) if side_at < end else None
            if side is None and side_at < end:
                # "عن الجانب السعودي": the state by its adjective
                named = lexicon().match(tokens, side_at, _STATE_OR_ORG)
                if named is not None:
                    side = Party(side_at, named.end, whole=named)
            holder = _holder_after(tokens, side.end if side is not None else side_at, end)
            if holder is None:
                break
            signers.append((side, holder))
            j = holder.end
        unnamed = [k for k, (p, _) in enumerate(event.parties) if p.name is None]
        for turn, (side, holder) in enumerate(signers):
            slot = next(
                (
                    u
                    for u in unnamed
                    if side is not None
                    and (
                        _same_party(tokens, event.parties[u][0], side)
                        or _same_entities(event.parties[u][0], side)
                    )
                ),
                None,
            )
            if slot is None and len(signers) == len(unnamed):
                slot = unnamed[turn]  # "عن المنظمة …، وعن منظمة الصحة …": in their order
            if slot is None:
                continue
            body, role = event.parties[slot]
            if not holder.states and not holder.orgs:
                holder = replace(holder, states=list(body.states), orgs=list(body.orgs))
                if body.whole is not None:
                    kind = body.whole.entry.kind
                    (holder.states if kind == "state" else holder.orgs).insert(0, body.whole)
            event.parties[slot] = (holder, role)


def _same_entities(a: Party, b: Party) -> bool:
    """Whether two parties name the same state or organisation."""

    def codes(p: Party) -> set[str]:
        found = {m.entry.code for m in (*p.states, *p.orgs) if m.entry.code}
        if p.whole is not None and p.whole.entry.code:
            found.add(p.whole.entry.code)
        return found

    return bool(codes(a) & codes(b))


def _met_again_as_a_plural(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """A meeting with a plural office alone ("وبحث الأمين العام مع الوزراء سبل …") after
    the item told its subject meeting people by name is those meetings told again: the
    plural names no one new."""

    def plural_alone(party: Party) -> bool:
        return (
            party.name is None
            and party.role is not None
            and party.role[1] - party.role[0] == 1
            and tokens.texts[party.role[0]].startswith("ال")
            and tokens.texts[party.role[0]][2:] in PLURAL_HEADS
        )

    kept: list[RawEvent] = []
    for event in events:
        subject = event.parties[event.subject][0] if event.parties else None
        others = [p for k, (p, _) in enumerate(event.parties) if k != event.subject]
        if (
            event.type == "meeting"
            and subject is not None
            and others
            and all(plural_alone(p) for p in others)
            and any(
                earlier.type == "meeting"
                and earlier.trigger.start < event.trigger.start
                and any(
                    p.name is not None and not _same_party(tokens, p, subject)
                    for p, _ in earlier.parties
                )
                and any(_same_party(tokens, subject, p) for p, _ in earlier.parties)
                for earlier in kept
            )
        ):
            continue
        kept.append(event)
    return kept


def _welcomes_told_again(tokens: Tokens, events: list[RawEvent]) -> list[RawEvent]:
    """A welcome (رحب … بالوفد) in an item that told the reception it belongs to ("استقبل
    الربيعة … وفد اللجنة الكويتية … ورحب الدكتور الربيعة خلال الاستقبال بالوفد") is that
    reception again, not a second meeting: the same host."""

    def welcome(event: RawEvent) -> bool:
        return fold(event.trigger.entry.canonical or "") in _WELCOME_VERBS

    return _told_again(
        tokens,
        events,
        retold=welcome,
        tells=lambda e: e.type == "meeting" and not welcome(e),
        sides=("host",),
        least=1,
    )


def _bereaved_after(tokens: Tokens, i: int, end: int) -> Party | None:
    """The family after لـ, from the condolences offered on and past whose they are: "قدم
    … يرافقه عدد من مديري القطاعات …، تعازي ومواساة القيادة الرشيدة لذوي الشهيد"."""
    i = next((k for k in range(i, end) if tokens.texts[k] in _CONDOLENCES), i)
    for k in range(i, min(end, i + 2 * _MAX_GAP)):
        if tokens.texts[k] in _TO and k + 1 < end:
            family = read_party(tokens, k + 1, end)  # "… تعازي القيادة إلى أسرة الشهيد"
        elif tokens.texts[k][:1] == "ل":
            family = read_party(tokens, k, end, proclitic=True) or _bare_name_after_li(
                tokens, k, end
            )
        else:
            continue
        if (
            family is not None
            and family.office == "family"
            # the dead are named: not "قدم التعازي لأسر الضحايا والشعب التركي", said afar
            and not mourned().isdisjoint(tokens.texts[family.start : family.end])
        ):
            return family
        if family is not None and family.name is not None and _death_after(tokens, family.end):
            return family  # "قدم … العزاء للواء أحمد بن عمر عرفه، في وفاة شقيقه": the bereaved
        if family is not None and family.name is not None and tokens.texts[i] == _DUTY:
            return family  # "قدم … واجب العزاء ليحيى رباح": the duty is paid in person
    return None


_DUTY = fold("واجب")


def _bare_name_after_li(tokens: Tokens, k: int, end: int) -> Party | None:
    """A name with no title behind لـ, opening on a given name ("ليحيى رباح")."""
    if tokens.texts[k][1:] not in given_names():
        return None
    j = k + 1
    while j < end and j - k < 4 and is_name_word(tokens, j):
        j += 1
    return Party(k, j, name=(k, j), skip=1) if j - k >= 2 else None


_DEATH = frozenset(
    fold(w) for w in ("وفاة", "بوفاة", "لوفاة", "استشهاد", "باستشهاد", "لاستشهاد", "توفي", "توفيت")
)


def _death_after(tokens: Tokens, k: int) -> bool:
    """Whether a death is told right after ``k`` ("، في وفاة شقيقه", "بوفاة والده"), perhaps
    past where the bereaved serves ("… في منطقة المدينة المنورة، في وفاة شقيقتيه")."""
    return not _DEATH.isdisjoint(tokens.texts[k : k + 8])


def _of_things(tokens: Tokens, party: Party) -> bool:
    """A number of things, not of people: "وصلت عدد من سيارات المزارعين", "زار عدداً من
    المواقع" (a plural in ـات or a place noun after عدد من, مجموعة من …); after the other
    words of a gathering, anything but people ("مجموعة من حماس": a group of a movement's
    members, not the movement)."""
    if party.role is None or party.name is not None:
        return False
    words = tokens.texts[party.role[0] : party.role[1]]
    if len(words) == 2 and party.role[1] < len(tokens):
        words = [*words, tokens.texts[party.role[1]]]  # "عدداً من" read alone: what it counts
    first = words[0][1:] if words and words[0][:1] in "لب" else (words[0] if words else "")
    if len(words) < 3 or first not in gathering_words() or words[1] != "من":
        return False  # "عدد من", "لعدد من المشروعات الصحية"
    counted = words[2][2:] if words[2].startswith("ال") else words[2]
    if counted in _PEOPLE_IN_AT:
        return False
    if counted.endswith(("ات", "اته")) or counted in _PLACE_PLURALS:
        return True
    return not first.startswith("عدد") and gathered_at(tokens, party.role[0] + 2) is None


def _marked(tokens: Tokens, party: Party) -> bool:
    """A party introduced by مع or بـ (or لـ, إلى)."""
    before = tokens.texts[party.start - 1] if party.start > 0 else ""
    return bool(party.skip) or before in ("مع", "ب", "الي", "ل")


def _agreement_noun(text: str) -> bool:
    return text.startswith(_AGREEMENT_STEMS) or (
        text.startswith("ال") and text[2:].startswith(_AGREEMENT_STEMS)
    )


def _past_agreement_noun(tokens: Tokens, i: int, end: int) -> int:
    """Past "مذكرة التفاهم", "اتفاقية تعاون", "المذكرتين": the noun and its complement."""
    i += 1
    if i < end and tokens.texts[i] in _AGREEMENT_COMPLEMENTS:
        i += 1
    return i


_SIGNING = frozenset(fold(w) for w in ("بالتوقيع", "وقع", "ووقع", "وقعها", "ووقعها"))


def _other_signer(tokens: Tokens, i: int, end: int) -> list[Party]:
    """Who signed for the other state, told in a clause of its own: "فيما قام بالتوقيع عن
    فيجي معالي المندوب الدائم لجمهورية جزر فيجي … السفير بيتر ثومسون"."""
    for k in range(i, end - 2):
        if tokens.texts[k] not in _SIGNING:
            continue
        at = k + 1
        if tokens.texts[at] == "من" and tokens.texts[at + 1] == fold("جانب"):
            at += 1
        if tokens.texts[at] not in ("عن", fold("جانب")) or at + 1 >= end:
            continue
        state = lexicon().match(tokens, at + 1, _STATE_KINDS)
        if state is None or state.skip:
            continue
        holder = _holder_after(tokens, state.end, end)
        if holder is None:
            return [Party(state.start, state.end, whole=state)]
        holder.states.insert(0, state)
        return [holder]
    return []


def _signed_with(tokens: Tokens, i: int, end: int) -> Party | None:
    """The party after مع in an agreement's sentence, read as a plain name of a body up to
    a preposition, a purpose (لإنشاء) or a pause, when the lexicon knows no party there."""
    with_at = next((k for k in range(i, min(end, i + 6)) if tokens.texts[k] == "مع"), None)
    if with_at is None:
        return None
    start = with_at + 1
    party = _party_at(tokens, start, end) if start < end else None
    if party is not None:
        return party
    k = start
    while k < end and k - start < 10:
        text = tokens.texts[k]
        if text in OPENING_QUOTES and k > start:
            after = past_quote(tokens, k, end, 5)  # 'صندوق تنمية الموارد البشرية "هدف"'
            if after is None:
                break
            k = after
            continue
        if not tokens.is_word(k) or text in stopwords() or text in verbs():
            break
        if k > start and text[0] == "ل" and not text.startswith("لل"):
            break  # "لإنشاء": what for
        if k > start and text[0] == "و" and not text.startswith("وال"):
            break  # "وشركة …": a second party
        if k > start and text[0] == "ب" and not text.startswith("بال"):
            break  # "بجمهورية مصر": where it is
        k += 1
    if k == start or _agreement_noun(tokens.texts[start]):
        return None
    if not any(tokens.texts[m].startswith(("ال", "لل", "وال")) for m in range(start, k)):
        return None  # "مع جامعات": no body in particular
    states = [m for m in [_state_within_span(tokens, start, k)] if m is not None]
    return Party(start, k, role=(start, k), states=states, office="body")


def _state_within_span(tokens: Tokens, start: int, end: int) -> Match | None:
    for k in range(start, end):
        found = lexicon().match(tokens, k, _STATE_KINDS)
        if found is not None and found.end <= end and found.entry.detail in ("name", "demonym"):
            return found
    return None


_MEETINGS = frozenset(fold(w) for w in ("لقاءات", "اجتماعات", "اللقاءات", "الاجتماعات"))
_BILATERAL = frozenset(fold(w) for w in ("ثنائية", "الثنائية"))


def _bilateral_meetings(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the clause says meetings in the plural, bilateral ones: one with each party
    (not "العلاقات الثنائية", what was discussed)."""
    return _word_pair(tokens, start, end, _MEETINGS, _BILATERAL)


def _each_delegation(tokens: Tokens, party: Party) -> bool:
    """An unnamed office of the delegations of several states: "رؤساء وفود المغرب
    وسيراليون والصومال"."""
    return (
        party.name is None
        and party.role is not None
        and len(party.states) > 1
        and any(
            tokens.texts[k] in _DELEGATION_PLURALS
            or (tokens.texts[k][:1] in "بلو" and tokens.texts[k][1:] in _DELEGATION_PLURALS)
            for k in range(*party.role)
        )  # "التقى الأمين العام بوزراء خارجية تركيا وماليزيا"
    )


def _with_apposed_holder(tokens: Tokens, party: Party, end: int, met: bool = False) -> Party:
    """An office alone, a comma, then another office and its holder are one person: "قام
    مساعد المدير العام للتعليم بمنطقة الرياض، نائب رئيس لجنة … الأستاذ فهد الصقيه بزيارة".
    After a verb of meeting (``met``), not when the first office is of a state or body the
    second does not name: "استقبل الأمين العام لمنظمة التعاون الإسلامي، وزير خارجية جمهورية
    سورينام، السيد …" (or "المدير العام للمنظمة الإسلامية للأمن الغذائي، السيد …", a body the
    lexicon does not know) names the host by his office, then the guest."""
    k = party.end
    if party.name is not None or party.role is None or k + 1 >= end or tokens.texts[k] != ",":
        return party
    holder = read_party(tokens, k + 1, end)
    if holder is None or holder.name is None or holder.role is None or holder.whole is not None:
        return party
    own = {m.entry.code for m in party.states + party.orgs}
    other = {m.entry.code for m in holder.states + holder.orgs}
    if met and own and own.isdisjoint(other):
        return party
    if emirs_guest(tokens, party.role[0], k + 1, end):
        return party
    return Party(
        party.start,
        holder.end,
        titles=holder.titles,
        name=holder.name,
        role=(party.role[0], holder.role[1]),
        states=party.states + holder.states,
        orgs=party.orgs + holder.orgs,
        office=party.office,
    )


def _apposed_party(
    tokens: Tokens, verb: int, known_names: frozenset[tuple[str, ...]]
) -> Party | None:
    comma = next(
        (k for k in range(verb - 2, max(-1, verb - 14), -1) if tokens.texts[k] == ","), None
    )
    if comma is None:
        return None
    office = read_role(tokens, comma + 1, verb - 1)
    if office is not None and office[0] != verb - 1:
        return None
    if office is None and (
        tokens.texts[comma + 1].startswith("و")  # a clause of its own: "، واستجابة لمطالب …،"
        or not all(tokens.is_word(k) for k in range(comma + 1, verb - 1))
    ):
        return None
    for start in range(max(0, comma - 5), comma):  # the longest known name first
        if tuple(tokens.texts[start:comma]) in known_names:
            if office is None:
                # An apposition that names no office the lexicon knows ("زعيمة الحزب"):
                # the person, known from before, is the party.
                return Party(start, comma, name=(start, comma))
            end, states, orgs, kind = office
            return Party(
                start,
                end,
                name=(start, comma),
                role=(comma + 1, end),
                states=states,
                orgs=orgs,
                office=kind,
            )
    return None


def _split_office_from_guest(
    tokens: Tokens, subject: Party, end: int
) -> tuple[Party, Party] | None:
    """An office followed by an honorific and a name, read as one party, as two."""
    if subject.role is None or subject.name is None:
        return None
    role_start = subject.role[0]
    if role_start > subject.name[0]:
        # the office kept is the one after the name: the first opens the party, past titles
        role_start = read_titles(tokens, subject.start, end, bool(subject.skip))[1]
    first_office = read_role(tokens, role_start, end, proclitic=bool(subject.skip))
    if first_office is None or subject.name[0] <= first_office[0]:
        return None
    office_end = first_office[0]
    honorific = lexicon().match(tokens, office_end, _TITLE_KINDS)
    if honorific is None or honorific.entry.detail != "honorific":
        return None
    other = read_party(tokens, office_end, end)
    if other is None or other.name is None:
        return None
    return _office_part(subject, role_start, office_end), other


def _office_part(
    subject: Party, role_start: int, stop: int, titles: list[str] | None = None
) -> Party:
    """The office of ``subject`` that ends at ``stop``, as a party of its own (no name)."""
    return Party(
        subject.start,
        stop,
        titles=titles or [],
        role=(role_start, stop),
        states=[m for m in subject.states if m.start < stop],
        orgs=[m for m in subject.orgs if m.start < stop],
        office=subject.office,
        skip=subject.skip,
    )


def _two_in_one_subject(tokens: Tokens, subject: Party, end: int) -> tuple[Party, Party] | None:
    """A host's (or a meeting's first party's) reading that took in the one he received or
    met, where no one else is: the office after his name (:func:`_office_after_the_name`),
    or the second of two offices in a row (:func:`_split_offices`)."""
    guest = _office_after_the_name(tokens, subject, end)
    host = read_party(tokens, subject.start, subject.name[1]) if guest is not None else None
    if (
        guest is not None
        and host is not None
        and host.name == subject.name
        and host.role is not None
        and host.role[1] <= subject.name[0]
    ):
        return host, guest
    return _split_offices(tokens, subject, end, received=True)


def _office_after_the_name(tokens: Tokens, subject: Party, end: int) -> Party | None:
    """The party an office opens right after the name of a subject whose own office came
    before it, where the subject's reading took it in as his: "وزير الصحة عبدالله الغامدي
    مدير المستشفى"."""
    if subject.name is None or subject.role is None:
        return None
    if subject.role[0] < subject.name[1] and subject.role[1] > subject.name[0]:
        return None  # the office the name is part of
    k = subject.name[1]
    if k < end and tokens.texts[k] == ",":
        k += 1
    if k >= min(end, subject.end):
        return None
    guest = read_party(tokens, k, end)
    if guest is None or guest.role is None or guest.role[0] != k:
        return None
    if guest.office in ("group", "family", "body", "other", None):
        return None  # a staff received, or a coach's or a company's post: his own second one
    return guest


def _split_offices(
    tokens: Tokens, subject: Party, end: int, received: bool = False
) -> tuple[Party, Party] | None:
    """A verb's subject read as one chain of offices when it is two parties: the last
    office that opens (without the article) after a word that closes the one before, a
    party of its own — where the chain names no one, or names another state or
    organisation than the office before it (one man's offices in a row, "ولي العهد نائب
    رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف", stay one), or where a host
    (``received``) would receive no one else and the chain names someone before or after it:
    "استقبل محافظ جدة رئيس البلدية عبدالله الزهراني"، "استقبل الأمير فيصل بن بندر أمير منطقة
    الرياض مدير المستشفى" (see :func:`_a_guests_office`)."""
    if subject.role is None or subject.office in ("body", "group", "family", None):
        return None
    start, stop = subject.role
    for k in range(stop - 1, start + 1, -1):
        text = tokens.texts[k]
        if not tokens.is_word(k) or not tokens.is_word(k - 1):
            continue
        if text.startswith("ال") and not (
            # "أمير منطقة الرياض القنصل العام لجمهورية الفلبين": an envoy's office, with
            # its article, after an office that is no envoy's
            text[2:].startswith(POSTED_HEADS) and not tokens.texts[start].endswith(POSTED_HEADS)
        ):
            continue
        before = tokens.texts[k - 1]
        if not (
            before.startswith(("ال", "لل"))
            or _names_state(tokens, k - 1)
            or _city_ends_at(tokens, k)  # "نائب أمير منطقة جازان مدير عام التعليم"
        ):
            continue  # "نائب رئيس مجلس": inside one construct
        second = read_party(tokens, k, end)
        if second is None or second.role is None or second.role[0] != k:
            continue
        if second.office in ("body", "group", "family", None):
            continue
        first_codes = {m.entry.code for m in (*subject.states, *subject.orgs) if m.start < k}
        # a region's state: "أمير منطقة الرياض وزير خارجية غامبيا …" are two men
        first_codes |= {p.entry.detail for p in places_in(tokens, start, k) if p.entry.detail}
        second_codes = {m.entry.code for m in (*second.states, *second.orgs)}
        # an envoy's office after another's is another man's ("الأمين العام سفير تركيا")
        envoy_after = (
            tokens.texts[k].endswith(POSTED_HEADS) or tokens.texts[k][2:].startswith(POSTED_HEADS)
        ) and not tokens.texts[start].endswith(POSTED_HEADS)
        # an international post's holder holds no state's office: "الأمين العام وزير خارجية
        # غامبيا مامادو تانغارا" are two men
        posts = subject.office == "org" and second.office == "state" and bool(second.states)
        named_last = (
            received
            and subject.name is not None
            and (subject.name[0] >= stop or subject.name[1] <= start)
            and _a_guests_office(tokens, subject, start, k)
        )
        if subject.name is not None and not (
            (first_codes and second_codes and first_codes.isdisjoint(second_codes))
            or envoy_after
            or posts
            or named_last
        ):
            return None
        if subject.name is not None and subject.name[1] <= start:
            # "الأمير فيصل بن بندر أمير منطقة الرياض القنصل العام …": the name before the
            # first office stays with it
            first = _office_part(subject, start, k, subject.titles)
            return replace(first, name=subject.name), second
        titles = subject.titles if subject.name is None else []
        return _office_part(subject, start, k, titles), second
    return None


def _a_guests_office(tokens: Tokens, subject: Party, start: int, k: int) -> bool:
    """Whether the office at ``k``, after the host's office from ``start``, is the named
    guest's: two offices only (a prince's or minister's row of three, "ولي العهد نائب رئيس
    مجلس الوزراء وزير الداخلية الأمير محمد بن نايف", is one man's), the second no post held
    beside another ("وزير الدولة عضو مجلس الوزراء") and the name no known holder's."""
    if tokens.texts[k] in _SECOND_POSTS:
        return False
    name = " ".join(tokens.texts[subject.name[0] : subject.name[1]])
    if state_of_holder(name) is not None:
        return False
    first = replace(subject, end=k, name=None, role=(start, k), titles=[])
    return _split_offices(tokens, first, k) is None


_SECOND_POSTS = frozenset(fold(w) for w in ("نائب", "عضو", "النائب", "العضو"))


def _known_at(
    tokens: Tokens, i: int, end: int, known_names: frozenset[tuple[str, ...]]
) -> Party | None:
    """A person the item named before with a title or an office, named again bare (most
    often by the family name alone): "وزار الرحيلي مدرسة الرشاد"."""
    for size in range(min(4, end - i), 0, -1):
        if tuple(tokens.texts[i : i + size]) in known_names:
            return Party(i, i + size, name=(i, i + size))
    return None


def _party_before(
    tokens: Tokens,
    verb: int,
    known_names: frozenset[tuple[str, ...]] = frozenset(),
    states: bool = False,
) -> Party | None:
    """The longest named party that ends right before the verb, after إن/أن or a clause
    break: "إن المبعوث الأممي إسماعيل ولد الشيخ أحمد التقى …", "أن داود أوغلو أجرى …";
    with ``states``, a state said to have acted too ("إن تركيا وقعت رسميا اتفاقا")."""
    found = None
    if verb > 1 and tokens.texts[verb - 1] == "قد":
        verb -= 1  # "وكان خادم الحرمين الشريفين قد استقبل صباح اليوم"
    if verb > 0 and tokens.texts[verb - 1] == ",":
        # "أن ميركل، زعيمة الحزب المسيحي الديمقراطي، عقدت اجتماعاً": an office set off by
        # commas between the name and its verb.
        return _apposed_party(tokens, verb, known_names)
    for start in range(verb - 1, max(-1, verb - 12), -1):
        text = tokens.texts[start]
        if text in _SENTENCE_END or text == "," or text in _SAID_THAT:
            break
        if text[0] in "ب":
            continue
        party = read_party(tokens, start, verb, name_first=True)
        if party is None and tuple(tokens.texts[start:verb]) in known_names:
            party = Party(start, verb, name=(start, verb))  # a person the item named before
        if (
            party is not None
            and party.name is None
            and party.role is not None
            and party.end == verb - 1
            and _one_word_name(tokens, verb - 1)
        ):
            # "أن الرئيس الشرعي هادي بحث مع …": an office, and the one word between it and
            # the verb is its holder's name
            party = replace(party, name=(verb - 1, verb), end=verb)
        if (
            party is not None
            and party.end == verb
            and (
                party.name
                or party.titles
                # "وكان خادم الحرمين الشريفين قد استقبل": an office as the subject of كان,
                # or of what was said ("أن السفير السعودي بسلطنة عمان زار الطفلة")
                or (
                    start > 0
                    and tokens.texts[start - 1] in _WAS | _SAID_THAT
                    and _is_person(party)
                    and (found is None or found.name is None)  # not over "السيسي"
                )
                or (
                    states
                    and start > 0
                    and tokens.texts[start - 1] in _WAS | _SAID_THAT
                    and party.whole is not None
                    and party.whole.entry.kind == "state"
                    and not party.whole.skip
                )
            )
        ):
            found = party
    return found


def _objects(
    tokens: Tokens,
    i: int,
    end: int,
    frame: str,
    turns: list[int] | None = None,
    listed: bool = False,
    known_names: frozenset[tuple[str, ...]] = frozenset(),
) -> list[Party]:
    """The parties after the subject, in the same sentence, joined by و or commas. Where
    a word such as وكذلك says they were met in turn, the index of the next one goes into
    ``turns``. A name the item gave before with an office may stand bare (``known_names``:
    "واجتمع الأمير محمد بن سلمان … مع جعجع")."""
    turns = [] if turns is None else turns
    markers = {
        "from": ("من",),
        "to": ("ل", "الي", "لل"),
        "chair": ("برئاسه",),
    }.get(frame, ())
    objects: list[Party] = []
    group: int | None = None  # where a group of people may open, before the first party
    j = i
    first = _skip_filler(tokens, i, end)
    while j < end:
        k = _skip_filler(tokens, j, end)
        if objects and not _DEATH.isdisjoint(tokens.texts[j:k]):
            break  # "برقية تعزية إلى الشيخ محمد بن زايد، في وفاة الشيخ خليفة": the mourned
        j = k
        if j >= end:
            break
        text = tokens.texts[j]
        if (
            text in _STOP_OBJECTS
            # "بعد أن أظهرت التوقعات …": a clause of its own (not "مع آن باترسون")
            or (text in _THAT and tokens.texts[j - 1] in _BEFORE_THAT)
            or (not objects and tokens.texts[j - 1] == "," and _opens_clause(text))
            or (not objects and j > i and _opens_relative_clause(tokens, j))
        ):
            break  # "…، وأجرى سموه اتصالاً …": a new clause has objects of its own
        if markers and not objects:
            # Look ahead for the marker that introduces the object.
            # "برئاسة" says who chaired wherever it stands in the sentence
            k = _find_marker(tokens, j, end, markers, end - j if frame == "chair" else _MAX_GAP)
            if k is None or k >= end:
                return objects  # no marker, or one that ends the sentence: "… برقية من"
            j = k
        party = _party_at(tokens, j, end)
        if party is None and text in _SOME | _WITH_SOME and j + 1 < end:
            party = _some_of(tokens, j, end)
        if party is None and known_names and not objects and j == first:
            party = _known_at(tokens, j, end, known_names)  # only where the object opens
        if party is None:
            if objects or text in _RELATIVE_PRONOUNS or _clause_verb(text):
                break  # "ناقش … الجوانب التي من شأنها خدمة الطلاب": a clause about a thing
            if group is None and _opens_group(tokens, j):
                group = j
            j += 1
            if j - i > _MAX_GAP:
                break
            continue
        if (
            group == first
            and not objects
            and party.name is not None
            and not any(t == "," or t in _AMONG_THEM for t in tokens.texts[group:j])
        ):
            # "في لقائه المنسوبين اليوم: لقد حملني خادم الحرمين الشريفين …"، "في اجتماعه مع
            # العاملين في المنفذ حرص خادم الحرمين …": the group met stands first; a person
            # named further on, not set off as one of them, is in what was said or done
            break
        if (
            group is not None
            and not objects
            and party.name is None
            and (party.whole is None or tokens.texts[group] in _DELEGATIONS)
            and not party.skip  # "للقاهرة بالأمين العام": the party has its own preposition
            and j - group <= 8
            and all(
                tokens.is_word(k) and not _opens_clause(tokens.texts[k]) for k in range(group, j)
            )
        ):
            # "استقبل … المهنئين بعيد الفطر من منسوبي الوزارة": the group received, described
            # by the body it comes from, is the party.
            whole = [party.whole] if party.whole is not None else []
            party = Party(
                group,
                party.end,
                role=(group, party.end),
                states=[m for m in whole if m.entry.kind == "state"] + party.states,
                orgs=[m for m in whole if m.entry.kind != "state"] + party.orgs,
                office=party.office,
            )
        if party.whole is not None and party.whole.entry.kind == "state" and party.end < end:
            # "وقعها من جانب ناميبيا مندوبها الدائم … السفير ويلفريد إيمفولا": the state,
            # then the official who acts for it, is one party.
            holder = _holder_after(tokens, party.end, end)
            if holder is not None:
                holder.start = party.start
                holder.states.insert(0, party.whole)
                party = holder
        objects.append(party)
        j = party.end
        if j < end and tokens.texts[j] in _RELATIVE_PRONOUNS:
            # "… الأمين العام لحزب المؤتمر الشعبي العام الذي يؤيد صالح وكذلك نبيل العربي"
            k = next((k for k in range(j, min(end, j + 8)) if tokens.texts[k] in _IN_TURN), None)
            if k is not None:
                j = k
        while j < end and tokens.texts[j] in _CONJUNCTIONS:
            j += 1
        if j < end and tokens.texts[j] in _IN_TURN:
            # "التقى … بالأمين العام لحزب المؤتمر …، وكذلك نبيل العربي": met in turn
            turns.append(len(objects))
            j += 1
            continue
        if j < end and tokens.texts[j].startswith("و") and _party_at(tokens, j, end) is not None:
            continue
        if j < end and tokens.texts[j - 1] not in _CONJUNCTIONS:
            following = _party_at(tokens, j, end) if listed else None
            if following is None or following.name is None or not following.titles:
                break  # in a list of those attending, a titled name may follow unjoined
    return objects


_SOME = frozenset({"بعض"})  # "بعض المواطنين": some of a group (also in _A_NUMBER_OF)
_WITH_SOME = frozenset({"ببعض"})  # "والتقى ببعض السكان"


def _some_of(tokens: Tokens, j: int, end: int) -> Party | None:
    """ "بعض المواطنين"، "ببعض المسؤولين": some of a group the lexicon knows, one party."""
    party = _party_at(tokens, j + 1, end)
    if party is None or party.name is not None or party.role is None or party.skip:
        return None
    skip = 1 if tokens.texts[j] in _WITH_SOME else 0
    return replace(party, start=j, role=(j, party.role[1]), skip=skip)


def _lone_group(tokens: Tokens, i: int, end: int, met: bool = False) -> list[Party]:
    """A group of people named by its plural alone, right after the verb's time and place:
    "المهنئين بعيد الفطر" (of the public: its state is not said); after a verb of meeting,
    with its بـ too ("والتقى بالعاملين في المركز")."""
    j = _skip_filler(tokens, i, end)
    some = j
    if j + 1 < end and tokens.texts[j] in (_SOME if not met else _SOME | _WITH_SOME):
        # "والتقى أوبراين … بعض اللاجئين"، "والتقى ببعض السكان": some of a group
        j += 1
    skip = 1 if met and j < end and some == j and tokens.texts[j].startswith("بال") else 0
    if (
        j < end
        and _opens_group(tokens, j, skip)
        and tokens.texts[j] not in _DELEGATIONS
        and not (met and tokens.texts[j][skip:] in sport_words())  # a coach and his players
    ):
        state = lexicon().match(tokens, j + 1, _STATE_KINDS) if j + 1 < end else None
        if state is not None and state.entry.detail == "demonym" and not state.skip:
            # "بالمسؤولين المصريين": the group's state
            return [
                Party(
                    some,
                    state.end,
                    role=(some, state.end),
                    states=[state],
                    office="family",
                    skip=skip,
                )
            ]
        skip = 1 if some < j and tokens.texts[some] in _WITH_SOME else skip
        return [Party(some, j + 1, role=(some, j + 1), office="family", skip=skip)]
    welcomed = next((k for k in range(j, min(end, j + 4)) if tokens.texts[k] in _WELCOMED), None)
    if welcomed is not None:
        # "ورحب الجاسر بالوفد"، "ورحب الدكتور الربيعة خلال الاستقبال بالوفد الكويتي": the
        # visitors the item told of, welcomed
        return [
            Party(welcomed, welcomed + 1, role=(welcomed, welcomed + 1), office="group", skip=1)
        ]
    return []


def _clause_verb(text: str) -> bool:
    """A verb, which opens a clause of its own that no party of the verb before reaches
    past ("اجتمع … بلاعبي الفريق قبيل انطلاق …"). Over ten corpus days three in four of the
    events this takes away were misread; the rest had a verbal noun that is also a verb
    between verb and party (ودعم الفعاليات … مع غرفة جدة)."""
    return (text in verbs() or (text[:1] == "و" and text[1:] in verbs())) and (
        text not in given_names()
    )


def _opens_group(tokens: Tokens, j: int, proclitic: int = 0) -> bool:
    """A definite noun that may name a group of people: "المهنئين", "الطلبة" (past
    ``proclitic`` letters: "بالعاملين")."""
    text = tokens.texts[j][proclitic:]
    if text in _DELEGATIONS:
        return True  # "وفداً إعلامياً قدم من جمهورية الجزائر"
    if text in _MET_ALREADY or text in _RELATIVE_PRONOUNS:
        return False  # "ناقش المجتمعين …": those at the meeting told; "الذين": no one
    return (
        text.startswith("ال")
        and len(text) > 4
        # a plural of people: "المهنئين", "المشاركون", "الطلبة" (not ـات: "المحادثات")
        and (text.endswith(("ين", "ون")) or text in people_plurals())
        and text not in verbs()
        and text not in _SKIP_WORDS
        and text not in _STOP_OBJECTS
        and lexicon().match(tokens, j) is None  # a place, a state, an office
        and not _inside_phrase(tokens, j)  # "خادم الحرمين الشريفين": a title's second word
    )


def _inside_phrase(tokens: Tokens, j: int) -> bool:
    """Whether a lexicon phrase that starts on the word before ``j`` runs over it."""
    before = lexicon().match(tokens, j - 1) if j > 0 else None
    return before is not None and before.end > j


def _opens_clause(text: str) -> bool:
    """و and a verb: "وناقشا", "وتبادلا"."""
    return text.startswith("و") and text[1:] in verbs()


def _opens_relative_clause(tokens: Tokens, j: int) -> bool:
    """A verb after a comma, before any party: "وعقد جلالته اجتماعاً مع سموه، نقل فيه سموه
    تحيات خادم الحرمين الشريفين" — who follows is the clause's, not the meeting's."""
    return (
        tokens.texts[j - 1] == ","
        and tokens.texts[j] in verbs()
        and tokens.texts[j] not in given_names()
    )


def _holder_after(tokens: Tokens, i: int, end: int) -> Party | None:
    """The named official who follows a state at ``i``, his office first, perhaps with a
    pronoun the lexicon does not read ("مندوبها الدائم لدى الأمم المتحدة معالي السفير …",
    "المندوب الدائم لجمهورية جزر فيجي لدى الأمم المتحدة السفير بيتر ثومسون")."""
    for k in range(i, min(end, i + 12)):
        if not tokens.is_word(k) or tokens.texts[k] in _STOP_OBJECTS:
            return None
        holder = _party_at(tokens, k, end)
        if holder is not None and holder.whole is None and holder.name is not None:
            if k > i and holder.role is None:
                holder.role = (read_titles(tokens, i, k)[1], k)  # not "معالي"
            return holder if holder.role is not None else None
    return None


def _find_marker(
    tokens: Tokens, i: int, end: int, markers: tuple[str, ...], gap: int = _MAX_GAP
) -> int | None:
    for k in range(i, min(end, i + gap)):
        text = tokens.texts[k]
        if text in markers:
            # past "أخيه" before the titles of the one it calls brother
            return k + 2 if k + 2 < end and tokens.texts[k + 1] in _BROTHER else k + 1
        if "ل" in markers and (text.startswith("لل") or text.startswith("ل")) and len(text) > 3:
            return k  # "لفخامة الرئيس": the proclitic is the marker
        if "من" in markers and text.startswith("من") and len(text) > 4:
            return None
    return None


def _sender_after_noun(tokens: Tokens, start: int, end: int, nouns: frozenset[str]) -> Party | None:
    """The one a message or a cable is from, told after its noun past its adjectives, when
    the one who handed it over came first ("… رسالة خطية من الرئيس الفلسطيني")."""
    k = _skip_filler(tokens, start, end)
    if k >= end or tokens.texts[k] not in nouns:
        return None
    k += 1
    while k < end and tokens.texts[k] in _LETTER_ADJECTIVES:
        k += 1
    if k + 1 >= end or tokens.texts[k] != "من":
        return None
    return _party_at(tokens, k + 1, end)


_LETTER_ADJECTIVES = frozenset(fold(w) for w in ("خطية", "شفهية", "شفوية", "رسمية", "مكتوبة"))


def _party_at(tokens: Tokens, j: int, end: int) -> Party | None:
    if j >= min(end, len(tokens)):
        return None  # "… برئاسة" ending the text: no one after it
    if len(tokens.texts[j]) > 3 and tokens.texts[j][0] in "وبلف":
        # "بالأمين العام", "ومعالي", "لفخامة": the party behind a proclitic.
        party = read_party(tokens, j, end, proclitic=True)
        if party is not None:
            return party
    return read_party(tokens, j, end, name_first=True)
