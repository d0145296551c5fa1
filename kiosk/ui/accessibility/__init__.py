"""Read-aloud, the glossary card, Text and sound, more time, keypad navigation."""
