"""Deployment checks of organisation mode (`manage check --deploy`; issue 14, low).

Without MELDWIJZER_ENCRYPTION_KEYS the content key is derived from SECRET_KEY (fine for
development): in production the content would then be readable to whoever has the secret
key, and could not be rotated apart from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def sleutels_ingesteld(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: object
) -> list[Error]:
    if getattr(settings, "MODE", "prive") != "organisatie":
        return []
    fouten = []
    if not getattr(settings, "MELDWIJZER_ENCRYPTION_KEYS", []):
        fouten.append(
            Error(
                "MELDWIJZER_ENCRYPTION_KEYS is niet gezet: de inhoud van casussen wordt dan "
                "versleuteld met een sleutel die uit MELDWIJZER_SECRET_KEY is afgeleid.",
                hint="Zet één of meer Fernet-sleutels (nieuwste eerst), zie docs/organisatie.md.",
                id="meldwijzer.E001",
            )
        )
    if not getattr(settings, "MELDWIJZER_AUDIT_KEY", ""):
        fouten.append(
            Error(
                "MELDWIJZER_AUDIT_KEY is niet gezet: de sleutel van de auditketen wordt dan "
                "uit MELDWIJZER_SECRET_KEY afgeleid.",
                hint="Zet een eigen geheime sleutel (of _FILE), zie docs/organisatie.md.",
                id="meldwijzer.E002",
            )
        )
    if not getattr(settings, "MELDWIJZER_AUDIT_CHECKPOINTS", ""):
        fouten.append(
            Error(
                "MELDWIJZER_AUDIT_CHECKPOINTS is niet gezet: zonder controlepunten buiten de "
                "database valt het afknippen van het auditlog niet op.",
                hint="Noem een bestand buiten de database, zie docs/organisatie.md.",
                id="meldwijzer.E003",
            )
        )
    return fouten
