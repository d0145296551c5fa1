"""The 100-person pictures: painted right, shown on cards and in compare without clipping, read
aloud in words, and printed on the handout."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from kiosk.core.config import THEMES
from kiosk.core.content import Page, load_library
from kiosk.core.handout import build_handout
from kiosk.core.theme import load_palette
from kiosk.core.trial_html import TRIAL_SCHEME, section_of
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.handout_pdf import save_pdf
from kiosk.ui.widgets.icon_array import IconArray, IconColors, icon_cells, picture_image
from tests.conftest import SHIPPED_CONTENT, WindowFactory
from tests.test_handout_pdf import needs_poppler
from tests.ui_helpers import labels_clipped, page_text, treatment_of

SIZES = [QSize(1024, 768), QSize(1366, 768)]


def cards_with_pictures(lang: str) -> list[Page]:
    library, _ = load_library(SHIPPED_CONTENT, lang)
    return [page for page in library.medications if page.trial is not None and page.trial.has_picture]


def filled_people(image: QImage, area: QRectF, colors: IconColors) -> int:
    """How many figures are filled: the middle of each figure's body is the affected colour."""
    wanted = QColor(colors.affected)
    count = 0
    for cell in icon_cells(area):
        point = QPointF(cell.center().x(), cell.top() + cell.height() * 0.82)
        pixel = image.pixelColor(int(point.x()), int(point.y()))
        if (
            abs(pixel.red() - wanted.red())
            + abs(pixel.green() - wanted.green())
            + abs(pixel.blue() - wanted.blue())
            < 30
        ):
            count += 1
    return count


def test_every_card_with_verified_numbers_has_a_picture_in_both_languages() -> None:
    english, spanish = cards_with_pictures("en"), cards_with_pictures("es")
    assert len(english) == 11 and [p.id for p in english] == [p.id for p in spanish]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_picture_fills_as_many_people_as_its_front_matter_says(theme: str, lang: str) -> None:
    colors = IconColors.of(load_palette(theme).colors)
    for page in cards_with_pictures(lang):
        section = section_of(page)
        assert section is not None and page.trial is not None and page.trial.without is not None
        for people in (section.without_people, section.with_people):
            image = picture_image(people, 300, 1.0, colors)
            assert filled_people(image, QRectF(0, 0, image.width(), image.height()), colors) == people, (
                page.id
            )
        assert section.without_people == page.trial.without.people


def test_the_affected_are_grouped_from_the_top_left_corner_row_by_row() -> None:
    colors = IconColors.of(load_palette("default").colors)
    image = picture_image(15, 300, 1.0, colors)
    cells = icon_cells(QRectF(0, 0, image.width(), image.height()))
    filled = [
        index
        for index, cell in enumerate(cells)
        if image.pixelColor(int(cell.center().x()), int(cell.top() + cell.height() * 0.82))
        == QColor(colors.affected)
    ]
    assert filled == list(range(15)) and len(cells) == 100


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("percent", [100, 200])
def test_a_card_shows_the_section_with_nothing_clipped(window: MainWindow, size: QSize, percent: int) -> None:
    window.resize(size)
    window.visitor.set_text_percent(percent)
    window.open_page("alendronate")
    QCoreApplication.processEvents()
    view = window.page_screen.view
    text = page_text(window)
    assert "What the main study found" in text
    assert "About 15 of 100 women on a fake pill had a new spine break in 3 years." in text
    assert "About 8 of 100 on alendronate did." in text
    assert "Women 55 to 81 who already had a spine break" in text
    assert view.horizontalScrollBar().maximum() == 0
    html = view.document().toHtml()
    sources = [part.split('"')[0] for part in html.split(f'src="{TRIAL_SCHEME}')[1:]]
    assert [s.split("#")[0] for s in sources] == ["15", "8"]
    for source in sources:
        image = view.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(TRIAL_SCHEME + source)
        )
        assert isinstance(image, QImage) and not image.isNull()
        assert image.width() / image.devicePixelRatio() <= view.viewport().width()
    side_by_side = 'width="50%"' in render_sizes(window)
    assert side_by_side is (percent == 100)  # at 200% two pictures do not fit: stacked


