"""`meldwijzer manage bewaartermijn`: delete closed casussen after the retention period.

Run it daily (cron or a systemd timer). Only an audit entry remains of each deleted casus.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from meldwijzer.web.org.selectors import instellingen
from meldwijzer.web.org.services.casus import bewaartermijn_toepassen


class Command(BaseCommand):
    help = "Verwijder afgesloten casussen waarvan de bewaartermijn voorbij is."

    def handle(self, *args: Any, **options: Any) -> None:
        aantal = bewaartermijn_toepassen()
        dagen = instellingen().bewaartermijn()
        self.stdout.write(
            f"{aantal} afgesloten casus(sen) verwijderd (bewaartermijn {dagen} dagen)."
        )
