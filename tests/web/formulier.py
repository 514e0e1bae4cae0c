"""Read a rendered form the way a browser sends it, and fill fields with distinctive values.

Used by the round-trip tests: a value that the page renders in a form the browser cannot
show (a localised date in `<input type=date>`, text in `<input type=number>`) is sent back
empty, as a browser does (HTML's value sanitization), so such a page fails the test.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any

from django import forms

_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")


def _geldig_getal(waarde: str) -> bool:
    try:
        float(waarde)
    except ValueError:
        return False
    return True


class _Lezer(HTMLParser):
    """The successful controls of one form (by id), including controls with form="id"."""

    def __init__(self, form_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.velden: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._tekst: list[str] = []
        self._select: str | None = None
        self._opties: list[tuple[str, bool]] = []

    def _hoort_erbij(self, attrs: dict[str, str | None]) -> bool:
        eigenaar = attrs.get("form")
        return eigenaar == self.form_id if eigenaar is not None else self.in_form

    def handle_starttag(self, tag: str, lijst: list[tuple[str, str | None]]) -> None:
        attrs = dict(lijst)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
            return
        naam = attrs.get("name")
        if tag == "input" and naam and self._hoort_erbij(attrs):
            soort = (attrs.get("type") or "text").lower()
            waarde = attrs.get("value") or ""
            if soort in {"submit", "button", "file", "image", "reset"}:
                return
            if soort in {"checkbox", "radio"}:
                if "checked" in attrs:
                    waarde = attrs["value"] if attrs.get("value") is not None else "on"
                    self.velden.append((naam, waarde or ""))
                return
            if soort == "date" and not _DATUM.fullmatch(waarde):
                waarde = ""  # the browser shows and sends an invalid date as empty
            if soort == "number" and waarde and not _geldig_getal(waarde):
                waarde = ""
            self.velden.append((naam, waarde))
        elif tag == "textarea" and naam and self._hoort_erbij(attrs):
            self._textarea, self._tekst = naam, []
        elif tag == "select" and naam and self._hoort_erbij(attrs):
            self._select, self._opties = naam, []
        elif tag == "option" and self._select is not None:
            self._opties.append((attrs.get("value") or "", "selected" in attrs))

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._tekst.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = False
        elif tag == "textarea" and self._textarea is not None:
            tekst = "".join(self._tekst)
            # A newline right after <textarea> is not part of the value (HTML parsing rules).
            self.velden.append((self._textarea, tekst.removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            gekozen = [w for w, s in self._opties if s] or [w for w, _ in self._opties[:1]]
            self.velden.extend((self._select, w) for w in gekozen)
            self._select = None


def verstuurd(html: str, form_id: str = "casus") -> dict[str, list[str]]:
    """What a browser would send for the form `form_id` (no submit button included)."""
    lezer = _Lezer(form_id)
    lezer.feed(html)
    uit: dict[str, list[str]] = {}
    for naam, waarde in lezer.velden:
        uit.setdefault(naam, []).append(waarde)
    return uit


def kenmerkend(naam: str, veld: forms.Field, nummer: int) -> list[str]:
    """A distinctive, valid value for a field, derived from its type and bounds."""
    if isinstance(veld, forms.BooleanField):
        return ["on"]
    if isinstance(veld, forms.DateField):
        return [(dt.date(2025, 1, 1) + dt.timedelta(days=37 * nummer + 3)).isoformat()]
    if isinstance(veld, forms.IntegerField):
        laag = veld.min_value if veld.min_value is not None else 0
        hoog = veld.max_value if veld.max_value is not None else laag + 50
        return [str(min(hoog, laag + 2 + nummer % 5))]
    if isinstance(veld, forms.MultipleChoiceField):
        return [str(w) for w, _ in veld.choices if w != ""]
    if isinstance(veld, forms.ChoiceField):
        keuzes = [str(w) for w, _ in veld.choices if w != ""]
        return [keuzes[-1]]
    if isinstance(veld, forms.CharField):
        tekst = f"{naam} kenmerk {nummer} – é"
        return [tekst[: veld.max_length] if veld.max_length else tekst]
    raise AssertionError(f"Geen kenmerkende waarde voor {naam} ({type(veld).__name__})")


def als_post(velden: dict[str, list[str]]) -> dict[str, Any]:
    return {naam: (w if len(w) > 1 else w[0]) for naam, w in velden.items() if w}
