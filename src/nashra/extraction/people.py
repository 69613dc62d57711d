"""People, offices, states and organisations named in an item, with their spans.

An Arabic news item names an official in a few set ways, which this module reads:

* titles, a name, then the office: ``معالي الدكتور يوسف بن أحمد العثيمين، الأمين العام
  لمنظمة التعاون الإسلامي``;
* the office, then the name: ``الرئيس التركي رجب طيب إردوغان``, ``وزير الخارجية جون كيري``;
* the office alone: ``وزير خارجية النيجر``.

An office runs from its head word (وزير، رئيس، الأمين العام، أمير …) through its
complements. A word without the article continues a construct chain (``وزير خارجية مملكة
البحرين``); once a word with the article has closed the chain, only words with the article,
prepositional complements (``لمنظمة``، ``لدى``) and state or organisation names continue it —
so the indefinite first word of a name (``رجب``، ``جون``) ends the office and starts the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nashra.dates import is_time_word, time_words
from nashra.extraction.holders import (
    continues_a_known_name,
    foreign_surnames,
    holders_of,
    is_organisation,
    known_first_words,
    name_goes_on,
    offices_of_holder,
    state_of_holder,
    state_of_titled,
    surnames,
)
from nashra.extraction.lexicon import (
    Entry,
    Match,
    Tokens,
    acted_upon,
    article_names,
    common_nouns,
    common_words,
    enlisted_ranks,
    given_names,
    lexicon,
    may_be_a_given_name,
    mourned,
    name_boundaries,
    personal_names,
    state_name,
    stopwords,
    verbs,
)
from nashra.text.normalization import fold

NAME_JOINERS = frozenset(
    fold(w) for w in ("بن", "بنت", "ابن", "آل", "عبد", "أبو", "أبا", "ولد", "أم")
)
# "son/daughter of", "servant of": a name follows ("عبد ربه منصور هادي")
_NASAB = frozenset(fold(w) for w in ("بن", "بنت", "ابن", "عبد"))
_SON_OF = frozenset(fold(w) for w in ("بن", "بنت", "ابن"))
# a council named by its members: "مجلس الأمناء"، "مجلس العمداء"، "مجلس الوكلاء"
_COUNCILS = frozenset(fold(w) for w in ("مجلس", "لمجلس", "بمجلس", "مجالس", "هيئة", "لجنة"))
# Heads of state named without their state, which an office after the name then gives
_WHOSE_UNSAID = frozenset(
    fold(w) for w in ("الرئيس", "الرئيسة", "الملك", "الملكة", "السلطان", "الأمير", "الشيخ")
)
_KUNYA = frozenset(fold(w) for w in ("أبو", "أبا"))  # "father of": "هاني أبو رأس"
_MAX_NAME_WORDS = 7
_POSSESSIVE = ("ه", "ها", "هم", "هما")
# The words that bound a name are data (data/name_boundaries.tsv): those that end one that
# has begun (days, adverbs, the participles after a subject), …
_ENDS_A_NAME = name_boundaries("after")
_NAME_TITLES = frozenset({"الشيخ", "الامير"})
# Prayers that follow a name ("طيب الله ثراه", "يرحمه الله"), not compound names ("ضيف الله").
PRAYERS = frozenset(
    fold(w)
    for w in (
        "طيب",
        "غفر",
        "رحم",
        "رحمه",
        "يرحمه",
        "حفظه",
        "يحفظه",
        "أيده",
        "رعاه",
        "وفقه",
        "أعزه",
        "سلمه",
        "شفاه",
        "تغمده",
    )
)
# … those never part of one (the objects of reporting verbs: "تلقى … اتصالاً هاتفياً"), and
# the nouns of places named after a person ("مستشفى الملك فهد" is a hospital, not the king).
NOT_NAME_WORDS = name_boundaries("never")
INSTITUTIONS = name_boundaries("institution")
# (as titles keep them and as the text folds them: السفيرة, السفيره)
_ROLE_LIKE_TITLES = frozenset(
    form for w in ("المستشار", "السفير", "السفيرة") for form in (w, fold(w))
)
_MAX_ROLE_TOKENS = 20
_SIGNED = frozenset(
    fold(w) for w in ("مذكرة", "مذكرتي", "مذكرتين", "اتفاقية", "اتفاقيتي", "اتفاقيتين", "اتفاقيات")
)
# a meeting chaired, which ends its chair's office (not "رئيس الاجتماع", the office itself)
SESSIONS = frozenset(fold(w) for w in ("الاجتماع", "اجتماع", "اجتماعا", "الجلسة", "جلسة"))
# a letter or a cable sent, which no office takes either
LETTERS = frozenset(fold(w) for w in ("رسالة", "رسالتين", "رسائل"))
_SENT_NOUNS = LETTERS | frozenset(fold(w) for w in ("برقية", "برقيتين", "برقيات"))
# condolences offered, which no office takes: "قدم … أمير منطقة الرياض العزاء لأسرة الفقيد"
_CONDOLENCE_NOUNS = frozenset(
    fold(w) for w in ("العزاء", "التعازي", "تعازي", "تعازيه", "واجب", "المواساة", "التعزية")
)
# a meeting held, told by an indefinite noun no office takes: it ends the office before it
# ("عقد الأمين العام لقاءات ثنائية مع …")
_HELD_NOUNS = frozenset(
    fold(w) for w in ("اجتماعا", "اجتماعات", "لقاء", "لقاءات", "مباحثات", "محادثات")
)
_HEIR_WORDS = frozenset(fold(w) for w in ("ولي", "نائب", "رئيس", "وزير", "أمير", "سمو"))
_GENERAL = frozenset(fold(w) for w in ("العام", "العامة"))
_ROLE_PREPOSITIONS = frozenset({"لدي", "ب", "باسم"})
_CAME_FROM = frozenset(fold(w) for w in ("من", "قدم", "قادم", "قادما", "القادم"))
# representatives, named with what they are of after عن: "ممثلين عن المجتمع المدني"
_ON_BEHALF = frozenset(fold(w) for w in ("ممثلين", "ممثلون", "ممثلي", "ممثلو", "مندوبين", "مندوبي"))
# what a delegation is said to be before what it is of: "وفداً رفيع المستوى من …"
_GROUP_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        "رفيع", "رفيعا", "رفيعاً", "المستوى", "عالي", "رسمي", "رسميا", "رسمياً", "برلماني",
        "برلمانيا", "برلمانياً", "اقتصادي", "اقتصاديا", "اقتصادياً", "تجاري", "تجاريا",
        "تجارياً", "كبير", "كبيرا", "كبيراً", "مشترك", "مشتركا", "مشتركاً",
    )
)  # fmt: skip
# where a state's adjective that is also its name names the state: "إلى السعودية"، "زار سورية"
_STATE_PREPOSITIONS = frozenset(
    fold(w) for w in ("إلى", "الى", "في", "من", "مع", "لدى", "بين", "عن", "على", "زار", "زارت")
)
# Offices sent to a place name it after "إلى": "مبعوث الأمين العام للأمم المتحدة إلى اليمن
# إسماعيل ولد الشيخ". Other offices do not ("وصل وزير الخارجية إلى القاهرة" is travel).
_SENT_TO_HEADS = tuple(  # matched at the end of the word: "بالمبعوث" too
    fold(w) for w in ("مبعوث", "مبعوثة", "موفد")
)
# envoys whose office names the state they deal with after بشأن: "المستشارة الخاصة للأمين
# العام للأمم المتحدة بشأن ليبيا"، "المبعوث الأمريكي الخاص بشأن سوريا"
_ADVISERS = _SENT_TO_HEADS + tuple(fold(w) for w in ("مستشار", "مستشارة", "ممثل", "ممثلة"))
# offices held in another state: "السفير المصري في السودان"
_THE_KINGDOM = frozenset({fold("المملكة")})
POSTED_HEADS = _SENT_TO_HEADS + tuple(
    fold(w) for w in ("سفير", "سفيرة", "قنصل", "مندوب", "ممثل", "الملحق", "ملحق")
)
# Nouns of offices and places that a bـ or لـ joins to an office: "مدير فرع الوزارة بمنطقة
# مكة المكرمة", "وزراء خارجية دول مجلس التعاون لدول الخليج العربية".
_ROLE_NOUNS = frozenset(
    fold(w)
    for w in (
        "منطقة",
        "محافظة",
        "دول",
        "دولة",
        "وزارة",
        "مجلس",
        "هيئة",
        "إدارة",
        "مكتب",
        "فرع",
        "قطاع",
        "مركز",
        "جامعة",
        "شركة",
        "لجنة",
        "شؤون",
        "شئون",  # the same, its hamza written on a ya's seat
        "مدينة",
        "إمارة",
        "ديوان",
        "سفارة",
        "قنصلية",
        "بعثة",
        "مندوبية",
        "وكالة",
        "مؤسسة",
        "مديرية",
        "رئاسة",
        "أمانة",
        "غرفة",
        "حزب",
        "حركة",
        "منظمة",
        "اتحاد",
        "جمعية",
        "نادي",
        "مجموعة",
        # an envoy's or commissioner's brief: "المبعوث الأممي لعملية السلام"، "المفوض السامي
        # لحقوق الإنسان"، "منسق التحالف لمكافحة الإرهاب"
        "عملية",
        "حقوق",
        "مكافحة",
    )
)
# Adjectives after which a complement with بـ or لـ, and what و joins to it, still belong to
# the office: "فريق الاتصال المعني بجامو وكشمير".
_COMPLEMENT_ADJECTIVES = frozenset(
    fold(w) for w in ("المعني", "المعنية", "الخاص", "الخاصة", "المكلف", "المختص", "المسؤول")
)
_ROLE_KINDS = frozenset({"role"})
_PERSON_OFFICES = frozenset({"state", "org", "other"})
# bodies that meet as one, which no office sits in (as it does in a ministry or a university)
_TEAMS = frozenset(fold(w) for w in ("فريق", "فرقة", "لجنة"))
OPENING_QUOTES = frozenset({'"', "«", "“"})
CLOSING_QUOTES = frozenset({'"', "»", "”"})
_THE_DELEGATION = fold("الوفد")
_NEW = frozenset(fold(w) for w in ("جديد", "جديدة", "جدد"))
_NOT_IN_OFFICE = frozenset(fold(w) for w in ("والوفد", "والمرافقين", "والسيدة", "والسيد"))
_STATE_KINDS = frozenset({"state"})
_TITLE_KINDS = frozenset({"title"})
_PLACE_KINDS = frozenset({"place"})
_ENTITY_KINDS = frozenset({"state", "org"})
_CAPITAL_WORDS = frozenset(fold(w) for w in ("العاصمة",))
_PLACE_OR_BODY = frozenset({"place", "state", "org"})
_COMPOUND_ENDS = frozenset(fold(w) for w in ("الدين", "الإسلام"))
_GOVERNORS = frozenset(fold(w) for w in ("والي", "والية"))
_COUNTERPARTS = frozenset(
    fold(w) for w in ("نظيره", "نظيرها", "نظيريه", "نظيرته", "نظيرتها", "نظرائه", "نظرائها")
)
_NAMES_LIKE_OFFICES = frozenset(fold(w) for w in ("أمين", "أمير"))
_PRIVATE_PERSONS = frozenset(
    fold(w) for w in ("الطفل", "الطفلة", "المواطن", "المواطنة", "المريض", "المريضة", "الجريح")
)
PLURAL_HEADS = frozenset(
    fold(w)
    for w in (
        "رؤساء",
        "وزراء",
        "نواب",
        "أعضاء",
        "سفراء",
        "أمراء",
        "نظرائه",
        "نظرائها",
        "نظراءه",
        "نظراءها",
    )
)
# heads of a one-word place name ("إقليم كردستان"); a village's name may run to two words
_PLACE_HEADS = frozenset(
    fold(w) for w in ("منطقة", "محافظة", "مدينة", "إمارة", "مركز", "إقليم", "مقاطعة")
)
# … and heads of movements and parties, whose proper name follows them ("حركة حماس")
_NAMED_HEADS = _PLACE_HEADS | frozenset(fold(w) for w in ("حركة", "حزب", "جماعة", "تيار"))
_UPON = frozenset(
    fold(w) for w in ("مغادرته", "مغادرتها", "وصوله", "وصولها", "وصولهم", "مغادرتهم", "عودته")
)
_HOUSE = frozenset(fold(w) for w in ("آل",))
_REPRESENTED = frozenset(fold(w) for w in ("ممثلة", "ممثلا", "ممثلاً", "ممثلين"))
_CONCERNING = frozenset(fold(w) for w in ("بشأن", "بخصوص", "حيال", "بصدد"))
_AFTER_DEMONYM = frozenset(
    fold(w)
    for w in (
        "السابق",
        "الأسبق",
        "الموالي",
        "الموالية",
        "المعارض",
        "المعارضة",
        "الجديد",
        "الحالي",
        "المكلف",
        "الراحل",
        "المساعد",
        "الأول",
        "الثاني",
        "المستقيل",
        "المنتخب",
        "المقيم",
        "الدائم",
        "الخاص",
        "المناوب",
        "الأعلى",
        "السابقة",
        "الجديدة",
        "الحالية",
        "المكلفة",
        "المساعدة",
        "الدائمة",
        "الخاصة",
    )
)
_OFFICE_NOUNS = frozenset(
    fold(w)
    for w in ("وزير", "سفير", "رئيس", "أمير", "محافظ", "مدير", "نائب", "عضو", "أمين", "مستشار")
)
_FAMILY_TITLES = frozenset(fold(w) for w in ("السلطان", "الشيخ", "القاضي"))
_BLOCKING_KINDS = frozenset({"title", "role", "trigger", "org"})


@dataclass(slots=True)
class Party:
    """A person, an office, or a state or organisation named as a whole, in tokens."""

    start: int
    end: int  # one past the last token
    titles: list[str] = field(default_factory=list)
    name: tuple[int, int] | None = None  # token range of the name
    role: tuple[int, int] | None = None  # token range of the office
    states: list[Match] = field(default_factory=list)  # in the office or beside the name
    orgs: list[Match] = field(default_factory=list)
    office: str | None = None  # the office kind of the role head: state, org, other
    whole: Match | None = None  # a state or organisation acting as a whole
    skip: int = 0  # characters of proclitics before the party in its first token (لفخامة)


def _definite(token: str) -> bool:
    return token.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _definite_at(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` has the article, as written: folding makes أ and إ an alef, but
    the article never has the hamza ("ألفا كوندي"، "إلمار محمدياروف" are names)."""
    return _definite(tokens.texts[i]) and not tokens.hamza_opens(i)


