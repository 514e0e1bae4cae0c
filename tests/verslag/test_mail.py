"""Mailing the verslag through a real SMTP server (aiosmtpd) started by the test."""

from __future__ import annotations

import email
import email.policy
import io
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings
from pypdf import PdfReader

from meldwijzer.verslag.mail import MailFout, verslag_mailen

from .factories import volle_casus
from .lezen import docx_tekst, normaal


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class _Ontvanger:
    """An aiosmtpd handler that keeps what arrived, or refuses recipients when told to."""

    weiger_ontvanger: bool = False
    fout_bij_data: bool = False
    berichten: list[EmailMessage] = field(default_factory=list)
    enveloppen: list[list[str]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.weiger_ontvanger:
            return "550 5.1.1 mailbox niet gevonden"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.fout_bij_data:
            return "451 4.3.0 tijdelijke fout"
        bericht = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.berichten.append(bericht)  # type: ignore[arg-type]
        self.enveloppen.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp() -> Iterator[tuple[_Ontvanger, int]]:
    ontvanger = _Ontvanger()
    poort = _vrije_poort()
    controller = Controller(ontvanger, hostname="127.0.0.1", port=poort)
    controller.start()
    try:
        yield ontvanger, poort
    finally:
        controller.stop()


def _instellingen(poort: int, **extra: Any) -> override_settings:
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=poort,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=10,
        MAIL_ENABLED=True,
        DEFAULT_FROM_EMAIL="meldwijzer@example.org",
        **extra,
    )


def test_verslag_komt_aan_met_tekst_en_pdf_bijlage(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    with _instellingen(poort):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org", formaat="pdf")
    assert len(ontvanger.berichten) == 1
    bericht = ontvanger.berichten[0]
    assert ontvanger.enveloppen[0] == ["professional@example.org"]
    assert bericht["To"] == "professional@example.org"
    assert bericht["Subject"] == "Verslag meldcode: Casus café-één"
    body = bericht.get_body(preferencelist=("plain",))
    assert body is not None
    tekst = body.get_content()
    assert "Observatie 12" in tekst and "één" in tekst
    bijlagen = list(bericht.iter_attachments())
    assert len(bijlagen) == 1
    bijlage = bijlagen[0]
    assert bijlage.get_content_type() == "application/pdf"
    assert bijlage.get_filename().startswith("verslag-casus-cafe-een-")
    pdf = bijlage.get_content()
    pdf_tekst = normaal(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Consultatieadvies 5" in pdf_tekst
    assert "melden is noodzakelijk" in pdf_tekst


def test_verslag_als_word_bijlage(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    with _instellingen(poort):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org", formaat="docx")
    bijlage = next(ontvanger.berichten[0].iter_attachments())
    assert bijlage.get_filename().endswith(".docx")
    assert "Derden 09" in docx_tekst(bijlage.get_content())


def test_ongeldig_adres_verstuurt_niets(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    with _instellingen(poort), pytest.raises(MailFout, match="geen geldig e-mailadres"):
        verslag_mailen(casus=volle_casus(), adres="niet een adres", formaat="pdf")
    assert ontvanger.berichten == []


def test_mail_uit_geeft_een_duidelijke_melding(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    with (
        _instellingen(
            poort,
        ),
        override_settings(MAIL_ENABLED=False),
    ):
        with pytest.raises(MailFout, match="Mail is niet ingesteld"):
            verslag_mailen(casus=volle_casus(), adres="professional@example.org")
    assert ontvanger.berichten == []


def test_geweigerde_verbinding_geeft_een_duidelijke_melding() -> None:
    with _instellingen(_vrije_poort()), pytest.raises(MailFout, match="niet worden verstuurd"):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org")


def test_smtp_fout_van_de_server_geeft_een_duidelijke_melding(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    ontvanger.weiger_ontvanger = True
    with _instellingen(poort), pytest.raises(MailFout, match="weigert dit adres"):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org")
    assert ontvanger.berichten == []


def test_onbekend_formaat_wordt_geweigerd(smtp: tuple[_Ontvanger, int]) -> None:
    ontvanger, poort = smtp
    with _instellingen(poort), pytest.raises(MailFout, match="Onbekend formaat"):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org", formaat="odt")
    assert ontvanger.berichten == []


def test_fout_bij_aflevering_geeft_een_melding_en_logt_geen_inhoud(
    smtp: tuple[_Ontvanger, int], caplog: pytest.LogCaptureFixture
) -> None:
    ontvanger, poort = smtp
    ontvanger.fout_bij_data = True
    with _instellingen(poort), pytest.raises(MailFout, match="niet worden verstuurd"):
        verslag_mailen(casus=volle_casus(), adres="professional@example.org")
    assert ontvanger.berichten == []
    assert "Observatie" not in caplog.text and "café" not in caplog.text
    assert "professional@example.org" not in caplog.text
