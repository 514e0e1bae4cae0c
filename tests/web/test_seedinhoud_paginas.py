"""Seed content on screen (issue 12, "Seed content that never reaches the screen").

Every text of the loaded pack is shown on some page a professional would look at; the FAQ
is searchable without JavaScript; the FAQ and 'Beroepsgeheim en meldrecht' are reachable
from every page, and a casus travels along and back.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from django.test import Client

from meldwijzer.content.loader import default_pack
from meldwijzer.content.model import Pack

from .formulier import verstuurd
from .test_rondreis import Browser

_TAG = re.compile(r"<[^>]+>")
_SLOTTEKEN = ";:.,"


def _schermtekst(pagina: str) -> str:
    tekst = html.unescape(_TAG.sub(" ", pagina))
    return " ".join(tekst.split()).casefold()


def _fragmenten(tekst: str) -> list[str]:
    uit = []
    for regel in tekst.splitlines():
        regel = regel.strip().removeprefix("- ")
        regel = " ".join(regel.split()).casefold().rstrip(_SLOTTEKEN).strip()
        if regel:
            uit.append(regel)
    return uit


def pack_teksten(pack: Pack) -> Iterator[tuple[str, str]]:
    """Every block-like text of the pack, derived from the loaded pack (no hand list):
    step blocks, report blocks, the emergency block, scope rules, FAQ items, definitions,
    the conflict-of-duties questions, and every afweging's questions and examples."""
    for stap in pack.stappen:
        for b in stap.blokken:
            yield f"stap{stap.nummer}.{b.id}", b.tekst
    for b in pack.melding:
        yield f"melding.{b.id}", b.tekst
    yield "noodsituatie", pack.noodsituatie.tekst
    for r in pack.scope:
        yield f"scope.{r.situatie}", r.tekst
    for f in pack.faq:
        yield f"faq.{f.id}", f"{f.vraag}\n{f.antwoord}"
    for d in pack.definities:
        yield f"definitie.{d.id}", d.tekst
    for v in pack.conflict_van_plichten:
        yield f"conflict_van_plichten.{v.id}", v.tekst
    for a in pack.afwegingen:
        yield f"afweging.{a.id}.vraag", a.vraag
        for h in a.hulpvragen:
            yield f"afweging.{a.id}.{h.id}", "\n".join(h.vragen)
        for vb in a.voorbeelden:
            yield f"afweging.{a.id}.{vb.id}", vb.tekst


def _alle_paginas(client: Client) -> str:
    """The pages a professional sees in two casussen (an adult; a child of 9 with honour-
    related violence, one-off contact) plus the information pages."""
    schermen: list[str] = []
    for leeftijd, extra in (("40", {}), ("9", {"vormen": ["eergerelateerd"]})):
        b = Browser(client)
        b.html = client.post("/scope/", {"pagina": "start", "label": "ALLES"}).content.decode()
        schermen.append(b.html)
        b.stuur("/overzicht/", situatie=["huiselijke_kring"], leeftijd=[leeftijd], **extra)
        schermen.append(b.html)
        for url in ("/stap/1/", "/stap/2/", "/stap/3/", "/stap/4/", "/stap/5/", "/samenvatting/"):
            b.stuur(url)
            schermen.append(b.html)
    for url in ("/veelgestelde-vragen/", "/beroepsgeheim/", "/acuut-gevaar/", "/"):
        schermen.append(client.get(url).content.decode())
    return _schermtekst("\n".join(schermen))


def _nergens(teksten: list[tuple[str, str]], scherm: str) -> dict[str, list[str]]:
    return {
        waar: ontbrekend
        for waar, tekst in teksten
        if (ontbrekend := [f for f in _fragmenten(tekst) if f not in scherm])
    }


def test_elk_blok_van_de_pack_staat_ergens_op_het_scherm(client: Client) -> None:
    pack = default_pack()
    teksten = list(pack_teksten(pack))
    assert len(teksten) > 80  # the walk really covers the pack
    scherm = _alle_paginas(client)
    assert _nergens(teksten, scherm) == {}
    # The check does fail: a block the pages do not show is reported, paragraph by paragraph.
    verzonnen = ("stap9.verzonnen", "Dit blok staat nergens.\n\n- Ook dit punt niet.")
    assert _nergens([*teksten, verzonnen], scherm) == {
        "stap9.verzonnen": ["dit blok staat nergens", "ook dit punt niet"]
    }


