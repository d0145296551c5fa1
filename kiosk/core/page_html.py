"""A whole page's HTML: a medication card's facts block first, then the body. Cached per page."""

from __future__ import annotations

import html
import logging
from functools import lru_cache

from kiosk.core.content import MedicationFacts, Page
from kiosk.core.rendered import RenderedBody
from kiosk.core.vocabulary import join_choices, phrase, sentence

log = logging.getLogger(__name__)


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
    """Rendered on first view and kept: nothing renders every page at start (nor loads Markdown). When
    the command line has turned isolation on, the work happens in a helper process with a time and
    memory limit."""
    from kiosk.core import isolation  # isolation's helper process imports this module

    if not isolation.enabled():
        return render_page_here(page)
    try:
        result = isolation.render_page_isolated(page)
    except OSError as error:  # no helper process can start here: better slow pages than none
        log.warning("the page-preparing helper cannot start (%s); pages are prepared in the app", error)
        return render_page_here(page)
    if isinstance(result, RenderedBody):
        return result
    return RenderedBody(
        f"<p>{html.escape(phrase('page.unavailable', page.lang))}</p>", refused=result.message
    )


def render_page_here(page: Page) -> RenderedBody:
    """The page's HTML, made in this process (tests, and the helper process itself)."""
    from kiosk.core.markdown_render import render_markdown

    body = render_markdown(page.body, page.lang)
    if page.medication is not None:
        body.html = facts_block_html(page.medication, page.lang) + body.html
    return body
