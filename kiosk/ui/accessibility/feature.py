"""Everything that makes the kiosk usable by every patient, connected to the kiosk through its host hooks:
read-aloud, the glossary pop-up, the one-tap contrast switch, the "Text and sound" panel and more
time. All of it forgets the visitor when the visit ends.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.ui.accessibility.glossary_popup import GlossaryPopup
from kiosk.ui.accessibility.keyboard import POINTER_PRESSES
from kiosk.ui.accessibility.read_aloud import Mode, ReadAloud
from kiosk.ui.accessibility.settings_panel import SettingsPanel
from kiosk.ui.accessibility.speech import SpeechService
from kiosk.ui.layers.licence import LicencePopup
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.host import Host
from kiosk.ui.shell.input_router import ACTIVITY
from kiosk.ui.widgets.announce import announce

log = logging.getLogger(__name__)
HIGH_CONTRAST, STANDARD = "high-contrast", "default"


class Accessibility(QObject):
    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        config, visitor, watcher = host.config, host.visitor, host.watcher
        # A real engine's helper process (~50 MB) starts at the first touch, not at start-up: nobody
        # can ask for Listen before touching the screen, and an unused kiosk stays small.
        self.speech = SpeechService(
            config["speech.engine"],
            visitor.language,
            config["speech.enabled"],
            self,
            watcher.timer_factory,
            deferred=True,
        )
        if not self.speech.started:
            host.input.add((QEvent.Type.KeyPress, *POINTER_PRESSES), self._start_speech, ACTIVITY)
        self.read_aloud = ReadAloud(self.speech, host, watcher, visitor, watcher.timer_factory, parent=self)
        self.glossary = host.add_layer(GlossaryPopup)
        self.settings = host.add_layer(lambda parent: SettingsPanel(parent, visitor, watcher))
        self.licence = host.add_layer(LicencePopup)  # opened from the staff menu's About this kiosk
        self.overlays: list[Overlay] = [self.glossary, self.settings, self.licence]
        self._ending_visit = False
        self._said = self._setting_words()
        self._connect()
        self._apply_look(host.visitor.look)
        self._on_speech_available(self.speech.available)
        self.read_aloud.set_screen(host.current_screen())

    def _connect(self) -> None:
        host, visitor, watcher = self.host, self.host.visitor, self.host.watcher
        host.action_triggered.connect(self._on_action)
        for button in (self.settings.slower_button, self.settings.faster_button):
            button.clicked.connect(self.read_aloud.sample)
        for button in (self.settings.softer_button, self.settings.louder_button):
            button.clicked.connect(self.read_aloud.sample)
        host.term_tapped.connect(self.define)
        self.glossary.listen.connect(self.read_aloud.say)
        self.glossary.closed.connect(self._after_glossary)
        self.speech.availability_changed.connect(self._on_speech_available)
        host.page_shown.connect(self._on_page_shown)
        host.language_changed.connect(self.retranslate)
        host.visitor_reset.connect(self._on_visitor_reset)
        visitor.look_changed.connect(self._apply_look)
        visitor.time_changed.connect(self._on_time_changed)
        for signal in (visitor.look_changed, visitor.speech_changed, visitor.time_changed):
            signal.connect(self._announce_setting)
        host.idle_warning_shown.connect(self._on_warn)
        watcher.resumed.connect(self._on_resumed)

    def _start_speech(self, _watched: QObject, _event: QEvent) -> bool:
        self.host.input.remove(self._start_speech)
        QTimer.singleShot(0, self.speech, self.speech.start)  # after the touch is handled
        return False

    def _on_action(self, name: str) -> None:
        if name == "contrast":
            self.toggle_contrast()
        elif name == "settings":
            self.settings.open()

    def retranslate(self, _language: str = "") -> None:
        """The interface language changed: new words everywhere; a meaning from the old library goes."""
        self.glossary.close_overlay()
        for overlay in self.overlays:
            overlay.retranslate()
        self.read_aloud.retranslate()
        self._said = self._setting_words()

    def toggle_contrast(self) -> None:
        visitor = self.host.visitor
        visitor.set_theme(STANDARD if visitor.theme == HIGH_CONTRAST else HIGH_CONTRAST)

    def define(self, term_id: str) -> None:
        term = self.host.library.glossary.get(term_id)
        if term is None:
            log.warning("no glossary term '%s' in language '%s'", term_id, self.host.visitor.language)
            return
        self.read_aloud.pause()  # the visitor stopped to look up a word
        self.glossary.show_term(term)

    def _after_glossary(self) -> None:
        if self.read_aloud.mode is Mode.SPEAKING_ONLY:
            self.read_aloud.stop()  # the meaning being read belongs to the closed pop-up

    def _on_page_shown(self, _page_id: str) -> None:
        for overlay in (self.glossary, self.licence):
            overlay.close_overlay()
        self.read_aloud.set_screen(self.host.current_screen())

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

    def _announce_setting(self, *_: object) -> None:
        """A screen reader hears the setting that changed, in the words the panel shows."""
        self.settings.refresh()  # whichever heard the change first, the panel's words are now true
        words = self._setting_words()
        changed = [now for now, before in zip(words, self._said, strict=True) if now != before]
        self._said = words
        if changed and not self._ending_visit:
            announce(self.host.top_level(), " ".join(changed))

    def _on_warn(self, words: str) -> None:
        announce(self.host.top_level(), words, urgent=True)
        self.read_aloud.warn(words)

    def _on_time_changed(self) -> None:
        self.host.watcher.set_time_multiplier(self.host.visitor.time_multiplier)
        self.host.refresh_home_note()

    def _on_resumed(self) -> None:
        if self.read_aloud.mode is Mode.SPEAKING_ONLY:
            self.read_aloud.stop()  # the spoken warning ends with the warning

    def _on_speech_available(self, available: bool) -> None:
        self.glossary.set_listen_available(available)
        self.settings.set_speech_available(available)

    def _apply_look(self, look: Appearance) -> None:
        for overlay in self.overlays:
            overlay.follow(look)  # a hidden one as it opens
        self.host.set_action("contrast", checked=look.theme == HIGH_CONTRAST)
