"""The Qt layer: one module per screen or widget. Only this package imports PySide6."""
