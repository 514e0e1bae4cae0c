"""The `meldwijzer` command line. Sub-commands live in `meldwijzer.commands`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from meldwijzer import __version__

#: Sub-command modules, in the order `--help` lists them. Imported lazily so that
#: `meldwijzer assess` does not pay for Django, PDF or Word libraries.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("start", "meldwijzer.commands.start", "start de webapplicatie en toon het adres"),
    (
        "assess",
        "meldwijzer.commands.assess",
        "beoordeel een casus (JSON) en geef het advies als JSON",
    ),
    ("content", "meldwijzer.commands.content", "controleer een content pack (content check PAD)"),
    ("verslag", "meldwijzer.commands.verslag", "maak het verslag van een opgeslagen casus"),
    (
        "meldcode",
        "meldwijzer.commands.meldcode",
        "maak de eigen meldcode van een organisatie (meldcode maken PROFIEL -o OUT)",
    ),
    (
        "check-tekst",
        "meldwijzer.commands.check_tekst",
        "controleer of een notitie concreet is geschreven",
    ),
    (
        "manage",
        "meldwijzer.commands.manage",
        "Django-beheeropdrachten (migrate, createsuperuser, ...)",
    ),
)


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch framing and exit status 2 on bad input, never a traceback."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"meldwijzer: fout in de invoer: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="meldwijzer",
        description=(
            "meldwijzer: de Meldcode huiselijk geweld en kindermishandeling, stap voor stap."
        ),
    )
    parser.add_argument("--version", action="version", version=f"meldwijzer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for naam, _module, help_text in COMMANDS:
        sub.add_parser(naam, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        build_parser().print_help()
        return 0
    if args[0] == "--version":
        print(f"meldwijzer {__version__}")
        return 0
    for naam, module_name, help_text in COMMANDS:
        if args[0] == naam:
            module = importlib.import_module(module_name)
            parser = _Parser(prog=f"meldwijzer {naam}", description=help_text)
            module.add_arguments(parser)
            parsed = parser.parse_args(args[1:])
            try:
                return int(module.run(parsed))
            except KeyboardInterrupt:
                return 130
    build_parser().error(f"onbekende opdracht '{args[0]}'; zie 'meldwijzer --help'")
    return 2
