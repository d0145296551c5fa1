"""Developer tools: the build, the smoke test, icons and the list of interface strings."""