def render_sizes(window: MainWindow) -> str:
    from kiosk.core.page_html import render_page
    from kiosk.ui.widgets.icon_array import size_trial_pictures

    screen = window.page_screen
    assert screen.page is not None and screen._look is not None
    spacing = screen._look.sizes["spacing"]
    room = screen.width() - 6 * spacing - screen.view.verticalScrollBar().sizeHint().width() - 16
    return size_trial_pictures(render_page(screen.page).html, room, screen._look.sizes["body"])


def test_read_aloud_says_the_sentences_not_image(window: MainWindow) -> None:
    window.open_page("alendronate")
    spoken = " ".join(piece.text for piece in window.page_screen.reading_pieces())
    assert "About 15 of 100 women on a fake pill had a new spine break in 3 years." in spoken
    assert "image" not in spoken.lower()


def test_a_medicine_without_fracture_numbers_says_so_in_words(window: MainWindow) -> None:
    window.open_page("estrogens-bazedoxifene")
    text = page_text(window)
    assert "measured bone density, not broken bones" in text and TRIAL_SCHEME not in render_sizes(window)


def test_the_card_is_in_spanish_too(make_window: WindowFactory) -> None:
    window = make_window(language="es")
    window.open_page("alendronate")
    text = page_text(window)
    assert "Lo que encontró el estudio principal" in text
    assert "Unas 15 de cada 100 mujeres con una pastilla falsa tuvieron una nueva fractura de columna" in text


@pytest.mark.parametrize("percent", [100, 200])
def test_compare_has_a_pictures_row_for_the_shared_outcome_with_a_warning(
    window: MainWindow, percent: int
) -> None:
    window.resize(QSize(1366, 768))
    window.visitor.set_text_percent(percent)
    window.open_page("compare:alendronate,denosumab,romosozumab,hormone-therapy")
    QCoreApplication.processEvents()
    screen = treatment_of(window).compare_screen
    pictures = screen.findChildren(IconArray)
    assert [p.affected for p in pictures] == [
        15,
        8,
        7,
        2,
        2,
        0,
    ]  # spine breaks; hormone therapy counted any break
    assert pictures[1].accessibleDescription() == "About 8 of 100 on alendronate did."
    texts = [label.text() for label in screen.findChildren(type(screen.intro))]
    assert any("different people" in t for t in texts)
    assert any("counted a broken bone, not a new spine break" in t for t in texts)
    assert labels_clipped(screen) == [] and screen.horizontalScrollBar().maximum() == 0
    for picture in pictures:
        assert picture.height() >= picture.heightForWidth(picture.width()) - 1


def test_the_widget_paints_its_number_and_never_clips(qtbot: object) -> None:
    colors = load_palette("high-contrast").colors
    picture = IconArray(8, "With alendronate", "About 8 of 100 on alendronate did.")
    picture.apply(colors, 20)
    picture.resize(260, picture.heightForWidth(260))
    image = picture.grab().toImage()
    area = picture.drawing_area()
    scaled = QRectF(0, 0, area.width() * image.devicePixelRatio(), area.height() * image.devicePixelRatio())
    assert filled_people(image, scaled, IconColors.of(colors)) == 8
    assert picture.heightForWidth(130) < picture.heightForWidth(260)  # narrower: shorter, never squashed


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_handout_prints_the_pictures_with_their_sentences(
    qapp: object, tmp_path: Path, lang: str
) -> None:
    import datetime as dt

    library, _ = load_library(SHIPPED_CONTENT, lang)
    pages = [library.pages[i] for i in ("alendronate", "estrogens-bazedoxifene")]
    out = tmp_path / "handout.pdf"
    save_pdf(build_handout(pages, "", dt.date(2026, 12, 7), lang), out)
    text = " ".join(
        subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    for page in pages:
        section = section_of(page)
        assert section is not None
        said = section.words
        sentences = [section.note] if said is None else [said.without_sentence, said.with_sentence]
        for sentence in sentences:  # one under each picture, or the note where there are none
            assert " ".join(sentence.split()) in text
        assert section.study_line in text
