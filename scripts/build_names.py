"""Harvest given names and common words from the SaudiNewsNet corpus.

    python scripts/build_names.py [CORPUS_DIR]

writes src/nashra/data/given_names.tsv, personal_names.tsv, common_words.tsv,
common_nouns.tsv, verbs.tsv, lead_verbs.tsv and search_stopwords.tsv.

A word that follows a title, an office's head or a demonym (معالي، الأمير، الرئيس، التركي …)
in the corpus stands where names stand; one that does so in a large share of its uses is a
given name. So is one that stands there or after بن (a father's name: "محمد بن نايف"، "بن
ناصر") in a large share of its uses, though the press seldom writes its bearer with a title.
A frequent word that almost never follows a title is a common word.
The extractor reads a name without a title before it (after an office: "وزير الخارجية جون
كيري", or before one: "خالد محفوظ بحاح نائب الرئيس") only where its first word is not a common
word — so that "ولي ولي العهد حمّله تحياته" is no name.

A frequent common word with the article that almost never follows a given name is a common
noun: a name does not run on into it ("سليمان اليحيى الموظف المصاب" is the name سليمان اليحيى).
Family names with the article (الغامدي، الجبير، الفيصل) follow given names far more often.

A word that follows a verbal particle (قد، لقد، لم، لن، سوف) is a verb: no name goes on
through one ("أنجيلا ميركل قررت" is the name أنجيلا ميركل), unless it is also a given name
(يزيد).

A verb that opens many paragraphs (استقبل، أقامت، التقى) is a lead verb: where a page ran a
photo caption into its first sentence without a space ("…الرئيس الشيشانيالتقى صاحب السمو"),
the sentence starts at it.

A word in half the articles or more (في، من، على، التي …) tells no article from another:
search drops it from a query that has other words (Luhn's cut-off, as Lucene's Arabic
analyzer drops its stop words).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nashra.data import rows  # noqa: E402
from nashra.text.normalization import fold  # noqa: E402

DATA = ROOT / "src" / "nashra" / "data"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
WORD = re.compile(r"\w+")
MIN_NAME_COUNT = 3
MIN_PERSONAL_COUNT = 5
NAME_SHARE = 0.3  # of a word's occurrences that follow a title, for it to be a given name
MIN_COMMON_COUNT = 30
COMMON_SHARE = 0.02  # at most this share after titles, for a frequent word to be common
# Particles that only a verb follows; and how often a word must follow them to be a verb.
VERBAL_PARTICLES = frozenset(
    fold(w) for w in ("قد", "وقد", "فقد", "لقد", "لم", "ولم", "فلم", "لن", "ولن", "سوف", "وسوف")
)
MIN_VERB_COUNT = 3
PERSON_OFFICES = frozenset({"state", "org", "other"})
NASAB = frozenset(fold(w) for w in ("بن", "بنت"))
NOUN_SHARE = 0.01  # at most this share after a name word, for a common word to be a noun
SURNAME_SHARE = 0.1  # at least this share after a given name: a family name
# after a father's name this often and in this share: a family name too ("بن سعود العمر")
MIN_FAMILY_COUNT = 5
FAMILY_SHARE = 0.005
ROYAL_TITLES = frozenset(
    fold(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "خادم")
)
STOP_SHARE = 0.5  # of articles holding a word, for it to be a search stop word
MIN_LEAD_COUNT = 8  # paragraphs a verb opens, for it to be a lead verb
PARAGRAPH_OPENING = re.compile(r"^\s*(\w+)\s", re.MULTILINE)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    titles = {fold(row[0]).split()[-1] for row in rows("titles")}
    # Where a name may stand: after a title, an office's head, or a demonym ("الرئيس التركي
    # رجب طيب إردوغان", "وزير الدفاع الأمريكي اشتون كارتر").
    # Heads of bodies and groups ("شركة", "المعلمين", "ذوو") are followed by nouns, not names.
    openers = titles | {
        fold(form) for form, office in rows("roles") if " " not in form and office in PERSON_OFFICES
    }
    openers |= {fold(form) for _a3, form, kind, _src in rows("states") if kind == "demonym"}
    total: Counter[str] = Counter()
    after_title: Counter[str] = Counter()
    after_opener: Counter[str] = Counter()
    after_particle: Counter[str] = Counter()
    after_nasab: Counter[str] = Counter()
    holding: Counter[str] = Counter()  # articles holding each word
    opening: Counter[str] = Counter()  # paragraphs each word opens
    texts: list[list[str]] = []
    articles = 0
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name)):
                    content = fold(article.get("content") or "")
                    words = WORD.findall(content)
                    opening.update(PARAGRAPH_OPENING.findall(content))
                    total.update(words)
                    holding.update(set(words))
                    articles += 1
                    after_opener.update(
                        words[i + 1] for i in range(len(words) - 1) if words[i] in openers
                    )
                    after_title.update(
                        words[i + 1] for i in range(len(words) - 1) if words[i] in titles
                    )
                    after_nasab.update(
                        words[i + 1] for i in range(len(words) - 1) if words[i] in NASAB
                    )
                    after_particle.update(
                        words[i + 1] for i in range(len(words) - 1) if words[i] in VERBAL_PARTICLES
                    )
                    texts.append(words)
    names = sorted(
        w
        for w, n in after_opener.items()
        if n >= MIN_NAME_COUNT
        and n / total[w] >= NAME_SHARE
        and w not in titles
        and not w.isdigit()
        # "بتكليف" after "القاضي" (stipulating) is بـ + a noun more frequent alone; "بندر" is not
        and not (w[0] in "بل" and total[w[1:]] > total[w])
    )
    fathers = sorted(
        w
        for w, n in after_nasab.items()
        if n >= MIN_NAME_COUNT
        and (n + after_opener[w]) / total[w] >= NAME_SHARE
        and not w.startswith("ال")  # "بن لادن", "بن الوليد": a family's name, not a given one
        and w not in titles
        and not w.isdigit()
        and not (w[0] in "بل" and total[w[1:]] > total[w])
    )
    # Personal names, whatever else the word means: those a father's name is often written
    # with ("بن علي", "بن منصور"); alone, such a name is many people's
    personal = sorted(
        w
        for w, n in after_nasab.items()
        if n >= MIN_PERSONAL_COUNT and not w.startswith("ال") and not w.isdigit()
    )
    common = sorted(
        w
        for w, n in total.items()
        if n >= MIN_COMMON_COUNT and after_title[w] / n <= COMMON_SHARE and not w.isdigit()
    )
    # Given names are known only now: a second pass counts what follows them.
    names_set = set(names)
    after_given: Counter[str] = Counter(
        words[i + 1] for words in texts for i in range(len(words) - 1) if words[i] in names_set
    )
    # Family names with the article (الأحمد، الخالد) are name words too: "جابر الأحمد الصباح".
    name_words = names_set | {
        w for w, n in after_given.items() if w.startswith("ال") and n / total[w] >= SURNAME_SHARE
    }
    after_name: Counter[str] = Counter(
        words[i + 1] for words in texts for i in range(len(words) - 1) if words[i] in name_words
    )
    # A family name that is also a frequent noun ("العمر": age) follows a father's name
    # ("إبراهيم بن عبدالرحمن العمر") often enough to tell, though in a small share of its
    # uses; not in a place or a prize named after a prince ("جائزة الأمير سلطان بن عبدالعزيز
    # العالمية"), so no title or institution may stand just before the name.
    named_after = ROYAL_TITLES | {
        fold(form) for form, kind in rows("name_boundaries") if kind == "institution"
    }
    fathers_set = names_set | set(fathers)
    after_father: Counter[str] = Counter(
        words[i]
        for words in texts
        for i in range(3, len(words))
        if words[i - 2] in NASAB
        and words[i - 1] in fathers_set
        and named_after.isdisjoint(words[max(0, i - 6) : i - 2])
    )
    family_names = {
        w for w, n in after_father.items() if n >= MIN_FAMILY_COUNT and n / total[w] >= FAMILY_SHARE
    }
    nouns = sorted(
        w
        for w in common
        if w.startswith("ال")
        and w not in name_words
        and w not in family_names
        and w != "الله"  # "ضيف الله", "فتح الله": the second word of a compound name
        and after_name[w] / total[w] < NOUN_SHARE
    )
    verbs = sorted(
        w
        for w, n in after_particle.items()
        if n >= MIN_VERB_COUNT
        and len(w) >= 3
        and after_title[w] / total[w] <= COMMON_SHARE  # "يزيد" is a name too
        and w not in names
        and w not in titles
        and not w.isdigit()
    )
    leads = sorted(w for w in verbs if opening[w] >= MIN_LEAD_COUNT)
    stop = sorted((w for w, n in holding.items() if n / articles >= STOP_SHARE), key=holding.get)
    source = f"harvested from {corpus.name} by scripts/build_names.py: do not edit by hand"
    _write(
        "given_names",
        f"Given names: words that follow a title (or بن) in at least {NAME_SHARE:.0%} of their"
        "\n# uses",
        source,
        sorted(set(names) | set(fathers)),
    )
    _write(
        "personal_names",
        f"Personal names: words written after بن or بنت at least {MIN_PERSONAL_COUNT} times,"
        "\n# whatever else they mean (علي، منصور، صالح)",
        source,
        personal,
    )
    _write(
        "common_words",
        f"Common words: frequent words that follow a title in at most {COMMON_SHARE:.0%} of"
        "\n# their uses",
        source,
        common,
    )
    _write(
        "common_nouns",
        f"Common nouns: common words with the article that follow a name word in under"
        f"\n# {NOUN_SHARE:.1%} of their uses: no name runs on into one",
        source,
        nouns,
    )
    _write(
        "verbs",
        f"Verbs: words that follow قد، لم، لن or سوف at least {MIN_VERB_COUNT} times and"
        "\n# seldom follow a title",
        source,
        verbs,
    )
    _write(
        "lead_verbs",
        f"Lead verbs: verbs (verbs.tsv) that open at least {MIN_LEAD_COUNT} paragraphs",
        source,
        leads,
    )
    _write(
        "search_stopwords",
        f"Search stop words: words in at least {STOP_SHARE:.0%} of the articles, with that"
        "\n# share",
        source,
        [f"{w}\t{holding[w] / articles:.2f}" for w in reversed(stop)],
        columns="form\tshare",
    )
    print(
        f"{len(set(names) | set(fathers))} given names, {len(common)} common words, "
        f"{len(nouns)} common nouns, "
        f"{len(verbs)} verbs, {len(leads)} lead verbs, "
        f"{len(stop)} search stop words"
    )
    return 0


def _write(name: str, what: str, source: str, lines: list[str], columns: str = "form") -> None:
    """data/<name>.tsv: a header saying what the rows are and where they come from."""
    (DATA / f"{name}.tsv").write_text(
        f"# {what} ({source}).\n# {columns}\n" + "".join(line + "\n" for line in lines),
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
