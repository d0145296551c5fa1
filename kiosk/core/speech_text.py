"""Text cut into short pieces for read-aloud, each knowing where it starts in the text on screen.

A speech engine speaks one piece at a time, so the screen can mark the sentence being read even when
the engine cannot report single words, and Stop or Pause never has to wait for a long paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORDS = 40  # longer sentences (rare in plain-language pages) are cut at a comma or a space
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")
_WORD = re.compile(r"\S+")
_SPOKEN = re.compile(r"\w")


@dataclass(frozen=True)
class Piece:
    start: int  # offset of text[0] in the whole text
    text: str


def reading_pieces(text: str, offset: int = 0) -> list[Piece]:
    """Sentences of ``text`` (every line is its own block), with their start offsets."""
    pieces: list[Piece] = []
    position = 0
    for line in text.split("\n"):
        for start, sentence in _sentences(line):
            pieces.extend(_short(offset + position + start, sentence))
        position += len(line) + 1
    return [piece for piece in pieces if _SPOKEN.search(piece.text)]


def _sentences(line: str) -> list[tuple[int, str]]:
    found = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        found.append((start, line[start : match.start()]))
        start = match.end()
    found.append((start, line[start:]))
    return [_stripped(at, part) for at, part in found if part.strip()]


def _stripped(at: int, part: str) -> tuple[int, str]:
    lead = len(part) - len(part.lstrip())
    return at + lead, part.strip()


def _short(start: int, sentence: str) -> list[Piece]:
    words = list(_WORD.finditer(sentence))
    if len(words) <= MAX_WORDS:
        return [Piece(start, sentence)]
    cut = words[MAX_WORDS - 1].end()
    commas = [w.end() for w in words[MAX_WORDS // 2 : MAX_WORDS] if w.group().endswith(",")]
    if commas:
        cut = commas[-1]
    head = sentence[:cut]
    rest_at, rest = _stripped(cut, sentence[cut:])
    return [Piece(start, head), *_short(start + rest_at, rest)]
