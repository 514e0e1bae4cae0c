"""The organisation's own meldcode in organisation mode (issue 16): profile, adoption,
training log, evaluations and the yearly verantwoording."""

from __future__ import annotations

from django.apps import AppConfig


class MeldcodeConfig(AppConfig):
    name = "meldwijzer.web.meldcode"
    label = "meldcode"
    verbose_name = "Meldcode van de organisatie"
    default_auto_field = "django.db.models.BigAutoField"
