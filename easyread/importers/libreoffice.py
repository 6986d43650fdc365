"""Convert files with LibreOffice, when it is installed: OpenDocument text and Windows metafiles.

Each run gets its own LibreOffice profile folder, so imports can run beside an open
LibreOffice or each other, and a time limit, so a file LibreOffice chokes on cannot hang us.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["TIMEOUT_S", "ConversionError", "convert", "find_soffice"]

TIMEOUT_S = 180
"""The longest a conversion may take, in seconds."""


class ConversionError(RuntimeError):
    """LibreOffice is missing, or could not convert the file; the message says which."""


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """Convert `source` to `target_format` (``docx``, ``png``) in `out_dir`; return the new file."""
    program = find_soffice()
    if program is None:
        raise ConversionError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="easyread-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--convert-to", target_format, "--outdir", str(out_dir),
                   str(source)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice took more than {TIMEOUT_S} s") from None
        except OSError as exc:
            raise ConversionError(f"LibreOffice could not start ({exc})") from None
    result = out_dir / f"{source.stem}.{target_format.split(':')[0]}"
    if done.returncode != 0 or not result.is_file():
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConversionError("LibreOffice could not convert it"
                              + (f" ({said[-1]})" if said else ""))
    return result
