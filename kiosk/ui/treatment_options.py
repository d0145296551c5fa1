"""Treatment options with a nurse: compare, browse by how taken, find by name, take home, nurse mode.

Everything plugs into the main window through its public hooks (routes, toolbars, home shortcuts,
``visitor_reset``), so the window knows only this one object. Printing and the save dialog are
attributes that tests (and a future platform) replace.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from kiosk.core.browse import ROUTE_GROUPS, Filters
from kiosk.core.comparison import MAX_PICKS, build_comparison
from kiosk.core.content import Page
from kiosk.core.handout import Handout, build_handout
from kiosk.core.name_index import build_name_index
from kiosk.core.usage import NoUsage, UsageSink
from kiosk.ui.appearance import Appearance
from kiosk.ui.browse_screen import BrowseScreen
from kiosk.ui.compare_picks import ComparePicks
from kiosk.ui.compare_screen import CompareScreen
from kiosk.ui.compare_toggle import CompareToggle
from kiosk.ui.handout_pdf import print_handout, save_pdf
from kiosk.ui.i18n import translate
from kiosk.ui.names_screen import NamesScreen
from kiosk.ui.nurse_mode import NurseBanner, NurseMode
from kiosk.ui.option_bars import CardBar, SectionBar
from kiosk.ui.take_home import Actions, TakeHomePanel
from kiosk.ui.tiles import Tile

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Printer = Callable[[Handout, str, str], object]  # (handout, printer name, paper); raises OSError
SavePathAsker = Callable[[QWidget, Path], Path | None]


def tr(text: str) -> str:
    return translate("TreatmentOptions", text)


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """The laptop's own save dialog. Never used in kiosk mode."""
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("Save the handout"), str(suggested), tr("PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


class TreatmentOptions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        config = window.config
        self.printer: Printer = print_handout
        self.ask_save_path: SavePathAsker = ask_save_path
        self.today: Callable[[], dt.date] = dt.date.today
        self.usage: UsageSink = NoUsage()  # anonymous daily counts, when the unattended kit keeps them
        self.picks = ComparePicks(self)

        self.nurse = NurseMode(window.watcher, config["nurse.minutes"], window.watcher.timer_factory, self)
        self.banner = NurseBanner(self.nurse)
        column = window.central.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, self.banner)  # right under the header, on every screen

        self.compare_screen = CompareScreen()
        self.browse_screen = BrowseScreen(accessory=self._toggle_for)
        self.names_screen = NamesScreen()
        window.add_route("compare", self.compare_screen, self._show_compare)
        window.add_route("browse", self.browse_screen, self._show_browse)
        window.add_route("names", self.names_screen, self._show_names)
        for screen in (self.compare_screen, self.browse_screen, self.names_screen):
            screen.open_page.connect(window.open_page)
        self.compare_screen.remove_pick.connect(lambda page_id: self.picks.set_picked(page_id, False))
        self.compare_screen.move_pick.connect(self.picks.move)
        self.compare_screen.choose_more.connect(lambda: window.open_page("browse"))
        self.compare_screen.clear_all.connect(self.picks.clear)
        self.compare_screen.take_home.connect(lambda: self.open_take_home(self.picked_pages()))

        self.card_bar = CardBar(self.picks)
        self.card_bar.compare.connect(lambda: window.open_page("compare"))
        self.card_bar.take_home.connect(
            lambda: self.open_take_home([self.card_bar.page] if self.card_bar.page else [])
        )
        window.page_screen.add_toolbar(self.card_bar)
        self.card_bar.hide()
        self.section_bar = SectionBar(self.picks, nurse_button=config["nurse.switch"])
        self.section_bar.browse.connect(lambda: window.open_page("browse"))
        self.section_bar.names.connect(lambda: window.open_page("names"))
        self.section_bar.compare.connect(lambda: window.open_page("compare"))
        self.section_bar.nurse_button.clicked.connect(lambda: self.set_nurse_mode(not self.nurse.active))
        window.section_screen.add_actions(self.section_bar)
        window.section_screen.grid.accessory = self._toggle_for
        window.home_shortcuts.append(self._names_tile)

        printer_name = config["print.printer"]
        self.take_home = TakeHomePanel(
            window.central,
            Actions(
                print_pages=self._print_pages if printer_name else None,
                save_pages=None if config.kiosk_mode else self._save_pages,
                collect_from=config["print.collect_from"],
            ),
        )

        self.picks.changed.connect(self._on_picks_changed)
        self.nurse.changed.connect(self._on_nurse_changed)
        window.page_shown.connect(self._on_page_shown)
        window.visitor_reset.connect(self.reset)
        window.visitor.changed.connect(self._apply_look)
        window.interface.changed.connect(self.retranslate)  # after the window re-shows the page
        self._apply_look()

    def retranslate(self) -> None:
        """Words on the bars, banner and panel; the three screens are the window's to retranslate."""
        for widget in (self.card_bar, self.section_bar, self.banner, self.take_home):
            widget.retranslate()
        self._on_nurse_changed(self.nurse.active)

    # Nurse mode -----------------------------------------------------------------------------

    def set_nurse_mode(self, on: bool) -> None:
        """For the staff PIN gesture (issue 7) and the laptop button: pause or resume the idle reset."""
        self.nurse.set_nurse_mode(on)

    def _on_nurse_changed(self, on: bool) -> None:
        button = self.section_bar.nurse_button
        button.setText(tr("End nurse mode") if on else tr("Nurse mode"))
        button.setAccessibleName(tr("End nurse mode") if on else tr("Start nurse mode"))

    # Pages and picks ------------------------------------------------------------------------

    def picked_pages(self) -> list[Page]:
        library = self.window.library
        return [page for page in (library.get(i) for i in self.picks.ids) if page and page.medication]

    def _toggle_for(self, tile: Tile) -> QWidget | None:
        page = self.window.library.get(tile.target)
        if page is None or page.medication is None:
            return None
        return CompareToggle(self.picks, page.id, page.title)

    def _on_picks_changed(self) -> None:
        if self.window.stack.currentWidget() is self.compare_screen:
            self._fill_compare()

    def _on_page_shown(self, page_id: str) -> None:
        page = self.window.library.get(page_id)
        if page is not None and page.medication is not None:
            self.card_bar.set_page(page)
            self.card_bar.show()
        else:
            self.card_bar.hide()

    # Routes ---------------------------------------------------------------------------------

    def _fill_compare(self) -> None:
        comparison = build_comparison(self.picked_pages(), self.window.visitor.language)
        self.compare_screen.set_comparison(comparison, MAX_PICKS)

    def _show_compare(self, argument: str) -> str:
        if argument:  # "compare:alendronate,denosumab" (the render command, links)
            known = [i for i in argument.split(",") if (p := self.window.library.get(i)) and p.medication]
            self.picks.replace(known)
        self._fill_compare()
        return tr("Compare medicines")

    def _show_browse(self, argument: str) -> str:
        filters = None
        if argument in ROUTE_GROUPS:
            filters = Filters(route=argument)
        elif argument:
            filters = Filters(often=argument)
        library = self.window.library
        self.browse_screen.show_medicines(library.medications, library.lang, filters)
        return tr("Medicines by how you take them")

    def _show_names(self, argument: str) -> str:
        self.names_screen.show_names(build_name_index(self.window.library))
        if argument:
            self.names_screen.jump_to(argument.upper())
        return tr("Medicines by name")

    def _names_tile(self) -> tuple[str, Tile]:
        library = self.window.library
        brands = [p.medication.brand_names[0].split(" (")[0] for p in library.medications if p.medication][:3]
        example = ", ".join(brands)
        summary = tr("{examples} and more, from A to Z.").format(examples=example) if brands else ""
        after = next((p.id for p in library.topics if p.lists_medications), "")
        return after, Tile("names", tr("Find a medicine by name"), summary, "az")

    # Take home ------------------------------------------------------------------------------

    def open_take_home(self, pages: list[Page]) -> None:
        for page in pages:
            self.usage.record("handout", page.id)  # anonymous daily count (issue 7)
        self.take_home.open_for(pages)

    def handout_for(self, pages: list[Page]) -> Handout:
        config = self.window.config
        return build_handout(pages, config["clinic_name"], self.today(), self.window.visitor.language)

    def _print_pages(self, pages: list[Page]) -> str:
        config = self.window.config
        try:
            self.printer(self.handout_for(pages), config["print.printer"], config["print.paper"])
        except OSError as error:
            log.warning("could not print a handout: %s", error)
            return str(error)
        for page in pages:
            self.usage.record("handout_printed", page.id)
        return ""

    def _save_pages(self, pages: list[Page]) -> str:
        name = "bone-medicines.pdf" if len(pages) > 1 else f"{pages[0].id}.pdf"
        path = self.ask_save_path(self.window, Path.home() / name)
        if path is None:
            return ""
        try:
            save_pdf(self.handout_for(pages), path, self.window.config["print.paper"])
        except OSError as error:
            log.warning("could not save a handout: %s", error)
            return tr("The handout could not be saved there. Try another folder.")
        for page in pages:
            self.usage.record("handout_printed", page.id)
        return tr("Saved to {path}").format(path=path)

    # Reset and look -------------------------------------------------------------------------

    def reset(self) -> None:
        """The visit is over: no picks, no filters, no panel, no nurse mode."""
        self.picks.clear()
        self.browse_screen.filters = Filters()
        self.take_home.hide()
        self.nurse.set_nurse_mode(False)

    def _apply_look(self) -> None:
        look = Appearance.of(self.window.visitor.theme, self.window.visitor.text_percent)
        for widget in (self.banner, self.card_bar, self.section_bar, self.take_home):
            widget.apply(look)
