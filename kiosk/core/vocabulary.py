"""Plain-words phrases for the codes in medication front matter, per language."""

from __future__ import annotations

import datetime as dt

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "pill": "a pill you swallow",
        "fizzy-tablet": "a fizzy tablet you dissolve in water, then drink",
        "oral-liquid": "a liquid you drink",
        "skin-gel": "a gel you rub on the skin",
        "skin-spray": "a spray on the skin",
        "vaginal-ring": "a soft ring in the vagina",
        "twice-weekly": "twice a week",
        "every-2-years": "once every 2 years",
        "for.after-menopause": "women after menopause",
        "for.men": "men",
        "for.steroid": "people whose bones are thinned by steroid medicines",
        "for.after-menopause-only": "Women after menopause only.",
        "and": "and",
        "label.for": "Who it is for",
        "label.how_to_take_form": "How to take it: {form}",
        "label.forms": "Which kind do you have? Tap it for its steps:",
        "form.hide_steps": "{form}: hide the steps",
        "group.skin": "On the skin",
        "group.vaginal-ring": "Vaginal ring",
        "often.twice-weekly": "Twice a week",
        "often.every-2-years": "Every 2 years",
        "often.one-schedule": "your label says which one, never both",
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
        "page.unavailable": "Sorry, this page cannot be shown right now. Please ask a staff member.",
        "or": "or",
        "label.common_side_effects": "Common side effects",
        "label.cautions": "Cautions",
        "label.how_to_take": "How to take it",
        "label.steps": "Steps",
        "group.pill": "By mouth",
        "group.self-shot": "Shot you give yourself",
        "group.clinic": "Shot or drip at the clinic",
        "group.nasal-spray": "Nasal spray",
        "often.daily": "Every day",
        "often.weekly": "Every week",
        "often.monthly": "Every month",
        "often.every-3-months": "Every 3 months",
        "often.every-6-months": "Every 6 months",
        "often.yearly": "Once a year",
        "handout.title_one": "About your bone medicine",
        "handout.title_many": "Bone medicines side by side",
        "handout.date": "Printed on {date}",
        "handout.scan": "Scan to read more at home",
        "handout.notes": "Notes",
        "handout.disclaimer": (
            "This is education, not medical advice. Ask your care team about your own health."
        ),
        "handout.page": "Page {page} of {pages}",
        "months": "January February March April May June July August September October November December",
        "date_format": "{month} {day}, {year}",
    },
    "es": {
        "pill": "una pastilla que se traga",
        "fizzy-tablet": "una pastilla efervescente que se disuelve en agua y se bebe",
        "oral-liquid": "un líquido que se bebe",
        "skin-gel": "un gel que se frota en la piel",
        "skin-spray": "un aerosol en la piel",
        "vaginal-ring": "un anillo suave en la vagina",
        "twice-weekly": "dos veces a la semana",
        "every-2-years": "una vez cada 2 años",
        "for.after-menopause": "mujeres después de la menopausia",
        "for.men": "hombres",
        "for.steroid": "personas con huesos débiles por medicinas esteroides",
        "for.after-menopause-only": "Solo mujeres después de la menopausia.",
        "and": "y",
        "label.for": "Para quién es",
        "label.how_to_take_form": "Cómo tomarlo: {form}",
        "label.forms": "Toque la suya para ver los pasos:",
        "form.hide_steps": "{form}: ocultar los pasos",
        "group.skin": "En la piel",
        "group.vaginal-ring": "Anillo vaginal",
        "often.twice-weekly": "Dos veces a la semana",
        "often.every-2-years": "Cada 2 años",
        "often.one-schedule": "su etiqueta dice cuál, nunca los dos",
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
        "page.unavailable": "Lo sentimos, no podemos mostrar esta página ahora. Pida ayuda al personal.",
        "or": "o",
        "label.common_side_effects": "Efectos secundarios comunes",
        "label.cautions": "Precauciones",
        "label.how_to_take": "Cómo tomarlo",
        "label.steps": "Pasos",
        "group.pill": "Por la boca",
        "group.self-shot": "Inyección que usted se pone",
        "group.clinic": "Inyección o suero en la clínica",
        "group.nasal-spray": "Aerosol nasal",
        "often.daily": "Todos los días",
        "often.weekly": "Cada semana",
        "often.monthly": "Cada mes",
        "often.every-3-months": "Cada 3 meses",
        "often.every-6-months": "Cada 6 meses",
        "often.yearly": "Una vez al año",
        "handout.title_one": "Sobre su medicina para los huesos",
        "handout.title_many": "Medicinas para los huesos, una al lado de la otra",
        "handout.date": "Impreso el {date}",
        "handout.scan": "Escanee para leer más en casa",
        "handout.notes": "Notas",
        "handout.disclaimer": "Esto es para aprender, no es consejo médico. Consulte a su equipo de salud.",
        "handout.page": "Página {page} de {pages}",
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "date_format": "{day} de {month} de {year}",
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


def often_text(codes: tuple[str, ...], lang: str) -> str:
    """'Every week or every day (your label says which one, never both)'.

    A form sold on more than one schedule must never read as leave to take it on all of them: someone
    on the weekly tablet must not read "or every day" as permission to take it daily.
    """
    choices = join_choices(codes, lang)
    return choices if len(codes) <= 1 else f"{choices} ({phrase('often.one-schedule', lang)})"


def audience_text(codes: tuple[str, ...], lang: str) -> str:
    """'Women after menopause, men and people whose bones…' or 'Women after menopause only.'"""
    if tuple(codes) == ("after-menopause",):
        return phrase("for.after-menopause-only", lang)
    words = [phrase(f"for.{code}", lang) for code in codes]
    joined = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {phrase('and', lang)} {words[-1]}"
    return sentence(joined)


def long_date(day: dt.date, lang: str) -> str:
    """'March 12, 2025' / '12 de marzo de 2025', without the system locale (a kiosk may have none)."""
    month = phrase("months", lang).split()[day.month - 1]
    return phrase("date_format", lang).format(month=month, day=day.day, year=day.year)


def sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
