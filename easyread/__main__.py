"""``python -m easyread`` runs the command line."""

from easyread.cli import run

raise SystemExit(run())
