"""The meldcode engine: plain Python, no Django. See casus.py (input) and norm.py (rules)."""
