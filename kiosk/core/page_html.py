"""A whole page's HTML: a medication card's facts block first, then the body. Cached per page.

The facts block has what every form shares (who it is for, what it does), then one part per form
(its brands, route, how often, where, and its own steps), each with an anchor so a brand name found
in the A to Z list can open the card right at its own instructions.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Iterable
from functools import lru_cache

from kiosk.core.content import Form, MedicationFacts, Page
from kiosk.core.rendered import RenderedBody
from kiosk.core.trial_html import trial_section_html
from kiosk.core.vocabulary import audience_text, often_text, phrase, sentence


def form_title(form: Form) -> str:
    """'Fizzy tablet (Binosto)': the form's own words, then the brands sold that way."""
    return f"{form.label} ({', '.join(form.brands)})" if form.brands else form.label


def _fact(label: str, value: str, lang: str) -> str:
    return f'<p class="fact"><b>{html.escape(phrase(label, lang))}:</b> {html.escape(value)}</p>'


def form_html(form: Form, facts: MedicationFacts, lang: str, titled: bool) -> str:
    parts = [f'<a name="{form.anchor}"></a>']
    if titled:
        parts.append(f'<p class="fact"><b>{html.escape(form_title(form))}</b></p>')
    parts.append(_fact("label.route", sentence(phrase(form.route, lang)), lang))
    parts.append(_fact("label.how_often", sentence(often_text(form.how_often, lang)), lang))
    parts.append(_fact("label.where_given", sentence(phrase(form.where_given, lang)), lang))
    if form.audience != facts.audience:
        parts.append(_fact("label.for", audience_text(form.audience, lang), lang))
    steps = "".join(f"<li>{html.escape(sentence(step))}</li>" for step in form.how_to_take)
    label = html.escape(phrase("label.how_to_take", lang))
    parts.append(f'<p class="fact"><b>{label}:</b></p><ol>{steps}</ol>')
    return "".join(parts)


log = logging.getLogger(__name__)


def facts_block_html(facts: MedicationFacts, lang: str) -> str:
    """'Who it is for: men…' and friends, then each form, as a shaded box of short lines."""
    shared = [
        ("label.for", audience_text(facts.audience, lang)),
        ("label.action", sentence(phrase(facts.action, lang))),
        ("label.main_benefit", sentence(facts.main_benefit)),
        ("label.treatment_length", sentence(facts.treatment_length)),
        ("label.brand_names", sentence(", ".join(facts.brand_names))),
    ]
    lines = "".join(_fact(label, value, lang) for label, value in shared)
    titled = len(facts.forms) > 1
    forms = "".join(form_html(form, facts, lang, titled) for form in facts.forms)
    return (
        '<table class="facts" width="100%" cellpadding="14" cellspacing="0" border="0">'
        f'<tr><td class="facts">{lines}{forms}</td></tr></table>'
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


def prepare_ahead(pages: Iterable[Page]) -> threading.Thread | None:
    """Render ``pages`` into the cache on a background thread, through the helper process, so no
    visitor waits for a first view. Only with isolation on: in-process it would hold Python's lock."""
    from kiosk.core import isolation

    if not isolation.enabled():
        return None
    thread = threading.Thread(target=lambda: [render_page(page) for page in pages], daemon=True)
    thread.start()
    return thread


def render_page_here(page: Page) -> RenderedBody:
    """The page's HTML, made in this process (tests, and the helper process itself)."""
    from kiosk.core.markdown_render import render_markdown

    body = render_markdown(page.body, page.lang)
    if page.medication is not None:
        trial = trial_section_html(page)
        body.html = facts_block_html(page.medication, page.lang) + trial + body.html
    return body
