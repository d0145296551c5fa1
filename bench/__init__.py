"""Measured speed: start-up, page turns, text size, memory, endurance, scale, against a browser."""
