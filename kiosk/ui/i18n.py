"""Translation helpers over Qt's tr(), so every interface string goes through one place."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """Plural-aware tr(): '%n second(s)'. With no translation loaded, English plurals still read right."""
    result = QCoreApplication.translate(context, text, None, n)
    if "(s)" in result:
        result = re.sub(r"\(s\)", "" if n == 1 else "s", result)
    return result.replace("%n", str(n))
