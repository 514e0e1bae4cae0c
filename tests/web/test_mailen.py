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
