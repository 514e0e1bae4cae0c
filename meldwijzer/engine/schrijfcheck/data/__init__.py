"""The schrijfcheck word lists (YAML). A package so that the YAML files ship with it."""