def is_name_word(tokens: Tokens, i: int, titled: bool = False) -> bool:
    """Could token ``i`` be part of a person's name? (``titled``: the first word of a name
    after a title or an office.)"""
    text = tokens.texts[i]
    if not tokens.is_word(i) or text.isdigit() or len(text) < 2 or text in NOT_NAME_WORDS:
        return False
    if (
        text.startswith(("بال", "لل"))
        or (text.startswith("كال") and len(text) > len("كالا"))  # "كالا أنكوراو" is a name
        or (text.startswith("فال") and len(text) > 3 and text[1:] in common_words())
    ):
        return False  # "بالهجوم": a preposition and an article open no name ("فالتر" may)
    if _lamine(tokens, i):
        return True
    if text[0] in "بلو" and text[1:] in INSTITUTIONS | _ROLE_NOUNS:
        return False  # "بمدينة", "لوزارة": a noun of places and bodies
    if text[0] == "و" and len(text) > 3 and (text[1:] in stopwords() or text[1:] in verbs()):
        return False  # "باراك أوباما والذي", "… ويلتقي": a clause, not a name, goes on
    if text[0] == "و" and text[1:] in _HEIR_WORDS:
        return False  # "سلمان بن عبدالعزيز وولي عهده": the next party
    if text in stopwords() and not _stopword_as_name(tokens, i, titled):
        return False  # "في", "على" (but the name علي, written with ي, is one)
    if future_verb(text):
        return False  # "الدكتور صلاح المزروع سيرأس الفريق": what he will do
    if titled and _noun_with_pronoun(tokens, i, text, full=True):
        return False  # "ويكمل الفريق برنامجه": the team's programme, not a general's name
    found = lexicon().match(tokens, i)
    if found is None:
        return True
    if (
        found.entry.kind == "role"
        and not found.skip
        and _given_name_of_office(tokens, i, len(tokens), titled)
    ):
        return True  # "سلطان المريخي", "أمير عبداللهيان", "المهندس أمين الناصر"
    if found.entry.kind in _BLOCKING_KINDS:
        return False  # "وزير", "لفخامة", "بالرئيس", "في"
    if found.entry.kind == "place" and found.skip == 0 and text.startswith("ال"):
        return False  # "عادل الجبير الرياض متوجها": a city with the article ends a name
    if found.entry.kind == "place" and found.skip == 1 and text.startswith("و"):
        return False  # "مدير جامعتي الملك عبد العزيز وجدة": and a city, no name
    if found.entry.kind == "state" and found.skip == 1 and text.startswith("وال"):
        return False  # "باراك أوباما والتركي رجب طيب أردوغان": and the Turkish one
    return not (found.entry.kind == "state" and found.skip == 0)


def _lamine(tokens: Tokens, i: int) -> bool:
    """ "لامين" written with a bare alef, and no office's complement after it, is the given name
    Lamine ("السيد محمد لامين كامارا"), not لأمين, "to the secretary"."""
    if tokens.texts[i] != _LAMINE or tokens.normalized is None:
        return False
    written = tokens.original(i) or ""
    following = tokens.texts[i + 1] if i + 1 < len(tokens) else ""
    return written[1:2] == "ا" and not (_definite(following) or following in _GENERAL_BARE)


_LAMINE = fold("لامين")
_GENERAL_BARE = frozenset(fold(w) for w in ("عام", "عامة", "سر"))


def _verb_with_object(tokens: Tokens, j: int) -> bool:
    """A past verb with an object pronoun as written (سلمها، منحه؛ not عرفة, whose ة folding
    makes ه), not a given name."""
    text = tokens.texts[j]
    if may_be_a_given_name(text) or tokens.normalized is None:
        return False
    pronoun = next((p for p in ("ها", "ه") if text.endswith(p)), None)
    if pronoun is None or len(text) - len(pronoun) < 3 or text[: -len(pronoun)] not in verbs():
        return False
    return not _written_end(tokens, j).endswith("ة")


_LONG_VOWELS = frozenset("اأإآوىي")
_SWAPPED = {"ت": "ي", "ي": "ت"}


def _verbal_noun(text: str) -> bool:
    """A verbal noun of the shape التفعيل (التأكيد، التعزيز، الترحيب): never a family name
    after بن in the corpus, so a name does not run into it ("جدد الرئيس عبد الفتاح السيسي
    التأكيد")."""
    return (
        len(text) == 7
        and text.startswith("الت")
        and text[5] == "ي"
        and text[3] not in "وىي"  # the first root letter may be a hamza, folded to ا
        and text[4] not in _LONG_VOWELS
        and text[6] not in _LONG_VOWELS
        and text[6] not in "هة"
    )


def _noun_after_demonym(text: str) -> bool:
    """A noun that cannot be an adjective of the office just closed by a state's adjective
    ("الوزير الأمريكي السبل الكفيلة …": what was discussed), not "للشؤون الخارجية"; the
    topics of talks follow names too often to be common nouns, so any definite common word
    that is not shaped as an adjective (a participle الم…, a relative adjective …ي) counts."""
    if text in common_nouns():
        return True
    return (
        text.startswith("ال")
        and text in common_words()
        and not text.startswith("الم")
        and not text.endswith(("ي", "يه", "ية"))
    )


def future_verb(text: str) -> bool:
    """س and a verb of the present ("سيلتقي"، "ستعقد"; not the names "سيد"، "سيف")."""
    return (
        len(text) >= 5
        and text[0] == "س"
        and text[1] in "يتن"
        and (text[1:] in common_words() or text[1:] in verbs())
        and text not in given_names()
    )


def _behind_a_particle(text: str) -> bool:
    """A word of the language behind ك or بـ ("كفرصة"، "ببرقيتي": a noun, or a noun in the
    dual before its complement), which no name is ("كمال" and "بدر" are names)."""
    if text[:1] not in "بك" or len(text) < 5 or may_be_a_given_name(text):
        return False
    if text.startswith("بو"):
        return False  # "بوعلي"، "بوخمسين": the Gulf's family names in أبو
    rest = text[1:]
    if rest in given_names():
        return False  # "كريم" is no ك + "ريم"
    return rest in common_words() or (rest.endswith("تي") and rest[:-2] + "ه" in common_words())


_PURPOSE = re.compile(r"ل[تين]\w{2,}(?:ه|ها|هم|هما)$")


def _noun_with_pronoun(tokens: Tokens, j: int, bare: str, full: bool) -> bool:
    """A noun of the sentence with a pronoun as written, after a name: a feminine one, whose
    ة became ت before the pronoun, which no name does (خطته، رتبته، نظيرتها، مساعدتهم;
    "فلاتة" is written with ة); after a ``full`` name, any word of the language with ه
    (``bare``: without و or ف; "ياسر القحطاني برنامجه")."""
    text = tokens.texts[j]
    if len(text) < 4 or may_be_a_given_name(text):
        return False
    if text.endswith(("تها", "تهم", "تهما")):
        return True
    written = _written_end(tokens, j)
    if _PURPOSE.match(text) and written.endswith("ه"):
        return True  # "سلمان بن عبدالعزيز لتشكره"، "جاسر العتيبي لتعاونه": لـ, a verb or a
        # verbal noun, its pronoun
    if text.endswith("ته") and written == "ته":
        return True
    return (
        full
        and bare.endswith("ه")
        and bare[:-1] in common_words()
        and bare not in given_names()
        and bare not in personal_names()
        and written.endswith("ه")
    )


def _with_pronoun(tokens: Tokens, j: int) -> bool:
    """Whether token ``j`` ends in the pronoun ه as written, not in a ة that folding made
    one ("في مكتبه مدير سجون محافظة جدة": his office, not a library), nor in a ه of its own
    ("بمتنزه الملك عبدالله": a park)."""
    text = tokens.texts[j]
    if not (text.endswith("ه") and _written_end(tokens, j).endswith("ه")):
        return False
    return text not in _ENDS_IN_HA and text[1:] not in _ENDS_IN_HA


# nouns of places whose last letter is ه: no pronoun
_ENDS_IN_HA = frozenset(fold(w) for w in ("منتزه", "متنزه"))


def _written_end(tokens: Tokens, j: int) -> str:
    """The last two characters of token ``j`` as the original text writes them (folding
    makes ة an ه); empty without the original."""
    if tokens.normalized is None:
        return ""
    end = tokens.normalized.to_original(tokens.ends[j] - 1)
    return tokens.normalized.original[max(0, end - 1) : end + 1]


def _next_partys_office(
    tokens: Tokens, before: tuple, party: Party, name: tuple[int, int], titles: tuple[int, int]
) -> bool:
    """Whether the office read after a holder's name (now ``party``'s) belongs to the next
    party, the holder keeping the office ``before`` (span, states, organisations, kind) his
    name came after: "محافظ جدة الأمير مشعل بن ماجد القنصل العام الفرنسي" — an office of a
    state or an organisation his own does not name. Not for a head of state named without
    his state ("الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية" says which president), an
    office set off by a comma, or an honorific after an office that says not where, which
    may open the next person, whose office follows the name ("الأمين العام معالي السيدة
    عائشة … وزيرة الخارجية بموريتانيا"; but "أمير منطقة الرياض صاحب السمو الملكي الأمير
    فيصل بن بندر القنصل العام الأمريكي" says where: the name is the emir's)."""
    (start, _end), states, orgs, _office = before
    said = {m.entry.code for m in (*states, *orgs)}
    return (
        without_proclitic(tokens.texts[start]) not in _WHOSE_UNSAID
        and (tokens.texts[name[1]] != "," or _envoy_after_other_office(tokens, start, party))
        and (not _honorific_between(tokens, *titles) or _says_where(tokens, before))
        and not {m.entry.code for m in (*party.states, *party.orgs)} <= said
    )


def _envoy_after_other_office(tokens: Tokens, first: int, party: Party) -> bool:
    """Whether the office after a holder's comma-set name is an envoy's and the one before
    it not: "الأمين العام المساعد …، طارق البخيت، سفير جمهورية العراق لدى المملكة" — one
    man is not both, so the envoy is the next party (a head of state's second office after
    a comma, "السيسي، رئيس جمهورية مصر العربية", stays his)."""
    return (
        party.role is not None
        and tokens.texts[party.role[0]].endswith(POSTED_HEADS)
        and not tokens.texts[first].endswith(POSTED_HEADS)
    )


def _says_where(tokens: Tokens, role: tuple) -> bool:
    """Whether an office (its span, states, organisations, kind) names its state, its
    organisation or its place."""
    (start, end), states, orgs, _office = role
    return bool(states or orgs or places_in(tokens, start, end))


def places_in(tokens: Tokens, start: int, end: int) -> list[Match]:
    """The places the lexicon knows from ``start`` to ``end`` (an office's span), but a
    place's name after ابن or أبو, which is a man's ("معهد ابن سيناء", Avicenna's)."""
    found = (
        lexicon().match(tokens, k, _PLACE_KINDS)
        for k in range(start, end)
        if k == 0 or tokens.texts[k - 1] not in _NAMED_AFTER
    )
    return [place for place in found if place is not None]


_NAMED_AFTER = _SON_OF | frozenset(fold(w) for w in ("أبو", "أبي", "أبا", "لابن", "وابن"))


def _honorific_between(tokens: Tokens, start: int, end: int) -> bool:
    """An honorific (معالي، سعادة، السيدة) among the titles from ``start`` to ``end``: after
    a complete office it opens the next person, whose office follows the name."""
    k = start
    while k < end:
        found = lexicon().match(tokens, k, _TITLE_KINDS)
        if found is None:
            k += 1
            continue
        if found.entry.detail == "honorific":
            return True
        k = found.end
    return False


def without_proclitic(text: str) -> str:
    """A word with its preposition or conjunction taken off: للرئيس → الرئيس, بالرئيس →
    الرئيس, بمنطقة → منطقة."""
    if text.startswith("لل"):
        return "ال" + text[2:]
    if text[:1] in "بلوفك" and text[1:3] == "ال":
        return text[1:]
    return text[1:] if len(text) > 3 and text[0] in "بل" else text


def _opens_a_foreign_name(tokens: Tokens, i: int, limit: int) -> bool:
    """أمير as the first of three names, not an emir of a place: "أمير خان متقي" (an emir's
    office takes a region, a state, a definite word or a common noun: "أمير منطقة الرياض"،
    "أمير قطر"، "أمير الحج"، "أمير جماعة …")."""
    if tokens.texts[i] != _EMIR or i + 2 >= limit:
        return False
    lex = lexicon()
    following = (i + 1, i + 2)
    return (
        all(
            tokens.is_word(k)
            and not _definite(tokens.texts[k])
            and not is_time_word(tokens.texts[k])
            and lex.match(tokens, k) is None
            for k in following
        )
        and tokens.texts[i + 2] not in common_words()
    )  # (not "أمير وليز رسالة شكر")


_EMIR = fold("أمير")


def _given_name_of_office(tokens: Tokens, i: int, limit: int, titled: bool = False) -> bool:
    """An office's word that is also a given name (سلطان، أمير), standing as one: a father's
    name or a family name with the article follows it, not an office's complement. After a
    title or an office (``titled``: "المهندس أمين الناصر") a name written after بن is one
    too, and its family name may be a word ("الناصر")."""
    text = tokens.texts[i]
    if _opens_a_foreign_name(tokens, i, limit):
        return True
    if i + 1 >= limit or not (text in given_names() or (titled and text in personal_names())):
        return False
    following = tokens.texts[i + 1]
    if following in _SON_OF:
        return True  # "الأمير سلطان بن سلمان رئيس الهيئة العامة للسياحة"
    return (
        _definite(following)
        and (titled or following not in common_words())
        and not is_time_word(following)
        and lexicon().match(tokens, i + 1) is None
    )


def _conjoined_with_pronoun(tokens: Tokens, j: int) -> bool:
    """و and a noun with a possessive pronoun, as written (ـه, not the ة folding makes ه)."""
    text = tokens.texts[j]
    if not text.startswith("و") or len(text) < 5 or text[1:] in given_names():
        return False
    written = _written_end(tokens, j)
    return (
        written.endswith(("ه", "ها", "هم"))
        and not written.endswith("ة")
        and not text.endswith("الله")
    )


def _office_accusative(text: str) -> bool:
    """An office in the accusative, what someone was made: "وزيراً", "سفيراً", "رئيساً"."""
    return text[:-1] in _OFFICE_NOUNS


def _family_named_as_state(tokens: Tokens, i: int, j: int) -> bool:
    """A family name that is also a state's name or adjective, right after "X بن Y":
    "عبدالله بن محمد السويد", "عبدالله بن عبدالمحسن التركي" (not Sweden, not Turkish), or an
    ambiguous one after a given name the language does not use otherwise: "روبرت مالي"."""
    after_nasab = j - i >= 3 and tokens.texts[j - 2] in _NASAB and tokens.texts[j].startswith("ال")
    after_foreign = (
        j > i and not _definite(tokens.texts[j - 1]) and tokens.texts[j - 1] not in common_words()
    )
    if not (after_nasab or after_foreign):
        return False  # (most words: no lexicon lookup)
    state = lexicon().match(tokens, j, _STATE_KINDS)
    if state is None or state.skip or state.end != j + 1:
        return False
    # "روبرت مالي": a family name written as Mali (or "financial")
    return after_nasab or state.entry.detail == "ambiguous demonym"


