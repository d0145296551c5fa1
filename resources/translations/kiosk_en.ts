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
    <name>NurseMode</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>kiosk/ui/nurse_mode.py</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
</TS>
