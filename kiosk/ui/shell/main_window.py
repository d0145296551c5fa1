"""The kiosk window: header, the current screen, footer, and the idle warning on top."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.assist import waiting_minutes
from kiosk.core.config import LANGUAGES, TEXT_STEPS, Config
from kiosk.core.content import Library, Page, available_languages
from kiosk.core.page_html import render_page
from kiosk.core.routes import HOME, ROUTE_NAMES, split_anchor
from kiosk.ui.layers.idle_warning import IdleOverlay
from kiosk.ui.screens.page import PageScreen
from kiosk.ui.screens.tile_screen import TileScreen
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import FooterBar, HeaderBar, IconButton
from kiosk.ui.shell.host import (
    FOOTER_ACTIONS,
    HEADER_ACTIONS,
    HomeShortcut,
    RouteHandler,
    Screen,
    TileAccessory,
)
from kiosk.ui.shell.i18n import interface_language, translate_n
from kiosk.ui.shell.idle import IdleWatcher
from kiosk.ui.shell.input_router import InputRouter
from kiosk.ui.shell.library_store import LibraryStore
from kiosk.ui.shell.screen_stack import ScreenStack
from kiosk.ui.shell.style import frame_sheet, style_sheet
from kiosk.ui.shell.visitor import VisitorSettings

log = logging.getLogger(__name__)
# A window shorter than this many buttons is "short" at its text size: the title (when it needs a
# row of its own) and the advice line move into the scrolling page, leaving the room to read.
SHORT_SCREEN_BUTTONS = 10


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Visit:
    """One step of the visitor's path, remembered so Back returns to the same place."""

    page_id: str
    scroll: int = 0


LayerT = TypeVar("LayerT", bound=QWidget)


