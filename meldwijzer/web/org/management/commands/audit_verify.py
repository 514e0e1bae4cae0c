"""`meldwijzer manage audit_verify`: recompute the keyed hash chain of the audit trail and
compare it with the newest signed checkpoint (MELDWIJZER_AUDIT_CHECKPOINTS or --bestand)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from meldwijzer.web.org.audit import audit_verifieren


class Command(BaseCommand):
    help = "Controleer de hashketen van het auditlog en meld de eerste gebroken regel."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bestand", default=None, help="anders MELDWIJZER_AUDIT_CHECKPOINTS")

    def handle(self, *args: Any, **options: Any) -> None:
        start = time.perf_counter()
        uitslag = audit_verifieren(checkpoints=options["bestand"])
        duur = time.perf_counter() - start
        if not uitslag.in_orde:
            raise CommandError(
                f"Auditlog gebroken bij regel {uitslag.eerste_fout}: {uitslag.reden} "
                f"({uitslag.aantal} regels gelezen)."
            )
        self.stdout.write(
            f"Auditlog in orde: {uitslag.aantal} regels gecontroleerd in {duur:.1f} s."
        )
