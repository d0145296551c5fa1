"""The shell: the window, its state and the one place that builds and connects the kiosk."""
