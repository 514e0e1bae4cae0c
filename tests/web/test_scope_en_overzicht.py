from __future__ import annotations

from .conftest import Wandeling


def test_huiselijke_kring_gaat_naar_het_overzicht_van_de_vijf_stappen(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="34", rol="slachtoffer")
    assert "Waar staat deze casus?" in wandeling.tekst
    for nummer in range(1, 6):
        assert f"Naar stap {nummer}" in wandeling.tekst
    assert wandeling.casus.client.leeftijd == 34


def test_geweld_door_een_professional_valt_buiten_de_meldcode_met_de_tekst_van_het_pack(
    wandeling: Wandeling,
) -> None:
    from meldwijzer.content.loader import default_pack

    wandeling.nieuw(situatie="professional_tegen_client")
    regel = default_pack().scope_regel("professional_tegen_client")
    assert regel.titel in wandeling.tekst
    assert "Buiten de meldcode" in wandeling.tekst


def test_onbekende_situatie_geeft_een_fout_en_houdt_de_toelichting(wandeling: Wandeling) -> None:
    wandeling.post("/scope/", pagina="start", label="T")
    wandeling.post("/overzicht/", pagina="scope", situatie="buurman", toelichting="eigen tekst 42")
    assert "Controleer uw invoer" in wandeling.tekst
    assert "eigen tekst 42" in wandeling.tekst
    assert "Valt deze situatie onder de meldcode?" in wandeling.tekst


def test_leeftijd_buiten_bereik_geeft_nederlandse_fout(wandeling: Wandeling) -> None:
    wandeling.post("/scope/", pagina="start", label="T")
    wandeling.post("/overzicht/", pagina="scope", situatie="huiselijke_kring", leeftijd="300")
    assert "hoogstens 130" in wandeling.tekst
    assert wandeling.casus.client.leeftijd is None


def test_stap_overslaan_vraagt_een_reden(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/2/", pagina="stap2", actie="overslaan", overslaan_reden="")
    assert "Geef de reden waarom u deze stap overslaat" in wandeling.tekst
    assert wandeling.casus.overgeslagen == {}


def test_overgeslagen_stap_staat_met_reden_in_het_overzicht_en_kan_hervat(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(vormen="vgv")
    wandeling.post(
        "/stap/3/",
        pagina="stap3",
        actie="overslaan",
        overslaan_reden="Vertrekt morgen naar het buitenland",
    )
    assert wandeling.casus.overgeslagen["3"].reden == "Vertrekt morgen naar het buitenland"
    wandeling.post("/overzicht/", pagina="stap3")
    assert "Overgeslagen" in wandeling.tekst
    assert "Vertrekt morgen naar het buitenland" in wandeling.tekst
    wandeling.post("/stap/3/", pagina="overzicht")
    wandeling.post("/stap/3/", pagina="stap3", actie="hervatten")
    assert wandeling.casus.overgeslagen == {}


def test_acuut_gevaar_is_bereikbaar_vanuit_een_stap_en_houdt_de_casus(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="NOOD-1")
    assert 'formaction="/acuut-gevaar/"' in wandeling.tekst
    wandeling.post("/acuut-gevaar/", pagina="overzicht")
    assert "Bel 112" in wandeling.tekst
    assert 'href="tel:112"' in wandeling.tekst
    assert wandeling.casus.label == "NOOD-1"
    wandeling.post("/overzicht/", pagina="nood")
    assert "Waar staat deze casus?" in wandeling.tekst


def test_acuut_gevaar_opent_ook_bij_fouten_op_de_pagina(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/acuut-gevaar/", pagina="stap1", sig_soort="derden", sig_tekst="zonder bron")
    assert "Bel 112" in wandeling.tekst


def test_noodpagina_zonder_casus_toont_de_tekst_van_het_pack(client) -> None:  # type: ignore[no-untyped-def]
    from meldwijzer.content.loader import default_pack

    tekst = client.get("/acuut-gevaar/").content.decode()
    assert default_pack().noodsituatie.titel in tekst
    assert 'href="tel:08002000"' in tekst
