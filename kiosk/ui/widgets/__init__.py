"""Reusable widgets that know no feature."""
