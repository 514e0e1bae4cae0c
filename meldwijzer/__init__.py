"""meldwijzer: de Meldcode huiselijk geweld en kindermishandeling, stap voor stap."""

__version__ = "0.1.0"
