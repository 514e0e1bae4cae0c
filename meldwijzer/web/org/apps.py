"""Organisation mode: accounts, roles, lasting casussen, audit trail (issue 6)."""

from __future__ import annotations

from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "meldwijzer.web.org"
    label = "org"
    verbose_name = "Organisatie"
    default_auto_field = "django.db.models.BigAutoField"
