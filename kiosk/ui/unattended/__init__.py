"""Running unattended: attract screen, lock-down, staff gesture, PIN pad, staff menu, usage."""
