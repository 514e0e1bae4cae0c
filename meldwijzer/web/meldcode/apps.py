"""The organisation's own meldcode in organisation mode (issue 16): profile, adoption,
training log, evaluations and the yearly verantwoording."""

from __future__ import annotations

from django.apps import AppConfig


class MeldcodeConfig(AppConfig):
    name = "meldwijzer.web.meldcode"
    label = "meldcode"
    verbose_name = "Meldcode van de organisatie"
    default_auto_field = "django.db.models.BigAutoField"

    def organisatienaam(self) -> str:
        """The organisation's name from the newest profile version, or "" without one.
        Organisation mode prefills it as the professional's organisation in a new casus."""
        from .selectors import huidig_profiel

        profiel = huidig_profiel()
        return profiel.naam if profiel else ""
