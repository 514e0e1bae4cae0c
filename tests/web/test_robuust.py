"""Bad input gets a clear Dutch message on the page and loses nothing that was typed."""

from __future__ import annotations

import re

from django.test import Client

from meldwijzer.engine.casus import MAX_TEKST

from .conftest import Wandeling


def test_aangepaste_staat_wordt_geweigerd_en_het_getypte_blijft_staan(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="ECHT")
    wandeling.staat = wandeling.staat[:-3] + (
        "AAA" if not wandeling.staat.endswith("AAA") else "BBB"
    )
    r = wandeling.post(
        "/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Mijn getypte tekst 123"
    )
    assert r.status_code == 400
    assert "beschadigd of aangepast" in wandeling.tekst
    assert "Mijn getypte tekst 123" in wandeling.tekst
    assert "Traceback" not in wandeling.tekst


def test_onzin_als_staat_geeft_dezelfde_melding(client: Client) -> None:
    r = client.post(
        "/overzicht/",
        {"staat": "geen-geldige-staat", "pagina": "scope", "toelichting": "bewaar mij"},
    )
    assert r.status_code == 400
    assert "beschadigd of aangepast" in r.content.decode()
    assert "bewaar mij" in r.content.decode()


def test_ondertekende_staat_met_ongeldige_casus_wordt_geweigerd(client: Client) -> None:
    from django.core import signing

    token = signing.dumps(
        {"s": "x", "r": 3, "c": {"situatie": "maan"}}, salt="meldwijzer.flow.casus", compress=True
    )
    r = client.post("/overzicht/", {"staat": token, "pagina": "overzicht"})
    assert r.status_code == 400
    assert "beschadigd of aangepast" in r.content.decode()


def test_te_lange_tekst_geeft_fout_en_geen_wijziging(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    lang = "x" * (MAX_TEKST + 1)
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst=lang)
    assert "Controleer uw invoer" in wandeling.tekst
    assert "niet meer dan 20000 tekens" in wandeling.tekst
    assert wandeling.casus.signalen == []


def test_te_groot_verzoek_geeft_nederlandse_400_zonder_traceback(client: Client) -> None:
    r = client.post("/stap/1/", {"staat": "", "pagina": "stap1", "sig_tekst": "x" * 3_000_000})
    assert r.status_code == 400
    assert "Ongeldig verzoek" in r.content.decode()
    assert "Traceback" not in r.content.decode()


def test_onbekende_actie_wordt_genegeerd_en_de_pagina_opgeslagen(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/stap/1/",
        pagina="stap1",
        actie="verwijder:alles:*",
        sig_soort="observatie",
        sig_tekst="Blijft",
    )
    assert [s.tekst for s in wandeling.casus.signalen] == ["Blijft"]


def test_zonder_csrf_token_komt_de_pagina_terug_met_invoer_en_casus(client: Client) -> None:
    gewoon = Wandeling(client)
    gewoon.nieuw(label="CSRF-1")
    streng = Client(enforce_csrf_checks=True)
    r = streng.post(
        "/stap/1/",
        {
            "staat": gewoon.staat,
            "pagina": "stap1",
            "actie": "opslaan",
            "sig_soort": "observatie",
            "sig_tekst": "Getypt voor verlopen",
        },
    )
    tekst = r.content.decode()
    assert r.status_code == 403
    assert "Deze pagina was verlopen" in tekst
    assert "Getypt voor verlopen" in tekst
    assert "CSRF-1" in tekst  # the casus came back too
    assert 'name="csrfmiddlewaretoken"' in tekst  # with a fresh token to send again
    assert "csrftoken" in r.cookies


def test_csrf_met_geldig_token_werkt(client: Client) -> None:
    streng = Client(enforce_csrf_checks=True)
    start = streng.get("/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', start.content.decode()).group(
        1
    )
    r = streng.post("/scope/", {"csrfmiddlewaretoken": token, "pagina": "start", "label": "OK"})
    assert r.status_code == 200
    assert "Valt deze situatie onder de meldcode?" in r.content.decode()


def test_csrf_fout_zonder_bekende_pagina_geeft_nederlandse_foutpagina() -> None:
    streng = Client(enforce_csrf_checks=True)
    r = streng.post("/wissen/", {})
    assert r.status_code == 403
    assert "Deze pagina was verlopen" in r.content.decode()


def test_get_op_de_schrijfcheck_mag_niet(client: Client) -> None:
    assert client.get("/schrijfcheck/").status_code == 405


def test_aangepaste_staat_bewaart_ook_hypothese_en_visie_van_de_kinderen(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(leeftijd="9")
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="hypothese", sig_tekst="Mogelijk")
    sid = wandeling.casus.signalen[0].id
    wandeling.staat = wandeling.staat[:-3] + "abc"
    r = wandeling.post(
        "/stap/1/",
        pagina="stap1",
        **{f"hyp_{sid}_vervolg": "Vervolg blijft 55", "visie_kinderen": "Visie blijft 66"},
    )
    assert r.status_code == 400
    assert "Vervolg blijft 55" in wandeling.tekst
    assert "Visie blijft 66" in wandeling.tekst
