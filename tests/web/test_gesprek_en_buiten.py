"""Step 3 for a child and the route outside the meldcode, on screen, in the summary, in the
verslag, and through two saves, a reload and a file round trip (issue 13 items 9 and 10;
issue 12 findings 7 and 8).

Seeds (002): 2.2 Stap 3 'Gesprek met kinderen': "tenzij dat vanwege zijn jeugdige leeftijd
echt niet mogelijk of te belastend voor hem is"; 'Gesprek met de ouder(s)', NB: "Een gesprek
met (een van) de ouders kan achterwege blijven in verband met de veiligheid van het kind of
die van anderen"; 1.3: "zoals het informeren van de leidinggevende en/of de directie en het
inschakelen van de betreffende inspectie".
"""

from __future__ import annotations

import io
from typing import Any

from django.test import Client

from meldwijzer.engine.casus import Casus

from .formulier import verstuurd
from .test_rondreis import Browser
from .verslag_pagina import lees_verslag


def _momentopname(casus: Casus) -> dict[str, Any]:
    data = casus.model_dump(mode="json")
    data.pop("gewijzigd")
    return data


def _bewaren_en_openen(client: Client, b: Browser) -> None:
    bestand = client.post("/bewaren/", {"staat": verstuurd(b.html)["staat"][0]})
    assert bestand.status_code == 200
    upload = io.BytesIO(bestand.content)
    upload.name = "casus.json"
    b.html = client.post("/openen/", {"bestand": upload}).content.decode()


def _verslag(client: Client, b: Browser) -> str:
    r = client.post("/verslag/txt/", {"staat": verstuurd(b.html)["staat"][0]})
    assert r.status_code == 200
    return r.content.decode("utf-8")


def _start(client: Client, label: str, **scope: list[str]) -> Browser:
    b = Browser(client)
    b.html = client.post("/scope/", {"pagina": "start", "label": label}).content.decode()
    b.stuur("/overzicht/", **scope)
    return b


def test_gesprek_met_kind_en_ouders_elk_met_eigen_reden_blijft_bewaard(client: Client) -> None:
    b = _start(
        client,
        "KIND-1",
        situatie=["huiselijke_kring"],
        leeftijd=["9"],
        vormen=["eergerelateerd"],
    )
    b.stuur("/stap/3/")
    assert "Gesprek met het kind" in b.html
    assert "te belastend" in b.html
    assert "Eerst deskundigen raadplegen" in b.html
    assert 'name="geen_grond"' not in b.html  # the adult's single reason is not asked
    b.stuur(
        "/stap/3/",
        kind_grond=["te_belastend"],
        kind_toelichting=["KIND-REDEN-7"],
        ouders_grond=["veiligheid"],
        ouders_toelichting=["OUDERS-REDEN-8"],
    )
    casus = b.casus
    assert casus.geen_gesprek_kind is not None and casus.geen_gesprek_ouders is not None
    assert casus.geen_gesprek_kind.grond.value == "te_belastend"
    assert casus.geen_gesprek_ouders.toelichting == "OUDERS-REDEN-8"
    verwacht = _momentopname(casus)

    b.stuur("/overzicht/")
    b.stuur("/stap/3/")
    b.stuur("/stap/3/")  # save again
    assert _momentopname(b.casus) == verwacht
    b.stuur("/stap/3/", actie="herstel")  # reload
    b.stuur("/stap/3/")
    assert _momentopname(b.casus) == verwacht
    _bewaren_en_openen(client, b)
    assert _momentopname(b.casus) == verwacht
    b.stuur("/stap/3/")
    b.stuur("/stap/3/")
    assert _momentopname(b.casus) == verwacht

    b.stuur("/samenvatting/")
    assert "Gesprek met het kind niet gevoerd" in b.html
    assert "KIND-REDEN-7" in b.html and "OUDERS-REDEN-8" in b.html
    verslag = _verslag(client, b)
    assert "Gesprek met het kind niet gevoerd" in verslag
    assert "Een gesprek is te belastend voor het kind" in verslag
    assert "Gesprek met de ouder(s) niet gevoerd" in verslag and "OUDERS-REDEN-8" in verslag


def test_reden_zonder_aanwijzingen_of_aanwijzingen_zonder_reden_wordt_gevraagd(
    client: Client,
) -> None:
    b = _start(client, "KIND-2", situatie=["huiselijke_kring"], leeftijd=["6"])
    b.stuur("/stap/3/")
    r = client.post(
        "/stap/3/",
        {**verstuurd(b.html), "actie": "opslaan", "ouders_grond": "veiligheid"},
    )
    assert "Leg vast welke concrete aanwijzingen er zijn." in r.content.decode()
    r = client.post(
        "/stap/3/",
        {**verstuurd(b.html), "actie": "opslaan", "kind_toelichting": "getypt"},
    )
    tekst = r.content.decode()
    assert "Kies waarom u dit gesprek niet voert." in tekst
    assert "getypt" in tekst  # nothing typed is lost