def _name_not_office(tokens: Tokens, i: int, j: int, limit: int) -> bool:
    """An office's word that is a name inside a name: after a given name and before a word
    that no office would take ("إياد أمين مدني", not "الأمين العام" nor "أمين منطقة")."""
    if j == i or tokens.texts[j] not in _NAMES_LIKE_OFFICES or j + 1 >= limit:
        return False
    following = tokens.texts[j + 1]
    previous = tokens.texts[j - 1]
    return (
        (previous in given_names() or (j - 1 == i and previous not in common_words()))
        and tokens.is_word(j + 1)
        and not _definite(following)
        and following not in _ROLE_NOUNS
        and following not in _GENERAL
        and following not in {"عام", "عامه"}
        and lexicon().match(tokens, j + 1) is None
    )


def _family_noun_ends_name(tokens: Tokens, i: int, j: int, limit: int) -> bool:
    """A common noun with the article after a given name, where the name must end: the
    family name ("الرئيس السوداني عمر البشير أمس"، "… عمر البشير، سلمها"), not a word of the
    sentence ("سليمان الموظف المصاب")."""
    if j - i != 1 or not _definite_at(tokens, j) or not may_be_a_given_name(tokens.texts[i]):
        return False
    k = j + 1
    if k >= limit or not tokens.is_word(k):
        return True
    after = tokens.texts[k]
    following = tokens.texts[k + 1] if k + 1 < len(tokens) else ""
    return (
        after in stopwords()
        or is_time_word(after, following)
        or after in verbs()
        or read_role(tokens, k, limit) is not None
    )


def _family_title(tokens: Tokens, i: int, j: int, limit: int) -> bool:
    """A title that is a family name at the end of a name: "فهد السلطان،"، "صالح الشيخ" (not
    "الأمير فهد الأمير سلطان", where it opens the next person's name)."""
    if j == i or tokens.texts[j] not in _FAMILY_TITLES or tokens.texts[j - 1] in NAME_JOINERS:
        return False
    return j + 1 >= limit or not tokens.is_word(j + 1) or not is_name_word(tokens, j + 1)


# the verbal nouns of the derived verbs: تفعيل، افتعال، استفعال، تفاعل (تقنين، اجتماع، استقرار،
# تعاون), which news puts after an office as what it discussed; names of those shapes that
# are Arabic words (تيسير، انتصار) are given names, read as such
_VERBAL_NOUN = re.compile(r"ت\w\wي\w|ا\wت\wا\w|است\w\wا\w|ت\wا\w\w")


_IN = frozenset(fold(w) for w in ("وفي", "في"))
_WHILE = frozenset(fold(w) for w in ("وقت", "الوقت", "أثناء", "اثناء", "حين", "غضون"))


def read_name(
    tokens: Tokens, i: int, limit: int, titled: bool = True, bare: bool = False
) -> tuple[int, int] | None:
    """A run of name words starting at ``i``: at least one word that is not a joiner.

    A name stops before a word with a possessive pronoun ("حمّله تحياته") or a day. Without
    a title before it (``titled=False``), one word alone must be a known given name; a
    ``bare`` name, with neither title nor office before it, must not open with a common
    word either."""
    if i < limit and _preposition_and_noun(tokens.texts[i]):
        return None  # "لكرة القدم", "لرعاية الشباب"
    if i < limit:
        first = tokens.texts[i]
        if (
            # not a lone ه, which folding also makes of ة ("نادية")
            first.endswith(("اته", "ها", "هم", "هما"))
            and first in common_words()
            and first not in given_names()
            and not first.endswith("الله")
        ):
            return None  # "الفريق أول تدريباته": a noun with a pronoun opens no name
        if future_verb(first):
            return None  # "الفريق سيلتقي غدا": a verb in the future opens no name
        if (
            first in _IN
            and i + 1 < limit
            and (tokens.texts[i + 1] in _WHILE or is_time_word(tokens.texts[i + 1]))
        ):
            return None  # "القنصل الفرنسي، وفي وقت لاحق استقبل …": وفي (also a name) is "and in"
        if _VERBAL_NOUN.fullmatch(first) and first in common_words() and first not in given_names():
            return None  # "بحث مع نظيره الأميركي تقنين أوضاع …": what was discussed
    if (bare or not titled) and i < limit:
        first = tokens.texts[i]
        if first in verbs() and first not in given_names():
            return None  # "توفي أو قتل"
        if (
            bare
            and first in common_words()
            and first not in given_names()
            and first not in article_names()
        ):
            return None
    if _before_a_known_name(tokens, i, limit):
        i += 1  # "اتخذ ظريف جانب جون كيري", "السيدة الأولى ميشيل أوباما", "بجون كيري"
    j = i
    known = i < limit and (tokens.texts[i] in known_first_words() or tokens.texts[i] == "عبد")
    surnames = foreign_surnames()
    while j < limit and j - i < _MAX_NAME_WORDS:
        text = tokens.texts[j]
        if (
            known
            and j - i >= 2
            and _past_a_known_name(tokens, i, j)
            and not (titled and _last_before_a_pause(tokens, j, limit))
        ):
            break  # "باراك أوباما اتفاق إيران", "محمد بن سلمان طياري التحالف"
        if (
            j > i
            and tokens.texts[j - 1] in surnames
            and tokens.texts[j - 1] not in personal_names()  # "هادي"
            and (j - 1 > i or tokens.texts[j - 1] not in given_names())
        ):
            break  # "بارك أوباما يتطلع", "أوباما قابل", "كيري لافروف": a surname ends a name
        if known and j > i and continues_a_known_name(tokens.texts[i : j + 1]):
            j += 1  # "الباجي قائد السبسي": the holder's name as the data has it
            continue
        if not is_name_word(tokens, j, titled and j == i) and not _given_name_after_title(
            tokens, i, j, titled
        ):
            if _family_title(tokens, i, j, limit):
                j += 1  # "فهد السلطان،": a family name, the last word
                break
            if _family_named_as_state(tokens, i, j):
                j += 1  # "عبدالله بن عبدالمحسن التركي": a family name after the nasab
                break
            if _name_not_office(tokens, i, j, limit):
                j += 1  # "إياد أمين مدني": a father's name that is also an office
                continue
            after_joiner = j > i and tokens.texts[j - 1] in NAME_JOINERS
            if after_joiner and text in _NAME_TITLES:
                j += 1  # "إسماعيل ولد الشيخ أحمد": a title inside a name, after a joiner
                continue
            if (
                after_joiner
                and (
                    tokens.texts[j - 1] in _NASAB
                    or (
                        tokens.texts[j - 1] in _KUNYA
                        and lexicon().match(tokens, j, _PLACE_KINDS) is None
                    )
                )
                and tokens.is_word(j)
                and not text.isdigit()
                and text not in stopwords()
                # (a state's adjective that is a given name too: "خالد بن تركي")
                and (lexicon().match(tokens, j, _STATE_KINDS) is None or text in given_names())
            ):
                j += 1  # after بن the word is a name, even one that is also an office
                continue  # or a common word or a verb: "جلوي بن عبدالعزيز بن مساعد", "أبو رأس"
            break
        bare = text[1:] if text[0] in "وف" and len(text) > 3 else text
        if (
            j > i
            and bare.endswith(_POSSESSIVE)
            and not bare.endswith("الله")
            and bare in common_words()
            and bare not in given_names()
            and tokens.texts[j - 1] not in _NASAB  # "عبد ربه منصور هادي"
            # a family name written with ة, before a particle, a pause or the next party's
            # office ("بدر باسلمة إن"، "ناصر جودة في"، "ناصر جودة نظيره"), has no pronoun; a
            # noun of the clause runs on ("دعوة لزيارة"), and an adjective in ـية is the
            # sentence's ("محمد بن سلمان تاريخية.")
            and not (
                tokens.ends_with_ta_marbuta(j)
                and not bare.endswith("يه")
                and bare not in time_words()  # "أحمد بن عبدالعزيز البارحة"
                and (_particle_or_pause_at(tokens, j + 1) or _office_at(tokens, j + 1))
            )
        ):
            break  # "حمّله تحياته", "ونظيرها"
        if j > i and _noun_with_pronoun(tokens, j, bare, full=j - i >= 2):
            break  # "باراك أوباما خطته"، "نظيرتها"، "ياسر القحطاني برنامجه": a noun and its pronoun
        if j > i and text[0] in "بل" and len(text) > 5 and text.endswith(("ته", "تها", "تهم")):
            break  # "مسعود بارزاني لطمأنته", "… بزيارته": a preposition, a noun and its pronoun
        if j - i >= 2 and _behind_a_particle(text):
            break  # "سلمان بن عبدالعزيز كفرصة", "محمد بن نايف ببرقيتي": ك or بـ and a noun
        if j > i and _verb_with_object(tokens, j) and tokens.texts[j - 1] not in NAME_JOINERS:
            break  # "فلاديمير بوتين سلمها", "السيسي منحه": a verb and its object pronoun
        if (
            j > i
            and (text in common_nouns() or _verbal_noun(text))
            and tokens.texts[j - 1] not in NAME_JOINERS
            # a compound given name is followed by the family name: "عز الدين الأصبحي"
            and not (j - i == 2 and tokens.texts[j - 1] in _COMPOUND_ENDS)
            and not _family_noun_ends_name(tokens, i, j, limit)
            and not (titled and _last_before_a_pause(tokens, j, limit))
        ):
            break  # "سليمان اليحيى الموظف المصاب": a name does not run into a noun
        if (
            j - i >= 2
            and (
                (
                    tokens.texts[j - 1].startswith("ال")  # a family name (not "فالتر")
                    and tokens.texts[j - 1] not in {"ال", "الله"}  # "آل نهيان", "عبد الله"
                    and tokens.texts[j - 2] not in NAME_JOINERS  # "عبد العزيز"
                )
                or tokens.texts[j - 2] in _NASAB  # "محمد بن سلمان طياري التحالف"
            )
            and text not in NAME_JOINERS
            and not _definite(text)
            and text in common_words()
            and text not in given_names()
            and not _stopword_as_name(tokens, j)  # "علي بن ياسين علي العمري"
            and not (titled and _last_before_a_pause(tokens, j, limit))
        ):
            break  # "أحمد بن عبدالعزيز القطان أفراد بعثة": after the family name, a noun
        if (
            j - i >= 2
            and text.startswith("الم")  # a participle: المهنئين، المشاركين، المسؤولين
            and text.endswith(("ين", "ون"))
            and len(text) > 6
            and text not in given_names()
            and tokens.texts[j - 1] not in NAME_JOINERS
        ):
            # "أسامة البار المهنئين"، "مشعل بن ماجد المشاركين": a plural of people, the
            # group met, after a full name (not a family name: العثيمين)
            break
        if (
            j > i
            and text.endswith("ات")
            and "ال" + text in common_nouns()
            and text not in given_names()
            and (j - i >= 2 or (j + 1 < limit and _definite_at(tokens, j + 1)))
        ):
            # "هاني أبو راس فعاليات السيرك": a plural noun heading a construct; "عايض
            # الرحيلي جولات تفقد خلالها": after a full name, any such plural
            break
        if j > i and text in PRAYERS and j + 1 < limit and tokens.texts[j + 1] == "الله":
            break  # "الملك عبدالعزيز طيب الله ثراه"
        if j > i and text in _ENDS_A_NAME:
            break  # "برنار كازنوف الأربعاء"
        if _conjoined_with_pronoun(tokens, j) and (j > i or text not in given_names()):
            break  # "عادل الجبير وتحذيره": and his warning, a noun of the next clause
        if (
            (j - i >= 2 or (j > i and len(text) > 4))
            and text[0] in "وف"
            and len(text) >= 3
            and text[1:] in common_words()
            and text not in given_names()
            and tokens.texts[j - 1] not in NAME_JOINERS
        ):
            break  # "إريك روزينباخ وكبير …", "بدر السحيباني فإن": a word of the clause
        if (
            j - i >= 2
            and text[0] == "و"
            and len(text) > 3
            and text not in given_names()
            and tokens.texts[j - 1] not in NAME_JOINERS
            and j + 1 < limit
            and tokens.texts[j + 1] not in NAME_JOINERS
            and is_name_word(tokens, j + 1)
        ):
            break  # "… يوماشو رينسانبو وكودو فيري مديرة …": and the next name, of two words
        if j >= i + 2 and tokens.texts[j - 2] in _HOUSE and text not in NAME_JOINERS:
            break  # "عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير": a family name ends it
        if j - i >= 2 and text.endswith("ا") and _office_accusative(text):
            break  # "ماجد بن عبدالله بن حمد الحقيل وزيراً": appointed as minister
        if (
            j - i >= 2
            and tokens.texts[j - 1] not in NAME_JOINERS
            and text not in given_names()
            and (place := lexicon().match(tokens, j, _PLACE_KINDS)) is not None
            and place.skip == 0
        ):
            break  # "ستيفان دي مستورا طهران اليوم": the city he visited, after a full name
        if (
            j - i >= 2
            and text in INSTITUTIONS
            and text not in given_names()
            and tokens.texts[j - 1] not in NAME_JOINERS
            and not (titled and _last_before_a_pause(tokens, j, limit))
        ):
            break  # "أحمد بن عيسى الحازمي مركز قيادة قوة جازان": the place he visited
        if j > i and _preposition_and_noun(text) and tokens.texts[j - 1] not in NAME_JOINERS:
            break  # "فيصل بن بندر بجولة", "عادل الجبير بمقر": a preposition and a noun
        if (
            j > i
            and (
                text in verbs()
                or bare in verbs()
                or (text[0] == "س" and text[1:] in verbs())
                # the same imperfect of the other gender: "أنجيلا ميركل تدعو" (يدعو)
                or (text[0] in "تي" and len(text) > 3 and _SWAPPED[text[0]] + text[1:] in verbs())
            )
            and text not in given_names()
            and text not in NAME_JOINERS  # "ولد" is a verb too
            and tokens.texts[j - 1] not in NAME_JOINERS  # "حسن أبو طالب": a name after أبو
            and not (titled and _last_before_a_pause(tokens, j, limit))
        ):
            break  # "أنجيلا ميركل قررت", "ويلفريد إيمفولا وأكد"
        j += 1
    while j > i and tokens.texts[j - 1] in NAME_JOINERS:
        j -= 1  # a name does not end on بن or عبد
    if j == i or all(tokens.texts[k] in NAME_JOINERS for k in range(i, j)):
        return None
    if not titled and j - i == 1 and tokens.texts[i] not in given_names():
        return None
    if (
        titled
        and j - i == 1
        and i > 0
        and tokens.texts[i] in common_words()
        and not _definite_at(tokens, i)
        and tokens.texts[i] not in given_names()
        and tokens.texts[i] not in personal_names()
        and (title := lexicon().match(tokens, i - 1, _TITLE_KINDS)) is not None
        and title.end == i
    ):
        return None  # "كمال الشيخ عام 1970": a title's word, then a word of the sentence
    if (
        j - i == 1
        and i > 0
        and tokens.texts[i - 1].endswith("سعاده")
        and not _definite_at(tokens, i)
        and tokens.texts[i] not in given_names()
    ):
        return None  # "بسعادة غامرة": with great joy, not a title and a name
    return (i, j)


