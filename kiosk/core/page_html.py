"""A whole page's HTML: a medication card's facts block first, then the body. Cached per page.

The facts block has what every form shares (who it is for, what it does), then one part per form
(its brands, route, how often, where, and its own steps), each with an anchor so a brand name found
in the A to Z list can open the card right at its own instructions.

On screen, a card sold in several forms shows each form as one line that opens to its own steps
(``card_html``): four forms' steps in full would push the card's words ten screens down at large
text. The cached page (what the checker, the handout and the bench read) has every form open.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Collection, Iterable
from functools import lru_cache

from kiosk.core.content import Form, MedicationFacts, Page
from kiosk.core.rendered import FORM_SCHEME, RenderedBody
from kiosk.core.trial_html import trial_section_html
from kiosk.core.vocabulary import audience_text, often_text, phrase, sentence

log = logging.getLogger(__name__)


def form_title(form: Form) -> str:
    """'Fizzy tablet (Binosto)': the form's own words, then the brands sold that way."""
    return f"{form.label} ({', '.join(form.brands)})" if form.brands else form.label


def _fact(label: str, value: str, lang: str) -> str:
    return f'<p class="fact"><b>{html.escape(phrase(label, lang))}:</b> {html.escape(value)}</p>'


def form_html(form: Form, facts: MedicationFacts, lang: str, titled: bool, folds: bool = False) -> str:
    """One form's facts and steps. ``folds``: its title is the link that folds it away again."""
    parts = [f'<a name="{form.anchor}"></a>']
    if folds:
        parts.append(_fold_link(form, phrase("form.hide_steps", lang).format(form=form_title(form))))
    elif titled:
        parts.append(f'<p class="fact"><b>{html.escape(form_title(form))}</b></p>')
    parts.append(_fact("label.route", sentence(phrase(form.route, lang)), lang))
    parts.append(_fact("label.how_often", sentence(often_text(form.how_often, lang)), lang))
    parts.append(_fact("label.where_given", sentence(phrase(form.where_given, lang)), lang))
    if form.audience != facts.audience:
        parts.append(_fact("label.for", audience_text(form.audience, lang), lang))
    steps = "".join(f"<li>{html.escape(sentence(step))}</li>" for step in form.how_to_take)
    label = html.escape(phrase("label.steps", lang))  # the route's line above says "How you take it"
    parts.append(f'<p class="fact"><b>{label}:</b></p><ol>{steps}</ol>')
    return "".join(parts)


def _fact_heading(words: str) -> str:
    return f'<p class="fact"><b>{html.escape(words)}</b></p>'


def _fold_link(form: Form, text: str) -> str:
    """A link that opens or folds the form's steps."""
    return f'<p class="fact"><a href="{FORM_SCHEME}{form.anchor}">{html.escape(text)}</a></p>'


def folded_form_html(form: Form) -> str:
    """'Fizzy tablet (Binosto)': one line, under 'Which kind do you have? Tap it for its steps:'."""
    return f'<a name="{form.anchor}"></a>{_fold_link(form, form_title(form))}'


def facts_block_html(facts: MedicationFacts, lang: str, open_forms: Collection[str] | None = None) -> str:
    """'Who it is for: men…' and friends, then each form, as a shaded box of short lines.

    ``open_forms`` (anchors, "form-2"): on a card of several forms, only these show their steps and
    the others are one line each; None shows every form in full (the cached page, the checker)."""
    shared = [
        ("label.for", audience_text(facts.audience, lang)),
        ("label.action", sentence(phrase(facts.action, lang))),
        ("label.main_benefit", sentence(facts.main_benefit)),
        ("label.treatment_length", sentence(facts.treatment_length)),
    ]
    titled = len(facts.forms) > 1
    opened = open_forms if titled and open_forms is not None else None
    named_by_forms = {brand for form in facts.forms for brand in form.brands}
    if facts.brand_names and not (opened is not None and named_by_forms >= set(facts.brand_names)):
        # (folded, each form's line names its brands)
        shared.append(("label.brand_names", sentence(", ".join(facts.brand_names))))
    lines = "".join(_fact(label, value, lang) for label, value in shared)
    if opened is not None:
        lines += _fact_heading(phrase("label.forms", lang))
        forms = "".join(
            form_html(form, facts, lang, titled, folds=True)
            if form.anchor in opened
            else folded_form_html(form)
            for form in facts.forms
        )
    else:
        forms = "".join(form_html(form, facts, lang, titled) for form in facts.forms)
    return (
        '<table class="facts" width="100%" cellpadding="14" cellspacing="0" border="0">'
        f'<tr><td class="facts">{lines}{forms}</td></tr></table>'
    )


def card_html(page: Page, rendered: RenderedBody, open_forms: Collection[str]) -> str:
    """The page as shown: a card of several forms with only ``open_forms`` unfolded.

    The cached HTML starts with the facts block with every form open (``render_page_here`` puts it
    first), so that prefix is swapped for the folded one; the rest is the cached body as it is."""
    facts = page.medication
    if facts is None or len(facts.forms) < 2:
        return rendered.html
    every_form_open = facts_block_html(facts, page.lang)
    if not rendered.html.startswith(every_form_open):  # refused or unavailable: shown as it is
        return rendered.html
    return facts_block_html(facts, page.lang, open_forms) + rendered.html[len(every_form_open) :]


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
        body.html = facts_block_html(page.medication, page.lang) + with_trial_section(body.html, page)
    return body


def with_trial_section(body_html: str, page: Page) -> str:
    """The card's body with its study pictures before the closing section ("Talk with your care
    team"), or at its end: what the medicine does and how to take it come first, where a visitor at
    large text reaches them in a few taps."""
    trial = trial_section_html(page)
    last_section = body_html.rfind("<h2")
    if not trial or last_section <= 0:
        return body_html + trial
    return body_html[:last_section] + trial + body_html[last_section:]
