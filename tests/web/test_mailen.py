"""Mailing the verslag to oneself from the summary page (SMTP itself: tests/verslag)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import override_settings

from .conftest import Wandeling

MAIL = override_settings(
    MAIL_ENABLED=True, EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
)


@MAIL
def test_verslag_mailen_toont_eerst_de_privacywaarschuwing_en_verstuurt_dan(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(label="MAIL-1")
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Signaal MAIL")
    wandeling.post("/mailen/", pagina="stap1")
    assert "Let op uw privacy" in wandeling.tekst
    assert mail.outbox == []
    wandeling.post(
        "/mailen/versturen/",
        pagina="mail",
        actie="versturen",
        adres="ik@werk.example",
        formaat="txt",
    )
    assert "Het verslag is verstuurd" in wandeling.tekst
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ik@werk.example"]
    assert "Signaal MAIL" in mail.outbox[0].body
    assert wandeling.casus.label == "MAIL-1"


@MAIL
@pytest.mark.parametrize("adres", ["", "geen-adres", "a@b"])
def test_fout_adres_verstuurt_niets_en_houdt_de_casus(wandeling: Wandeling, adres: str) -> None:
    wandeling.nieuw(label="MAIL-2")
    wandeling.post(
        "/mailen/versturen/", pagina="mail", actie="versturen", adres=adres, formaat="pdf"
    )
    assert mail.outbox == []
    assert "Controleer uw invoer" in wandeling.tekst or "geen geldig e-mailadres" in wandeling.tekst
    assert wandeling.casus.label == "MAIL-2"


@MAIL
def test_een_label_met_regeleinden_geeft_geen_fout_en_komt_niet_in_het_log(
    wandeling: Wandeling, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 14, item 6: a CR/LF in the label made /mailen/versturen/ answer 500
    (BadHeaderError) with the label in the server log."""
    label = "L-1\r\nBcc: ander@example.org"
    wandeling.nieuw(label=label)
    r = wandeling.post(
        "/mailen/versturen/",
        pagina="mail",
        actie="versturen",
        adres="ik@werk.example",
        formaat="txt",
    )
    assert r.status_code == 200
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0].message()
    assert "\n" not in bericht["Subject"] and "\r" not in bericht["Subject"]
    assert bericht["Bcc"] is None
    assert mail.outbox[0].recipients() == ["ik@werk.example"]
    assert "Bcc" not in caplog.text and "ander@example" not in caplog.text


@override_settings(
    MAIL_ENABLED=True,
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    MELDWIJZER_MAIL_DOMEINEN=["zorg.example"],
)
def test_de_organisatie_kan_ontvangers_tot_haar_eigen_domeinen_beperken(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(label="DOM-1")
    versturen = {"pagina": "mail", "actie": "versturen", "formaat": "txt"}
    wandeling.post("/mailen/versturen/", adres="ik@gmail.example", **versturen)
    assert mail.outbox == []
    assert "alleen naar een adres van uw organisatie" in wandeling.tekst
    wandeling.post("/mailen/versturen/", adres="ik@team.zorg.example", **versturen)
    assert [m.to for m in mail.outbox] == [["ik@team.zorg.example"]]


@MAIL
def test_mailen_is_per_adres_beperkt(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="VEEL")
    versturen = {"pagina": "mail", "actie": "versturen", "formaat": "txt", "adres": "ik@w.example"}
    for _ in range(5):
        wandeling.post("/mailen/versturen/", **versturen)
    r = wandeling.client.post("/mailen/versturen/", {"staat": "", **versturen})
    assert r.status_code == 429
    assert len(mail.outbox) == 5
