"""Treatment options with a nurse: compare, browse by how taken, find by name, take home, nurse mode.

Everything plugs into the kiosk through its host hooks (routes, toolbars, home shortcuts,
``visitor_reset``; shell/host.py), and the window knows nothing of it. Printing and the save dialog are
attributes that tests (and a future platform) replace.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from kiosk.core.browse import MEN, ROUTE_GROUPS, Filters
from kiosk.core.comparison import MAX_PICKS, build_comparison
from kiosk.core.content import Page
from kiosk.core.handout import Handout, build_handout
from kiosk.core.name_index import build_name_index
from kiosk.core.routes import BROWSE, COMPARE, NAMES
from kiosk.core.usage import NoUsage, UsageSink
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.host import Host
from kiosk.ui.shell.i18n import translate
from kiosk.ui.treatment.compare_picks import ComparePicks
from kiosk.ui.treatment.compare_toggle import TileCompareToggle
from kiosk.ui.treatment.handout_pdf import body_size, print_handout, save_pdf
from kiosk.ui.treatment.nurse_mode import NurseBanner, NurseMode
from kiosk.ui.treatment.option_bars import CardBar, SectionBar
from kiosk.ui.treatment.picks_tray import PicksTray
from kiosk.ui.treatment.take_home import Actions, TakeHomePanel
from kiosk.ui.widgets.tiles import Tile, TileSpec

if TYPE_CHECKING:  # imported when first opened: not on the start-up path
    from kiosk.ui.treatment.browse_screen import BrowseScreen
    from kiosk.ui.treatment.compare_screen import CompareScreen
    from kiosk.ui.treatment.names_screen import NamesScreen

log = logging.getLogger(__name__)

Printer = Callable[[Handout, str, str], object]  # (handout, printer name, paper); raises OSError
SavePathAsker = Callable[[QWidget, Path], Path | None]


def tr(text: str) -> str:
    return translate("TreatmentOptions", text)


def documents_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where a laptop saves a handout: the Documents folder, under a name not yet taken (no dialog:
    the message afterwards says where it went, and Open folder shows it). Never used in kiosk mode."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    if not folder.is_dir():
        folder = Path.home()
    path = folder / suggested.name
    number = 2
    while path.exists():
        path = folder / f"{suggested.stem}-{number}{suggested.suffix}"
        number += 1
    return path


class TreatmentOptions(QObject):
    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        config = host.config
        self.printer: Printer = self._print_at_set_size
        self.ask_save_path: SavePathAsker = documents_path
        self.last_saved: Path | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self.usage: UsageSink = NoUsage()  # anonymous daily counts, when the unattended kit keeps them
        self.picks = ComparePicks(self)

        self.nurse = NurseMode(host.watcher, config["nurse.minutes"], host.watcher.timer_factory, self)
        self.banner = NurseBanner(self.nurse)
        host.add_banner(self.banner)

        # The three screens are made the first time a visitor opens them, not at start-up.
        host.add_route(COMPARE, lambda: self.compare_screen, self._show_compare)
        host.add_route(BROWSE, lambda: self.browse_screen, self._show_browse)
        host.add_route(NAMES, lambda: self.names_screen, self._show_names)

        self.card_bar = CardBar(self.picks)
        self.card_bar.compare.connect(lambda: host.open_page(COMPARE))
        self.card_bar.take_home.connect(
            lambda: self.open_take_home([self.card_bar.page] if self.card_bar.page else [])
        )
        host.add_page_toolbar(self.card_bar)
        self.card_bar.hide()
        self.section_bar = SectionBar(self.picks, nurse_button=config["nurse.switch"])
        self.section_bar.browse.connect(lambda: host.open_page(BROWSE))
        self.section_bar.names.connect(lambda: host.open_page(NAMES))
        self.section_bar.compare.connect(lambda: host.open_page(COMPARE))
        self.section_bar.nurse_button.clicked.connect(lambda: self.set_nurse_mode(not self.nurse.active))
        host.add_section_actions(self.section_bar)
        host.set_tile_accessory(self._toggle_for)
        # While choosing (the medicines' tiles, browse), the picks stay in view at the foot.
        self.tray = PicksTray(self.picks, self._title_of)
        self.tray.compare.connect(lambda: host.open_page(COMPARE))
        self.tray.hide()
        host.add_bottom_bar(self.tray)
        self._choosing = False
        host.add_home_shortcut(self._names_tile)

        printer_name = config["print.printer"]
        actions = Actions(
            print_pages=self._print_pages if printer_name else None,
            save_pages=None if config.kiosk_mode else self._save_pages,
            open_folder=None if config.kiosk_mode else self._open_saved_folder,
            collect_from=config["print.collect_from"],
        )
        self.take_home = host.add_layer(lambda parent: TakeHomePanel(parent, actions))

        self.picks.changed.connect(self._on_picks_changed)
        self.nurse.changed.connect(self._on_nurse_changed)
        host.page_shown.connect(self._on_page_shown)
        host.visitor_reset.connect(self.reset)
        host.visitor.look_changed.connect(self._apply_look)
        host.language_changed.connect(self.retranslate)
        self._apply_look(host.visitor.look)

    @cached_property
    def compare_screen(self) -> CompareScreen:
        from kiosk.ui.treatment.compare_screen import CompareScreen

        screen = CompareScreen()
        screen.open_page.connect(self.host.open_page)
        screen.remove_pick.connect(lambda page_id: self.picks.set_picked(page_id, False))
        screen.move_pick.connect(self.picks.move)
        screen.choose_more.connect(lambda: self.host.open_page(BROWSE))
        screen.clear_all.connect(self.picks.clear)
        screen.take_home.connect(lambda: self.open_take_home(self.picked_pages()))
        return screen

    @cached_property
    def browse_screen(self) -> BrowseScreen:
        from kiosk.ui.treatment.browse_screen import BrowseScreen

        screen = BrowseScreen(accessory=self._toggle_for)
        screen.open_page.connect(self.host.open_page)
        return screen

    @cached_property
    def names_screen(self) -> NamesScreen:
        from kiosk.ui.treatment.names_screen import NamesScreen

        screen = NamesScreen()
        screen.open_page.connect(self.host.open_page)
        return screen

    def _built(self, name: str) -> bool:
        return name in self.__dict__  # a cached_property's value, once made

    def retranslate(self, _language: str = "") -> None:
        """Words on the bars, banner and panel; the three screens are the window's to retranslate."""
        for widget in (self.card_bar, self.section_bar, self.banner, self.take_home, self.tray):
            widget.retranslate()
        self._on_nurse_changed(self.nurse.active)

    # Nurse mode -----------------------------------------------------------------------------

    def set_nurse_mode(self, on: bool) -> None:
        """For the staff PIN gesture (issue 7) and the laptop button: pause or resume the idle reset."""
        self.nurse.set_nurse_mode(on)

    def _on_nurse_changed(self, on: bool) -> None:
        """While nurse mode is on, the banner's End button is the one way to end it: one button
        saying "End nurse mode", not two."""
        button = self.section_bar.nurse_button
        button.setText(tr("Nurse mode"))
        button.setAccessibleName(tr("Start nurse mode"))
        button.setVisible(self.host.config["nurse.switch"] and not on)

    # Pages and picks ------------------------------------------------------------------------

    def picked_pages(self) -> list[Page]:
        library = self.host.library
        return [page for page in (library.get(i) for i in self.picks.ids) if page and page.medication]

    def _toggle_for(self, tile: Tile) -> QWidget | None:
        page = self.host.library.get(tile.target)
        if page is None or page.medication is None:
            return None
        return TileCompareToggle(self.picks, page.id, page.title)

    def _title_of(self, page_id: str) -> str:
        page = self.host.library.get(page_id)
        return page.title if page is not None else page_id

    def _on_picks_changed(self) -> None:
        if self._built("compare_screen") and self.host.showing(self.compare_screen):
            self._fill_compare()
        self._show_tray()

    def _show_tray(self) -> None:
        self.tray.setVisible(self._choosing and len(self.picks) > 0)

    def _on_page_shown(self, page_id: str) -> None:
        page = self.host.library.get(page_id)
        self._choosing = page_id.partition(":")[0] == BROWSE or (page is not None and page.lists_medications)
        self._show_tray()
        if page is not None and page.medication is not None:
            self.card_bar.set_page(page)
            self.card_bar.show()
        else:
            self.card_bar.hide()

    # Routes ---------------------------------------------------------------------------------

    def _fill_compare(self) -> None:
        comparison = build_comparison(self.picked_pages(), self.host.visitor.language)
        self.compare_screen.set_comparison(comparison, MAX_PICKS)

    def _show_compare(self, argument: str) -> str:
        if argument:  # "compare:alendronate,denosumab" (the render command, links)
            known = [i for i in argument.split(",") if (p := self.host.library.get(i)) and p.medication]
            self.picks.replace(known)
        self._fill_compare()
        return tr("Compare medicines")

    def _show_browse(self, argument: str) -> str:
        filters = None
        if argument in ROUTE_GROUPS:
            filters = Filters(route=argument)
        elif argument == MEN:
            filters = Filters(for_men=True)
        elif argument:
            filters = Filters(often=argument)
        library = self.host.library
        self.browse_screen.show_medicines(library.medications, library.lang, filters)
        return tr("Medicines by how you take them")

    def _show_names(self, argument: str) -> str:
        self.names_screen.show_names(build_name_index(self.host.library))
        if argument:
            self.names_screen.jump_to(argument.upper())
        return tr("Medicines by name")

    def _names_tile(self) -> tuple[str, TileSpec]:
        library = self.host.library
        brands = [p.medication.brand_names[0].split(" (")[0] for p in library.medications if p.medication][:3]
        example = ", ".join(brands)
        summary = tr("{examples} and more, from A to Z.").format(examples=example) if brands else ""
        after = next((p.id for p in library.topics if p.lists_medications), "")
        return after, (NAMES, tr("Find a medicine by name"), summary, "az")

    # Take home ------------------------------------------------------------------------------

    def open_take_home(self, pages: list[Page]) -> None:
        for page in pages:
            self.usage.record("handout", page.id)  # anonymous daily count (issue 7)
        self.take_home.open_for(pages)

    def handout_for(self, pages: list[Page]) -> Handout:
        config = self.host.config
        return build_handout(pages, config["clinic_name"], self.today(), self.host.visitor.language)

    def _print_at_set_size(self, handout: Handout, printer_name: str, paper: str) -> int:
        return print_handout(handout, printer_name, paper, body_size(self.host.config["print.large_print"]))

    def _print_pages(self, pages: list[Page]) -> str:
        config = self.host.config
        try:
            self.printer(self.handout_for(pages), config["print.printer"], config["print.paper"])
        except OSError as error:
            log.warning("could not print a handout: %s", error)
            return str(error)
        for page in pages:
            self.usage.record("handout_printed", page.id)
        return ""

    def _save_pages(self, pages: list[Page]) -> tuple[str, bool]:
        name = "bone-medicines.pdf" if len(pages) > 1 else f"{pages[0].id}.pdf"
        path = self.ask_save_path(self.host.top_level(), Path.home() / name)
        if path is None:
            return "", False
        try:
            config = self.host.config
            size = body_size(config["print.large_print"])
            save_pdf(self.handout_for(pages), path, config["print.paper"], size)
        except OSError as error:
            log.warning("could not save a handout: %s", error)
            return tr("The handout could not be saved in {folder}.").format(folder=path.parent), False
        for page in pages:
            self.usage.record("handout_printed", page.id)
        self.last_saved = path
        return tr("Saved to {path}").format(path=path), True

    def _open_saved_folder(self) -> None:
        """Laptops only (kiosk mode never offers it): the file manager, at the saved handout."""
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))

    # Reset and look -------------------------------------------------------------------------

    def reset(self) -> None:
        """The visit is over: no picks, no filters, no panel, no nurse mode."""
        self.picks.clear()
        if self._built("browse_screen"):
            self.browse_screen.filters = Filters()
        self.take_home.hide()
        self.nurse.set_nurse_mode(False)

    def _apply_look(self, look: Appearance) -> None:
        for widget in (self.banner, self.card_bar, self.section_bar, self.tray):
            widget.apply(look)
        self.take_home.follow(look)  # if hidden, as it is next shown
