"""What is shown over the screens: pop-up cards and full-window layers."""