def _particle_or_pause_at(tokens: Tokens, k: int) -> bool:
    return k >= len(tokens) or tokens.texts[k] in _PAUSES or tokens.texts[k] in stopwords()


def _office_at(tokens: Tokens, k: int) -> bool:
    """Whether an office or a title opens at ``k``, with no proclitic."""
    found = lexicon().match(tokens, k, _ROLE_KINDS | _TITLE_KINDS) if k < len(tokens) else None
    return found is not None and not found.skip


def _last_before_a_pause(tokens: Tokens, j: int, limit: int) -> bool:
    """Whether token ``j``, a verb or a common noun, opens the last word or two of a titled
    name right before a comma or a full stop: a family name ("السيدة عيساتا تال سال،"،
    "السيد أبشر عمر جامع.") — a verb or a noun of the sentence would have more of the
    sentence after it."""
    for k in range(j, min(len(tokens), j + _LAST_WORDS + 1)):
        text = tokens.texts[k]
        if text in _PAUSES:
            return k > j  # (the pause may lie just past the reach of a party)
        if k >= limit:
            return False
        if not tokens.is_word(k) or text[0] in "وفبلك" or text.startswith("ال"):
            return False  # "وزملاءه.", "بشدة،", "الموظف،": words of the clause
        if k > j and (len(text) > _SHORT_WORD or text in stopwords()):
            return False  # "محمد بن نايف نطمئن عليكم.": a verb and its complement
    return False


_LAST_WORDS = 2  # words of a foreign family name a verb or a noun may open: "تال سال"
_SHORT_WORD = 4  # letters of a family name's second word: "سال", not "عليكم"


def _before_a_known_name(tokens: Tokens, i: int, limit: int) -> bool:
    """Whether token ``i`` is a word of the clause, or a preposition glued to a given name,
    right before a known holder's name or a given name and a known surname: no part of it."""
    if i + 2 >= min(limit, len(tokens)):
        return False
    after, surnames = tokens.texts[i + 1], foreign_surnames()
    if not (
        after in known_first_words()
        or after in surnames
        or after == "عبد"
        or tokens.texts[i + 2] in surnames
    ):
        return False  # no known name follows: most words
    first = tokens.texts[i]
    if first in given_names():
        return False
    glued = first[0] in "بل" and first[1:] in given_names()
    if not (first in common_words() or glued):
        return False
    if tokens.texts[i + 2] in foreign_surnames() and tokens.texts[i + 1] in given_names():
        return True
    if glued and tokens.texts[i + 1] in foreign_surnames():
        return True  # "بجون كيري" (but "الرئيس بارك أوباما": a misspelt given name)
    return any(name_goes_on(list(tokens.texts[i + 1 : i + k])) is not None for k in (3, 4, 5, 6))


def _past_a_known_name(tokens: Tokens, i: int, j: int) -> bool:
    """Whether the words before ``j`` are a known holder's name given whole (data/
    office_holders.tsv) and the word at ``j`` is none of his: no word of a longer form of
    it, no joiner, and, after a name with one nasab, no family name with the article — a
    common noun or a state's name is none ("محمد بن نايف السعودية"); a name with its
    grandfather's, in full, ends there ("محمد بن نايف بن عبدالعزيز المبلغة")."""
    going_on = name_goes_on(list(tokens.texts[i:j]))
    text = tokens.texts[j]
    if going_on is None or text in going_on or text in NAME_JOINERS:
        return False
    if _definite(text) and sum(w in _SON_OF for w in tokens.texts[i:j]) == 1:
        # "محمد بن سلمان العتيبي", "خالد بن عبدالعزيز البراك" are other men (البراك،
        # السعيد are common words too)
        return text in common_nouns() or lexicon().match(tokens, j, _STATE_KINDS) is not None
    return True


def _given_name_after_title(tokens: Tokens, i: int, j: int, titled: bool) -> bool:
    """A given name that is also a demonym, right after a title: "الأمير تركي بن عبدالله"
    (not "الرئيس التركي", where the article makes it the demonym)."""
    if j != i or tokens.texts[j] not in given_names():
        return False
    if not titled:
        # after an office, when a family name follows: "بمنطقة الرياض تركي الشليل"
        following = tokens.texts[j + 1] if j + 1 < len(tokens) else ""
        if not (
            _definite(following)
            and following not in common_words()
            and following not in common_nouns()
            and not is_time_word(following)
            and lexicon().match(tokens, j + 1) is None
        ):
            return False
    found = lexicon().match(tokens, j)
    return found is not None and found.entry.kind == "state" and found.end == j + 1


def _preposition_and_noun(text: str) -> bool:
    """بـ or لـ glued to a common noun ("بجولة", "بمقر", "لكرة") or to a feminine noun
    ("بطائرة خاصة"): no word of a name. (Not كـ: "كيري" is a name, not ك + يرى.)"""
    if len(text) <= 3 or text[0] not in "بل":
        return False
    if text[1:] in common_words():
        # the harvested given names hold some such words ("لكرة" after "مدير … لكرة القدم")
        return text[0] == "ل" or text not in given_names()
    return (
        text[0] == "ب"
        and text.endswith("ه")  # ة folded
        and "ال" + text[1:] in common_words()  # a noun the corpus writes with the article
        and text not in given_names()
        and text[1:] not in given_names()
    )


def read_titles(
    tokens: Tokens, i: int, limit: int, proclitic: bool = False
) -> tuple[list[str], int]:
    """Titles and honorifics at ``i``: the kept titles and where they end. With
    ``proclitic``, the first may sit behind و، ب، ل (``لفخامة``، ``ومعالي``)."""
    titles: list[str] = []
    lex = lexicon()
    j = i
    while j < limit:
        found = lex.match(tokens, j, _TITLE_KINDS)
        if found is None or (found.skip and not (proclitic and j == i)):
            break
        if found.entry.detail == "title" and found.entry.canonical:
            titles.append(found.entry.canonical)
        j = found.end
        if j < limit and tokens.texts[j] == ".":
            j += 1  # "د." and "م."
        elif (
            found.entry.detail == "honorific"
            and j + 1 < limit
            and tokens.texts[j] == ","
            and lex.match(tokens, j + 1, _TITLE_KINDS) is not None
        ):
            j += 1  # "صاحب السمو الملكي، الأمير محمد بن نايف": one man's titles
    return titles, j


_OF_DUTY = fold("الواجب")

# a ة noun with a pronoun (folded: ته، تها، تهم، تهما), which no word continues in a construct
_NOUN_WITH_PRONOUN = ("ته", "تها", "تهم", "تهما")


_RESIDING = frozenset({"المقيمين", "المقيمون"})
_ABROAD_OPENS = frozenset({"في", "بالخارج"}) | _RESIDING


def _abroad(tokens: Tokens, j: int, limit: int) -> int | None:
    """Where "في الخارج", "بالخارج" or "المقيمين بالخارج" ends when the word before names
    nationals by their demonym ("والموريتانيين في الخارج"); None elsewhere."""
    words = tokens.texts
    k = j + 1 if words[j] in _RESIDING else j
    if k >= limit or j == 0:
        return None
    if words[k] == "بالخارج":
        end = k + 1
    elif words[k] == "في" and k + 1 < limit and words[k + 1] == "الخارج":
        end = k + 2
    else:
        return None
    before = lexicon().match(tokens, j - 1, _STATE_KINDS)
    if before is not None and before.entry.detail == "demonym" and before.end == j:
        return end
    return None


