"""`meldwijzer manage ARGS...`: Django's management commands (migrate, createsuperuser, ...)."""

from __future__ import annotations

import argparse
import os


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("opdracht", nargs=argparse.REMAINDER, help="Django-opdracht met argumenten")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meldwijzer.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["meldwijzer manage", *args.opdracht])
    return 0
