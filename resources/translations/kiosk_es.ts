<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419" sourcelanguage="en">
<context>
    <name>AboutKiosk</name>
    <message>
        <source>%1, version %2</source>
        <extracomment>kiosk/ui/unattended/about.py</extracomment>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <extracomment>kiosk/ui/unattended/about.py</extracomment>
        <translation>Acerca de este quiosco</translation>
    </message>
    <message>
        <source>Font licence</source>
        <extracomment>kiosk/ui/unattended/about.py</extracomment>
        <translation>Licencia de la letra</translation>
    </message>
    <message>
        <source>Letters in Atkinson Hyperlegible, © 2020 Braille Institute of America, used under the SIL Open Font License 1.1.</source>
        <extracomment>kiosk/ui/unattended/about.py</extracomment>
        <translation>Letras en Atkinson Hyperlegible, © 2020 Braille Institute of America, usadas bajo la licencia SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Show the font licence</source>
        <extracomment>kiosk/ui/unattended/about.py</extracomment>
        <translation>Ver la licencia de la letra</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Big, clear words. You can make them bigger with A+.</source>
        <extracomment>kiosk/ui/attract.py</extracomment>
        <translation>Letras grandes y claras. Puede hacerlas más grandes con A+.</translation>
    </message>
    <message>
        <source>Today you can read about: %1</source>
        <extracomment>kiosk/ui/attract.py</extracomment>
        <translation>Hoy puede leer sobre: %1</translation>
    </message>
    <message>
        <source>Touch the screen to learn about bone health</source>
        <extracomment>kiosk/ui/attract.py</extracomment>
        <translation>Toque la pantalla para aprender sobre la salud de los huesos</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message numerus="yes">
        <source>%n medicine(s) match.</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>
            <numerusform>Hay %n medicina que coincide.</numerusform>
            <numerusform>Hay %n medicinas que coinciden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n medicine(s).</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>
            <numerusform>En total, %n medicina.</numerusform>
            <numerusform>En total, %n medicinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the choices and show all medicines</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>Quitar lo que eligió y mostrar todas las medicinas</translation>
    </message>
    <message>
        <source>How do you want to take it?</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>¿Cómo quiere tomarla?</translation>
    </message>
    <message>
        <source>How often?</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>¿Cada cuánto?</translation>
    </message>
    <message>
        <source>Medicines for men</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>Medicinas para hombres</translation>
    </message>
    <message>
        <source>No medicine matches all your choices. Tap one again to let it go.</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>Ninguna medicina cumple todas sus opciones. Toque una otra vez para quitarla.</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>Show all</source>
        <extracomment>kiosk/ui/browse_screen.py</extracomment>
        <translation>Ver todas</translation>
    </message>
</context>
<context>
    <name>Chrome</name>
    <message>
        <source>Back</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contrast</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Contraste</translation>
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
        <source>High contrast colours</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Colores de alto contraste</translation>
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
        <source>Stop</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Parar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Switch between standard and high contrast colours</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Cambiar entre colores normales y de alto contraste</translation>
    </message>
    <message>
        <source>Text and sound</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Letras y sonido</translation>
    </message>
    <message>
        <source>Text and sound settings</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Ajustes de letras y sonido</translation>
    </message>
    <message>
        <source>Text size, colours, reading speed, volume and more time</source>
        <extracomment>kiosk/ui/chrome.py</extracomment>
        <translation>Tamaño de las letras, colores, velocidad de lectura, volumen y más tiempo</translation>
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
    <name>CompareScreen</name>
    <message>
        <source>Add a medicine</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Agregar una medicina</translation>
    </message>
    <message>
        <source>Add at least one more medicine to see them side by side.</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Agregue por lo menos una medicina más para verlas lado a lado.</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tap &apos;Add a medicine&apos; to choose 2 to {n}, or tap &apos;Add to compare&apos; on any medicine.</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Todavía no hay nada que comparar. Toque &apos;Agregar una medicina&apos; para escoger de 2 a {n}, o toque &apos;Comparar esta&apos; en cualquier medicina.</translation>
    </message>
    <message>
        <source>Open the card for {title}</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Abrir la ficha de {title}</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {t}</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Quitar {t}</translation>
    </message>
    <message>
        <source>Show all cautions</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Ver todas las precauciones</translation>
    </message>
    <message>
        <source>Show fewer cautions</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Ver menos precauciones</translation>
    </message>
    <message>
        <source>Start a new comparison</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Empezar otra comparación</translation>
    </message>
    <message>
        <source>Take it home</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Llevar a casa</translation>
    </message>
    <message>
        <source>Tap a name to open its card. Ask your care team which one fits you.</source>
        <extracomment>kiosk/ui/compare_screen.py</extracomment>
        <translation>Toque un nombre para abrir su ficha. Pregunte a su equipo de salud cuál le conviene.</translation>
    </message>
