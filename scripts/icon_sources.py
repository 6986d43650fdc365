"""The pinned npm packages the bundled pictures come from, fetched and checked by hash."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"


@dataclass(frozen=True)
class Pin:
    """One npm package at a fixed version with the integrity hash npm publishes for it."""

    package: str
    version: str
    integrity: str


PINS = {
    "openmoji": Pin("openmoji", "17.0.0",
              "sha512-EBnYrNGdcdw+OSXmENeNE1yBNRu6tOraTmoOyUbJkTmvT/+XETp8RZLSJFzD3lrPc5N9CzsyPnRTk0Vp4UaI9w=="),
    "healthicons": Pin("healthicons", "2.0.0",
              "sha512-fl2Ja5CUwtWqdHf5Q0/V7OEGGQjTHlMrDZy0bwgE5ZvYnVwR51WLlLonl4NY6+7urEJchCnWUJglTUEEUS1dhg=="),
    "fluent": Pin("@iconify-json/fluent-emoji-flat", "1.2.6",
                  "sha512-RY47RgPb47fYUiyrA64sIOL0+UU02s29sXpNBbIQRBUlPlfNFTKUmZDERGuxDs/7yNGWqQYvuaSYM1M4fRXlUw=="),
    # CLDR names and keywords of every emoji in French and Spanish, for the emoji-based sets.
    "emojibase": Pin("emojibase-data", "17.0.0",
                     "sha512-Yvgb5AWoHViHV/gq1qr5ZAarcBip+B27/ZLRsUJkbgAEaLlZ/fof9g882LTpmEpyhBNEC0m2SEmItljHsTygjA=="),
}

class IntegrityError(ValueError):
    """A downloaded file does not match its pinned hash."""


def verify_integrity(data: bytes, integrity: str) -> None:
    """Raise IntegrityError unless `data` matches the npm-style `integrity` ("sha512-<base64>")."""
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512" or not expected:
        raise IntegrityError(f"Unsupported integrity value: {integrity!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    if actual != expected:
        raise IntegrityError(f"Hash mismatch: expected sha512-{expected}, got sha512-{actual}")


def fetch_tarball(pin: Pin, cache: Path) -> bytes:
    """The package tarball, from `cache` or the npm registry, checked against the pin."""
    cached = cache / f"{pin.package.rsplit('/', 1)[-1]}-{pin.version}.tgz"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        url = f"{REGISTRY}/{pin.package.replace('/', '%2f')}/{pin.version}"
        with urllib.request.urlopen(url, timeout=60) as r:
            meta = json.load(r)
        if meta["dist"]["integrity"] != pin.integrity:
            raise IntegrityError(f"The registry lists a different hash for {pin.package}")
        with urllib.request.urlopen(meta["dist"]["tarball"], timeout=300) as r:
            data = r.read()
    verify_integrity(data, pin.integrity)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data


def members(data: bytes) -> dict[str, bytes]:
    """Every file in a package tarball, by its path inside it."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return {m.name: tar.extractfile(m).read()  # type: ignore[union-attr]
                for m in tar.getmembers() if m.isfile()}
