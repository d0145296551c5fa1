<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseScreen</name>
    <message numerus="yes">
        <source>%n medicine(s) match.</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>
            <numerusform>%n medicine matches.</numerusform>
            <numerusform>%n medicines match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n medicine(s).</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>
            <numerusform>%n medicine.</numerusform>
            <numerusform>All %n medicines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n second(s) for the next person. Tap anywhere to keep reading.</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>
            <numerusform>The screen will start over in %n second for the next person. Tap anywhere to keep reading.</numerusform>
            <numerusform>The screen will start over in %n seconds for the next person. Tap anywhere to keep reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>If nobody touches the screen for about %n minute(s), it starts over for the next person.</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>
            <numerusform>If nobody touches the screen for about %n minute, it starts over for the next person.</numerusform>
            <numerusform>If nobody touches the screen for about %n minutes, it starts over for the next person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more chance(s) before the keypad locks.</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>That PIN is not right. %n more chance before the keypad locks.</numerusform>
            <numerusform>That PIN is not right. %n more chances before the keypad locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The keypad is locked for %n more minute(s).</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>Too many wrong tries. The keypad is locked for %n more minute.</numerusform>
            <numerusform>Too many wrong tries. The keypad is locked for %n more minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The keypad is locked for %n more second(s).</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>Too many wrong tries. The keypad is locked for %n more second.</numerusform>
            <numerusform>Too many wrong tries. The keypad is locked for %n more seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message numerus="yes">
        <source>The screen starts over after about %n minute(s) without a touch.</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>
            <numerusform>The screen starts over after about %n minute without a touch.</numerusform>
            <numerusform>The screen starts over after about %n minutes without a touch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) were tried since the last staff visit.</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>%n wrong PIN was tried since the last staff visit.</numerusform>
            <numerusform>%n wrong PINs were tried since the last staff visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new content has %n problem(s), so the kiosk keeps showing the last good version. Run &apos;kiosk check&apos; on the content folder, or see the log.</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>The new content has %n problem, so the kiosk keeps showing the last good version. Run &apos;kiosk check&apos; on the content folder, or see the log.</numerusform>
            <numerusform>The new content has %n problems, so the kiosk keeps showing the last good version. Run &apos;kiosk check&apos; on the content folder, or see the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new content is in use: %n page(s).</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>The new content is in use: %n page.</numerusform>
            <numerusform>The new content is in use: %n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>
