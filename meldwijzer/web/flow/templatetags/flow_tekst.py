"""Template filters of the flow: pack text to safe HTML, and small lookups."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def _alinea(regels: list[str]) -> str:
    """One paragraph: runs of "- " lines become a <ul>, other lines a <p>."""
    html: list[str] = []
    groep: list[str] = []
    lijst = False
    for regel in [*regels, None]:
        is_item = regel is not None and regel.startswith("- ")
        if groep and (regel is None or is_item != lijst):
            if lijst:
                items = "".join(f"<li>{escape(i[2:].strip())}</li>" for i in groep)
                html.append(f"<ul>{items}</ul>")
            else:
                html.append("<p>" + "<br>".join(escape(r) for r in groep) + "</p>")
            groep = []
        if regel is not None:
            groep.append(regel)
            lijst = is_item
    return "".join(html)


@register.filter
def packtekst(tekst: str) -> SafeString:
    """Blank lines separate paragraphs; lines starting with "- " become a list. All escaped."""
    delen = []
    for alinea in str(tekst).replace("\r\n", "\n").split("\n\n"):
        regels = [r.strip() for r in alinea.strip().split("\n") if r.strip()]
        if regels:
            delen.append(_alinea(regels))
    return mark_safe("".join(delen))  # noqa: S308 - every piece is escaped in _alinea


@register.filter
def bij(mapping: Any, sleutel: str) -> Any:
    """Dictionary lookup: {{ bevindingen|bij:veld.name }}."""
    try:
        return mapping.get(sleutel)
    except AttributeError:
        return None


@register.filter
def veldanker(form: Any, naam: str) -> str:
    """The id an error-summary link jumps to: the input, or the first option of a group."""
    veld = form[naam]
    if veld.widget_type in {"radioselect", "checkboxselectmultiple"}:
        return f"{veld.auto_id}_0"
    return str(veld.id_for_label or veld.auto_id)


@register.filter
def veldlabel(form: Any, naam: str) -> str:
    return str(form[naam].label)


@register.filter
def blok(houder: Any, blok_id: str) -> Any:
    """A pack block by id, or None when the pack lacks it: {{ stap|blok:"kindcheck" }}."""
    try:
        return houder.blok(blok_id)
    except (KeyError, AttributeError):
        return None


@register.filter
def melding_blok(pack: Any, blok_id: str) -> Any:
    try:
        return pack.melding_blok(blok_id)
    except (KeyError, AttributeError):
        return None