</context>
<context>
    <name>CompareToggle</name>
    <message>
        <source>Add to compare</source>
        <extracomment>kiosk/ui/compare_toggle.py</extracomment>
        <translation>Comparar esta</translation>
    </message>
    <message>
        <source>Added to compare</source>
        <extracomment>kiosk/ui/compare_toggle.py</extracomment>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>Compare is full ({n})</source>
        <extracomment>kiosk/ui/compare_toggle.py</extracomment>
        <translation>Ya eligió {n}</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>kiosk/ui/treatment/compare_toggle.py</extracomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Add {name} to compare</source>
        <extracomment>kiosk/ui/treatment/compare_toggle.py</extracomment>
        <translation>Agregar {name} para comparar</translation>
    </message>
    <message>
        <source>{name}: picked to compare</source>
        <extracomment>kiosk/ui/treatment/compare_toggle.py</extracomment>
        <translation>{name}: elegida para comparar</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Listen</source>
        <extracomment>kiosk/ui/glossary_popup.py</extracomment>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen to this meaning</source>
        <extracomment>kiosk/ui/glossary_popup.py</extracomment>
        <translation>Escuchar este significado</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <extracomment>kiosk/ui/glossary_popup.py</extracomment>
        <translation>Se dice: %1</translation>
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
    <name>LicencePopup</name>
    <message>
        <source>Font licence</source>
        <extracomment>kiosk/ui/licence_popup.py</extracomment>
        <translation>Licencia de la letra</translation>
    </message>
    <message>
        <source>SIL Open Font License, version 1.1</source>
        <extracomment>kiosk/ui/licence_popup.py</extracomment>
        <translation>Licencia SIL Open Font License, versión 1.1</translation>
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
        <source>Tap a topic to begin. Use A+ to make the words bigger.</source>
        <extracomment>kiosk/ui/main_window.py</extracomment>
        <translation>Toque un tema para empezar. Use A+ para agrandar las letras.</translation>
    </message>
</context>
<context>
    <name>NamesScreen</name>
    <message>
        <source>All letters</source>
        <extracomment>kiosk/ui/treatment/names_screen.py</extracomment>
        <translation>Todas las letras</translation>
    </message>
    <message>
        <source>Back to the letters</source>
        <extracomment>kiosk/ui/treatment/names_screen.py</extracomment>
        <translation>Volver a las letras</translation>
    </message>
    <message>
        <source>Letter {letter}</source>
        <extracomment>kiosk/ui/names_screen.py</extracomment>
        <translation>Letra {letter}</translation>
    </message>
    <message>
        <source>Names starting with {letter}</source>
        <extracomment>kiosk/ui/names_screen.py</extracomment>
        <translation>Nombres que empiezan con {letter}</translation>
    </message>
    <message>
        <source>Tap the first letter of the name on your medicine box.</source>
        <extracomment>kiosk/ui/names_screen.py</extracomment>
        <translation>Toque la primera letra del nombre que aparece en la caja de su medicina.</translation>
    </message>
</context>
<context>
    <name>NurseMode</name>
    <message>
        <source>End nurse mode</source>
        <extracomment>kiosk/ui/nurse_mode.py</extracomment>
        <translation>Terminar el modo de enfermería</translation>
    </message>
    <message>
        <source>Nurse mode until {time}</source>
        <extracomment>kiosk/ui/treatment/nurse_mode.py</extracomment>
        <translation>Modo de enfermería hasta las {time}</translation>
    </message>
    <message>
        <source>Nurse mode until {time}: the screen will not start over by itself.</source>
        <extracomment>kiosk/ui/treatment/nurse_mode.py</extracomment>
        <translation>Modo de enfermería hasta las {time}: la pantalla no volverá a empezar sola.</translation>
    </message>
