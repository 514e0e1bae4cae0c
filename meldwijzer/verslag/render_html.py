"""HTML: a semantic fragment for the web flow, and a standalone page that prints on clean A4.

Every text is escaped here; the document model holds plain text only. Class names follow
BEM (`verslag__...`) so the web layer can style the fragment with its own tokens.
"""

from __future__ import annotations

import html
from pathlib import Path

from meldwijzer.verslag.document import (
    Alinea,
    Blok,
    Leeg,
    Lijst,
    Sectie,
    Tabel,
    Veld,
    Velden,
    Verslag,
    zichtbaar,
)

PRINT_CSS = Path(__file__).with_name("verslag.css")
KOP_STIJL = "font-family: var(--verslag-lettertype); font-size: 8pt; color: #555;"


def _tekst(waarde: str) -> str:
    """Escaped text; line breaks the professional typed stay visible."""
    return html.escape(zichtbaar(waarde), quote=True).replace("\n", "<br>\n")


def _velden(velden: tuple[Veld, ...]) -> str:
    regels = ['<dl class="verslag__velden">']
    for veld in velden:
        regels.append(
            '<div class="verslag__veld">'
            f'<dt class="verslag__label">{_tekst(veld.label)}</dt>'
            f'<dd class="verslag__waarde">{_tekst(veld.waarde)}</dd></div>'
        )
    regels.append("</dl>")
    return "\n".join(regels)


def _tabel(tabel: Tabel) -> str:
    kop = "".join(f'<th scope="col" class="verslag__tabel-kop">{_tekst(k)}</th>' for k in tabel.kop)
    rijen = []
    for rij in tabel.rijen:
        eerste, *rest = rij
        cellen = "".join(f'<td class="verslag__tabel-cel">{_tekst(c)}</td>' for c in rest)
        rijen.append(
            f'<tr><th scope="row" class="verslag__tabel-kop verslag__tabel-kop--rij">'
            f"{_tekst(eerste)}</th>{cellen}</tr>"
        )
    return (
        f'<table class="verslag__tabel"><thead><tr>{kop}</tr></thead>'
        f"<tbody>{''.join(rijen)}</tbody></table>"
    )


def _blok(blok: Blok, niveau: int) -> str:
    if isinstance(blok, Leeg):
        return f'<p class="verslag__leeg">{_tekst(blok.tekst)}</p>'
    if isinstance(blok, Alinea):
        return f'<p class="verslag__alinea">{_tekst(blok.tekst)}</p>'
    if isinstance(blok, Velden):
        if not blok.titel:
            return _velden(blok.velden)
        h = min(niveau, 6)
        return (
            f'<div class="verslag__item"><h{h} class="verslag__item-titel">{_tekst(blok.titel)}'
            f"</h{h}>\n{_velden(blok.velden)}</div>"
        )
    if isinstance(blok, Lijst):
        items = "".join(f'<li class="verslag__lijst-item">{_tekst(i)}</li>' for i in blok.items)
        return f'<ul class="verslag__lijst">{items}</ul>'
    if isinstance(blok, Tabel):
        return _tabel(blok)
    raise TypeError(type(blok).__name__)


def _sectie(sectie: Sectie, niveau: int, prefix: str) -> str:
    anker = f"{prefix}-{sectie.id}"
    h = min(niveau, 6)
    delen = [
        f'<section class="verslag__sectie verslag__sectie--niveau-{h}" id="{html.escape(anker)}" '
        f'aria-labelledby="{html.escape(anker)}-kop">',
        f'<h{h} class="verslag__sectie-titel" id="{html.escape(anker)}-kop">'
        f"{_tekst(sectie.titel)}</h{h}>",
    ]
    for deel in sectie.inhoud:
        if isinstance(deel, Sectie):
            delen.append(_sectie(deel, niveau + 1, anker))
        else:
            delen.append(_blok(deel, niveau + 1))
    delen.append("</section>")
    return "\n".join(delen)


def render_html_fragment(verslag: Verslag, *, eerste_kop: int = 1) -> str:
    """An `<article class="verslag">`; the title is an `h{eerste_kop}`, sections one level lower."""
    h = min(max(eerste_kop, 1), 5)
    delen = [
        '<article class="verslag" lang="nl">',
        '<header class="verslag__kop">',
        f'<h{h} class="verslag__titel">{_tekst(verslag.titel)}</h{h}>',
        _velden(verslag.meta).replace(
            'class="verslag__velden"', 'class="verslag__velden verslag__meta"'
        ),
        "</header>",
    ]
    delen += [_sectie(s, h + 1, "verslag") for s in verslag.secties]
    if verslag.colofon:
        delen.append(f'<footer class="verslag__colofon"><p>{_tekst(verslag.colofon)}</p></footer>')
    delen.append("</article>")
    return "\n".join(delen) + "\n"


def _css_tekst(waarde: str) -> str:
    """A CSS string literal that cannot break out of the style element or the string."""
    veilig = []
    for teken in zichtbaar(waarde).replace("\n", " "):
        if teken.isalnum() or teken in " .,:;-_()":
            veilig.append(teken)
        else:
            veilig.append(f"\\{ord(teken):06x}")
    return '"' + "".join(veilig) + '"'


def render_html_document(verslag: Verslag) -> str:
    """A standalone page (no external resources) with a print stylesheet for A4."""
    css = PRINT_CSS.read_text(encoding="utf-8")
    kopregel = _css_tekst(verslag.paginakop)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_tekst(verslag.titel)}</title>\n"
        f"<style>\n{css}\n@page {{ @top-left {{ content: {kopregel}; {KOP_STIJL} }} }}\n"
        "</style>\n"
        "</head>\n<body>\n<main>\n"
        f"{render_html_fragment(verslag)}"
        "</main>\n</body>\n</html>\n"
    )
