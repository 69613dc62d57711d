"""English and Latin names for what the archive holds in Arabic.

``Bahrain`` finds البحرين through CLDR's English state names; ``OIC`` and ``Arab League``
find their organisations through the curated list; ``Othaimeen`` finds العثيمين through a
consonant skeleton shared by our transliteration and the spellings the press uses
(Othaimeen, Uthaymeen, al-Othaimin all give ``θmn``).
"""

from __future__ import annotations

import re
from functools import cache

from nashra.data import rows

_DIGRAPHS = (("th", "θ"), ("kh", "x"), ("sh", "š"), ("gh", "ɣ"), ("dh", "ð"), ("ou", "u"))
_NOT_CONSONANTS = re.compile(r"[aeiouyw'`ʿʾ\-\s.]")
_ARTICLE = re.compile(r"^(?:al|el|ul)[-\s]?(?=['\w]{3,})")


def _reduced(word: str, spellings: tuple[tuple[str, str], ...], dropped: re.Pattern[str]) -> str:
    """A Latin spelling without its article, with ``spellings`` replaced, what ``dropped``
    matches left out and doubled letters made one."""
    word = _ARTICLE.sub("", word.lower().strip())
    for written, letter in spellings:
        word = word.replace(written, letter)
    return re.sub(r"(.)\1+", r"\1", dropped.sub("", word))


def skeleton(word: str) -> str:
    """The consonants of a Latin spelling of an Arabic name, for matching spellings."""
    return _reduced(word, _DIGRAPHS, _NOT_CONSONANTS)


# Vowels as English-language media write them, by the sound: Othaimeen, Uthaymeen and
# al-Othaimin give one key, Othman another; Jubeir and Jubair one, Jabir another.
_VOWEL_SPELLINGS = (
    ("ee", "i"), ("ey", "ai"), ("ei", "ai"), ("ay", "ai"), ("oo", "u"), ("o", "u"), ("e", "a"),
    ("y", "i"),
)  # fmt: skip


_NOT_LETTERS = re.compile(r"[^a-zθxšɣð]")


def spelling_key(word: str) -> str:
    """A Latin spelling's consonants and vowels, each vowel by its sound: finer than
    :func:`skeleton`, to choose among the names a skeleton finds."""
    return _reduced(word, (*_DIGRAPHS, *_VOWEL_SPELLINGS), _NOT_LETTERS)


def name_skeletons(latin: str) -> str:
    """Space-separated skeletons of each word of a transliterated name."""
    return " ".join(s for w in latin.split() if len(s := skeleton(w)) >= 2)


@cache
def english_states() -> dict[str, str]:
    """Lower-cased English name or alias → ISO alpha-3."""
    return {name.lower(): alpha3 for alpha3, name, _shown in rows("states_en")}


@cache
def arabic_state_names() -> dict[str, str]:
    """ISO alpha-3 → the state's CLDR Arabic name, the form an archive shows for it."""
    return {
        alpha3: form
        for alpha3, form, kind, source in rows("states")
        if kind == "name" and source.startswith("CLDR ")
    }


@cache
def english_orgs() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, _form, _kind, english in rows("organizations"):
        out[english.lower()] = code
        out[code.lower()] = code
    return out


def entity_keys_for(name: str) -> list[str]:
    """Archive entity keys an English or Latin name may stand for (states and orgs)."""
    lowered = " ".join(name.lower().split())
    keys = []
    if lowered in english_states():
        keys.append("state:" + english_states()[lowered])
    if lowered in english_orgs():
        keys.append("org:" + english_orgs()[lowered])
    if len(lowered) == 3 and lowered.upper() in set(english_states().values()):
        keys.append("state:" + lowered.upper())
    return keys