class MainWindow(QMainWindow):
    """The screen stack between header and footer, the routes, and the host of every layer.

    Features see it only as a ``Host`` (shell/host.py).
    """

    page_shown = Signal(str)  # page id (without its "#form-2" anchor), route ("browse:pill"), or "home"
    visitor_reset = Signal()  # the visit is over: every feature forgets what this visitor chose
    ready_for_next_visitor = Signal()  # after an idle reset: home, default look, nothing open
    language_changed = Signal(str)  # after the window has re-shown its page in the new language
    action_triggered = Signal(str)  # a header or footer action a feature owns: "contrast", "listen", ...
    term_tapped = Signal(str)  # a glossary word tapped on a screen
    idle_warning_shown = Signal(str)  # the idle warning's words, once it is up
    settled = Signal()  # the first screen is up and warmed: idle work may start (once, after start)

    def __init__(
        self, config: Config, libraries: LibraryStore, watcher: IdleWatcher, visitor: VisitorSettings
    ) -> None:
        super().__init__()
        self.config = config
        self.libraries = libraries
        self.watcher = watcher
        self.visitor = visitor
        self.interface = interface_language()
        self.interface.set_language(visitor.language)  # before any widget asks tr() for its words
        self.languages = [lang for lang in available_languages(libraries.root) if lang in LANGUAGES]
        self.allow_close = False  # in kiosk mode only the staff menu may close the window
        self.input = InputRouter(self)  # compose.py installs it on the application
        visitor.restyling = self.input.set_aside  # a look change sends no input: no filter meanwhile
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.header = HeaderBar()
        self.footer = FooterBar()
        self.home_screen = TileScreen()
        self.section_screen = TileScreen()
        self.page_screen = PageScreen()
        self.stack = ScreenStack()
        for screen in (self.home_screen, self.section_screen, self.page_screen):
            self.stack.addWidget(screen)
            screen.open_page.connect(self.open_page)
        central = QWidget()
        central.setObjectName("central")
        # Holds focus at the start so no button shows a focus ring until someone presses Tab.
        central.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        column.addWidget(self.footer)
        self.setCentralWidget(central)
        self.central = central
        self.overlay = IdleOverlay(central)
        self.overlay.installEventFilter(self)
        self.screens: list[Screen] = [self.home_screen, self.section_screen, self.page_screen]
        self._stale: set[Screen] = set(self.screens)  # screens not yet in the visitor's look
        self.banners: list[QWidget] = []
        self.bottom_bars: list[QWidget] = []
        self._showing = False  # inside _show, while the features hear page_shown
        self.routes: dict[str, tuple[Callable[[], Screen], RouteHandler]] = {}
        self.history: list[Visit] = []
        self.current = Visit(HOME)
        self.home_shortcuts: list[HomeShortcut] = []
        self.layers: list[QWidget] = [self.overlay]
        self.action_buttons: dict[str, IconButton] = {
            **{name: getattr(self.header, f"{name}_button") for name in HEADER_ACTIONS},
            **{name: getattr(self.footer, f"{name}_button") for name in FOOTER_ACTIONS},
        }
        self._connect()
        self._apply_look(visitor.look)
        self._retranslate()
        # The first screen is shown by whoever builds the kiosk (shell/compose.py), once every
        # feature is connected and hears page_shown.

    @property
    def library(self) -> Library:
        return self.libraries.get(self.visitor.language)

    def _connect(self) -> None:
        self.header.back_button.clicked.connect(self.go_back)
        self.header.home_button.clicked.connect(self.go_home)
        self.header.larger_button.clicked.connect(self.visitor.larger)
        self.header.smaller_button.clicked.connect(self.visitor.smaller)
        self.header.language_button.clicked.connect(
            lambda: self.set_language(self.header.offered_language or self.visitor.language)
        )
        self.header.title_moved.connect(self._hand_texts_to_screen)
        self.footer.up_button.clicked.connect(lambda: self.scroll_by_page(-1))
        self.footer.down_button.clicked.connect(lambda: self.scroll_by_page(1))
        self.visitor.look_changed.connect(self._apply_look)
        self.visitor.language_changed.connect(self._on_language_changed)
        self.watcher.warn.connect(self._show_idle_warning)
        self.watcher.countdown.connect(self.overlay.set_seconds)
        self.watcher.resumed.connect(self.overlay.hide)
        self.watcher.reset.connect(self.reset_to_start)
        self.overlay.keep_reading.connect(self.watcher.poke)
        for screen in (self.home_screen, self.section_screen, self.page_screen):
            bar = screen.scroll_area().verticalScrollBar()
            bar.rangeChanged.connect(self._update_scroll_buttons)
            bar.valueChanged.connect(self._update_scroll_buttons)
            screen.define_term.connect(self.term_tapped)
        for name in ("contrast", "settings", "listen", "stop"):  # the features' own actions
            self.action_buttons[name].clicked.connect(
                lambda _=False, name=name: self.action_triggered.emit(name)
            )

    # Hooks for features (shell/host.py) ------------------------------------------------------

    def top_level(self) -> QWidget:
        return self

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget() or self.home_screen

    def showing(self, screen: QWidget) -> bool:
        return self.stack.currentWidget() is screen

    def title(self) -> str:
        return self.header.title_label.text()

    @property
    def current_page_id(self) -> str:
        return self.current.page_id

    @property
    def at_start(self) -> bool:
        return self.current.page_id == HOME and not self.history

    def add_layer(self, make: Callable[[QWidget], LayerT]) -> LayerT:
        """A layer over the screens, under the window's own idle warning."""
        layer = make(self.central)
        self.layers.insert(len(self.layers) - 1, layer)
        self.overlay.raise_()
        layer.installEventFilter(self)  # its own events only: restyled as it is shown
        self._restyle(layer)
        return layer

    def add_banner(self, banner: QWidget) -> None:
        """A bar right under the header, on every screen."""
        column = self.central.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, banner)
        self.banners.append(banner)
        banner.installEventFilter(self)  # its own events only: a hidden one is restyled as it shows
        self._restyle(banner)

    def add_bottom_bar(self, bar: QWidget) -> None:
        """A bar right above the footer, on every screen, that stays in view while the screen
        scrolls (the picks tray); its feature shows it where it belongs and hides it elsewhere."""
        column = self.central.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.indexOf(self.footer), bar)
        self.banners.append(bar)
        self.bottom_bars.append(bar)
        self._restyle(bar)
        bar.installEventFilter(self)  # its own Show: Tab reaches it after the screen, before the footer

    def add_page_toolbar(self, toolbar: QWidget) -> None:
        self.page_screen.add_toolbar(toolbar)

    def add_section_actions(self, actions: QWidget) -> None:
        self.section_screen.add_actions(actions)

    def set_tile_accessory(self, accessory: TileAccessory) -> None:
        self.section_screen.grid.accessory = accessory

    def add_home_shortcut(self, make: HomeShortcut) -> None:
        self.home_shortcuts.append(make)

    def set_action(self, name: str, *, shown: bool | None = None, checked: bool | None = None) -> None:
        button = self.action_buttons[name]
        if shown is not None:
            button.setVisible(shown)
        if checked is not None:
            button.setChecked(checked)
        self.footer.fit()

    def label_action(self, name: str, text: str, icon: str, accessible_name: str) -> None:
        self.action_buttons[name].show_as(text, icon, accessible_name)
        self.footer.fit()

    def close_layers(self) -> None:
        """Only the window's own: each feature closes its layers on visitor_reset."""
        self.overlay.hide()

    # Navigation -----------------------------------------------------------------------------

    def add_route(self, name: str, make_screen: Callable[[], Screen], handler: RouteHandler) -> None:
        """Make a screen reachable as ``name`` or ``name:argument``, with Back and Home like a page.
        ``make_screen`` is called when the route is first opened: no screen is built before it is needed."""
        if name not in ROUTE_NAMES:  # reserved in one place, so the checker keeps pages off the name
            raise ValueError(f"route '{name}' is not reserved in kiosk.core.routes")
        self.routes[name] = (make_screen, handler)

    def route_screen(self, name: str) -> Screen:
        screen = self.routes[name][0]()
        if screen not in self.screens:
            self.screens.append(screen)
            self.stack.addWidget(screen)  # type: ignore[arg-type]
            bar = screen.scroll_area().verticalScrollBar()
            bar.rangeChanged.connect(self._update_scroll_buttons)
            bar.valueChanged.connect(self._update_scroll_buttons)
            self._stale.add(screen)  # styled when first shown
        return screen

    def open_page(self, page_id: str) -> None:
        """A page id, a page at an anchor ("alendronate#form-3"), or a route ("browse:pill")."""
        route_name = page_id.partition(":")[0]
        page = self.library.get(split_anchor(page_id)[0])
        if page is None and route_name not in self.routes:
            log.warning("no page '%s' in language '%s'", page_id, self.visitor.language)
            return
        self.current.scroll = self._current_scroll()
        self.history.append(self.current)
        self._show(Visit(page_id))

    def open_first(self, page_id: str) -> None:
        """Start on ``page_id``, with home as where Back goes, without drawing home first."""
        self.history = [Visit(HOME)]
        self._show(Visit(page_id))

    def go_back(self) -> None:
        if self.history:
            self._show(self.history.pop())

    def go_home(self) -> None:
        self.history.clear()
        self.show_home()

    def show_home(self) -> None:
        self._show(Visit(HOME))
        self.central.setFocus()

    def _show(self, visit: Visit) -> None:
        self.current = visit
        page_id, anchor = split_anchor(visit.page_id)
        page = self.library.get(page_id) if visit.page_id != HOME else None
        route_name, _, argument = visit.page_id.partition(":")
        if page is None and route_name in self.routes:
            self._show_route(route_name, argument)
        elif page is None:
            self._show_home_screen()
        elif page.lists_medications:
            self._show_section(page)
        else:
            self._up_to_date(self.page_screen)
            self.page_screen.show_page(page, self.library, form=anchor if not visit.scroll else "")
            self.stack.setCurrentWidget(self.page_screen)
            self.header.set_title(page.title)
        self.header.back_button.setEnabled(bool(self.history))
        self.header.home_button.setEnabled(visit.page_id != HOME)
        self.header.show_navigation(visit.page_id != HOME or bool(self.history))
        self._fit_chrome()
        self._current_screen().scroll_area().verticalScrollBar().setValue(visit.scroll)
        if page is not None and anchor and not visit.scroll:  # first arrival: at the form's own facts
            self.page_screen.scroll_to_anchor(anchor)
        self._update_scroll_buttons()
        self._showing = True  # a bar shown now is ordered once, just below
        try:
            self.page_shown.emit(split_anchor(self.current.page_id)[0])
        finally:
            self._showing = False
        self.set_reading_order()  # after page_shown: features may have shown or hidden their bars

    def _show_home_screen(self) -> None:
        self._up_to_date(self.home_screen)
        self.current.page_id = HOME
        clinic = self.config["clinic_name"]
        heading = tr("Learn about bone health")
        note = tr("Tap a topic to begin. Use A+ to make the words bigger.")
        if self.watcher.enabled:
            minutes = waiting_minutes(self.watcher.idle_seconds, self.watcher.time_multiplier)
            note += " " + translate_n(
                "MainWindow",
                "If nobody touches the screen for about %n minute(s), it starts over for the next person.",
                minutes,
            )
        self.home_screen.show_content(
            f"{clinic}\n{heading}" if clinic else heading,
            "",
            note,
            self.library.topics,
            [make() for make in self.home_shortcuts],
        )
        self.stack.setCurrentWidget(self.home_screen)
        self.header.set_title(tr("Bone Health"))

    def refresh_home_note(self) -> None:
        """The home screen says how long the kiosk waits; "more time" changes that."""
        if self.current.page_id == HOME:
            scroll = self._current_scroll()
            self._show_home_screen()
            self.home_screen.verticalScrollBar().setValue(scroll)

    def _show_route(self, name: str, argument: str) -> None:
        screen, handler = self.route_screen(name), self.routes[name][1]
        self._up_to_date(screen)
        title = handler(argument)
        if title is None:
            self._show_home_screen()
            return
        self.stack.setCurrentWidget(screen)  # type: ignore[arg-type]
        self.header.set_title(title)

    def _show_section(self, page: Page) -> None:
        self._up_to_date(self.section_screen)
        self._fill_section(page)
        self.stack.setCurrentWidget(self.section_screen)
        self.header.set_title(page.title)

    def _fill_section(self, page: Page) -> None:
        intro = render_page(page).html
        self.section_screen.show_content("", intro, "", self.library.medications)

    def warm_up(self) -> None:
        """Idle work once the first screen is up, so no first tap pays for it: the list and page
        screens restyled (a first restyle of the medicine list is ~40 ms), Markdown's first use (its
        imports and set-up, ~40 ms) and building the medicine list's tiles; then ``settled`` lets
        features do theirs."""
        for screen in (self.section_screen, self.page_screen):  # in the look before a first tap
            self._up_to_date(screen)
        medicines = next((page for page in self.library.topics if page.lists_medications), None)
        if medicines is not None:
            self._fill_section(medicines)
            self.section_screen.ensurePolished()
        elif self.library.topics:
            render_page(self.library.topics[0])
        self.settled.emit()

    def set_reading_order(self) -> None:
        """Tab (and the arrow keys) go the way a person reads: the header left to right, the screen
        top to bottom, then the footer. Qt's own order is the order widgets were made in, and a
        screen's tiles are made anew each time it is shown."""
        screen = self.stack.currentWidget() or self.home_screen
        content = [
            widget
            for widget in screen.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden()
        ]
        content.sort(key=lambda widget: _position_in(screen, widget))
        below = [  # a bar above the footer (the picks tray) is read after the screen
            widget
            for bar in self.bottom_bars
            if not bar.isHidden()
            for widget in sorted(bar.findChildren(QWidget), key=lambda widget: _position_in(bar, widget))
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden()
        ]
        chain: list[QWidget] = [*self.header.buttons, *content, *below, *self.footer.buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _current_scroll(self) -> int:
        return self._current_screen().scroll_area().verticalScrollBar().value()

    def scroll_by_page(self, direction: int) -> None:
        """A screenful less one line of text: the line read last stays in view, nothing is skipped."""
        area = self._current_screen().scroll_area()
        bar = area.verticalScrollBar()
        line = area.fontMetrics().lineSpacing()  # the body text's
        bar.setValue(bar.value() + direction * max(bar.pageStep() - line, bar.pageStep() // 2, 1))

    # Short screens ----------------------------------------------------------------------------

    def is_short(self) -> bool:
        look = Appearance.of(self.visitor.theme, self.visitor.text_percent)
        return self.height() < SHORT_SCREEN_BUTTONS * look.sizes["button_height"]

    def _fit_chrome(self) -> None:
        """On a short screen, what need not stay fixed scrolls with the page, where the screen can
        show it: the title when it would take a header row of its own, and the advice line."""
        short = self.is_short() and hasattr(self._current_screen(), "show_in_page")
        self.header.set_title_elsewhere(short)
        self.footer.set_advice_elsewhere(short)
        self._hand_texts_to_screen()

    def _hand_texts_to_screen(self) -> None:
        screen = self._current_screen()
        show_in_page = getattr(screen, "show_in_page", None)
        if show_in_page is None:
            return
        on_home = self.current.page_id == HOME  # its heading already says what the title says
        title = self.header.title_label.text() if self.header.title_hidden and not on_home else ""
        advice = self.footer.advice if self.footer.disclaimer.isHidden() else ""
        show_in_page(title, advice)

    def _update_scroll_buttons(self) -> None:
        bar = self._current_screen().scroll_area().verticalScrollBar()
        self.footer.up_button.setEnabled(bar.value() > bar.minimum())
        self.footer.down_button.setEnabled(bar.value() < bar.maximum())

    # Look -----------------------------------------------------------------------------------

    def _apply_look(self, look: Appearance) -> None:
        """Restyle what is in view; every other screen is restyled when it is next shown.

        Each part carries its own style sheet (the window only its background): a style sheet set
        on the window would re-polish every widget of every screen, hidden or not, on each A+.
        """
        self._look = look
        self._sheet = style_sheet(look.theme, look.percent)
        frame = frame_sheet(look.theme)
        if frame != self.styleSheet():  # only the colours: a text-size step leaves it alone
            self.setStyleSheet(frame)
        for part in (self.header, self.footer, *(b for b in self.banners if not b.isHidden())):
            self._restyle(part)  # a hidden banner is restyled when it is shown (eventFilter)
        for layer in self.layers:
            if layer.isVisible():
                self._restyle(layer)  # a hidden one is restyled when it is shown (eventFilter)
        self.header.apply(look)
        self.footer.apply(look)
        self.overlay.apply(look)
        self._stale = set(self.screens)
        self._up_to_date(self._current_screen())
        self.header.larger_button.setEnabled(look.percent < TEXT_STEPS[-1])
        self.header.smaller_button.setEnabled(look.percent > TEXT_STEPS[0])
        self._fit_chrome()
        self._update_scroll_buttons()

    def _restyle(self, part: QWidget) -> None:
        # A layer with a size cap of its own (the staff keypad, the attract poster) keeps its sheet.
        if not getattr(part, "owns_style_sheet", False) and part.styleSheet() != self._sheet:
            part.setStyleSheet(self._sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self._restyle(watched)
            if watched in self.bottom_bars and not self._showing:
                self.set_reading_order()
        return False

    def _up_to_date(self, screen: Screen | None) -> None:
        """Bring a screen into the visitor's look before it is filled and shown."""
        if screen is None or screen not in self._stale:
            return
        self._stale.discard(screen)
        before_restyle = getattr(screen, "before_restyle", None)
        if callable(before_restyle):  # the page screen sets its page aside: it lays out once, after
            before_restyle()
        self._restyle(screen)  # type: ignore[arg-type]
        screen.apply(self._look)

    # Language -------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Interface and library in ``language``, on the same page at the same text size."""
        self.visitor.set_language(language)

    def _on_language_changed(self, language: str) -> None:
        self.interface.set_language(language)  # the interface follows the visitor
        self._retranslate()
        fraction = self._scroll_fraction()
        self._show(self.current)  # the same page (or route) from the other language's library
        bar = self._current_screen().scroll_area().verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
        self.language_changed.emit(language)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.config["clinic_name"] or tr("Bone Health"))
        self.setLocale(QLocale(self.interface.language))
        self.header.retranslate()
        others = [lang for lang in self.languages if lang != self.interface.language]
        self.header.offer_language(others[0] if others else None)
        self.footer.retranslate()
        self.overlay.retranslate()
        self._hand_texts_to_screen()
        for screen in self.screens:
            retranslate = getattr(screen, "retranslate", None)
            if callable(retranslate):
                retranslate()

    def _scroll_fraction(self) -> float:
        bar = self._current_screen().scroll_area().verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    # Reset ----------------------------------------------------------------------------------

    def reset_to_start(self) -> None:
        """Forget the visitor: home, default look, no history, nothing open on top."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.close()
        self.overlay.hide()
        self.history.clear()
        self.page_screen.forget()
        self.visitor_reset.emit()
        self.visitor.restore_defaults()
        self.show_home()
        log.info("idle reset: back to the start")
        self.ready_for_next_visitor.emit()

    def _show_idle_warning(self, seconds: int) -> None:
        self.overlay.show_countdown(seconds)
        self.idle_warning_shown.emit(f"{self.overlay.title.text()} {self.overlay.explanation.text()}")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_chrome()
        for layer in self.layers:  # the one place layers follow the window's size
            if layer.isVisible():
                place = getattr(layer, "place", None)
                if place is not None:
                    place()
                else:
                    layer.setGeometry(self.central.rect())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.config.kiosk_mode and not self.allow_close:
            event.ignore()
            return
        super().closeEvent(event)


def _position_in(root: QWidget, widget: QWidget) -> tuple[int, int]:
    corner = widget.mapTo(root, QPoint(0, 0))
    return corner.y(), corner.x()