def test_volwassene_houdt_de_ene_reden_voor_het_gesprek(client: Client) -> None:
    b = _start(client, "VOLW-1", situatie=["huiselijke_kring"], leeftijd=["40"])
    b.stuur("/stap/3/")
    assert 'name="geen_grond"' in b.html
    assert 'name="kind_grond"' not in b.html


def test_buiten_de_meldcode_legt_vast_wie_zij_informeerde_en_het_verslag_toont_geen_stappen(
    client: Client,
) -> None:
    b = _start(client, "BUITEN-1", situatie=["tussen_leerlingen"])
    assert "Buiten de meldcode" in b.html
    assert "vertrouwensinspecteur" in b.html
    assert "kan adviseren" not in b.html
    b.stuur(
        "/buiten-meldcode/",
        actie_wie=["directie"],
        actie_datum=["2026-11-30"],
        actie_toelichting=["ACTIE-TOELICHTING-3"],
    )
    assert b.casus.buiten_acties[0].wie == "directie"
    b.stuur(
        "/buiten-meldcode/",
        actie_wie=["vertrouwensinspecteur"],
        actie_datum=["2026-12-01"],
    )
    verwacht = _momentopname(b.casus)
    assert [a.wie for a in b.casus.buiten_acties] == ["directie", "vertrouwensinspecteur"]
    b.stuur("/buiten-meldcode/")  # save again: nothing added twice
    b.stuur("/buiten-meldcode/", actie="herstel")
    b.stuur("/buiten-meldcode/")
    assert _momentopname(b.casus) == verwacht
    _bewaren_en_openen(client, b)
    assert _momentopname(b.casus) == verwacht

    verslag = _verslag(client, b)
    assert "Wat de professional deed" in verslag
    assert "ACTIE-TOELICHTING-3" in verslag and "30 november 2026" in verslag
    for kop in ("Stap 1.", "Stap 2.", "Stap 3.", "Stap 4.", "Stap 5.", "De vijf afwegingen"):
        assert kop not in verslag
    assert verslag.count("Niets vastgelegd") == 1  # the afsluiting only, not five steps

    b.stuur("/samenvatting/")
    buiten = lees_verslag(b.html, "buiten_meldcode")
    assert "Wat de professional deed" in buiten.koppen
    assert "ACTIE-TOELICHTING-3" in buiten.waarden("Wat en waarom")
    for stap in ("stap1", "stap2", "stap3", "stap4", "stap5"):  # no five open steps
        assert f'id="verslag-{stap}"' not in b.html

    b.stuur(
        "/buiten-meldcode/",
        actie="verwijder:buiten_acties:" + b.casus.buiten_acties[0].id,
        verwijderen_bevestigd=["1"],  # what the script adds after its confirm()
    )
    assert [a.wie for a in b.casus.buiten_acties] == ["vertrouwensinspecteur"]


def test_professional_eigen_of_andere_organisatie_bepaalt_de_route(client: Client) -> None:
    b = _start(client, "PROF-1", situatie=["professional_tegen_client"])
    assert "Werkt deze professional in uw eigen organisatie?" in b.html
    b.stuur("/buiten-meldcode/", pleger_eigen=["nee"])
    assert b.casus.pleger_eigen_organisatie is False
    assert "leidster in de kinderopvang" in b.html  # the seed's example under afweging 2
    assert "Voorbeeld uit het afwegingskader" in b.html
    b.stuur("/buiten-meldcode/", pleger_eigen=["ja"])
    assert b.casus.pleger_eigen_organisatie is True
    assert "Wkkgz, artikel 9 en 11" in b.html
    b.stuur("/buiten-meldcode/")
    assert b.casus.pleger_eigen_organisatie is True
    _bewaren_en_openen(client, b)
    assert b.casus.pleger_eigen_organisatie is True
    assert "Professional werkt in de eigen organisatie: ja" in _verslag(client, b)


def test_eenmalig_contact_krijgt_op_het_overzicht_niet_zet_eerst_alle_stappen(
    client: Client,
) -> None:
    """002, 2.1 Eenmalige contacten: "waardoor het niet mogelijk is alle stappen van het
    basismodel te zetten" — the overview must not say all steps come before deciding."""
    gewoon = _start(client, "GEWOON-1", situatie=["huiselijke_kring"])
    assert "heeft u alle stappen gezet" in gewoon.html
    eenmalig = _start(client, "EENMALIG-1", situatie=["huiselijke_kring"], eenmalig_contact=["on"])
    assert eenmalig.casus.eenmalig_contact
    assert "heeft u alle stappen gezet" not in eenmalig.html
    assert "aangepaste stappen van uw eigen meldcode" in eenmalig.html
