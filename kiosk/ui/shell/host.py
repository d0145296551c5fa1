"""What a feature (treatment options, accessibility, the unattended kit) may ask of the kiosk.

Features are handed a ``Host``, never the main window's widgets: they add screens, layers, banners
and toolbars through these hooks, hear the header and footer actions by name, and follow the visit
through ``page_shown`` and ``visitor_reset``. ``MainWindow`` is the one implementation;
tests/test_architecture.py keeps features from reaching past it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

if TYPE_CHECKING:
    from kiosk.core.config import Config
    from kiosk.core.content import Library
    from kiosk.ui.shell.appearance import Appearance
    from kiosk.ui.shell.idle import IdleWatcher
    from kiosk.ui.shell.input_router import InputRouter
    from kiosk.ui.shell.library_store import LibraryStore
    from kiosk.ui.shell.visitor import VisitorSettings
    from kiosk.ui.widgets.tiles import Tile, TileSpec

LayerT = TypeVar("LayerT", bound=QWidget)


class Screen(Protocol):
    """What a screen in the stack offers the window."""

    def scroll_area(self) -> QAbstractScrollArea: ...

    def apply(self, look: Appearance) -> None: ...


# A route fills its screen for an argument ("compare", "browse:pill" -> "pill") and returns the
# header title, or None when there is nothing to show.
RouteHandler = Callable[[str], str | None]
# An extra home tile: (the id of the tile it follows, the tile's target, title, summary and icon).
# Words, not a widget: home is shown at every visit, and the grid makes its tile once.
HomeShortcut = Callable[[], tuple[str, "TileSpec"]]
# Something shown under a tile in the medicine lists (the compare toggle), or None.
TileAccessory = Callable[["Tile"], QWidget | None]

# The header's and footer's actions, by the name action_triggered carries.
HEADER_ACTIONS = ("back", "home", "smaller", "larger", "contrast", "language")
FOOTER_ACTIONS = ("up", "listen", "stop", "settings", "down")


class Host(Protocol):
    """The kiosk as a feature sees it."""

    config: Config
    visitor: VisitorSettings
    watcher: IdleWatcher
    libraries: LibraryStore
    allow_close: bool  # in kiosk mode only the staff may close the window
    input: InputRouter  # the one application-wide event filter: add handlers, never filters

    @property
    def page_shown(self) -> SignalInstance: ...  # (page id, route or "home")

    @property
    def visitor_reset(self) -> SignalInstance: ...  # the visit is over: forget the visitor

    @property
    def ready_for_next_visitor(
        self,
    ) -> SignalInstance: ...  # after an idle reset: home, defaults, nothing open

    @property
    def language_changed(self) -> SignalInstance: ...  # (language), after the window re-showed its page

    @property
    def action_triggered(self) -> SignalInstance: ...  # (name from HEADER_ACTIONS or FOOTER_ACTIONS)

    @property
    def settled(self) -> SignalInstance: ...  # the first screen is up: idle work may start now

    @property
    def term_tapped(self) -> SignalInstance: ...  # (glossary term id) a word was tapped on a screen

    @property
    def idle_warning_shown(self) -> SignalInstance: ...  # (the warning's words) as it appears

    @property
    def library(self) -> Library: ...

    @property
    def current_page_id(self) -> str: ...

    @property
    def at_start(self) -> bool: ...  # on home with no history: nobody is mid-page

    def top_level(self) -> QWidget: ...  # for dialogs, the lock-down and corner taps only

    def current_screen(self) -> QWidget: ...

    def showing(self, screen: QWidget) -> bool: ...

    def title(self) -> str: ...

    def add_route(self, name: str, make_screen: Callable[[], Screen], handler: RouteHandler) -> None: ...

    def add_layer(self, make: Callable[[QWidget], LayerT]) -> LayerT: ...

    def add_banner(self, banner: QWidget) -> None: ...

    def add_bottom_bar(self, bar: QWidget) -> None: ...  # above the footer; the feature shows and hides it

    def add_page_toolbar(self, toolbar: QWidget) -> None: ...

    def add_section_actions(self, actions: QWidget) -> None: ...

    def set_tile_accessory(self, accessory: TileAccessory) -> None: ...

    def add_home_shortcut(self, make: HomeShortcut) -> None: ...

    def set_action(self, name: str, *, shown: bool | None = None, checked: bool | None = None) -> None: ...

    def label_action(self, name: str, text: str, icon: str, accessible_name: str) -> None: ...

    def open_page(self, page_id: str) -> None: ...

    def go_home(self) -> None: ...

    def show_home(self) -> None: ...

    def refresh_home_note(self) -> None: ...

    def close_layers(self) -> None: ...
