from meldwijzer.cli import main

raise SystemExit(main())
