from __future__ import annotations

from django.apps import AppConfig


class FlowConfig(AppConfig):
    name = "meldwijzer.web.flow"
    label = "flow"
    verbose_name = "Meldcode-stappen"
