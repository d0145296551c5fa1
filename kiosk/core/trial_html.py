"""A card's "What the main study found" section as HTML; the Qt layer paints the pictures.

Each picture is an ``<img src="kiosk-trial:N">`` where N is how many of the 100 people had the
break: the page view paints it (kiosk/ui/widgets/icon_array.py) at the width the screen has room for. The
two pictures sit side by side in one table row; a narrow screen or large text stacks them
(:func:`stack_arms`). Every picture has its sentence in words under it, so reading aloud and
screen readers say the numbers, never "image".
"""

from __future__ import annotations

import html

from kiosk.core.content import Page
from kiosk.core.trials import TrialSection, trial_section

TRIAL_SCHEME = "kiosk-trial:"
ARM_CELL = '<td class="trial-arm" width="50%" valign="top">'
STACKED_CELL = '<td class="trial-arm" width="100%" valign="top">'


def section_of(page: Page) -> TrialSection | None:
    if page.trial is None or page.medication is None:
        return None
    return trial_section(page.trial, page.medication.generic_name, page.lang)


def _arm(caption: str, people: int, sentence: str) -> str:
    return (
        f"{ARM_CELL}<p><b>{html.escape(caption)}</b></p>"
        f'<p><img src="{TRIAL_SCHEME}{people}" alt=""></p>'
        f"<p>{html.escape(sentence)}</p></td>"
    )


def trial_section_html(page: Page) -> str:
    section = section_of(page)
    if section is None:
        return ""
    parts = [f"<h2>{html.escape(section.heading)}</h2>"]
    said = section.words
    if said is None:
        parts.append(f"<p>{html.escape(section.note)}</p>")
    else:
        parts.append(
            '<table class="trial" width="100%" cellpadding="6" cellspacing="0" border="0"><tr>'
            + _arm(said.without_caption, section.without_people, said.without_sentence)
            + _arm(said.with_caption, section.with_people, said.with_sentence)
            + "</tr></table>"
        )
        parts.append(f"<p>{html.escape(said.legend)}</p>")
    parts.append(f"<p>{html.escape(section.study_line)} {html.escape(section.who_line)}</p>")
    parts.append(f'<p><span class="caption">{html.escape(section.source_line)}</span></p>')
    return "".join(parts)


def stack_arms(page_html: str) -> str:
    """The same section with the picture 'with the medicine' under the one without it."""
    return page_html.replace(f"</td>{ARM_CELL}", f"</td></tr><tr>{STACKED_CELL}").replace(
        ARM_CELL, STACKED_CELL
    )
