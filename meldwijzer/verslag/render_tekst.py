"""Plain text, ready to paste into a dossier field.

No hard line wrapping: dossier fields wrap themselves, and a pasted text with hard breaks
reads badly. Headings are numbered and underlined so they survive any text field.
"""

from __future__ import annotations

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

INSPRINGING = "  "


def _veld(veld: Veld, inspringing: str) -> list[str]:
    waarde = zichtbaar(veld.waarde).replace("\n", "\n" + inspringing + INSPRINGING)
    return [f"{inspringing}{veld.kop} {waarde}"]


def _blok(blok: Blok) -> list[str]:
    if isinstance(blok, Alinea | Leeg):
        return [zichtbaar(blok.tekst), ""]
    if isinstance(blok, Velden):
        regels = [zichtbaar(blok.titel)] if blok.titel else []
        inspringing = INSPRINGING if blok.titel else ""
        for veld in blok.velden:
            regels += _veld(veld, inspringing)
        return [*regels, ""]
    if isinstance(blok, Lijst):
        return [*(f"- {zichtbaar(i)}".replace("\n", "\n  ") for i in blok.items), ""]
    if isinstance(blok, Tabel):
        regels = []
        for rij in blok.rijen:
            eerste, *rest = rij
            regels.append(zichtbaar(eerste))
            for kop, cel in zip(blok.kop[1:], rest, strict=False):
                regels.append(f"{INSPRINGING}{zichtbaar(kop)}: {zichtbaar(cel)}")
        return [*regels, ""]
    raise TypeError(type(blok).__name__)


def _sectie(sectie: Sectie, diepte: int = 1) -> list[str]:
    kop = zichtbaar(sectie.titel)
    onderstreep = "=" if diepte == 1 else "-"
    regels = [kop, onderstreep * min(len(kop), 80), ""]
    for deel in sectie.inhoud:
        if isinstance(deel, Sectie):
            regels += _sectie(deel, diepte + 1)
        else:
            regels += _blok(deel)
    return regels


def render_sectie_tekst(sectie: Sectie) -> str:
    """One section alone (e.g. the concept-melding), unnumbered."""
    return "\n".join(_sectie(sectie)).rstrip() + "\n"


def render_text(verslag: Verslag) -> str:
    regels = [zichtbaar(verslag.titel).upper(), ""]
    for veld in verslag.meta:
        regels += _veld(veld, "")
    regels.append("")
    for sectie in verslag.secties:
        regels += _sectie(sectie)
    if verslag.colofon:
        regels += ["", f"({zichtbaar(verslag.colofon)})"]
    return "\n".join(regels).rstrip() + "\n"
