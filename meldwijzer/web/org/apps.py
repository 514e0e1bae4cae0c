"""Organisation mode: accounts, roles, lasting casussen, audit trail (issue 6)."""

from __future__ import annotations

from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "meldwijzer.web.org"
    label = "org"
    verbose_name = "Organisatie"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Plug the server store into the flow (the flow never imports this app).
        from meldwijzer.web.flow.store import modus_registreren
        from meldwijzer.web.org import checks  # noqa: F401 - registers the deploy checks
        from meldwijzer.web.org.store import MODUS

        modus_registreren("organisatie", MODUS)
