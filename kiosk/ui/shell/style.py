"""Turns a palette and a text step into the application style sheet and the page document CSS."""

from __future__ import annotations

from functools import lru_cache
from string import Template

from kiosk.core.textsize import sizes
from kiosk.core.theme import Palette, load_palette, themes_dir


@lru_cache(maxsize=1)
def _qss_template() -> Template:
    return Template((themes_dir() / "kiosk.qss").read_text(encoding="utf-8"))


def _values(palette: Palette, percent: int) -> dict[str, object]:
    return {**palette.colors, **sizes(percent)}


@lru_cache(maxsize=32)
def style_sheet(theme: str, percent: int) -> str:
    return _qss_template().substitute(_values(load_palette(theme), percent))


@lru_cache(maxsize=8)
def frame_sheet(theme: str) -> str:
    """The main window's own style sheet: its background only. Each screen, bar and layer carries
    the full style sheet itself (main_window.py), so a text-size step restyles only what is shown."""
    background = load_palette(theme).colors["background"]
    return f"QMainWindow, QWidget#central {{ background: {background}; }}"


@lru_cache(maxsize=32)
def document_css(theme: str, percent: int) -> str:
    """CSS for QTextDocument, which understands px sizes but not em, so sizes are computed here."""
    palette = load_palette(theme)
    c = palette.colors
    s = sizes(percent)
    return f"""
body {{ font-size: {s["body"]}px; color: {c["text"]}; background-color: {c["background"]}; }}
p, li {{ margin-top: 0px; margin-bottom: {round(s["body"] * 0.6)}px; line-height: 125%; }}
h1, h2 {{ font-size: {s["h2"]}px; font-weight: bold; margin-top: {s["body"]}px;
          margin-bottom: {round(s["body"] * 0.4)}px; }}
h3, h4, h5, h6 {{ font-size: {s["h3"]}px; font-weight: bold; margin-top: {s["body"]}px; }}
a {{ color: {c["link"]}; text-decoration: underline; font-weight: bold; }}
a.term {{ font-weight: normal; }}
strong a.term, b a.term {{ font-weight: bold; }}
table {{ border-color: {c["tile_border"]}; margin-top: 8px; margin-bottom: {s["body"]}px; }}
th {{ background-color: {c["facts_background"]}; font-weight: bold; }}
td.callout {{ background-color: {c["callout_background"]}; border: 3px solid {c["callout_border"]}; }}
td.facts {{ background-color: {c["facts_background"]}; }}
table.facts {{ margin-bottom: 0px; }}
p.callout-title {{ font-weight: bold; font-size: {s["h3"]}px; }}
p.fact {{ margin-bottom: 6px; }}
span.caption {{ color: {c["muted_text"]}; font-style: italic; }}
p.advice {{ color: {c["muted_text"]}; margin-top: {s["body"]}px; }}
"""
