"""`meldwijzer manage audit_checkpoint`: verify the audit chain and append its head, signed
with the audit key, to the checkpoint file the operator keeps outside the database (run it
from cron, e.g. every hour, and copy the file off the host; docs/organisatie.md)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from meldwijzer.web.org.audit import checkpoint_schrijven


class Command(BaseCommand):
    help = "Controleer het auditlog en schrijf een ondertekend controlepunt buiten de database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bestand", default=None, help="anders MELDWIJZER_AUDIT_CHECKPOINTS")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            punt = checkpoint_schrijven(options["bestand"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Controlepunt geschreven: regel {punt.volgnummer}.")
