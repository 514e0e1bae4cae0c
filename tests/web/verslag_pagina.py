"""Read the verslag a page shows (verslag/render_html's fragment) as the reader sees it, and
walk a verslag's document tree the same way, so tests compare the two part by part.

Texts are compared with their whitespace collapsed: the HTML keeps typed line breaks as
`<br>`, which is whitespace for a reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import html as lxml_html

from meldwijzer.verslag.document import (
    Alinea,
    Leeg,
    Lijst,
    Sectie,
    Tabel,
    Velden,
    Verslag,
    zichtbaar,
)

_KOPPEN = ".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"


def schoon(tekst: str) -> str:
    return " ".join(zichtbaar(tekst).split())


@dataclass
class Gelezen:
    """Headings, labelled fields and running texts (paragraphs, list items, table cells)."""

    koppen: list[str] = field(default_factory=list)
    velden: list[tuple[str, str]] = field(default_factory=list)
    teksten: list[str] = field(default_factory=list)

    def waarden(self, label: str) -> list[str]:
        return [w for lb, w in self.velden if lb == label]


def lees_verslag(pagina: str, sectie: str | None = None) -> Gelezen:
    """The one `<article class="verslag">` of the page, or its section `sectie` (an id of the
    document tree, e.g. "stap1" or "stap1-kindcheck")."""
    doc = lxml_html.fromstring(pagina)
    artikelen = doc.xpath('//article[contains(concat(" ", @class, " "), " verslag ")]')
    assert len(artikelen) == 1, f"{len(artikelen)} verslagen op de pagina"
    wortel = artikelen[0] if sectie is None else doc.get_element_by_id(f"verslag-{sectie}")
    gelezen = Gelezen()
    gelezen.koppen = [schoon(h.text_content()) for h in wortel.xpath(_KOPPEN)]
    for veld in wortel.xpath('.//div[@class="verslag__veld"]'):
        (dt,), (dd,) = veld.xpath("./dt"), veld.xpath("./dd")
        gelezen.velden.append((schoon(dt.text_content()), schoon(dd.text_content())))
    for el in wortel.xpath(".//p|.//li|.//td|.//th"):
        gelezen.teksten.append(schoon(el.text_content()))
    return gelezen


def koppen_van_pagina(pagina: str) -> list[tuple[int, str]]:
    """Every heading of the page's main content, with its level, in reading order."""
    doc = lxml_html.fromstring(pagina)
    (main,) = doc.xpath("//main")
    return [(int(h.tag[1]), schoon(h.text_content())) for h in main.xpath(_KOPPEN)]


def buiten_verslag(pagina: str) -> tuple[list[str], int]:
    """The headings of the page's main content outside the verslag, and how many field lists
    (`<dl>`) it has there: what the page writes itself."""
    doc = lxml_html.fromstring(pagina)
    (main,) = doc.xpath("//main")
    buiten = './/*[not(ancestor-or-self::article[contains(@class, "verslag")])]'
    koppen = main.xpath(f"{buiten}[self::h1 or self::h2 or self::h3 or self::h4 or self::h5]")
    lijsten = main.xpath(f"{buiten}[self::dl]")
    return [schoon(h.text_content()) for h in koppen], len(lijsten)


def _blok(deel: object, uit: Gelezen) -> None:
    if isinstance(deel, Sectie):
        uit.koppen.append(schoon(deel.titel))
        for kind in deel.inhoud:
            _blok(kind, uit)
    elif isinstance(deel, Velden):
        if deel.titel:
            uit.koppen.append(schoon(deel.titel))
        uit.velden += [(schoon(v.label), schoon(v.waarde)) for v in deel.velden]
    elif isinstance(deel, Alinea | Leeg):
        uit.teksten.append(schoon(deel.tekst))
    elif isinstance(deel, Lijst):
        uit.teksten += [schoon(i) for i in deel.items]
    elif isinstance(deel, Tabel):
        uit.teksten += [schoon(k) for k in deel.kop]
        uit.teksten += [schoon(c) for rij in deel.rijen for c in rij]
    else:
        raise TypeError(type(deel).__name__)


def uit_boom(verslag: Verslag) -> Gelezen:
    """What a reader must find of `verslag`: the same parts, in the order of the tree."""
    uit = Gelezen(koppen=[schoon(verslag.titel)])
    uit.velden += [(schoon(v.label), schoon(v.waarde)) for v in verslag.meta]
    for sectie in verslag.secties:
        _blok(sectie, uit)
    if verslag.colofon:
        uit.teksten.append(schoon(verslag.colofon))
    return uit
