"""A whole page's HTML: a medication card's facts block first, then the body. Cached per page."""

from __future__ import annotations

import html
from functools import lru_cache

from kiosk.core.content import MedicationFacts, Page
from kiosk.core.rendered import RenderedBody
from kiosk.core.vocabulary import join_choices, phrase, sentence


def facts_block_html(facts: MedicationFacts, lang: str) -> str:
    """'How you take it: a pill you swallow.' and friends, as a shaded box of short lines."""
    rows = [
        ("label.route", sentence(join_choices(facts.route, lang))),
        ("label.how_often", sentence(join_choices(facts.how_often, lang))),
        ("label.where_given", sentence(join_choices(facts.where_given, lang))),
        ("label.action", sentence(phrase(facts.action, lang))),
        ("label.main_benefit", sentence(facts.main_benefit)),
        ("label.treatment_length", sentence(facts.treatment_length)),
        ("label.brand_names", sentence(", ".join(facts.brand_names))),
    ]
    lines = "".join(
        f'<p class="fact"><b>{html.escape(phrase(label, lang))}:</b> {html.escape(value)}</p>'
        for label, value in rows
    )
    return (
        '<table class="facts" width="100%" cellpadding="14" cellspacing="0" border="0">'
        f'<tr><td class="facts">{lines}</td></tr></table>'
    )


@lru_cache(maxsize=512)
def render_page(page: Page) -> RenderedBody:
    """Rendered on first view and kept: nothing renders every page at start (nor loads Markdown)."""
    from kiosk.core.markdown_render import render_markdown

    body = render_markdown(page.body, page.lang)
    if page.medication is not None:
        body.html = facts_block_html(page.medication, page.lang) + body.html
    return body
