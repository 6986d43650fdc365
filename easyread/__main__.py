"""``python -m easyread`` runs the command line."""

from easyread.cli import main

raise SystemExit(main())