def read_role(
    tokens: Tokens, i: int, limit: int, proclitic: bool = False
) -> tuple[int, list[Match], list[Match], str] | None:
    """An office starting at ``i``: its end, the states and organisations in it, and the
    office kind of its head."""
    lex = lexicon()
    head = lex.match(tokens, i, _ROLE_KINDS)
    if head is None or (head.skip and not proclitic):
        return None
    if not head.skip and _opens_a_foreign_name(tokens, i, limit):
        return None  # "أمير خان متقي": a name, no emir's office
    if tokens.texts[i] in _GOVERNORS and not _governor(tokens, i):
        return None
    if (
        tokens.texts[i] in _REPRESENTED
        and head.end < limit
        and (tokens.texts[head.end] == "في" or tokens.texts[head.end].startswith("ب"))
    ):
        return None  # "عقدت جامعة نجران ممثلة في المتحدث الرسمي …": represented by, no office
    office = head.entry.detail or "state"
    if head.end < limit and tokens.texts[head.end] in _NEW:
        return None  # "كيفية الوصول إلى رئيس جديد منتخب": an office to fill, no one in it
    if (
        "وفد" in tokens.texts[i]  # (a quick test first: read_role runs on every office)
        and without_proclitic(tokens.texts[i]) == _THE_DELEGATION
    ) and not (
        head.end < limit
        and (adjective := lex.match(tokens, head.end, _STATE_KINDS)) is not None
        and adjective.entry.detail == "demonym"
        and not adjective.skip
    ):
        return None  # "الوفد المرافق": the guest's party; "الوفد الإيراني" is Iran's
    if office == "body" and not head.skip:
        named = lex.match(tokens, i, _ENTITY_KINDS)
        if named is not None and named.entry.kind == "org" and named.end > head.end:
            return None  # "صندوق النقد"، "جامعة الدول العربية": an organisation the lexicon knows
    states: list[Match] = []
    orgs: list[Match] = []
    j = head.end
    if office == "family":
        # "أبناء الشيخ مهنا بن عبدالرحمن أبا الخيل": the relative named is part of the office,
        # and the dead mourned: "أسر وذوي الشهداء", "ذوي الشهيد العريف أحمد جعفر".
        while j < limit:
            kin = lex.match(tokens, j, _ROLE_KINDS)  # "ذوي أسرة"، "أسر وذوي"
            if kin is None or kin.entry.detail != "family":
                break
            if kin.skip and not (kin.skip == 1 and tokens.texts[j].startswith("و")):
                break
            j = kin.end
        if j < limit and (tokens.texts[j] in mourned() or tokens.texts[j] in _PRIVATE_PERSONS):
            j += 1  # "ذوي الشهيد"، "والدي الطفل": whose kin they are
            if j < limit and tokens.texts[j] == _OF_DUTY:
                j += 1  # "لذوي شهيد الواجب الجندي سامي بن معوض الحربي"
        _titles, k = read_titles(tokens, j, limit)
        relative = read_name(tokens, k, limit) if k < limit else None
        if (
            relative is not None
            and k == j
            # an adverbial accusative, "سائلاً الله", not a name ("والدي لين") nor what the
            # family is of ("أسر الضحايا")
            and not _definite_at(tokens, k)
            and tokens.texts[k].endswith("ا")
            and len(tokens.texts[k]) > 3
            and tokens.texts[k] in common_words()
            and not may_be_a_given_name(tokens.texts[k])
        ):
            relative = None  # "أسر الشهداء سائلا الله": what the one offering condolences said
        return (relative[1] if relative else k), states, orgs, office
    # (والي, a governor, is indefinite though it opens like والـ)
    # a counterpart's pronoun makes it definite: "نظيره يوسف بن علوي" names him next
    chain_open = (
        not _definite_at(tokens, head.end - 1) and tokens.texts[i] not in _COUNTERPARTS
    ) or _governor(tokens, i)
    complement = False  # after "المعني": a بـ/لـ word and what و joins to it continue
    place_end = -1  # where the last place read in the office ends
    times = time_words()
    while j < limit and j - i < _MAX_ROLE_TOKENS:
        text = tokens.texts[j]
        before = tokens.texts[j - 1]
        if text == "مع" and before in _RELATIONS_FOR and j + 1 < limit:
            # "المبعوث الخاص للعلاقات مع المجتمعات المسلمة"، "وزير الدولة المكلف بالعلاقات مع
            # البرلمان": the relations an office is for, not a partner met
            j += 1
            chain_open = True
            continue
        if (
            j - 1 > i
            and len(before) > 4
            and before.endswith(_NOUN_WITH_PRONOUN)
            and not (_definite(text) and lex.match(tokens, j, _TITLE_KINDS | _ROLE_KINDS) is None)
        ):
            # "رئيس مجلس إدارتها سعد …": a noun with its pronoun ends the construct, but
            # for its adjective ("أفراد أسرته الكينية")
            break
        gloss = _short_gloss(tokens, j, limit)
        if gloss is not None:
            if read_titles(tokens, gloss, limit)[0] or (
                # "… للتربية والعلوم والثقافة (إيسيسكو)، الدكتور سالم بن محمد المالك"
                gloss + 1 < limit
                and tokens.texts[gloss] == ","
                and read_titles(tokens, gloss + 1, limit)[0]
            ):
                # 'محافظ مؤسسة النقد العربي السعودي «ساما» الدكتور فهد …': the body's short
                # name, then its head
                j = gloss
                break
            state = lex.match(tokens, gloss, _STATE_KINDS) if gloss < limit else None
            if state is not None and state.entry.detail == "demonym" and not state.skip:
                # 'رئيس مجلس الأمة (البرلمان) الجزائري عبد القادر بن صالح': a gloss, and the
                # office goes on
                states.append(state)
                j = state.end
                chain_open = False
                continue
        if text in OPENING_QUOTES and j + 1 < limit and tokens.texts[j + 1] in given_names():
            break  # 'وزير الخارجية "سامح شكري"': the holder's name, quoted
        if text in OPENING_QUOTES and not chain_open and _quoted_name(tokens, j, limit):
            break  # 'وزير الخارجية اليمني “رياض ياسين”': after a complete office, its holder
        if text in OPENING_QUOTES:
            # 'رئيس حزب "العدالة والتنمية"': a quoted name inside the office
            after = past_quote(tokens, j, limit, 7)
            if after is None:
                break
            j = after
            chain_open = False
            continue
        if not tokens.is_word(j):
            break
        if complement and (text[0] in "بل" or (text[0] == "و" and j > i + 1)):
            j += 1
            continue
        complement = text in _COMPLEMENT_ADJECTIVES
        found = lex.match(tokens, j)
        kind = found.entry.kind if found else None
        if (
            kind == "title"
            and found.entry.detail == "honorific"
            # (or behind لـ: "المستشار الدبلوماسي لدولة رئيس وزراء الجمهورية الإيطالية")
            and (chain_open or (found.skip == 1 and text.startswith("ل")))
        ):
            # (not after a complete office: "لسمو ولي ولي العهد معالي وزير الشؤون
            # الاجتماعية" — the honorific opens the next person)
            after = lex.match(tokens, found.end, _ROLE_KINDS)
            if after is not None and after.skip == 0:
                j = found.end  # "مساعد سمو رئيس الهيئة": an honorific inside the office
                continue
        if (
            kind == "title"
            and (chain_open or text in _TO_THE_KING)
            and (after := _the_king(tokens, j, limit)) is not None
        ):
            # "مستشار جلالة الملك للشؤون العسكرية": the king's adviser; "الوكيل العام للملك
            # لدى محكمة الاستئناف": the Crown's prosecutor, the office whole before it
            j = after
            chain_open = False
            continue
        if kind == "title" and (after := past_namesake(tokens, j, limit)) is not None:
            # "المشرف العام على مركز الملك سلمان للإغاثة": a king's name inside the office,
            # which ends the construct ("وفد من جامعة الملك عبدالعزيز مقر الأمانة": where
            # the delegation went)
            j = after
            chain_open = False
            continue
        if text == "علي" and tokens.ends_with_alef_maqsura(j) and j + 1 < limit:
            # "المشرف العام على مركز …" (the preposition, not the name علي), but not
            # "على هامش الدورة": only an institution or a definite word continues the office.
            following = tokens.texts[j + 1]
            if following in _ROLE_NOUNS or _definite(following):
                j += 1
                chain_open = True
                continue
        if text == "الي" and tokens.texts[i].endswith(_SENT_TO_HEADS) and j + 1 < limit:
            to = lex.match(tokens, j + 1)
            if to is not None and to.entry.kind in ("state", "org"):
                (states if to.entry.kind == "state" else orgs).append(to)
                j = to.end
                chain_open = False
                continue
        if office == "group" and (text in _CAME_FROM or text == "عن"):
            # "وفداً إعلامياً قدم من جمهورية الجزائر", "وفد من منظمة مرام": where it came from
            k = j + 1 if text != "من" and j + 1 < limit and tokens.texts[j + 1] == "من" else j
            origin = lex.match(tokens, k + 1) if k + 1 < limit and tokens.texts[k] == "من" else None
            if origin is not None and origin.entry.kind in ("state", "org"):
                (states if origin.entry.kind == "state" else orgs).append(origin)
                j = origin.end
                chain_open = False
                continue
            if (
                (text == "من" or (text == "عن" and tokens.texts[i] in _ON_BEHALF))
                and all(w in _GROUP_ADJECTIVES for w in tokens.texts[head.end : j])
                and j + 1 < limit
                and tokens.is_word(j + 1)
            ):
                # "وفداً من رجال الأعمال", "وفداً رفيع المستوى من مجلس الشيوخ الباكستاني":
                # what the group is of
                j += 1
                chain_open = True
                continue
        abroad = _abroad(tokens, j, limit) if text in _ABROAD_OPENS else None
        if abroad is not None:
            # "وزير الخارجية والتعاون والموريتانيين في الخارج"، "… والمغاربة المقيمين
            # بالخارج": a foreign minister's office names its nationals abroad
            j = abroad
            chain_open = False
            continue
        if text == "في" and j + 1 < limit:
            where = _state_within(tokens, j + 1, limit)
            if (
                where is not None
                and any(m.entry.code != where.entry.code for m in states)
                and not tokens.texts[i].endswith(POSTED_HEADS)
            ):
                # "وزير الخارجية الأردني في عمان": where he was, not whose office (but "السفير
                # المصري في السودان" is posted there)
                break
            if where is not None:
                # "مستشار قائد الثورة للشؤون الدولية في إيران", "رؤساء مكاتب الحزب في جميع
                # الولايات التركية": where the office is, when a state says it
                states.append(where)
                j = where.end
                chain_open = False
                continue
        if text == "في" and j + 2 < limit and tokens.texts[i].endswith(POSTED_HEADS):
            post = lex.match(tokens, j + 1, _PLACE_KINDS)
            # (or "السفير العماني في المملكة هلال البوسعيدي": the kingdom the paper is of)
            posted = j + 2 if tokens.texts[j + 1] in _THE_KINGDOM else None
            if post is not None and not post.skip:
                posted = post.end
            if posted is not None and _holder_follows(tokens, posted, limit, comma=True):
                # "السفير الإسرائيلي في واشنطن رون ديرمر", "القنصل العام لجمهورية فرنسا في
                # جدة، محمد نهاض": the city he is posted to, his name after it
                j = posted
                chain_open = False
                continue
        if text == "في" and j + 2 < limit and tokens.texts[j + 1] in _PLACE_HEADS:
            place = lex.match(tokens, j + 2, _PLACE_KINDS)
            after = place.end if place is not None else j + 3
            if _holder_follows(tokens, after, limit):
                # "مدير إدارة الدفاع المدني في محافظة الرس العقيد علي …": where the office
                # is, when its holder follows (not "وزير الخارجية في محافظة جدة": where he was)
                j = after
                chain_open = False
                continue
        if text == "في" and j + 2 < limit:
            city = lex.match(tokens, j + 1, _PLACE_KINDS)
            if (
                city is not None
                and not city.skip
                and _holder_follows(tokens, city.end, limit, comma=True)
            ):
                # "رئيس مجلس إدارة الغرفة التجارية الصناعية في أبها المهندس عبدالله المبطي"،
                # "مدير فرع معهد ريادة الأعمال الوطني في نجران، صالح آل سدران": the city the
                # office is in, its holder named after it
                j = city.end
                chain_open = False
                continue
        if text == "في" and j + 1 < limit and not states and not orgs:
            body = lex.match(tokens, j + 1)
            if body is not None and not body.skip and body.entry.kind == "org":
                # "مسؤولة السياسة الخارجية في الاتحاد الأوروبي": the organisation whose
                # office it is, when nothing before named one
                orgs.append(body)
                j = body.end
                chain_open = False
                continue
        if text == "في" and j + 1 < limit and head.entry.detail != "body":
            inside = lex.match(tokens, j + 1, _ROLE_KINDS)
            if (
                inside is not None
                and not inside.skip
                and inside.entry.detail == "body"
                # "أمير منطقة عسير في المجلس العام": a majlis is where he sat
                and tokens.texts[j + 1] not in ("المجلس", "مجلس")
            ):
                # "المستشار في الديوان الملكي", "عضو في اللجنة التنفيذية": the body the
                # office belongs to
                j = inside.end
                chain_open = not _definite_at(tokens, j - 1)
                continue
        if (
            kind in ("title", "trigger")
            or (
                text in stopwords()
                and text not in _ROLE_PREPOSITIONS
                # "رئيس الوفد السعودي": the delegation an office is of
                and not (text == _THE_DELEGATION and j == head.end and chain_open)
            )
            or text in _SIGNED  # "جامعة الملك عبدالعزيز وجامعة جدة مذكرتي تفاهم"
            or (text in SESSIONS and j > head.end)  # "… بمنطقة المدينة المنورة الاجتماع"
            or text in _HELD_NOUNS
            or text in _SENT_NOUNS  # "ولي عهد بريطانيا أمير ويلز رسالة شكر إلى …"
            or text in _CONDOLENCE_NOUNS
        ):
            break
        if kind == "state" and found.entry.detail == "ambiguous demonym":
            kind = None  # "الرئيس المالي": the finance chief, not Mali's president
            found = None
        if (
            kind == "state"
            and found.entry.detail == "demonym"
            and not _definite(text)
            and _definite_at(tokens, j - 1)
            and text in given_names()
        ):
            # "مدير فرع الهيئة بمنطقة الرياض تركي الشليل": an adjective would agree with the
            # definite word before it; an indefinite one that is a given name opens the holder
            break
        if (
            kind == "state"
            and found.entry.detail == "name"
            and not chain_open
            and orgs
            and not found.skip
        ):
            break  # "زار الأمين العام لمنظمة التعاون الإسلامي جمهورية مالي": where he went
        if kind == "state" and j > i and (capital := _capital_of_office(tokens, j, found)):
            found = capital  # "أمين عمان": the mayor of Amman, not of Oman
        if kind in ("state", "org"):
            (states if kind == "state" else orgs).append(found)
            j = found.end
            chain_open = False
            if (
                found.entry.detail in ("demonym", "adjective")  # الأمريكي، الأممي
                and j < limit
                and _noun_after_demonym(tokens.texts[j])
                and tokens.texts[j] not in _AFTER_DEMONYM
                and lex.match(tokens, j) is None
            ):
                # "وزير حقوق الإنسان اليمني الوضع المأساوي": after the state's adjective a
                # noun starts what was discussed (an adjective, السابق، goes on)
                break
            continue
        if kind == "place" and (
            chain_open
            or without_proclitic(tokens.texts[j - 1]) in _PLACE_HEADS
            # "لمنطقة الشرق الأوسط وشمال أفريقيا": two regions of one office
            or (j == place_end and found.skip == 1 and text.startswith("و"))
        ):
            j = place_end = found.end  # "أمين جدة هاني أبو راس": a city closes the chain
            chain_open = False
            continue
        if (
            kind == "place"
            and found.skip == 1
            and text.startswith("ب")
            and _holder_follows(tokens, found.end, limit)
        ):
            # "الرئيس التنفيذي للهيئة الملكية بينبع الدكتور علاء نصيف": where the body is, its
            # holder after it (not a party met with بـ: a town meets no one)
            j = found.end
            chain_open = False
            continue
        if kind == "role":
            if not chain_open and _governor(tokens, j):
                break  # "استقبل أمير منطقة الرياض والي طنجة": the next man's office, not "and"
            if not found.skip and _given_name_of_office(tokens, j, limit):
                break  # "بدولة قطر سلطان المريخي": a given name and a family name, not a sultan
            if (
                not chain_open
                and states
                and found.end < limit
                and (known := surnames().get(tokens.texts[found.end])) is not None
                and all(m.entry.code != known[0] for m in states)
            ):
                # "رئيس مجلس الأمة الجزائري الرئيس السيسي": another state's holder, by name
                break
            if (
                found.skip
                and text.startswith("ب")
                and found.entry.detail in _PERSON_OFFICES | {"group", "family"}
            ):
                # "التقى الأمين العام بوزير خارجية مالي"، "… وزير الشؤون البلدية والقروية
                # بأمناء المناطق": بـ opens the other party
                break
            if (
                not chain_open
                and office == "group"
                and not found.skip
                and found.entry.detail in _PERSON_OFFICES
                and text in _ONE_MANS_HEADS
            ):
                # "والتقى وفد من الشركة في العاصمة السودانية الخرطوم وزير الدولة": a group
                # whole, one man's office opens (but "نواب رئيس مجلس الوزراء" is open; "عدد من
                # المسؤولين أعضاء الحكومة اليمنية" says who they are)
                break
            if (
                not chain_open
                and office in _PERSON_OFFICES
                and without_proclitic(text) in _TEAMS
                and (not found.skip or (found.skip == 1 and text.startswith("ب")))
            ):
                # "خلال لقاء أمين المنطقة بفريق الاستراتيجية"، "استقبل أمير منطقة الرياض فريق
                # مركز الملك سلمان": after a whole office, a team or a committee is the one met
                # (no office sits in one as in a ministry; "عضو بلجنة" is an open construct)
                break
            if (
                found.entry.detail in ("group", "family")
                and office not in ("group", "family")
                and not found.skip  # "رئيس وعدد من أعضاء مجلس الإدارة" is one group
                and tokens.texts[j - 1] not in _COUNCILS  # "عضو مجلس الأمناء": the board's
                # "فريق سفراء التطوع": a body of a group, in construct; "رئيس الوفد
                # السعودي": an office of a group
                and not (j == head.end and chain_open and (office == "body" or _definite(text)))
            ):
                break  # "الأمين العام لمنظمة التعاون الإسلامي وفداً": the group received
            if (
                office == "body"
                and found.entry.detail != "body"
                # a body in construct with the office of its members: "مجلس وزراء خارجية …"
                and not (j == head.end and chain_open and found.entry.detail in ("group", "state"))
            ):
                break  # "وزارة العمل بمدينة الرياض وزير الإسكان": a body, then a person
            if (
                office == "body"
                and not chain_open
                and found.skip == 1
                and text.startswith("و")
                and found.entry.detail == "body"
            ):
                # "شركة الاتصالات السعودية وشركة موبايلي": after a whole body, the next one
                break
            if (
                office in ("group", "family")
                and found.skip
                and text.startswith("و")
                and found.entry.detail not in ("group", "family")
            ):
                break  # "الأمراء والعلماء والمشايخ ورئيس المالديف السابق": the next guest
            if (
                office not in ("group", "family")
                and not chain_open
                and found.skip == 1
                and text.startswith("و")
                and found.entry.detail == "group"
            ):
                # "مدير شرطة منطقة جازان … وقادة الجهات المشاركة": after a whole office, the
                # next party (but "رئيس وأعضاء مجلس الإدارة" is one group)
                break
            if (
                found.skip == 1
                and text.startswith("و")
                and _office_elsewhere(tokens, j, limit, states + orgs)
            ):
                break  # "الأمين العام لمنظمة التعاون الإسلامي ومدير عام منظمة الأغذية"
            if found.skip == 1 and text.startswith("و") and _held_apart(tokens, i, j, limit):
                # "خادم الحرمين الشريفين وولي العهد الأمير محمد بن نايف": two offices no one
                # man held, two hosts (but "نائب رئيس مجلس الوزراء ووزير الخارجية" is one)
                break
            if (
                (not found.skip or (found.skip == 1 and text.startswith("و")))
                and not states
                and " ".join(tokens.texts[i:j]) in _KINGS_OFFICES
                and _office_of_others(tokens, j, limit, {"SAU"})
            ):
                # "استقبل خادم الحرمين الشريفين أمير الكويت …": the guest's office; "بين
                # خادم الحرمين الشريفين والرئيس التركي": the other party's
                break
            j = found.end  # chained offices: "ولي العهد نائب رئيس مجلس الوزراء"
            chain_open = not _definite_at(tokens, j - 1)
            continue
        if text in _ROLE_PREPOSITIONS:
            if j + 1 < limit and tokens.texts[j + 1] in _UPON:
                break  # "في وداع سمو ولي ولي العهد لدى مغادرته المطار": when, not where
            j += 1
            chain_open = True
            continue
        if text in times and is_time_word(text, tokens.texts[j + 1] if j + 1 < limit else ""):
            break  # "بالرئيس الإيراني الأسبوع الماضي": when, not whose office
        if text in _CONCERNING:
            state = lex.match(tokens, j + 1, _STATE_KINDS) if j + 1 < limit else None
            if state is not None and not state.skip and tokens.texts[i].endswith(_ADVISERS):
                # "المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا": her brief
                j = state.end
                continue
            break  # "مدير نادي شالكه بشأن دي سانتو": what was talked about
        if (
            not chain_open
            and office not in ("group", "family", "body")
            and (_people_plural(text) or (text.startswith("بال") and _people_plural(text[1:])))
        ):
            # "زار … أمير منطقة عسير المصابين": one man's office is whole, the injured are
            # whom he visited (a group's plural agrees: "وكلاء الإمارة المساعدين"); "التقى
            # مدير تعليم الباحة بالمهندسين المشرفين": behind بـ, whom he met
            break
        if text in _CAPITAL_WORDS and j + 1 < limit and lex.match(tokens, j + 1, _STATE_KINDS):
            break  # "زار وفد برلماني العاصمة الفرنسية باريس": where it went
        if (
            _definite_at(tokens, j)
            and (text in known_first_words() or text in article_names())
            and j > head.end - 1
        ):
            # "الرئيس الباجي قايد السبسي", "رئيس الحكومة التونسية الحبيب الصيد": a name begins
            # (with the given name before it: "رئيس تحرير صحيفة عكاظ محمد المختار الفال")
            if j - 1 > head.end - 1 and tokens.texts[j - 1] in given_names():
                j -= 1
            break
        if _surname_fits(text, states):
            break  # "الرئيس السيسي", "رئيس الوزراء العراقي العبادي": the holder, by family name
        if _definite_at(tokens, j):
            if not chain_open and (
                (text.endswith("ات") and text in common_nouns()) or text in acted_upon()
            ):
                # "بحث وزير الخارجية العلاقات …", "… التصريحات", "دان المجلس العملية
                # الإرهابية": the verb's object
                break
            j += 1
            chain_open = False
            continue
        if text.startswith("وال") and not chain_open and text not in _NOT_IN_OFFICE:
            j += 1  # "وزير الثقافة والإعلام", "الشؤون الاقتصادية والتنمية"
            continue
        if (
            not chain_open
            and text in _AND_AFFAIRS
            and j + 1 < limit
            and _definite_at(tokens, j + 1)
        ):
            j += 2  # "وزير الخارجية وشؤون المغتربين ناصر جودة": a second portfolio
            continue
        if text == "كل" and j + 2 < limit and tokens.texts[j + 1] == "من" and chain_open:
            j += 2  # "وزراء خارجية كل من تركيا وماليزيا": each of the states that follow
            continue
        if text == "غير" and j + 1 < limit and _definite_at(tokens, j + 1):
            j += 2  # "السفير غير المقيم لدولة الإمارات"
            chain_open = False
            continue
        if text[0] == "ل" and len(text) > 3 and tokens.texts[j - 1] in _GENERAL:
            j += 1  # "الرئيس العام لرعاية الشباب", "المدير العام للتعليم"
            chain_open = True
            continue
        if text[0] in "بل" and text[1:] in _ROLE_NOUNS:
            j += 1
            chain_open = True
            continue
        if not chain_open and (after := _purpose_before_holder(tokens, j, limit)) is not None:
            j = after  # "المبعوث الأوروبي لعملية السلام فرناندو جنتلني": what he is sent for
            continue
        if chain_open:
            j += 1
            # "مدير التعليم بمحافظة حفرالباطن عايض الرحيلي", "رئيس المكتب السياسي لحركة حماس
            # خالد مشعل": a town or a movement the lexicon does not know names it and closes
            # the chain, a name follows
            chain_open = without_proclitic(tokens.texts[j - 2]) not in _NAMED_HEADS
            continue
        break
    return j, states, orgs, office


