"""Template filters of the flow: pack text to safe HTML, and small lookups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import template
from django.forms import BaseForm, BoundField
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe

if TYPE_CHECKING:
    from meldwijzer.content.model import Blok, Stap
    from meldwijzer.verslag.document import Verslag
    from meldwijzer.web.flow.forms.spec import SpecForm

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
    """Blank lines separate paragraphs; lines starting with "- " become a list. All escaped.
    (Not cached: bench/shim_bench.py found a cache of these saved under 1%, issue 18.)"""
    delen = []
    for alinea in str(tekst).replace("\r\n", "\n").split("\n\n"):
        regels = [r.strip() for r in alinea.strip().split("\n") if r.strip()]
        if regels:
            delen.append(_alinea(regels))
    return mark_safe("".join(delen))  # noqa: S308 - every piece is escaped in _alinea


@register.filter
def bij(mapping: Any, sleutel: str) -> object:
    """Dictionary lookup: {{ bevindingen|bij:veld.name }}. `mapping` is whatever the page's
    context holds (a missing variable is ""), hence Any and the AttributeError below."""
    try:
        return mapping.get(sleutel)
    except AttributeError:
        return None


@register.filter
def veldanker(form: BaseForm, naam: str) -> str:
    """The id an error-summary link jumps to: the input, or the first option of a group."""
    veld = form[naam]
    if veld.widget_type in {"radioselect", "checkboxselectmultiple"}:
        return f"{veld.auto_id}_0"
    return str(veld.id_for_label or veld.auto_id)


@register.filter
def veldlabel(form: BaseForm, naam: str) -> str:
    return str(form[naam].label)


@register.filter
def blok(houder: Any, blok_id: str) -> Blok | None:
    """A pack block by id, or None when the pack lacks it: {{ stap|blok:"kindcheck" }}.
    `houder` is a pack step, or whatever else the context holds (hence Any)."""
    try:
        gevonden: Blok = houder.blok(blok_id)
    except (KeyError, AttributeError):
        return None
    return gevonden


@register.filter
def keuzelabel(waarde: str, enum_naam: str) -> str:
    """The one label of a choice (meldwijzer.engine.labels):
    {{ "hypothese"|keuzelabel:"SoortSignaal" }}."""
    from meldwijzer.engine.labels import LABELS

    for enum, labels in LABELS.items():
        if enum.__name__ == enum_naam:
            return labels[enum(waarde)]
    raise KeyError(enum_naam)


@register.filter
def basis_blokken(stap: Stap) -> list[Blok]:
    """The blocks of a basis-kader step that no page shows by id (e.g. where her own
    beroepsgroep's kader is published); shown under the step's instruction."""
    from meldwijzer.content.model import VERPLICHTE_BLOKKEN

    vast = set(VERPLICHTE_BLOKKEN.get(f"stap{stap.nummer}", ())) | {"eigen_kader", "nieuwkomers"}
    return [b for b in stap.blokken if b.id not in vast]


@register.filter
def melding_blok(pack: Any, blok_id: str) -> Blok | None:
    try:
        gevonden: Blok = pack.melding_blok(blok_id)
    except (KeyError, AttributeError):
        return None
    return gevonden


# conditional_escape takes anything with __html__ or a str(); its stub is narrower.
def _e(waarde: Any) -> str:
    return str(conditional_escape(waarde))


@register.simple_tag(takes_context=True)
def veld(context: template.Context, bf: BoundField, inline: object = False) -> SafeString:
    """One form field with its label, help text, error and writing tips (NL Design System
    form-field markup); `{% veld form.x %}`, `{% veld form.x inline=1 %}` for a row of choices.

    Written in Python rather than as an included template: a step page has up to fifty
    fields, and the include cost more than everything else on the page together.
    """
    wt = bf.widget_type
    fouten = bf.errors
    ident = _e(bf.auto_id)
    hulp = bf.help_text
    delen = [
        f'<div class="mw-form-field mw-form-field--{_e(wt)}'
        f'{" mw-form-field--invalid" if fouten else ""}">'
    ]
    hulp_html = (
        f'<p class="mw-form-field__description" id="{ident}_helptext">{_e(hulp)}</p>'
        if hulp
        else ""
    )
    # The ids Django's widgets point at with aria-describedby (BoundField.aria_describedby).
    fout_html = (
        f'<p class="mw-form-field__error" id="{ident}_error">{" ".join(_e(f) for f in fouten)}</p>'
        if fouten
        else ""
    )
    if bf.use_fieldset:
        ids = bf.aria_describedby
        beschreven = f' aria-describedby="{_e(ids)}"' if ids else ""
        keuzes = "mw-keuzes mw-keuzes--inline" if inline else "mw-keuzes"
        delen.append(
            f'<fieldset class="mw-fieldset"{beschreven}>'
            f'<legend class="mw-form-field__label">{_e(bf.label)}</legend>'
            f'{hulp_html}{fout_html}<div class="{keuzes}">{bf}</div></fieldset>'
        )
    elif wt == "checkbox":
        delen.append(
            f'{fout_html}<div class="mw-checkbox">{bf} <label class="mw-checkbox__label" '
            f'for="{_e(bf.id_for_label)}">{_e(bf.label)}</label></div>{hulp_html}'
        )
    else:
        delen.append(
            f'<label class="mw-form-field__label" for="{_e(bf.id_for_label)}">{_e(bf.label)}'
            f"</label>{hulp_html}{fout_html}{bf}"
        )
        if wt == "textarea":
            lijst = bij(context.get("bevindingen"), bf.name)
            tips = render_to_string("flow/_bevindingen.html", {"lijst": lijst}) if lijst else ""
            delen.append(
                f'<div class="mw-schrijfcheck" data-schrijfcheck-voor="{ident}" '
                f'aria-live="polite">{tips}</div>'
            )
    delen.append("</div>")
    return mark_safe("\n".join(delen))  # noqa: S308 - every value is escaped above


@register.simple_tag
def verslag_fragment(verslag: Verslag, eerste_kop: int = 2) -> SafeString:
    """The verslag's document tree as HTML (`verslag.render_html_fragment`, which escapes
    every text): the summary page shows the very tree the downloads are made from, so a field
    the verslag prints is on the summary without a second template (issue 18 item 2)."""
    from meldwijzer.verslag.render_html import render_html_fragment

    return mark_safe(render_html_fragment(verslag, eerste_kop=eerste_kop))  # noqa: S308 - render_html_fragment escapes every text


@register.simple_tag(takes_context=True)
def velden(context: template.Context, form: SpecForm, groep: str) -> SafeString:
    """The fields of one group of the page's field spec, in their declared order:
    `{% velden form "gesprek" %}` (issue 18 item 2). A new field of the group needs no
    template edit. Fields declared `naast` share one grid row."""
    delen: list[str] = []
    rij: list[str] = []
    for spec_veld in form.spec.groep(groep):
        if spec_veld.naam not in form.fields:
            continue
        html = veld(context, form[spec_veld.naam], inline=spec_veld.inline)
        if spec_veld.naast:
            rij.append(html)
            continue
        if rij:
            delen.append('<div class="mw-grid">' + "\n".join(rij) + "</div>")
            rij = []
        delen.append(html)
    if rij:
        delen.append('<div class="mw-grid">' + "\n".join(rij) + "</div>")
    return mark_safe("\n".join(delen))  # noqa: S308 - each field is escaped by `veld`
