"""Hard-wrapped pages are read as running text, every offset kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nashra.text.lines import caption_breaks, unwrap

WRAPPED = (
    " استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة \n الرياض في"
    " مكتب سموه بقصر الحكم اليوم سفير جمهورية البيرو لدى المملكة \n إدوارد مارتينيتي الذي"
    " ودع سموه بمناسبة انتهاء فترة عمله سفيرًا لبلاده \n لدى المملكة . "
)


def test_a_hard_wrapped_page_loses_its_soft_breaks_and_keeps_its_length():
    # al-madina.com/node/621209: a break every line, in the middle of the sentence
    unwrapped = unwrap(WRAPPED)
    assert "\n" not in unwrapped
    assert len(unwrapped) == len(WRAPPED)


def test_paragraphs_that_end_their_sentences_keep_their_breaks():
    text = "وصل الوزير إلى الرياض.\nواستقبله أمير المنطقة.\nثم غادر.\nوعاد مساء."
    assert unwrap(text) == text


def test_a_heading_or_two_without_a_stop_does_not_unwrap_the_paragraphs():
    text = (
        "عنوان الخبر\nوصل الوزير إلى الرياض اليوم في زيارة رسمية.\nواستقبله أمير المنطقة.\nثم غادر."
    )
    assert unwrap(text) == text


@given(st.text(alphabet="اب ت.\n،", max_size=200))
def test_unwrapping_only_ever_turns_line_breaks_into_spaces(text):
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, unwrapped, strict=True))


def test_a_break_after_a_comma_is_soft_in_any_text():
    # alwatan.com.sa ArticleID=230989: "وولي عهده الأمين، \n وولي ولي العهد لأسرة الشهيد"
    text = (
        "نقل الأمير تعازي خادم الحرمين الشريفين، وولي عهده الأمين، \n وولي ولي العهد لأسرة الشهيد."
    )
    assert unwrap(text) == text.replace("\n", " ")


def test_a_caption_run_into_the_first_sentence_is_found_where_the_lead_verb_begins():
    # al-jazirah.com pages run a photo caption into the text: after ة any lead verb starts
    # the sentence; after another letter a lead verb of five letters that opens on alef
    for text, verb in [
        ("ولي ولي العهد لدى استقباله الرئيس الشيشانيالتقى صاحب السمو الملكي", "التقى"),
        ("جانب من حفل المعايدةأقامت أمانة منطقة الرياض صباح أمس حفل معايدة", "أقامت"),
        ("الماضي يفتتح المقر القديمافتتح رئيس مركز حرمة الأستاذ سعود الماضي", "افتتح"),
    ]:
        (at,) = caption_breaks(text)
        assert text[at:].startswith(verb)


def test_words_that_end_in_what_a_verb_looks_like_are_not_split():
    # "الاقتصادي" ends in ادي, "المقدم" in قدم, "النادي" in ادي: no five-letter alef verb
    text = "قال المقدم في النادي الاقتصادي إن المستقبل واعد واستقبل الوفد وللتأكد من ذلك"
    assert caption_breaks(text) == ()
