"""`python -m custjournal` runs the command line (and the app, with no command)."""

from custjournal.cli import main

raise SystemExit(main())
