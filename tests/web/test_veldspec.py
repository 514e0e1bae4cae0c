"""The declarative field spec (issue 18 item 2): every field of a converted page goes round
from the form to the casus, back to the form (or the item on the page) and into the verslag;
and a converted page has no field, nor template line, outside its spec, so copies cannot
creep back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from meldwijzer.engine.casus import (
    Casus,
    Client,
    JaNeeOnbekend,
    Kindcheck,
    Signaal,
    SoortSignaal,
)
from meldwijzer.engine.paginaspec import SPECS
from meldwijzer.engine.veldspec import Lijst, PaginaSpec, Soort, Veld, leeg, lees, naar_casus
from meldwijzer.verslag import bouw_verslag, render_text
from meldwijzer.verslag.velden import rijen, tekst
from meldwijzer.web.flow.forms import STAP4_AFWEGINGEN, STAP5_AFWEGINGEN
from meldwijzer.web.flow.items import items
from meldwijzer.web.flow.pages import PAGINAS

NU = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)
TEMPLATES = Path(__file__).parents[2] / "meldwijzer/web/flow/templates/flow"

#: Fields a converted page has that are not plain fields of its spec, with their one home.
GEEN_SPECVELD = {
    "overslaan_reden",  # StapForm: the reason to skip a step, sent with that button only
    # Stap1Form: the signs and contra-indications, whose soort decides what is asked and how
    # the verslag groups them (Bijlage 1b stap 1); hyp_<id>_status/_vervolg per hypothesis.
    "sig_soort",
    "sig_tekst",
    "sig_bron",
    "sig_datum",
    "sig_ouder",
    "ci_tekst",
    "ci_datum",
    # Stap 4 and 5: read beside the norm. forms/afweging.py: each afweging's answer and
    # motivation, the two decisions; normvelden.py: the nature of the unsafety, disclosure,
    # the relevance of a report, the re-weighing of afweging 5.
    *(f"{a}_{d}" for a in STAP4_AFWEGINGEN + STAP5_AFWEGINGEN for d in ("antwoord", "motivatie")),
    *(f"{b}_{d}" for b in ("melden", "hulp") for d in ("keuze", "reden")),
    "aard",
    "disclosure",
    *(f"rel_{d}" for d in ("gezinsvoogd", "andere_hulp", "relevant", "toelichting")),
    *(f"hw_{d}" for d in ("datum", "antwoord", "motivatie")),
}
HYPOTHESE = re.compile(r"hyp_\w+_(status|vervolg)")


def _casus(leeftijd: int) -> Casus:
    """A casus on which a page shows every conditional field: children in the client's care
    (kindcheck, their view), a hypothesis (its status), a minor (child and parents apart)."""
    return Casus(
        label="SPEC-1",
        client=Client(leeftijd=leeftijd),
        kindcheck=Kindcheck(kinderen=JaNeeOnbekend.JA),
        signalen=[Signaal(id="s1", soort=SoortSignaal.HYPOTHESE, tekst="Een hypothese.")],
    )


def _formwaarde(veld: Veld) -> Any:
    """A distinctive value of the field's kind, as a browser sends it."""
    if veld.soort in (Soort.KEUZE, Soort.MEERKEUZE):
        eerste = next(w for w in veld.enum if w != veld.standaard).value
        return [eerste] if veld.soort is Soort.MEERKEUZE else eerste
    if veld.soort is Soort.DATUM:
        return "2026-02-17"
    if veld.soort is Soort.VINK:
        return "on"
    if veld.soort is Soort.JA_NEE:
        return "nee"
    if veld.soort is Soort.GETAL:
        return "7"
    if veld.soort is Soort.GETALLEN:
        return "3, 7"
    return f"Waarde van {veld.naam}"


def _lijst_van(spec: PaginaSpec, veld: Veld) -> Lijst | None:
    return next((lijst for lijst in spec.lijsten if veld in lijst.velden), None)


def _gevuld(pagina_id: str) -> tuple[Casus, Any]:
    """The casus after the page is saved with every spec field filled."""
    spec = SPECS[pagina_id]
    pagina = PAGINAS[pagina_id]
    assert pagina.form is not None and pagina.toepassen is not None
    casus = _casus(12 if pagina_id == "stap3" else 34)  # stap 3: the child and parents apart
    data = {v.naam: _formwaarde(v) for v in spec.alle_velden()}
    form = pagina.form(data=data, casus=casus)
    assert form.is_valid(), form.errors
    return pagina.toepassen(form, casus, 7, NU), form


SPECVELDEN = [(s.id, v.naam) for s in SPECS.values() for v in s.alle_velden()]


