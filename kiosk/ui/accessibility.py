"""Everything that makes the kiosk usable by every patient, wired into the main window in one place:
read-aloud, the glossary pop-up, the one-tap contrast switch, the "Text and sound" panel and more
time. All of it forgets the visitor when the visit ends.
"""

from __future__ import annotations

import logging
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.ui.announce import announce
from kiosk.ui.appearance import Appearance
from kiosk.ui.glossary_popup import GlossaryPopup
from kiosk.ui.licence_popup import LicencePopup
from kiosk.ui.overlay import Overlay
from kiosk.ui.read_aloud import Mode, ReadAloud
from kiosk.ui.settings_panel import SettingsPanel
from kiosk.ui.speech import SpeechService

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
HIGH_CONTRAST, STANDARD = "high-contrast", "default"


class Accessibility(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        config, visitor, watcher = window.config, window.visitor, window.watcher
        self.speech = SpeechService(
            config["speech.engine"], visitor.language, config["speech.enabled"], self, watcher.timer_factory
        )
        self.read_aloud = ReadAloud(
            self.speech, window.header, window.footer, watcher, visitor, watcher.timer_factory, parent=self
        )
        self.glossary = GlossaryPopup(window.central)
        self.settings = SettingsPanel(window.central, visitor, watcher)
        self.licence = LicencePopup(window.central)
        self.overlays: list[Overlay] = [self.glossary, self.settings, self.licence]
        self._ending_visit = False
        self._said = self._setting_words()
        self._connect()
        self._apply_look()
        self._on_speech_available(self.speech.available)
        self.read_aloud.set_screen(window.stack.currentWidget() or window.home_screen)
        self.set_reading_order()

    def _connect(self) -> None:
        w, visitor, watcher = self.window, self.window.visitor, self.window.watcher
        w.header.contrast_button.clicked.connect(self.toggle_contrast)
        w.footer.settings_button.clicked.connect(self.settings.open)
        self.settings.show_licence.connect(self.licence.open)
        for button in (self.settings.slower_button, self.settings.faster_button):
            button.clicked.connect(self.read_aloud.sample)
        for button in (self.settings.softer_button, self.settings.louder_button):
            button.clicked.connect(self.read_aloud.sample)
        for screen in (w.home_screen, w.section_screen, w.page_screen):
            screen.define_term.connect(self.define)
        self.glossary.listen.connect(self.read_aloud.say)
        self.glossary.closed.connect(self._after_glossary)
        self.speech.availability_changed.connect(self._on_speech_available)
        w.page_shown.connect(self._on_page_shown)
        w.interface.changed.connect(self.retranslate)
        w.visitor_reset.connect(self._on_visitor_reset)
        visitor.changed.connect(self._apply_look)
        visitor.time_changed.connect(self._on_time_changed)
        for signal in (visitor.changed, visitor.speech_changed, visitor.time_changed):
            signal.connect(self._announce_setting)
        watcher.warn.connect(self._on_warn)
        watcher.resumed.connect(self._on_resumed)

    def retranslate(self) -> None:
        """The interface language changed: new words everywhere; a meaning from the old library goes."""
        self.glossary.close_overlay()
        for overlay in self.overlays:
            overlay.retranslate()
        self.read_aloud.retranslate()
        self._said = self._setting_words()

    def toggle_contrast(self) -> None:
        visitor = self.window.visitor
        visitor.set_theme(STANDARD if visitor.theme == HIGH_CONTRAST else HIGH_CONTRAST)

    def define(self, term_id: str) -> None:
        term = self.window.library.glossary.get(term_id)
        if term is None:
            log.warning("no glossary term '%s' in language '%s'", term_id, self.window.visitor.language)
            return
        self.read_aloud.pause()  # the visitor stopped to look up a word
        self.glossary.show_term(term)

    def _after_glossary(self) -> None:
        if self.read_aloud.mode is Mode.SPEAKING_ONLY:
            self.read_aloud.stop()  # the meaning being read belongs to the closed pop-up

    def _on_page_shown(self, _page_id: str) -> None:
        for overlay in (self.glossary, self.licence):
            overlay.close_overlay()
        self.read_aloud.set_screen(self.window.stack.currentWidget() or self.window.home_screen)
        self.set_reading_order()

    def set_reading_order(self) -> None:
        """Tab (and the arrow keys) go the way a person reads: the header left to right, the screen
        top to bottom, then the footer. Qt's own order is the order widgets were made in, and a
        screen's tiles are made anew each time it is shown."""
        w = self.window
        screen = w.stack.currentWidget() or w.home_screen
        content = [
            widget
            for widget in screen.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden()
        ]
        content.sort(key=lambda widget: _position_in(screen, widget))
        chain: list[QWidget] = [*w.header.buttons, *content, *w.footer.buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_visitor_reset(self) -> None:
        for overlay in self.overlays:
            overlay.close_overlay()
        self.read_aloud.end_visit()
        self._ending_visit = True  # the defaults coming back are nobody's news
        QTimer.singleShot(0, self, self._visit_ended)

    def _visit_ended(self) -> None:
        self._ending_visit = False
        self._said = self._setting_words()

    def _setting_words(self) -> list[str]:
        return [row.label.text() for row in self.settings.rows]

    def _announce_setting(self) -> None:
        """A screen reader hears the setting that changed, in the words the panel shows."""
        words = self._setting_words()
        changed = [now for now, before in zip(words, self._said, strict=True) if now != before]
        self._said = words
        if changed and not self._ending_visit:
            announce(self.window, " ".join(changed))

    def _on_warn(self, _seconds: int) -> None:
        """After the window's own handler has filled in the warning's words."""
        words = self._warning_words()
        announce(self.window.overlay, words, urgent=True)
        self.read_aloud.warn(words)

    def _on_time_changed(self) -> None:
        self.window.watcher.set_time_multiplier(self.window.visitor.time_multiplier)
        self.window.refresh_home_note()

    def _on_resumed(self) -> None:
        if self.read_aloud.mode is Mode.SPEAKING_ONLY:
            self.read_aloud.stop()  # the spoken warning ends with the warning

    def _on_speech_available(self, available: bool) -> None:
        self.glossary.set_listen_available(available)
        self.settings.set_speech_available(available)

    def _warning_words(self) -> str:
        overlay = self.window.overlay
        return f"{overlay.title.text()} {overlay.explanation.text()}"

    def _apply_look(self) -> None:
        visitor = self.window.visitor
        look = Appearance.of(visitor.theme, visitor.text_percent)
        for overlay in self.overlays:
            overlay.apply(look)
        self.window.header.contrast_button.setChecked(visitor.theme == HIGH_CONTRAST)


def _position_in(root: QWidget, widget: QWidget) -> tuple[int, int]:
    corner = widget.mapTo(root, QPoint(0, 0))
    return corner.y(), corner.x()
