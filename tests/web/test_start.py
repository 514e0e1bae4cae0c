from __future__ import annotations

from django.test import Client

from .conftest import Wandeling, tekst_van


def test_startpagina_toont_veilig_thuis_als_tel_link_en_acuut_gevaar(client: Client) -> None:
    tekst = tekst_van(client.get("/"))
    assert 'href="tel:08002000"' in tekst
    assert "0800-2000" in tekst
    assert 'href="/acuut-gevaar/"' in tekst
    assert '<html lang="nl">' in tekst


def test_startpagina_waarschuwt_tegen_namen_en_zegt_waar_de_notities_staan(client: Client) -> None:
    tekst = tekst_van(client.get("/"))
    assert "Vul nergens een naam, BSN of adres in" in tekst
    assert "Alleen in dit tabblad van uw browser" in tekst


def test_nieuwe_casus_opent_de_scopevraag_met_het_label(wandeling: Wandeling) -> None:
    response = wandeling.post("/scope/", pagina="start", label="Dossier 77")
    assert response.status_code == 200
    assert "Valt deze situatie onder de meldcode?" in wandeling.tekst
    assert wandeling.casus.label == "Dossier 77"
    assert wandeling.casus.content_pack.startswith("bpsw@")


def test_te_lang_label_geeft_een_nederlandse_fout_en_geen_casus(wandeling: Wandeling) -> None:
    response = wandeling.post("/scope/", pagina="start", label="x" * 81)
    assert response.status_code == 200
    assert "Controleer uw invoer" in wandeling.tekst
    assert 'href="#id_label"' in wandeling.tekst
    assert wandeling.staat == ""


def test_pagina_zonder_casus_verwijst_naar_start(client: Client) -> None:
    tekst = tekst_van(client.get("/stap/1/"))
    assert "Er is in dit tabblad geen casus geopend" in tekst
    assert 'data-auto-herstel="1"' in tekst


def test_onbekende_pagina_geeft_nederlandse_404_zonder_traceback(client: Client) -> None:
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in tekst_van(response)
    assert "Traceback" not in tekst_van(response)