@pytest.mark.parametrize(("pagina_id", "naam"), SPECVELDEN)
def test_elk_specveld_gaat_van_formulier_naar_casus_formulier_en_verslag(
    pagina_id: str, naam: str
) -> None:
    spec = SPECS[pagina_id]
    veld = spec.veld(naam)
    lijst = _lijst_van(spec, veld)
    casus, form = _gevuld(pagina_id)

    # form -> casus, at the declared path (a list field: on the item added with id prefix+rev)
    houder = lees(casus, lijst.pad)[0] if lijst else casus
    if lijst:
        assert houder.id == f"{lijst.prefix}7"
    waarde = lees(houder, veld.pad)
    assert not leeg(waarde) or veld.soort is Soort.JA_NEE
    assert waarde == naar_casus(veld, form.cleaned_data[naam])

    # casus -> the page: the page's own field as initial value, a list item on the page
    pagina = PAGINAS[pagina_id]
    assert pagina.form is not None
    opnieuw = pagina.form(casus=casus)
    if lijst is None:  # shown as the browser got it when she typed it
        assert str(opnieuw[naam].value()) == str(form[naam].value())
    else:
        assert opnieuw.fields[naam].initial in (None, "")  # a new item starts empty
        (item,) = items(casus, lijst)
        getoond = [item["met"], *(r["waarde"] for r in item["kop"] + item["rijen"])]
        verwacht = tekst(veld, waarde) if veld.soort is not Soort.DATUM else waarde
        assert verwacht in getoond

    # casus -> verslag row, and the row is in the printed verslag
    if veld.in_verslag(casus, houder):
        (rij,) = rijen([veld], casus, houder)
        assert rij.label == veld.verslaglabel
        assert tekst(veld, waarde) in rij.waarde
    else:  # printed with another field of its group (e.g. the consultation's "met (wie)")
        tabel = rijen(spec.groep(veld.groep), casus, houder)
        assert any(tekst(veld, waarde) in r.waarde for r in tabel)
    assert tekst(veld, waarde) in render_text(bouw_verslag(casus, gemaakt_op=NU))


def test_de_rondgang_ziet_elke_soort_en_elk_pad() -> None:
    """The test above sees nested paths, list items and optional parts: it cannot pass on
    a spec of only flat fields."""
    paden = [v.pad for s in SPECS.values() for v in s.velden]
    assert any("." in p for p in paden)
    assert any(s.lijsten for s in SPECS.values())
    assert any(s.delen for s in SPECS.values())
    assert len(SPECVELDEN) >= 51  # stap 1 (10), 2 (5), 3 (13), 4 (2) and 5 (21)
    assert {v.soort for s in SPECS.values() for v in s.alle_velden()} == set(Soort)


def test_opnieuw_opslaan_voegt_geen_tweede_item_toe_en_laat_gewijzigd_staan() -> None:
    casus, form = _gevuld("stap3")
    pagina = PAGINAS["stap3"]
    assert pagina.toepassen is not None
    assert casus.gewijzigd == NU
    later = NU + dt.timedelta(hours=1)
    nog_eens = pagina.toepassen(form, casus, 7, later)  # a reload of the same POST
    assert nog_eens is casus
    assert len(nog_eens.gesprekken) == 1


@pytest.mark.parametrize("pagina_id", sorted(SPECS))
def test_een_omgezette_pagina_heeft_geen_veld_buiten_zijn_spec(pagina_id: str) -> None:
    pagina = PAGINAS[pagina_id]
    assert pagina.form is not None
    spec = {v.naam for v in SPECS[pagina_id].alle_velden()}
    gezien: set[str] = set()
    for leeftijd in (12, 34):  # a minor: child and parents apart; an adult: the kindcheck
        velden = set(pagina.form(casus=_casus(leeftijd)).fields)
        code = {n for n in velden if n in GEEN_SPECVELD or HYPOTHESE.fullmatch(n)}
        assert velden - spec - code == set()
        assert {v.naam for v in SPECS[pagina_id].alle_velden() if v.tonen is None} <= velden
        gezien |= velden
    assert spec <= gezien


@pytest.mark.parametrize("pagina_id", sorted(SPECS))
def test_het_template_van_een_omgezette_pagina_noemt_geen_specveld_los(pagina_id: str) -> None:
    """A converted page renders its fields by group (`{% velden form "groep" %}`), so a new
    field of a group needs no template edit; a field written out by hand is a copy."""
    delen = {"stap3": ["_gesprek_kind_ouders.html"]}.get(pagina_id, [])
    html = "".join(
        (TEMPLATES / naam).read_text(encoding="utf-8") for naam in [f"{pagina_id}.html", *delen]
    )
    los = set(re.findall(r"{% veld form\.(\w+)", html))
    assert los & {v.naam for v in SPECS[pagina_id].alle_velden()} == set()
    groepen = set(re.findall(r'{% velden form "(\w+)" %}', html))
    assert groepen == {v.groep for v in SPECS[pagina_id].alle_velden()}
