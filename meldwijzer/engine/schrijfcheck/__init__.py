"""Schrijfcheck: advice on concrete documenting for a Dutch note (Bijlage 1b, stap 1).

Pure Python: no Django, no network, no model. Word lists live in `data/*.yaml`.

    from meldwijzer.engine.schrijfcheck import controleer, Bevinding, CATEGORIEEN
    controleer("Moeder is agressief.", soort="observatie")
"""

from __future__ import annotations

from meldwijzer.engine.schrijfcheck.controle import controleer
from meldwijzer.engine.schrijfcheck.model import CATEGORIEEN, SOORTEN, Bevinding

__all__ = ["CATEGORIEEN", "SOORTEN", "Bevinding", "controleer"]