</context>
<context>
    <name>OptionBars</name>
    <message>
        <source>Choose by how it is taken</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Escoger por cómo se toma</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare ({n})</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Comparar ({n})</translation>
    </message>
    <message>
        <source>Compare the {n} medicines you picked</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Comparar las {n} medicinas que escogió</translation>
    </message>
    <message>
        <source>Find by name, A to Z</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Buscar por nombre, de la A a la Z</translation>
    </message>
    <message>
        <source>Nurse mode</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Modo de enfermería</translation>
    </message>
    <message>
        <source>Start nurse mode</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Empezar el modo de enfermería</translation>
    </message>
    <message>
        <source>Take it home</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Llevar a casa</translation>
    </message>
    <message>
        <source>Take it home: scan or print</source>
        <extracomment>kiosk/ui/option_bars.py</extracomment>
        <translation>Llevar a casa: escanear o imprimir</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <extracomment>kiosk/ui/overlay.py</extracomment>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PicksTray</name>
    <message>
        <source>Picked:</source>
        <extracomment>kiosk/ui/treatment/picks_tray.py</extracomment>
        <translation>Elegidas:</translation>
    </message>
    <message>
        <source>Medicines picked to compare</source>
        <extracomment>kiosk/ui/treatment/picks_tray.py</extracomment>
        <translation>Medicinas elegidas para comparar</translation>
    </message>
    <message>
        <source>Remove {name} from compare</source>
        <extracomment>kiosk/ui/treatment/picks_tray.py</extracomment>
        <translation>Quitar {name} de la comparación</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>%n número escrito</numerusform>
            <numerusform>%n números escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Revisar el PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the digits</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Borrar los números</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the staff PIN pad</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Cerrar el teclado del PIN del personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN. If you are a visitor, tap Close.</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Escriba el PIN del personal. Si usted es visitante, toque Cerrar.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Staff only</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>Solo para el personal</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more chance(s) before the keypad locks.</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>Ese PIN no es correcto. Le queda %n intento antes de que el teclado se bloquee.</numerusform>
            <numerusform>Ese PIN no es correcto. Le quedan %n intentos antes de que el teclado se bloquee.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keypad is unlocked. You can try again.</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>El teclado ya está desbloqueado. Puede intentarlo otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The keypad is locked for %n more minute(s).</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>Demasiados intentos equivocados. El teclado está bloqueado %n minuto más.</numerusform>
            <numerusform>Demasiados intentos equivocados. El teclado está bloqueado %n minutos más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The keypad is locked for %n more second(s).</source>
        <extracomment>kiosk/ui/pin_pad.py</extracomment>
        <translation>
            <numerusform>Demasiados intentos equivocados. El teclado está bloqueado %n segundo más.</numerusform>
            <numerusform>Demasiados intentos equivocados. El teclado está bloqueado %n segundos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Listen</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Escuchar: leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Pausa: dejar de leer por un momento</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Seguir leyendo en voz alta</translation>
    </message>
    <message>
        <source>This is how I read aloud now.</source>
        <extracomment>kiosk/ui/read_aloud.py</extracomment>
        <translation>Así leo en voz alta ahora.</translation>
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
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Colours: high contrast</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Colores: alto contraste</translation>
    </message>
    <message>
        <source>Colours: standard</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Colores: normales</translation>
    </message>
    <message>
        <source>Faster</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Colores de alto contraste</translation>
    </message>
    <message>
        <source>I need more time</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Larger</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más grandes</translation>
    </message>
    <message>
        <source>Less time</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Menos tiempo</translation>
    </message>
    <message>
        <source>Less time before the screen starts over</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Menos tiempo antes de que la pantalla vuelva a empezar</translation>
    </message>
    <message>
        <source>Louder</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más fuerte</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Hacer las letras más grandes</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Hacer las letras más pequeñas</translation>
    </message>
    <message>
        <source>Make the voice louder</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Subir el volumen de la voz: más fuerte</translation>
    </message>
    <message>
        <source>Make the voice softer</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Bajar el volumen de la voz: más suave</translation>
    </message>
    <message>
        <source>Read aloud faster</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Leer en voz alta más rápido</translation>
    </message>
    <message>
        <source>Read aloud slower</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Leer en voz alta más despacio</translation>
    </message>
    <message>
        <source>Reading speed: %1</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Velocidad de lectura: %1</translation>
    </message>
    <message>
        <source>Slower</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Smaller</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más pequeñas</translation>
    </message>
    <message>
        <source>Softer</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Más suave</translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Normales</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Colores normales</translation>
    </message>
    <message>
        <source>Text and sound</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Letras y sonido</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Tamaño de las letras: %1%</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts over after about %n minute(s) without a touch.</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>
            <numerusform>La pantalla vuelve a empezar si nadie la toca durante %n minuto más o menos.</numerusform>
            <numerusform>La pantalla vuelve a empezar si nadie la toca durante unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume: %1 out of 10</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>Volumen: %1 de 10</translation>
    </message>
    <message>
        <source>faster</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>más rápida</translation>
    </message>
    <message>
        <source>fastest</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>la más rápida</translation>
    </message>
    <message>
        <source>normal</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>media</translation>
    </message>
    <message>
        <source>slower</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>más lenta</translation>
    </message>
    <message>
        <source>slowest</source>
        <extracomment>kiosk/ui/settings_panel.py</extracomment>
        <translation>la más lenta</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>About this kiosk</source>
        <extracomment>kiosk/ui/unattended/staff_menu.py</extracomment>
        <translation>Acerca de este quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Nurse mode</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Modo de enfermería</translation>
    </message>
    <message>
        <source>Reload the content now</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Volver a cargar el contenido ahora</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <extracomment>kiosk/ui/staff_menu.py</extracomment>
        <translation>Menú del personal</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <source>Cancel</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this panel</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Cerrar este cuadro</translation>
    </message>
    <message>
        <source>Code to scan for {title}</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Código para escanear de {title}</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Hoja informativa guardada</translation>
    </message>
    <message>
        <source>Open folder</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Please ask at {place} for a copy.</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Pida una copia en {place}.</translation>
    </message>
    <message>
        <source>Please collect your handout at {place}.</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Recoja su hoja informativa en {place}.</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Imprimir una hoja informativa</translation>
    </message>
    <message>
        <source>Print a handout about {names}? It has no personal details.</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>¿Imprimir una hoja informativa sobre {names}? No tiene datos personales.</translation>
    </message>
    <message>
        <source>Print a handout?</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>¿Imprimir una hoja informativa?</translation>
    </message>
    <message>
        <source>Printing now</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera to read about it at home. A code holds only the address of a public web page, nothing about you.</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Escanee un código con la cámara de su teléfono para leer sobre esto en casa. El código solo tiene la dirección de una página web pública, nada sobre usted.</translation>
    </message>
    <message>
        <source>Take it home</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Llevar a casa</translation>
    </message>
    <message>
        <source>The printer is not working right now</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>La impresora no está funcionando en este momento</translation>
    </message>
    <message>
        <source>Yes, print it</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>Sí, imprimirla</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>the front desk</source>
        <extracomment>kiosk/ui/take_home.py</extracomment>
        <translation>la recepción</translation>
    </message>
