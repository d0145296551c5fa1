"""Treatment options with a nurse: compare, browse, names, take home, nurse mode."""
