from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careplan.errors import ValidationError
from careplan.text import BIDI_CONTROLS, TEXT_MAX, clean, for_output, name_key


def test_clean_normalises_to_nfc_and_keeps_the_words() -> None:
    decomposed = "Zoe\u0308 walks"  # e + combining diaeresis
    assert clean(decomposed, "text") == "Zoë walks"


def test_clean_drops_pasted_control_characters_but_keeps_lines() -> None:
    assert clean("walk\x00 to\x07 the\x1b park\r\nevery day\t!", "text") == (
        "walk to the park\nevery day\t!"
    )


def test_clean_single_line_fields_fold_newlines() -> None:
    assert clean("Mary\nJane", "given_name", multiline=False) == "Mary Jane"


def test_markup_and_right_to_left_and_emoji_are_kept_as_typed() -> None:
    text = "<b>walk</b> & مريم 🚶‍♀️ <img src=x>"
    assert clean(text, "text") == text


def test_too_long_text_is_refused_with_the_count() -> None:
    with pytest.raises(ValidationError) as info:
        clean("x" * (TEXT_MAX + 1), "text", label="goal")
    assert info.value.field == "text"
    assert "10,001" in info.value.message


def test_required_text_is_refused_when_blank() -> None:
    with pytest.raises(ValidationError, match="Please enter the goal"):
        clean("  \n ", "text", required=True, label="goal")


def test_lone_surrogates_are_refused_not_stored() -> None:
    with pytest.raises(ValidationError, match="broken characters"):
        clean("bad \udc80", "text")


def test_name_key_folds_case_accents_and_punctuation() -> None:
    assert name_key("Zoë", "O'Brien") == name_key("zoe", "OBRIEN") == "zoe obrien"


@given(st.text(max_size=300))
def test_clean_is_idempotent_and_never_grows_text(text: str) -> None:
    try:
        once = clean(text, "text")
    except ValidationError:
        return
    assert clean(once, "text") == once


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
def test_bidi_overrides_and_isolates_are_neutralised_and_the_words_kept(control: str) -> None:
    # "Trojan Source": an override makes "dose 1 mg" display as something else.
    typed = f"take {control}gm 01{chr(0x202C)} daily"
    assert clean(typed, "text") == "take gm 01 daily"


def test_arabic_and_hebrew_keep_their_harmless_marks() -> None:
    text = "مريم ‏ שלום ‎ ok ؜"
    assert clean(text, "text") == text


def test_line_and_paragraph_separators_become_line_breaks() -> None:
    assert clean("one\u2028two\u2029three", "text") == "one\ntwo\nthree"
    assert clean("one\u2028two", "name", multiline=False) == "one two"


def test_text_for_files_has_no_control_characters() -> None:
    raw = "a\tb\r\nc\x00d\x1b\x85e\u202ef\u2066g\u2028h"
    assert for_output(raw) == "a b cdefg h"
    assert for_output(raw, keep_newlines=True) == "a b\ncdefg\nh"


@given(st.text())
def test_stored_text_never_holds_a_bidi_control(text: str) -> None:
    try:
        cleaned = clean(text, "text")
    except ValidationError:
        return
    assert not set(cleaned) & set(BIDI_CONTROLS)


@given(st.text())
def test_text_for_files_never_holds_a_control_character(text: str) -> None:
    for value in (for_output(text), *for_output(text, keep_newlines=True).split("\n")):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value)
        assert not set(value) & set(BIDI_CONTROLS + "\u2028\u2029")