_RELATIONS_FOR = frozenset(fold(w) for w in ("للعلاقات", "بالعلاقات"))
# a second portfolio in construct: "وزير الخارجية وشؤون المغتربين"، "وزير الاتصالات وتقنية
# المعلومات"، "وزارة الاتصالات وتكنولوجيا المعلومات"
_AND_AFFAIRS = frozenset(fold(w) for w in ("وشؤون", "وشئون", "وتقنية", "وتكنولوجيا"))


def _the_king(tokens: Tokens, j: int, limit: int) -> int | None:
    """Past "الملك" (perhaps after جلالة) at ``j`` when no name follows: the king whose
    office another's is part of; else None ("مستشار الملك عبدالله" names him)."""
    k = j + 1 if tokens.texts[j] in _MAJESTY else j
    if k >= limit or (tokens.texts[k] not in _KING_WORDS and tokens.texts[k] not in _TO_THE_KING):
        return None
    if k + 1 >= limit:
        return k + 1
    named = _starts_a_name(tokens, k + 1) and not tokens.texts[k + 1].startswith("ل")
    return None if named else k + 1


_MAJESTY = frozenset(fold(w) for w in ("جلالة",))
_KING_WORDS = frozenset(fold(w) for w in ("الملك", "الملكة"))
_TO_THE_KING = frozenset(fold(w) for w in ("للملك", "للملكة"))


def _holders_state_named(
    tokens: Tokens,
    name: tuple[int, int],
    start: int,
    role: tuple[int, list[Match], list[Match], str],
) -> bool:
    """Whether the office from ``start`` after a known holder's name is his: it names his
    state and opens with an office he held ("الملك عبدالله الثاني بن الحسين ملك المملكة
    الأردنية الهاشمية"), not another of his state's ("الرئيس التونسي الباجي قائد السبسي
    وزير الخارجية التونسي الطيب البكوش": the minister he received)."""
    holder_name = " ".join(tokens.texts[name[0] : name[1]])
    known = _state_of_named(tokens, name)
    mentions = role[1] + role[2]
    if known is None or not any(m.entry.code == known for m in mentions):
        return False
    head = " ".join(tokens.texts[start : min(m.start for m in mentions)])
    held = offices_of_holder(holder_name)
    return not head or not held or head in held


def _state_of_named(tokens: Tokens, name: tuple[int, int]) -> str | None:
    """The state of a known holder by his name, or by one word after the title of his
    office ("الملك سلمان")."""
    known = state_of_holder(" ".join(tokens.texts[name[0] : name[1]]))
    if known is None and name[1] - name[0] == 1 and name[0] > 0:
        title = tokens.texts[name[0] - 1]
        if title in _TITLES_OF_OFFICE:
            known = state_of_titled(title, tokens.texts[name[0]])
    return known


_TITLES_OF_OFFICE = frozenset(fold(w) for w in ("الملك", "الرئيس", "السلطان", "الأمير"))


def _office_of_a_known_holder(
    tokens: Tokens,
    name: tuple[int, int],
    start: int,
    role: tuple[int, list[Match], list[Match], str],
) -> tuple[int, list[Match], list[Match], str] | None:
    """The office from ``start`` after a known holder's name (data/office_holders.tsv), as
    far as it is his: where it names another state at the end of its chain, that is where
    he went or came from ("محمد بن سلمان … وزير الدفاع لجمهورية مصر العربية", "غادر … وزير
    الدفاع جمهورية مصر العربية": the office ends before it); where the other state's
    adjective is on the office's head, it is the next party's office ("خلال لقاء الرئيس عبد
    الفتاح السيسي الرئيس اليمني": None)."""
    known = _state_of_named(tokens, name)
    _end, states, orgs, office = role
    others = [m for m in states + orgs if m.entry.code != known]
    if known is None or is_organisation(known) or not others:
        return role  # an organisation's official may serve a state later: "الزياني"
    if any(m.entry.code == known for m in states):
        return role  # "ملك المملكة الأردنية الهاشمية": his own state named too
    cut = min(m.start for m in others)
    if cut - start <= 2 and not all(m.skip for m in others):
        return None  # the state's adjective on the office's head: the next party's office
    held = offices_of_holder(" ".join(tokens.texts[name[0] : name[1]]))
    head = " ".join(tokens.texts[start:cut])
    if held and not any(m.skip for m in others) and not any(_opens(head, h) for h in held):
        # "الأمير محمد بن سلمان رئيس هيئة الأركان الأمريكية": an office he never held, of
        # another state: the next party's
        return None
    return (cut, [m for m in states if m.start < cut], [m for m in orgs if m.start < cut], office)


def _opens(words: str, office: str) -> bool:
    return words == office or words.startswith(office + " ")


def _governor(tokens: Tokens, i: int) -> bool:
    """والي, a governor — not "وإلى" (and to) nor "وآلية" (and a mechanism), which fold alike."""
    return tokens.texts[i] in _GOVERNORS and tokens.original(i) in (None, "والي", "والية")


def _purpose_before_holder(tokens: Tokens, j: int, limit: int) -> int | None:
    """Where a لـ phrase after a whole office ends, when the holder's given name follows it
    ("المبعوث الأوروبي لعملية السلام فرناندو جنتلني", "المنسق المقيم للشؤون الإنسانية
    جيمي ماكغولدريك"); else None: "الوزير لبحث التعاون" is what he came for."""
    text = tokens.texts[j]
    if not text.startswith("ل") or len(text) <= 3:
        return None
    where = lexicon().match(tokens, j, _PLACE_OR_BODY)
    if where is not None and where.skip == 1:
        k = where.end  # "رئيس الجماعة الحضرية لطنجة فؤاد العماري": the town or body
    else:
        k = j + 1
        while k < limit and k < j + 3 and tokens.is_word(k) and _definite_at(tokens, k):
            k += 1
        if k < limit and not may_be_a_given_name(tokens.texts[k]):
            return None
    if k >= limit or tokens.texts[k][0] == "و":
        return None  # "لمسلخ الرس وطاقمه الإداري": his staff, not a name
    return k if _holder_follows(tokens, k, limit) else None


def _people_plural(text: str) -> bool:
    """A definite plural of people — a participle (المصابين، المهنئين، المشاركون) or one of
    the broken plurals of the sick and the wounded (المرضى، الجرحى): the ones an official
    visits or receives, no word of his office."""
    participle = text.startswith("الم") and text.endswith(("ين", "ون")) and len(text) > 6
    return participle or text in _SICK


_SICK = frozenset(fold(w) for w in ("المرضى", "الجرحى", "المرضي", "الجرحي"))


# the King's office, which names no state: an office after it that names another state is
# someone else's
_KINGS_OFFICES = frozenset(fold(w) for w in ("خادم الحرمين الشريفين", "خادم الحرمين"))
# … after which a prince's title opens the next person
PRINCE = fold("الأمير")
# offices no one below captain holds: after them such a rank opens the next party
_HELD_BY_NO_RANK = frozenset(
    fold(w) for w in ("أمير", "وزير", "محافظ", "سفير", "وزيرة", "سفيرة", "نائب", "وكيل")
)
_EMIRS = frozenset((_EMIR, "و" + _EMIR))
# the indefinite heads of one man's (or woman's) office
_ONE_MANS_HEADS = _HELD_BY_NO_RANK | frozenset(
    fold(w) for w in ("مدير", "مديرة", "رئيس", "رئيسة", "مساعد", "أمين", "مستشار")
)


def emirs_guest(tokens: Tokens, office_at: int, holder_at: int, limit: int) -> bool:
    """Whether the holder named at ``holder_at``, after an office at ``office_at`` and a
    comma, is someone else: a region's emir is a prince, so one named without the title is
    his guest ("التقى أمير عسير، رئيس مجلس إدارة الغرفة … المهندس عبدالله المبطي")."""
    if tokens.texts[office_at] not in _EMIRS:
        return False
    titles, _after = read_titles(tokens, holder_at, limit)
    return PRINCE not in map(fold, titles)


def _capital_of_office(tokens: Tokens, j: int, state: Match) -> Match | None:
    """The capital a state's name also names, after a city's office: "أمين عمان"، "أمانة
    عمان الكبرى" are Amman's, Jordan's (a sultanate has no mayor). The one such name the
    press uses is listed here; more would belong in a data file."""
    capital_of = _CAPITALS_NAMED_AS_STATES.get(tokens.texts[j])
    if capital_of is None or state.entry.code == capital_of or state.end != j + 1:
        return None
    before = tokens.texts[j - 1]
    if without_proclitic(before.removeprefix("و")) not in _CITY_OFFICES:
        return None  # (also "وأمين عمان": the next host in a list)
    return Match(Entry("state", capital_of, "name", state.entry.canonical), j, j + 1, 0)


_CAPITALS_NAMED_AS_STATES = {fold("عمان"): "JOR"}
_CITY_OFFICES = frozenset(fold(w) for w in ("أمين", "أمانة", "الأمين", "الأمانة"))


def _office_elsewhere(tokens: Tokens, j: int, limit: int, said: list[Match]) -> bool:
    """An office joined by و that belongs to another state or organisation than the one
    named so far: a second person ("… ومدير عام منظمة الأغذية والزراعة"), not a second
    post of the same ("نائب رئيس مجلس الوزراء ووزير الخارجية الكويتي"), nor an envoy's
    second posting ("سفير جمهورية إندونيسيا لدى المملكة والمندوب الدائم لدى منظمة التعاون
    الإسلامي": where he is posted is not whose envoy he is)."""
    if not said:
        return False
    other = read_role(tokens, j, limit, proclitic=True)
    if other is None:
        return False
    end, states, orgs, _office = other
    posted = next((k for k in range(j, end) if tokens.texts[k] == _POSTED_TO), None)
    if posted is not None and tokens.texts[j][1:].endswith(POSTED_HEADS):  # (past its و)
        states = [m for m in states if m.start < posted]
        orgs = [m for m in orgs if m.start < posted]
        if not states and not orgs:
            return False
    theirs = {m.entry.code for m in states + orgs}
    return bool(theirs) and theirs.isdisjoint({m.entry.code for m in said})


_POSTED_TO = fold("لدى")


def _held_apart(tokens: Tokens, i: int, j: int, limit: int) -> bool:
    """Whether the office of ``tokens[i:j]`` and the one behind و at ``j`` are both in
    data/office_holders.tsv, for one state, and no one held both."""
    first = holders_of(" ".join(tokens.texts[i:j]))
    if not first:
        return False
    head = tokens.texts[j][1:]
    for size in range(min(4, limit - j), 0, -1):
        second = holders_of(" ".join([head, *tokens.texts[j + 1 : j + size]]))
        if second:
            shared = first.keys() & second.keys()
            return bool(shared) and all(first[s].isdisjoint(second[s]) for s in shared)
    return False


def _office_of_others(tokens: Tokens, j: int, limit: int, codes: set[str]) -> bool:
    """Whether the office at ``j`` (perhaps behind و) names states or organisations, none
    of ``codes``."""
    other = read_role(tokens, j, limit, proclitic=True)
    if other is None:
        return False
    theirs = {m.entry.code for m in other[1] + other[2]}
    return bool(theirs) and theirs.isdisjoint(codes)


def _quoted_name(tokens: Tokens, i: int, limit: int) -> bool:
    """Whether the quotation opening at ``i`` holds two to four words that may all be words
    of a name (a foreign name may be written with common words: "آلان لي روي"; a quotation
    of speech holds particles and verbs: not "«لقد عقدنا اجتماعا»")."""
    close = past_quote(tokens, i, limit, 6)
    if close is None or not 3 <= close - 1 - i <= 5:
        return False
    return all(is_name_word(tokens, k) for k in range(i + 1, close - 1))


def _short_gloss(tokens: Tokens, i: int, limit: int) -> int | None:
    """Past one to three words in quotes or brackets at ``i`` (a body's short name, a gloss:
    «ساما»، (البرلمان)), if they close there."""
    if tokens.texts[i] not in OPENING_QUOTES and tokens.texts[i] != "(":
        return None
    closing = CLOSING_QUOTES if tokens.texts[i] in OPENING_QUOTES else {")"}
    close = next((k for k in range(i + 2, min(limit, i + 5)) if tokens.texts[k] in closing), None)
    if close is None or not all(tokens.is_word(k) for k in range(i + 1, close)):
        return None
    return close + 1


