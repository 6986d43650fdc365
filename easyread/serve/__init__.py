"""The co-production studio: ``easyread serve`` shows a booklet live in the browser and edits it.

The Markdown file stays the source of truth: edits replace only the lines of the row
they change (see :mod:`easyread.serve.edit`).
"""

from easyread.serve.server import StudioServer, make_server
from easyread.serve.state import Studio

__all__ = ["Studio", "StudioServer", "make_server"]
