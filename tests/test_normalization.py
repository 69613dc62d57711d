"""The Arabic folding and its exact map back to original offsets."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nashra.text import fold, normalize
from nashra.text.analysis import exact_form, unfolded_pattern
from nashra.text.normalization import TABLE

# Arabic-heavy text: letters, harakat, tatweel, digits of three scripts, punctuation,
# presentation forms, bidi and zero-width controls, and anything else Unicode has.
arabic_chars = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
    st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\u00a0 ،,.؛")),
    st.characters(),
)
arabic_text = st.text(arabic_chars, max_size=200)


def test_folds_every_character_lucene_arabic_normalizer_folds():
    # Lucene ArabicNormalizer: alef madda/hamza forms, alef maqsura, teh marbuta, tatweel, harakat
    assert fold("آ أ إ") == "ا ا ا"
    assert fold("ى") == "ي"
    assert fold("ة") == "ه"
    assert fold("كتـــاب") == "كتاب"
    assert fold("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") == ""


def test_goes_further_than_lucene():
    assert fold("ٱلرحمن") == "الرحمن"  # alef wasla
    assert fold("هٰذا") == "هذا"  # superscript alef
    assert fold("٢٠٢١ ۱۴۰۰") == "2021 1400"  # Arabic-Indic and Persian digits
    assert fold("،؛؟") == ",;?"
    assert fold("\u200fنيويورك\u200e") == "نيويورك"
    assert fold("ﻻ") == "لا"  # lam-alef ligature through NFKC


def test_stray_punctuation_inside_a_word_goes_but_lists_keep_theirs():
    # The seed bulletin, item 2: "للأمم المتحد،ة،"
    assert fold("للأمم المتحد،ة، برئاسة") == "للامم المتحده, برئاسه"
    assert fold("الرياض،جدة") == "الرياض,جده"


def test_offsets_map_back_to_the_words_they_came_from():
    original = "التقى معالي الدكتورُ يوسفُ بن أحمد العثيمين، الأمين العام للأمم المتحد،ة اليوم"
    normalized = normalize(original)
    start = normalized.text.index("المتحده")
    s, e = normalized.span_to_original(start, start + len("المتحده"))
    assert original[s:e] == "المتحد،ة"
    start = normalized.text.index("يوسف")
    s, e = normalized.span_to_original(start, start + len("يوسف"))
    assert original[s:e] == "يوسفُ"


@given(arabic_text)
def test_normalize_never_raises_and_its_map_is_exact(text):
    normalized = normalize(text)
    folded = normalized.text
    previous = -1
    for i, char in enumerate(folded):
        source = normalized.to_original(i)
        assert 0 <= source < len(text)
        assert source >= previous  # the map never runs backwards
        previous = source
        # The character came from the original character it maps to.
        assert char in TABLE.get(ord(text[source]), text[source])
    # Whatever was not mapped to was deleted by the folding (or is stray punctuation).
    mapped = {normalized.to_original(i) for i in range(len(folded))}
    for j, char in enumerate(text):
        if j not in mapped:
            assert TABLE.get(ord(char)) == "" or unicodedata.category(char).startswith("P")
    assert normalized.to_original(len(folded)) == len(text)


@given(arabic_text, st.data())
def test_every_span_maps_to_a_span_of_the_original(text, data):
    normalized = normalize(text)
    n = len(normalized.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = normalized.span_to_original(start, end)
    assert 0 <= s <= e <= len(text)
    # Folding the original span gives back at least the normalised span's text.
    assert normalized.text[start:end] in fold(text[s:e]) or start == end


@given(arabic_text)
def test_fold_agrees_with_normalize(text):
    assert fold(text) == normalize(text).text


def test_a_word_run_into_the_next_after_its_ta_marbuta_is_split_with_offsets_kept():
    # "المحافظ يلتقي رؤساء الدوائر الحكوميةالتقى محافظ رياض الخبراء": a caption run into the
    # text (al-jazirah.com/2015/20150724/ln29.htm); ة only ends a word
    text = "الدوائر الحكوميةالتقى محافظ"
    normalized = normalize(text)
    assert normalized.text.split() == ["الدوائر", "الحكوميه", "التقي", "محافظ"]
    start = normalized.text.index("التقي")
    assert text[slice(*normalized.span_to_original(start, start + 5))] == "التقى"


@given(arabic_text, st.data())
def test_a_line_break_inserted_changes_nothing_else_and_maps_to_the_next_character(text, data):
    breaks = tuple(sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=3))))
    normalized = normalize(text, breaks)
    assert normalized.text.replace("\n", "") == normalize(text).text.replace("\n", "")
    assert normalized.text.count("\n") == text.count("\n") + len(breaks)
    previous = 0
    for i in range(len(normalized.text) + 1):
        source = normalized.to_original(i)
        assert previous <= source <= len(text)  # the map never runs backwards
        previous = source


def test_a_caption_run_into_the_text_ends_a_sentence_with_offsets_kept():
    # "ولي ولي العهد لدى استقباله الرئيس الشيشانيالتقى صاحب السمو الملكي …"
    # (al-jazirah.com/2015/20150721/ln45.htm): the caption, then the first sentence
    text = "الرئيس الشيشانيالتقى صاحب السمو"
    at = text.index("التقى")
    normalized = normalize(text, (at,))
    assert normalized.text.split("\n") == ["الرئيس الشيشاني", "التقي صاحب السمو"]
    start = normalized.text.index("التقي")
    assert text[slice(*normalized.span_to_original(start, start + 5))] == "التقى"


# words as news text writes them: letters in their common spellings, harakat and tatweel
written_letters = st.sampled_from(list("ابتجدرسعفقكلمنهويءةىؤئأإآ"))
written_marks = st.sampled_from(list("\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640"))


@given(st.lists(st.tuples(written_letters, st.lists(written_marks, max_size=2)), min_size=1))
def test_a_word_as_written_is_found_by_the_pattern_of_its_exact_form(letters):
    word = "".join(letter + "".join(marks) for letter, marks in letters)
    form = exact_form(fold(word))
    if " " in form:
        return  # a ة inside a word parts it: two words
    assert re.match(unfolded_pattern(form), word)