def past_quote(tokens: Tokens, i: int, limit: int, longest: int) -> int | None:
    """Past the quotation opening at ``i`` and closing within ``longest`` tokens, if it does."""
    close = next(
        (k for k in range(i + 1, min(limit, i + longest)) if tokens.texts[k] in CLOSING_QUOTES),
        None,
    )
    return close + 1 if close is not None else None


def _before_next_holder(tokens: Tokens, start: int, end: int, limit: int) -> int:
    """Where a named person's offices end when the last of them is another's: "بندر بن
    فيصل آل سعود مساعد مدير عام الإدارة العامة للشؤون الدولية رئيس مندوبية الاتحاد
    الأوروبي لدى المملكة السفير آدم كولاخ" — the office that a title and a name follow
    belongs to that name."""
    titles, after = read_titles(tokens, end, limit)
    if after == end or not titles or read_name(tokens, after, limit) is None:
        return end
    lex = lexicon()
    for k in range(end - 1, start, -1):
        head = lex.match(tokens, k, _ROLE_KINDS)
        if head is not None and head.skip == 0 and _definite_at(tokens, k - 1):
            return k  # the last office in the chain opens on a head after a definite word
    return end


def _state_within(tokens: Tokens, i: int, limit: int) -> Match | None:
    """A state named at ``i`` or after at most two plain words ("جميع الولايات التركية")."""
    lex = lexicon()
    for k in range(i, min(limit, i + 3)):
        where = lex.match(tokens, k, _STATE_KINDS)
        if where is not None and where.skip == 0 and where.entry.detail in ("name", "demonym"):
            return where if k == i or where.entry.detail == "demonym" else None
        text = tokens.texts[k]
        if not tokens.is_word(k) or text in stopwords() or lex.match(tokens, k) is not None:
            return None
    return None


def read_party(
    tokens: Tokens, i: int, limit: int, name_first: bool = False, proclitic: bool = False
) -> Party | None:
    """The party named at token ``i``, if one is: titles and name then office, office then
    name, an office alone, or a state or organisation. With ``name_first``, a bare name
    followed by an office (``خالد محفوظ بحاح نائب الرئيس اليمني``) counts too; with
    ``proclitic``, the party may start behind و، ب، ل."""
    party = _read_party(tokens, i, limit, name_first, proclitic)
    if party is not None and proclitic:
        first = lexicon().match(tokens, i)
        party.skip = first.skip if first is not None else 0
    return party


def _read_party(
    tokens: Tokens, i: int, limit: int, name_first: bool, proclitic: bool
) -> Party | None:
    lex = lexicon()
    if (
        i > 0
        and _institution(tokens.texts[i - 1])
        and not _with_pronoun(tokens, i - 1)
        and not _verb_opening(tokens, i - 1)
    ):
        return None  # "مستشفى الملك فهد", "بحديقة الملك فهد", "ومركز الملك فهد الثقافي"
    titles, j = read_titles(tokens, i, limit, proclitic)
    if j > i and (place := lex.match(tokens, i, _PLACE_KINDS)) is not None and place.end > j:
        return None  # "الشيخ زويد": a town, not a sheikh
    if j > i:
        # "معالي وزير الخارجية الأستاذ عادل …", "معالي المستشار بالديوان الملكي … الدكتور X":
        # an office between the honorifics and the name.
        role_at = j
        if titles and titles[-1] in _ROLE_LIKE_TITLES and not _starts_a_name(tokens, j):
            role_at = _last_title_start(tokens, i, j)
        role = (
            # (behind its proclitic when the title is the office: "والسفير الفرنسي")
            read_role(tokens, role_at, limit, proclitic and role_at == i)
            if role_at < limit
            and not _given_name_of_office(
                tokens,
                role_at,
                limit,
                titled=role_at == j and bool(titles) and titles[-1] not in _ROLE_LIKE_TITLES,
            )
            else None  # "الأمير سلطان بن سلمان": a name, not a sultan
        )
        if role is not None:
            party = _office_then_name(tokens, i, role_at, role, limit)
            if role_at == j:
                party.titles = titles + party.titles
            return party
        if not _name_may_follow(tokens, i, j):
            return None  # "الفريق الأول" is the first team, "دولة أخرى" another state
        name = read_name(tokens, j, limit)
        if name is None:
            return None
        party = Party(i, name[1], titles=titles, name=name)
        _office_after(tokens, party, limit)
        return party
    role = read_role(tokens, i, limit, proclitic)
    if role is not None:
        return _office_then_name(tokens, i, i, role, limit)
    whole = lex.match(tokens, i, _ENTITY_KINDS)
    if whole is not None and (
        whole.skip
        or (
            i > 0 and (tokens.texts[i - 1] in _STATE_PREPOSITIONS or tokens.texts[i - 1] in verbs())
        )
    ):
        # "إلى السعودية"، "في سورية"، "لسورية"، "وقدمت السعودية": after a preposition or a
        # verb no noun is there to qualify, and the word names the state ("شركة …
        # السعودية" is the adjective)
        whole = state_name(whole) or whole
    if whole is not None and whole.entry.detail == "name" and (proclitic or not whole.skip):
        return Party(i, whole.end, whole=whole)
    if (
        proclitic
        and whole is not None
        and whole.entry.detail == "demonym"
        and whole.skip == 1
        and tokens.texts[i].startswith("و")
        and whole.end < limit
    ):
        # "نظيريه الروسي سيرجي لافروف والأمريكي جون كيري": the second counterpart, by the
        # adjective of his state
        name = read_name(tokens, whole.end, limit)
        if name is not None and name[1] - name[0] >= 2:
            return Party(i, name[1], name=name, states=[whole])
    known = surnames().get(tokens.texts[i])
    if known is not None and known[1] and not _inside_a_name(tokens, i):
        return Party(i, i + 1, name=(i, i + 1))  # "وبعث نتنياهو رسالة": a leader by family name
    if name_first:
        name = read_name(tokens, i, limit, titled=False, bare=True)
        if (
            name is not None
            and name[1] - name[0] == 1
            and name[1] + 1 < limit
            and tokens.is_word(name[1])
            and tokens.texts[name[1]] not in stopwords()
            and tokens.texts[name[1]] not in verbs()
            and not _definite(tokens.texts[name[1]])
            and read_role(tokens, name[1] + 1, limit) is not None
        ):
            # "ناصر جودة وزير الخارجية الأردني": a family name that is also a common word,
            # between a given name and the office that says who he is
            name = (name[0], name[1] + 1)
        if name is not None and name[1] - name[0] >= 2:
            party = Party(i, name[1], name=name)
            _office_after(tokens, party, limit)
            if party.role is not None:
                return party
        if name is None:
            return _foreign_name_before_office(tokens, i, limit)
    return None


def listed_name_then_office(tokens: Tokens, k: int, limit: int) -> Party | None:
    """The next person of a list after a comma, joined by و, his office after his name:
    "… عضو مجلس الوزراء، وعادل الجبير وزير الخارجية، …" (a bare name after و is read only
    where the comma and the office say it is one)."""
    if k < 1 or tokens.texts[k - 1] != "," or not tokens.texts[k].startswith("و"):
        return None
    name = read_name(tokens, k, limit, titled=False)
    if name is None or name[1] - name[0] < 2:
        return None
    party = Party(k, name[1], name=name, skip=1)
    _office_after(tokens, party, limit)
    return party if party.role is not None and party.role[0] == name[1] else None


def _foreign_name_before_office(tokens: Tokens, i: int, limit: int) -> Party | None:
    """Two or three words no list knows, then a state's office that says who they name:
    "ديمتري ميدفيديف رئيس وزراء روسيا", "مارغو فالستروم وزيرة خارجية السويد" — a foreign
    name, as news writes one the first time, before the office that introduces it."""
    lex = lexicon()
    for length in (2, 3):
        stop = i + length
        if stop >= limit:
            return None
        last = tokens.texts[stop - 1]
        if not all(_unknown_word(tokens, k) for k in range(i, stop)) or last in common_words():
            continue
        if _proclitic_on_given_name(tokens.texts[i]):
            return None  # "لأمينة غريب فقيم"
        if lex.match(tokens, stop, _ROLE_KINDS) is None:
            if _unknown_word(tokens, stop):
                continue  # a third word of the name, perhaps
            return None
        party = Party(i, stop, name=(i, stop))
        _office_after(tokens, party, limit)
        return party if party.role is not None and (party.states or party.orgs) else None
    return None


# heads of state and government, whom news names by the family name alone
HEADS_BY_FAMILY_NAME = frozenset(
    fold(w)
    for w in (
        "الرئيس",
        "الرئيسة",
        "رئيس الوزراء",
        "رئيسة الوزراء",
        "رئيس الحكومة",
        "رئيسة الحكومة",
        "المستشارة",
        "الملك",
        "السلطان",
    )
)


def _family_name_alone(tokens: Tokens, k: int, limit: int) -> bool:
    """One word no list knows at ``k``, and after it a pause, a verb, or another party's
    office or title ("الرئيس ماكرون وزير الخارجية …")."""
    return (
        k < limit
        and _unknown_word(tokens, k)
        and (
            _pause_at(tokens, k + 1, limit)
            or lexicon().match(tokens, k + 1, _TITLE_KINDS | _ROLE_KINDS) is not None
        )
    )


def _foreign_name_at(tokens: Tokens, k: int, limit: int) -> tuple[int, int] | None:
    """Two or three words no list knows from ``k``, then a pause (not the words of a longer
    phrase)."""
    stop = k
    while stop < min(limit, k + 3) and _unknown_word(tokens, stop):
        stop += 1
    if stop - k < 2 or tokens.texts[stop - 1] in common_words():
        return None
    if not _pause_at(tokens, stop, limit) or _proclitic_on_given_name(tokens.texts[k]):
        return None
    return (k, stop)


def _pause_at(tokens: Tokens, k: int, limit: int) -> bool:
    """Whether a name may end before ``k``: the end, punctuation, a particle, a time word
    or a verb."""
    if k >= limit or not tokens.is_word(k):
        return True
    text = tokens.texts[k]
    return (
        text in stopwords()
        or text in verbs()
        or is_time_word(text)
        or (text[0] == "و" and text[1:] in verbs())
    )


def _proclitic_on_given_name(text: str) -> bool:
    """ "لأمينة": a proclitic on a known given name, which the reader of names reads so."""
    return text[0] in "وبل" and text[1:] in given_names()


def _unknown_word(tokens: Tokens, k: int) -> bool:
    """A word that may be part of a foreign name: none of the data's words, no article."""
    text = tokens.texts[k]
    joined = text[0] in "وف" and len(text) > 3
    return (
        tokens.is_word(k)
        and len(text) > 2
        and not text.endswith("ه")  # a noun's ta marbuta: "عشية زيارة وزير خارجية إيران"
        # "وخصوصا كريستين لاغارد": and a word of the language, then the name
        and not (joined and (text[1:] in common_words() or text[1:] in stopwords()))
        # "اجتماعا ثلاثيا": a noun and its adjective in the accusative
        and not (text.endswith("ا") and text[:-1] in common_words())
        and not text.isdigit()
        and not _definite(text)
        and text not in stopwords()
        and text not in verbs()
        and not is_time_word(text)
        and lexicon().match(tokens, k) is None
    )


def _inside_a_name(tokens: Tokens, i: int) -> bool:
    """Whether the word before ``i`` may be a given name: "أوما أوباما" is his sister."""
    if i == 0 or not tokens.is_word(i - 1):
        return False
    before = tokens.texts[i - 1]
    if may_be_a_given_name(before):
        return True
    # a short word the data does not know, as foreign given names are ("أوما"), not a
    # noun it governs ("زيارة فابيوس")
    return (
        len(before) <= 4
        and not _definite(before)
        and before not in stopwords()
        and before not in common_words()
        and before not in verbs()
    )


def _surname_fits(text: str, states: list[Match]) -> bool:
    """Whether ``text`` is a known holder's family name (data/surnames.tsv) that may follow
    the office read so far: one that names no state, or names his."""
    known = surnames().get(text)
    return known is not None and (not states or any(m.entry.code == known[0] for m in states))


_STOOD = fold("وقف")


def _verb_opening(tokens: Tokens, k: int) -> bool:
    """ "وقف" opening its sentence is a verb (he stood on), not an endowment."""
    return tokens.texts[k] == _STOOD and (k == 0 or not tokens.is_word(k - 1))


def past_namesake(tokens: Tokens, j: int, limit: int) -> int | None:
    """Past the titled name at ``j`` that names the place or body before it ("بمطار الملك
    عبدالعزيز الدولي", "مركز الملك سلمان للإغاثة"): where the name ends; None if the word
    before names no place or body after a person."""
    if j == 0 or not _institution(tokens.texts[j - 1]):
        return None
    title = lexicon().match(tokens, j, _TITLE_KINDS)
    if title is None:
        return None
    k = title.end
    while k < limit and k < title.end + 3 and _starts_a_name(tokens, k):
        k += 1
    return k


def _institution(text: str) -> bool:
    """A noun of places and bodies named after a person, perhaps behind و، ب، ل، ف، ك
    ("كمطار الملك خالد")."""
    if text in INSTITUTIONS:
        return True
    # "ووقف الأمير" is a verb ("and he stood"), not an endowment
    return len(text) > 3 and text[0] in "وبلفك" and text[1:] in INSTITUTIONS and text[1:] != "وقف"


def _name_may_follow(tokens: Tokens, i: int, j: int) -> bool:
    """Whether a name may follow the titles from ``i`` to ``j`` at once, by what the last
    title allows (data/titles.tsv): any name; only an office ("دولة رئيس الوزراء"); or only a
    name whose first word has no article ("الفريق أول ركن فياض الرويلي", not "الفريق
    الأول" or "الفريق الطبي", the team)."""
    lex = lexicon()
    last = None
    k = i
    while k < j:
        found = lex.match(tokens, k, _TITLE_KINDS)
        if found is None:
            k += 1
            continue
        last, k = found.entry, found.end
    if last is None or j >= len(tokens) or last.code is None:
        return True
    if last.code == "office":
        return False
    first = tokens.texts[j]  # "indefinite"
    if first.endswith(("اته", "اتها")):
        return False  # "الفريق تدريباته"
    following = tokens.texts[j + 1] if j + 1 < len(tokens) else ""
    if (first in common_words() or first in verbs() or first[1:] in verbs()) and not (
        may_be_a_given_name(first) or following in _SON_OF
    ):  # "الأميرة عادلة بنت عبدالله": a word of the language, but a father's name follows
        return False  # "الفريق أكثر جاهزية"، "الفريق سيخوض": the team
    # "الأمير الوليد بن طلال": a name with the article, when a بن follows it
    return not _definite_at(tokens, j) or following in _NASAB


