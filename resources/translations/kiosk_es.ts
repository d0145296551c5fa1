<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419" sourcelanguage="en">
<context>
    <name>Chrome</name>
    <message>
        <source>Back</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Go back</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>Go to the home screen</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Ir a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Hacer las letras más grandes</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Hacer las letras más pequeñas</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Ver más abajo</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Ver más arriba</translation>
    </message>
    <message>
        <source>This is education, not medical advice. Ask your care team about your own health.</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Esto es para aprender, no es consejo médico. Consulte a su equipo de salud.</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Subir</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep reading</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>Seguir leyendo</translation>
    </message>
    <message>
        <source>Still reading?</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n second(s) for the next person. Tap anywhere to keep reading.</source>
        <extracomment>kiosk/ui/idle_overlay.py</extracomment>
        <translation>
            <numerusform>En %n segundo, la pantalla volverá a empezar para la próxima persona. Toque cualquier parte para seguir leyendo.</numerusform>
            <numerusform>En %n segundos, la pantalla volverá a empezar para la próxima persona. Toque cualquier parte para seguir leyendo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bone Health</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>Salud de los huesos</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen for about %n minute(s), it starts over for the next person.</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>
            <numerusform>Si nadie toca la pantalla durante %n minuto más o menos, vuelve a empezar para la próxima persona.</numerusform>
            <numerusform>Si nadie toca la pantalla durante unos %n minutos, vuelve a empezar para la próxima persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learn about bone health</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>Aprenda sobre la salud de sus huesos</translation>
    </message>
    <message>
        <source>Tap a picture to begin. Use A+ to make the words bigger.</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>Toque una imagen para empezar. Use A+ para agrandar las letras.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Page text</source>
        <extracomment>kiosk/ui/screens.py</extracomment>
        <translation>Texto de la página</translation>
    </message>
</context>
</TS>
