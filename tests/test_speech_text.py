"""Text cut into sentences for read-aloud, each knowing where it sits in the text. No Qt."""

from __future__ import annotations

from kiosk.core.assist import TIME_MULTIPLIERS, VOLUME_STEPS, step, waiting_minutes
from kiosk.core.speech_text import MAX_WORDS, Piece, reading_pieces


def test_every_sentence_and_every_line_is_a_piece_at_its_offset() -> None:
    text = "Bones are alive. They change!\nHeading\n  A list item: short"
    pieces = reading_pieces(text)
    assert [p.text for p in pieces] == [
        "Bones are alive.",
        "They change!",
        "Heading",
        "A list item:",
        "short",
    ]
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in pieces)


def test_an_offset_shifts_every_piece() -> None:
    assert reading_pieces("One. Two.", offset=10) == [Piece(10, "One."), Piece(15, "Two.")]


def test_blank_lines_and_symbols_are_not_spoken() -> None:
    assert reading_pieces("\n\n \u2022 \n--\nWord") == [Piece(9, "Word")]


def test_a_very_long_sentence_is_cut_at_a_comma() -> None:
    text = " ".join(f"word{i}," if i == 30 else f"word{i}" for i in range(MAX_WORDS + 20)) + "."
    pieces = reading_pieces(text)
    assert len(pieces) == 2
    assert pieces[0].text.endswith("word30,")
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in pieces)
    assert all(len(p.text.split()) <= MAX_WORDS for p in pieces)


def test_steps_are_clamped_at_both_ends() -> None:
    assert step(TIME_MULTIPLIERS, 10, 1) == 10
    assert step(TIME_MULTIPLIERS, 1, -1) == 1
    assert step(TIME_MULTIPLIERS, 3, 1) == 5
    assert step(VOLUME_STEPS, 85, 1) == 90  # a configured value between steps snaps to the nearest


def test_the_waiting_time_in_minutes_grows_with_the_multiplier() -> None:
    assert waiting_minutes(90, 1) == 2
    assert waiting_minutes(90, 10) == 15
    assert waiting_minutes(15, 1) == 1