def _last_title_start(tokens: Tokens, i: int, j: int) -> int:
    k = j - 1
    while k > i and tokens.texts[k] == ".":
        k -= 1
    return k


def _office_then_name(
    tokens: Tokens,
    start: int,
    role_at: int,
    role: tuple[int, list[Match], list[Match], str],
    limit: int,
) -> Party:
    """An office, then perhaps its holder: "وزير الخارجية جون كيري", "المشرف العام …،
    الدكتور أحمد الصمعاني"."""
    end, states, orgs, office = role
    if office not in ("body", "family", "group"):
        # "ولي العهد، نائب رئيس مجلس الوزراء، وزير الداخلية الأمير محمد بن نايف": one man's
        # offices set off by commas, when his name follows the last of them
        chained, more_states, more_orgs = end, [], []
        while chained + 1 < limit and tokens.texts[chained] == ",":
            after_comma = read_role(tokens, chained + 1, limit)
            if after_comma is None or after_comma[3] in ("body", "family", "group"):
                break
            if (
                tokens.texts[chained + 1] in _ROLE_LIKE_TITLES
                and after_comma[0] == chained + 2
                and _holder_follows(tokens, after_comma[0], limit)
            ):
                break  # "الأمين العام المساعد …، السفير طارق علي بخيت": his title, not a post
            chained = after_comma[0]
            more_states += after_comma[1]
            more_orgs += after_comma[2]
        if (
            chained > end
            and _holder_follows(tokens, chained, limit)
            and not emirs_guest(tokens, role_at, chained, limit)
        ):
            end, states, orgs = chained, states + more_states, orgs + more_orgs
    party = Party(start, end, role=(role_at, end), states=states, orgs=orgs, office=office)
    if office in ("body", "family", "group"):
        return party  # a council, a ministry, "أبناء الشريف …", "وكلاء الوزارة": no holder
    k = end + 1 if end < limit and tokens.texts[end] in (",", '"', "«", "“") else end
    if k < limit and tokens.texts[k] in PRAYERS:
        return party  # "خادم الحرمين الشريفين يحفظه الله": a prayer for him, not his name
    more_titles, after = read_titles(tokens, k, limit)
    if after > k and not _name_may_follow(tokens, k, after):
        return party  # "مدرب الفريق الأول": the coach of the first team
    if (
        after > k
        and tokens.texts[role_at] in _HELD_BY_NO_RANK
        and not enlisted_ranks().isdisjoint(fold(t) for t in more_titles)
    ):
        return party  # "استقبل أمير منطقة تبوك العريف سعيد القحطاني": a corporal, his guest
    if (
        after > k
        and " ".join(tokens.texts[role_at:end]) in _KINGS_OFFICES
        and PRINCE in tokens.texts[k:after]
    ):
        # "كان في استقبال خادم الحرمين الشريفين صاحب السمو الأمير سعود بن عبدالله": a
        # prince after the king's office is the next person, not the king
        return party
    name = read_name(tokens, after, limit, titled=after > k)
    by_surname = (
        after == k == end
        and k < limit
        and _surname_fits(tokens.texts[k], states)
        and (name is None or name[1] - name[0] == 1)  # not "… عباس صالح العنزي"
    )
    if by_surname:
        name = (k, k + 1)
    foreign = name is None and after == k == end and bool(states)
    if foreign:
        # "وزير الشؤون الخارجية الباكستاني بلاول بوتو زرداري في إسلام آباد": a state's
        # office, then a name no list knows, up to a pause
        name = _foreign_name_at(tokens, k, limit)
        foreign = name is not None
    if (
        name is None
        and after == k == end
        and " ".join(tokens.texts[role_at:end]) in HEADS_BY_FAMILY_NAME
        and _family_name_alone(tokens, k, limit)
    ):
        # "الرئيس ماكرون"، "رئيس الوزراء مودي": a head of state or government is named by
        # his family name alone, which no list may know
        name, foreign = (k, k + 1), True
    quoted = k > end and tokens.texts[end] in OPENING_QUOTES and _quoted_name(tokens, end, limit)
    if quoted:
        close = past_quote(tokens, end, limit, 6)
        name = (k, close - 1)  # "للاتحاد الأوروبي “آلان لي روي”": the quoted holder, whole
    if k > end and after == k and (name is None or name[1] - name[0] < 2):
        # after a comma, an untitled holder's name has two words at least, all of it up to
        # the next pause when a family name is also a word ("وزير خارجية الأردن، ناصر
        # جودة، ووزير خارجية لبنان")
        name = _name_between_pauses(tokens, k, limit)
    if name is not None and k > end and after == k and tokens.texts[role_at] in PLURAL_HEADS:
        name = None  # "رؤساء مكاتب الحزب …، مصدرا تعليمات": a group has no one holder
    if (
        name is not None
        and k > end
        and tokens.texts[end] in OPENING_QUOTES
        and (name[1] >= limit or tokens.texts[name[1]] not in CLOSING_QUOTES)
    ):
        name = None  # 'بالرئيس القبرصي «لقد عقدنا اجتماعا …»': his words, not his name
    if name is not None and (
        after > k or quoted or by_surname or foreign or _starts_a_name(tokens, k)
    ):
        name = _family_name_at_pause(tokens, name, limit)
        party.titles = more_titles
        party.name = name
        party.end = name[1]
        # "الرئيس الباجي قايد السبسي رئيس الجمهورية التونسية": a second office after the name
        before = (party.role, party.states, party.orgs, party.office)
        _office_after(tokens, party, limit)
        if party.role == before[0]:
            pass
        elif _next_partys_office(tokens, before, party, name, (k, after)):
            party.role, party.states, party.orgs, party.office = before
            party.end = name[1]
        else:
            # one office a span: the longer says more ("الرئيس عبدالله يامين رئيس جمهورية
            # المالديف" → رئيس جمهورية المالديف; "وزير الثقافة والإعلام … الوزير المرافق" → the
            # first), the states and organisations of both
            first, second = before[0], party.role
            if first[1] - first[0] >= second[1] - second[0]:
                party.role = first
            party.states = before[1] + party.states
            party.orgs = before[2] + party.orgs
            party.office = before[3]
    return party


_PAUSES = frozenset({",", ".", "\n", ";", ")"})


def _family_name_at_pause(tokens: Tokens, name: tuple[int, int], limit: int) -> tuple[int, int]:
    """A holder's given name and the word after it, when a pause ends the two: a family name
    that is also a word of the language ("وزير الخارجية وشؤون المغتربين ناصر جودة،")."""
    start, end = name
    if end - start != 1 or tokens.texts[start] not in given_names():
        return name
    if end >= limit or not tokens.is_word(end):
        return name
    word = tokens.texts[end]
    if word in stopwords() or word in verbs() or _definite(word) or word[0] == "و":
        return name
    if end + 1 < len(tokens) and not (
        tokens.texts[end + 1] in _PAUSES or _next_office_joined(tokens, end + 1, limit)
    ):
        return name
    return (start, end + 1)


def _next_office_joined(tokens: Tokens, k: int, limit: int) -> bool:
    """Whether the next person's office, joined by و, opens at ``k``: "… ناصر جودة ومستشار
    جلالة الملك للشئون العسكرية" — as a pause would, it ends the name before it."""
    if k >= limit or not tokens.texts[k].startswith("و"):
        return False
    office = lexicon().match(tokens, k, _ROLE_KINDS)
    return office is not None and office.skip == 1


def _name_between_pauses(tokens: Tokens, k: int, limit: int) -> tuple[int, int] | None:
    """Two to four name words from ``k`` up to a comma or the sentence's end, the first
    a given name or a word the language does not use otherwise (a foreign name: "مخدوم
    شاه محمود قريشي"): a holder's name set off after his office."""
    if k >= limit:
        return None
    first = tokens.texts[k]
    if not may_be_a_given_name(first) and (
        first in common_words() or first in verbs() or first.startswith("و")
    ):
        return None
    j = k
    while j < limit and j - k < 4 and is_name_word(tokens, j):
        j += 1
    if j - k < 2 or (j < limit and tokens.texts[j] not in _PAUSES):
        return None
    return k, j


def _holder_follows(tokens: Tokens, end: int, limit: int, comma: bool = False) -> bool:
    """A titled name, or an untitled one of two words at least, right after an office
    (``comma``: or after the comma that sets it off)."""
    if comma and end + 1 < limit and tokens.texts[end] == ",":
        end += 1
    _titles, after = read_titles(tokens, end, limit)
    if after == end and after < limit:
        first = tokens.texts[after]
        if first.startswith("و") and first not in given_names():
            return False  # "وزير الدفاع وانشغلت مؤسسات …": a conjunction and a verb
    name = read_name(tokens, after, limit, titled=after > end, bare=after == end)
    if name is None and after == end:
        # "عادل الجبير الرئيس كينياتا": a head named by a family name no list knows
        head = any(
            " ".join(tokens.texts[end - size : end]) in HEADS_BY_FAMILY_NAME
            for size in (1, 2)
            if end - size >= 0
        )
        return head and _family_name_alone(tokens, end, limit)
    return name is not None and (after > end or name[1] - name[0] >= 2)


def _holder_has_office(tokens: Tokens, end: int, limit: int) -> bool:
    """Whether the name after an office goes on to an office of its own."""
    _titles, after = read_titles(tokens, end, limit)
    name = read_name(tokens, after, limit, titled=after > end)
    if name is None:
        return False
    k = name[1] + 1 if name[1] < limit and tokens.texts[name[1]] == "," else name[1]
    return k < limit and read_role(tokens, k, limit) is not None


def _starts_a_name(tokens: Tokens, i: int) -> bool:
    """After an office, an indefinite word begins the holder's name."""
    return (
        i < len(tokens)
        and tokens.is_word(i)
        # (a known holder's given name may have the article: "الرئيس الباجي قايد السبسي")
        and (
            not _definite_at(tokens, i)
            or tokens.texts[i] in known_first_words()
            or tokens.texts[i] in article_names()
        )
        # "المستشار في الديوان الملكي" (but the name علي, written with ي, starts one)
        and (tokens.texts[i] not in stopwords() or _stopword_as_name(tokens, i))
        and tokens.texts[i] not in NOT_NAME_WORDS  # "السفير غير المقيم"
        and tokens.texts[i] not in INSTITUTIONS  # "زار أمير منطقة جازان مستشفى جازان العام"
    )


def _stopword_as_name(tokens: Tokens, i: int, titled: bool = False) -> bool:
    """A name that is also a stopword: علي as written with ي (not the preposition على),
    صباح before a given name, bare or with the article ("الشيخ صباح الأحمد الجابر الصباح";
    not "صباح اليوم"), and after a title آن as written with madda, which folds as أن does
    ("السفيرة آن كامبوغو"; not "في آن واحد")."""
    text = tokens.texts[i]
    if text == _ANNE and titled:
        return tokens.original(i) == "آن"
    if text == "صباح" and i + 1 < len(tokens):
        following = tokens.texts[i + 1]
        bare = following[2:] if following.startswith("ال") else following
        return (following in given_names() or bare in given_names()) and not is_time_word(following)
    return text == "علي" and not tokens.ends_with_alef_maqsura(i)


_ANNE = fold("آن")


def _second_post(tokens: Tokens, end: int, limit: int) -> int:
    """Where an office ends when a deputy premiership follows it after a comma — a post held
    only beside another ("محمد بن سلمان، ولي ولي العهد، النائب الثاني لرئيس مجلس الوزراء
    وزير الدفاع"), so no second party: the same man's offices."""
    k = end + 1
    if not (k < limit and tokens.texts[end] == "," and tokens.texts[k] in _DEPUTY):
        return end
    role = read_role(tokens, k, limit)
    if role is None or _holder_follows(tokens, k, limit):
        return end
    words = tokens.texts[k : role[0]]
    return role[0] if _PREMIER[0] in words and _PREMIER[1] in words else end


_DEPUTY = frozenset(fold(w) for w in ("النائب", "نائب"))
_PREMIER = (fold("مجلس"), fold("الوزراء"))


def _office_after(tokens: Tokens, party: Party, limit: int) -> None:
    k = party.end
    if k < limit and tokens.texts[k] in (",", "-", "–"):
        k += 1
    role = read_role(tokens, k, limit) if k < limit else None
    if role is not None and (
        role[3] in ("group", "family", "body") or tokens.texts[k] in PLURAL_HEADS
    ):
        # "أسامة البار منسوبي الأمانة", "فهد السلطان، رؤساء ومنسوبي الدوائر": the staff he
        # received, not his office; "عادل بن
        # أحمد الجبير، سفارة خادم الحرمين الشريفين في روما": the body he visited
        role = None
    if (
        role is not None
        and _holder_follows(tokens, role[0], limit, comma=k > party.end)
        and not _holder_has_office(tokens, role[0], limit)
        and _before_next_holder(tokens, k, role[0], limit) == role[0]
        # "الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية الأمير محمد بن
        # سلمان": the office of the state a known holder holds office in is his
        and not (party.name is not None and _holders_state_named(tokens, party.name, k, role))
    ):
        # "الدكتور خالد طاهر، السفير الياباني فهد بن علي شهيل", "التقى … عادل الجبير
        # نظيره الأمريكي جون كيري": an office followed by a name is that name's, the next
        # party — unless that name has its own office after it ("العثيمين الأمين العام …
        # معالي السيد هسّومي مسعودو وزير خارجية النيجر"), or but for the offices before it
        # in a chain, which stay this party's.
        role = None
    if role is not None and party.name is not None and (role[1] or role[2]):
        role = _office_of_a_known_holder(tokens, party.name, k, role)
    if role is not None:
        end, states, orgs, office = role
        end = _before_next_holder(tokens, k, end, limit)
        end = _second_post(tokens, end, limit)
        party.role = (k, end)
        party.states = [m for m in states if m.start < end]
        party.orgs = [m for m in orgs if m.start < end]
        party.office = office
        party.end = end
        return
    # A demonym right after the name: "أنور قرقاش الإماراتي"
    found = lexicon().match(tokens, k, frozenset({"state"})) if k < limit else None
    if (
        found is not None
        and found.entry.detail == "demonym"
        and state_name(found) is not None
        and any(m.entry.code != found.entry.code for m in party.states)
    ):
        return  # "زار الرئيس الفرنسي فرانسوا هولاند السعودية": the state he went to
    if found is not None and found.entry.detail == "demonym" and found.skip == 0:
        if (
            party.name is not None
            and party.name[1] - party.name[0] == 1
            and party.name[1] == k
            and may_be_a_given_name(tokens.texts[party.name[0]])
            and found.end == k + 1
            and (found.end >= len(tokens) or tokens.texts[found.end] in _PAUSES)
        ):
            # "اللواء منصور التركي،": a given name alone, then a family name that is also
            # a state's adjective, at a pause (Turkish would follow a whole name)
            party.name = (party.name[0], found.end)
            party.end = found.end
            return
        party.states.append(found)
        party.end = found.end
