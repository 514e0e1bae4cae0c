"""Mail the verslag to an address the professional gives, through the organisation's SMTP server.

The only module of `meldwijzer.verslag` that imports Django. Mail is off unless configured
(`settings.MAIL_ENABLED`); the web view shows a privacy warning before it calls this. Nothing
is sent on a bad address, and a failed delivery raises `MailFout` with a Dutch message; the
casus itself is untouched either way. No casus content is ever logged.
"""

from __future__ import annotations

import logging
import re
import smtplib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import BadHeaderError, EmailMessage
from django.core.validators import validate_email

from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.verslag.formaten import FORMATEN, GeenConceptMelding, bestandsnaam, render
from meldwijzer.verslag.model import bouw_verslag
from meldwijzer.verslag.render_tekst import render_text

log = logging.getLogger(__name__)

MAIL_FORMATEN = ("pdf", "docx", "txt", "html")


class MailFout(MeldwijzerFout):
    """The verslag was not sent; the message says why, in Dutch, for the professional."""


def mail_ingesteld() -> bool:
    return bool(getattr(settings, "MAIL_ENABLED", False))


def _controleer_adres(adres: str) -> str:
    adres = adres.strip()
    try:
        validate_email(adres)
    except ValidationError as exc:
        raise MailFout("Dit is geen geldig e-mailadres. Er is niets verstuurd.") from exc
    domeinen = list(getattr(settings, "MELDWIJZER_MAIL_DOMEINEN", []))
    if domeinen:
        domein = adres.rsplit("@", 1)[1].lower()
        if not any(domein == d or domein.endswith("." + d) for d in domeinen):
            raise MailFout(
                "U kunt het verslag alleen naar een adres van uw organisatie sturen ("
                + ", ".join("@" + d for d in domeinen)
                + "). Er is niets verstuurd."
            )
    return adres


def kopregel(tekst: str) -> str:
    """Header text without line breaks or other control characters (a label is free text:
    a CR/LF in it would otherwise add headers or make Django refuse the message)."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", tekst).strip()[:150]


def verslag_mailen(
    *, casus: Casus, adres: str, formaat: str = "pdf", advies: Advies | None = None
) -> None:
    """Send the verslag: the text version as body, `formaat` as attachment."""
    if not mail_ingesteld():
        raise MailFout(
            "Mail is niet ingesteld voor deze installatie. Download het verslag en bewaar het zelf."
        )
    if formaat not in MAIL_FORMATEN:
        raise MailFout(f"Onbekend formaat '{formaat}'. Kies uit: {', '.join(MAIL_FORMATEN)}.")
    adres = _controleer_adres(adres)
    verslag = bouw_verslag(casus, advies=advies)
    try:
        bijlage = render(verslag, formaat)
    except GeenConceptMelding as exc:  # pragma: no cover - concept is not a mail format
        raise MailFout(str(exc)) from exc
    bericht = EmailMessage(
        subject=kopregel(f"Verslag meldcode: {verslag.label}"),
        body=render_text(verslag),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[adres],
    )
    bericht.attach(bestandsnaam(casus.label, formaat), bijlage, FORMATEN[formaat].mime)
    try:
        verzonden = bericht.send(fail_silently=False)
    except smtplib.SMTPRecipientsRefused as exc:
        log.warning("verslag mailen: ontvanger geweigerd door de mailserver")
        raise MailFout("De mailserver weigert dit adres. Het verslag is niet verstuurd.") from exc
    except BadHeaderError as exc:  # kopregel() should prevent this; never a 500, never the text
        log.warning("verslag mailen: ongeldige kopregel")
        raise MailFout("Het verslag kon niet worden verstuurd. Er is niets verstuurd.") from exc
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        log.warning("verslag mailen mislukt: %s", exc.__class__.__name__)
        raise MailFout(
            "Het verslag kon niet worden verstuurd: de mailserver is niet bereikbaar of gaf een "
            "fout. Probeer het later opnieuw, of download het verslag."
        ) from exc
    if verzonden != 1:
        raise MailFout("Het verslag is niet verstuurd. Probeer het later opnieuw.")