def test_de_zes_uitgangspunten_en_geen_checklist_staan_open_bij_stap_4(client: Client) -> None:
    """Bijlage 2 / 2.2 Stap 4: "Het afwegingskader is geen checklist die tot ‘ja’ of ‘nee’
    leidt." Open by default beside the afwegingen; the six uitgangspunten below it."""
    b = Browser(client)
    b.html = client.post("/scope/", {"pagina": "start", "label": "S4"}).content.decode()
    b.stuur("/stap/4/", situatie=["huiselijke_kring"])
    toepassing = re.search(r"<details[^>]*open[^>]*>\s*<summary[^>]*>De toepassing", b.html)
    assert toepassing is not None
    assert "geen checklist die tot ‘ja’ of ‘nee’ leidt" in html.unescape(b.html)
    uitgangspunten = default_pack().stap(4).blok("uitgangspunten").tekst
    assert uitgangspunten.count("\n- ") + uitgangspunten.startswith("- ") == 6
    assert "Uitgangspunten bij het hanteren van dit afwegingskader" in b.html


# --- FAQ search -------------------------------------------------------------------------


def _vragen(pagina: str) -> list[str]:
    return re.findall(r'id="faq-([a-z0-9_]+)"', pagina)


def test_faq_toont_alle_29_vragen_en_zoekt_op_de_server(client: Client) -> None:
    alle = client.get("/veelgestelde-vragen/").content.decode()
    assert len(_vragen(alle)) == len(default_pack().faq) == 29
    gezocht = client.get("/veelgestelde-vragen/", {"q": "gezinsvoogd"}).content.decode()
    assert _vragen(gezocht) == ["gezinsvoogd"]
    assert "1 van de 29 vragen gevonden" in gezocht
    assert len(_vragen(client.get("/veelgestelde-vragen/").content.decode())) == 29  # no cache


def test_faq_zoeken_zonder_accenten_en_met_meerdere_woorden(client: Client) -> None:
    met = _vragen(client.get("/veelgestelde-vragen/", {"q": "cliënt"}).content.decode())
    zonder = _vragen(client.get("/veelgestelde-vragen/", {"q": "CLIENT"}).content.decode())
    assert met == zonder and met
    beide = _vragen(client.get("/veelgestelde-vragen/", {"q": "anoniem melden"}).content.decode())
    assert "anoniem_melden" in beide
    assert len(beide) < 29


def test_faq_zoeken_zonder_treffer_of_met_te_lange_invoer_geeft_geen_fout(client: Client) -> None:
    r = client.get("/veelgestelde-vragen/", {"q": "zzzqqq"})
    assert r.status_code == 200 and _vragen(r.content.decode()) == []
    assert "0 van de 29 vragen gevonden" in r.content.decode()
    r = client.get("/veelgestelde-vragen/", {"q": "x" * 5000})
    assert r.status_code == 200


# --- Reachable from every page, the casus along and back ----------------------------------


@pytest.mark.parametrize("url", ["/", "/acuut-gevaar/", "/veelgestelde-vragen/", "/beroepsgeheim/"])
def test_pagina_zonder_casus_linkt_naar_faq_en_beroepsgeheim(client: Client, url: str) -> None:
    pagina = client.get(url).content.decode()
    assert 'href="/veelgestelde-vragen/"' in pagina
    assert 'href="/beroepsgeheim/"' in pagina


def test_vanaf_een_stap_naar_beroepsgeheim_en_terug_met_de_casus(client: Client) -> None:
    b = Browser(client)
    b.html = client.post("/scope/", {"pagina": "start", "label": "BG"}).content.decode()
    b.stuur("/stap/2/", situatie=["huiselijke_kring"])
    assert (
        'formaction="/beroepsgeheim/"' in b.html and 'formaction="/veelgestelde-vragen/"' in b.html
    )
    # The footer button saves the step she leaves, as every navigation does.
    b.stuur("/beroepsgeheim/", con_met=["collega"], con_vraag=["VRAAG-BG-1"])
    assert "evenwichtskunst" in b.html
    assert "artikel 5.2.6 van de Wet maatschappelijke ondersteuning" in html.unescape(b.html)
    assert "Terug naar de casus" in b.html and 'formaction="/stap/2/"' in b.html
    assert b.casus.consultaties[0].vraag == "VRAAG-BG-1"
    # From there to the FAQ, search, and still back to step 2 with everything.
    b.stuur("/veelgestelde-vragen/")
    b.stuur("/veelgestelde-vragen/", actie="zoeken", q=["radarfunctie"])
    gevonden = _vragen(b.html)
    assert "radarfunctie" in gevonden and "gezinsvoogd" not in gevonden
    assert 'formaction="/stap/2/"' in b.html
    assert verstuurd(b.html)["q"] == ["radarfunctie"]
    b.stuur("/stap/2/")
    assert "Stap 2 van 5" in b.html
    assert b.casus.consultaties[0].vraag == "VRAAG-BG-1"
