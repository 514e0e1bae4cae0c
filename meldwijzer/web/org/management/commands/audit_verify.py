"""`meldwijzer manage audit_verify`: recompute the hash chain of the audit trail."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from meldwijzer.web.org.audit import audit_verifieren


class Command(BaseCommand):
    help = "Controleer de hashketen van het auditlog en meld de eerste gebroken regel."

    def handle(self, *args: Any, **options: Any) -> None:
        start = time.perf_counter()
        uitslag = audit_verifieren()
        duur = time.perf_counter() - start
        if not uitslag.in_orde:
            raise CommandError(
                f"Auditlog gebroken bij regel {uitslag.eerste_fout}: {uitslag.reden} "
                f"({uitslag.aantal} regels gelezen)."
            )
        self.stdout.write(
            f"Auditlog in orde: {uitslag.aantal} regels gecontroleerd in {duur:.1f} s."
        )
