"""Mailing the verslag in organisation mode: the audit trail names the recipient (issue 14,
item 6), never the content."""

from __future__ import annotations

from django.core import mail
from django.test import override_settings

from meldwijzer.web.org.models import AuditEntry, StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast
from .test_flow_integratie import _open, ingelogd


@override_settings(
    MODE="organisatie",
    MAIL_ENABLED=True,
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
def test_mailen_in_de_organisatiemodus_legt_de_ontvanger_vast(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    r = client.post(
        "/mailen/versturen/",
        {
            "staat": staat,
            "pagina": "mail",
            "actie": "versturen",
            "adres": "mw@zorg.example",
            "formaat": "txt",
        },
    )
    assert r.status_code == 200
    assert len(mail.outbox) == 1
    entry = AuditEntry.objects.get(actie="export_mail", object_id=str(stored.pk))
    assert entry.detail == "mw@zorg.example"
    assert entry.gebruiker_id == cast.medewerker.pk
    assert GEHEIM_SIGNAAL not in entry.detail
