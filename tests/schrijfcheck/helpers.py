"""Small helpers for the schrijfcheck tests."""

from __future__ import annotations

from meldwijzer.engine.schrijfcheck import controleer


def categorieen(tekst: str, *, soort: str | None = None, bron: str = "") -> set[str]:
    return {b.categorie for b in controleer(tekst, soort=soort, bron=bron)}


def gevonden(tekst: str, categorie: str, *, soort: str | None = None, bron: str = "") -> list[str]:
    """The spans of one category, as text."""
    return [b.tekst for b in controleer(tekst, soort=soort, bron=bron) if b.categorie == categorie]
