"""Content packs: the texts of one afwegingskader as validated YAML data."""
