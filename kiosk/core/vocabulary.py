"""Plain-words phrases for the codes in medication front matter, per language."""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "pill": "a pill you swallow",
        "self-shot": "a shot you give yourself",
        "clinic-shot": "a shot at the clinic",
        "clinic-drip": "a drip into a vein at the clinic",
        "nasal-spray": "a spray in the nose",
        "skin-patch": "a patch on the skin",
        "daily": "every day",
        "weekly": "once a week",
        "monthly": "once a month",
        "every-3-months": "once every 3 months",
        "every-6-months": "once every 6 months",
        "yearly": "once a year",
        "varies": "as your care team tells you",
        "home": "at home",
        "clinic": "at a clinic",
        "slows-loss": "Slows bone loss",
        "builds-bone": "Builds new bone",
        "both": "Builds new bone and slows bone loss",
        "label.route": "How you take it",
        "label.how_often": "How often",
        "label.where_given": "Where",
        "label.action": "What it does",
        "label.main_benefit": "Main benefit",
        "label.treatment_length": "How long",
        "label.brand_names": "Other names",
        "label.picture": "Picture",
        "or": "or",
    },
    "es": {
        "pill": "una pastilla que se traga",
        "self-shot": "una inyección que usted se pone",
        "clinic-shot": "una inyección en la clínica",
        "clinic-drip": "un suero en la vena en la clínica",
        "nasal-spray": "un aerosol en la nariz",
        "skin-patch": "un parche en la piel",
        "daily": "todos los días",
        "weekly": "una vez a la semana",
        "monthly": "una vez al mes",
        "every-3-months": "una vez cada 3 meses",
        "every-6-months": "una vez cada 6 meses",
        "yearly": "una vez al año",
        "varies": "como le indique su equipo de salud",
        "home": "en casa",
        "clinic": "en una clínica",
        "slows-loss": "Frena la pérdida de hueso",
        "builds-bone": "Forma hueso nuevo",
        "both": "Forma hueso nuevo y frena la pérdida de hueso",
        "label.route": "Cómo se usa",
        "label.how_often": "Cada cuánto",
        "label.where_given": "Dónde",
        "label.action": "Qué hace",
        "label.main_benefit": "Beneficio principal",
        "label.treatment_length": "Por cuánto tiempo",
        "label.brand_names": "Otros nombres",
        "label.picture": "Imagen",
        "or": "o",
    },
}


def phrase(code: str, lang: str) -> str:
    table = PHRASES.get(lang, PHRASES["en"])
    return table.get(code, PHRASES["en"].get(code, code))


def join_choices(codes: tuple[str, ...], lang: str) -> str:
    """'a pill you swallow or a patch on the skin' — codes joined as plain alternatives."""
    words = [phrase(code, lang) for code in codes]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {phrase('or', lang)} {words[-1]}"


def sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
