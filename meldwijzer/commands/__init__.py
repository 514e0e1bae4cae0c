"""Sub-commands of the `meldwijzer` command line, one module each.

Each module defines `NAAM`, `HELP`, `add_arguments(parser)` and `run(args) -> int`.
Exit status: 0 success, 1 a finding (e.g. a broken pack), 2 bad input.
"""
