"""`meldwijzer manage maak_beheerder NAAM`: create the first beheerder of an organisation.

The password is read from the terminal (or MELDWIJZER_BEHEERDER_WACHTWOORD for scripts);
the beheerder enrols her authenticator app at her first login.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from meldwijzer.web.org.models import Rol
from meldwijzer.web.org.services.basis import OrgFout
from meldwijzer.web.org.services.beheer import gebruiker_aanmaken


class Command(BaseCommand):
    help = "Maak een beheerder aan (gebruikersnaam als argument; wachtwoord wordt gevraagd)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gebruikersnaam")

    def handle(self, *args: Any, **options: Any) -> None:
        wachtwoord = os.environ.get("MELDWIJZER_BEHEERDER_WACHTWOORD", "")
        if not wachtwoord:
            wachtwoord = getpass.getpass("Wachtwoord (minstens 12 tekens): ")
            if wachtwoord != getpass.getpass("Nogmaals: "):
                raise CommandError("De wachtwoorden verschillen.")
        try:
            gebruiker_aanmaken(
                door=None,
                username=options["gebruikersnaam"],
                wachtwoord=wachtwoord,
                rol=Rol.BEHEERDER,
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except OrgFout as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Beheerder '{options['gebruikersnaam']}' aangemaakt. Log in op /org/ en koppel "
            "een authenticator-app."
        )
