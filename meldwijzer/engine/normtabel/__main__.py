"""`python -m meldwijzer.engine.normtabel`: see the package docstring."""

from meldwijzer.engine.normtabel import main

raise SystemExit(main())
