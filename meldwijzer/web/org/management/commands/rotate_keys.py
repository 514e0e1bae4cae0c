"""`meldwijzer manage rotate_keys`: re-encrypt stored text with the newest key.

Put the new key first in MELDWIJZER_ENCRYPTION_KEYS (keep the old ones after it), restart
the app, then run this command; it works in small batches while the app keeps running.
When it reports zero rows left, the old keys can be removed.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from meldwijzer.web.org.rotatie import sleutels_roteren


class Command(BaseCommand):
    help = "Versleutel opgeslagen tekst opnieuw met de nieuwste sleutel, in batches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=500)

    def handle(self, *args: Any, **options: Any) -> None:
        uitslag = sleutels_roteren(batch=options["batch"])
        for model, aantal in uitslag.items():
            self.stdout.write(f"{model}: {aantal} rij(en) opnieuw versleuteld.")
        self.stdout.write("Klaar: alle gegevens staan onder de nieuwste sleutel.")
