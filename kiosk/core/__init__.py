"""The Qt-free core: config, content model and loader, Markdown to HTML, checker.

Nothing under ``kiosk.core`` may import PySide6; ``tests/test_architecture.py`` enforces it.
"""
