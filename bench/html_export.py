"""The screen a browser kiosk would show for a card: the same HTML, CSS sizes and typeface.

Only for the comparison in bench/browser.py. The body is the app's own rendering of the page
(kiosk.core.page_html) with the app's document CSS at the same text step; the header (Back, Home,
title, A-, A+) and footer (Up, Down, the advice line) are plain HTML in the theme's colours.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from kiosk.core.content import Page
from kiosk.core.page_html import render_page
from kiosk.core.paths import resources_dir
from kiosk.core.rendered import IMAGE_SCHEME, resolve_image
from kiosk.core.textsize import sizes
from kiosk.core.theme import load_palette
from kiosk.ui.shell.style import document_css

IMAGE_MAX_WIDTH = 560  # as kiosk/ui/screens/


def _font_faces() -> str:
    faces = []
    for path in sorted((resources_dir() / "fonts").glob("AtkinsonHyperlegible-*.ttf")):
        style = path.stem.split("-")[1]
        weight = "bold" if "Bold" in style else "normal"
        italic = "italic" if "Italic" in style else "normal"
        faces.append(
            f'@font-face {{ font-family: "Atkinson Hyperlegible"; src: url("{path.as_uri()}"); '
            f"font-weight: {weight}; font-style: {italic}; }}"
        )
    return "\n".join(faces)


def _local_images(body: str, content_root: Path, page: Page, width: int) -> str:
    def replace(match: re.Match[str]) -> str:
        path = resolve_image(content_root, page.path.parent, html.unescape(match.group(1)))
        return f'src="{path.as_uri()}" width="{width}"' if path else 'src=""'

    return re.sub(rf'src="{re.escape(IMAGE_SCHEME)}([^"]*)"', replace, body)


def card_html(page: Page, content_root: Path, theme: str, percent: int) -> str:
    s, c = sizes(percent), load_palette(theme).colors
    body = _local_images(render_page(page).html, content_root, page, round(IMAGE_MAX_WIDTH * percent / 100))
    button = (
        f"background: {c['accent']}; color: {c['accent_text']}; border: 2px solid {c['accent']}; "
        f"border-radius: 12px; min-height: {s['button_height']}px; min-width: {s['button_height']}px; "
        f"padding: 0 {s['spacing']}px; font: bold {s['button']}px 'Atkinson Hyperlegible';"
    )
    return f"""<!DOCTYPE html>
<html lang="{page.lang}"><head><meta charset="utf-8"><title>{html.escape(page.title)}</title>
<style>
{_font_faces()}
html, body {{ height: 100%; margin: 0; }}
body {{ display: flex; flex-direction: column; font-family: "Atkinson Hyperlegible", sans-serif; }}
header, footer {{ display: flex; align-items: center; gap: {s["spacing"]}px;
  padding: {s["spacing"] // 2}px {s["spacing"]}px; }}
header {{ background: {c["header"]}; color: {c["header_text"]}; }}
header h1 {{ flex: 1; font-size: {s["title"]}px; margin: 0; }}
footer p {{ flex: 1; text-align: center; color: {c["muted_text"]}; font-size: {s["small"]}px; }}
button {{ {button} }}
main {{ flex: 1; overflow-y: auto; padding: {s["spacing"]}px {s["spacing"] * 2}px; }}
{document_css(theme, percent)}
</style></head>
<body>
<header><button>Back</button><button>Home</button><h1>{html.escape(page.title)}</h1>
<button>A−</button><button>A+</button></header>
<main>{body}</main>
<footer><button>Up</button><p>This is education, not medical advice. Ask your care team about your
own health.</p><button>Down</button></footer>
</body></html>
"""