</context>
<context>
    <name>TreatmentOptions</name>
    <message>
        <source>Compare medicines</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Comparar medicinas</translation>
    </message>
    <message>
        <source>Find a medicine by name</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Buscar una medicina por nombre</translation>
    </message>
    <message>
        <source>Medicines by how you take them</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Medicinas según cómo se toman</translation>
    </message>
    <message>
        <source>Medicines by name</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Medicinas por nombre</translation>
    </message>
    <message>
        <source>Nurse mode</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Modo de enfermería</translation>
    </message>
    <message>
        <source>The handout could not be saved in {folder}.</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>No se pudo guardar la hoja informativa en {folder}.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Guardada en {path}</translation>
    </message>
    <message>
        <source>Start nurse mode</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>Empezar el modo de enfermería</translation>
    </message>
    <message>
        <source>{examples} and more, from A to Z.</source>
        <extracomment>kiosk/ui/treatment_options.py</extracomment>
        <translation>{examples} y más, de la A a la Z.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) were tried since the last staff visit.</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>Desde la última visita del personal se probó %n PIN incorrecto.</numerusform>
            <numerusform>Desde la última visita del personal se probaron %n PIN incorrectos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The content has not changed since it was loaded.</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>El contenido no ha cambiado desde que se cargó.</translation>
    </message>
    <message numerus="yes">
        <source>The new content has %n problem(s), so the kiosk keeps showing the last good version. Run &apos;kiosk check&apos; on the content folder, or see the log.</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>El contenido nuevo tiene %n problema, así que el quiosco sigue mostrando la última versión buena. Use &apos;kiosk check&apos; en la carpeta del contenido o vea el registro.</numerusform>
            <numerusform>El contenido nuevo tiene %n problemas, así que el quiosco sigue mostrando la última versión buena. Use &apos;kiosk check&apos; en la carpeta del contenido o vea el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new content is in use: %n page(s).</source>
        <extracomment>kiosk/ui/unattended.py</extracomment>
        <translation>
            <numerusform>El contenido nuevo ya está en uso: %n página.</numerusform>
            <numerusform>El contenido nuevo ya está en uso: %n páginas.</numerusform>
        </translation>
    </message>
</context>
</TS>
