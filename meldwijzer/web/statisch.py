"""Static files: hashed, pre-compressed and cached for a year once collected.

`meldwijzer start` collects the static files into the data folder when they changed
(`bijwerken`), so the browser gets `flow.<hash>.css` gzip-compressed with a far-future
cache header. Without a collection (tests, `manage.py runserver`) the plain names are used
and whitenoise serves them from the app folders.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from whitenoise.storage import CompressedManifestStaticFilesStorage

STEMPEL = ".bronnen"


# whitenoise ships no type information: its storage class is Any to mypy.
class StatischeBestanden(CompressedManifestStaticFilesStorage):  # type: ignore[misc]
    """Manifest storage that falls back to the plain name when nothing was collected."""

    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return str(super().stored_name(name))
        except ValueError:  # not collected (yet): the finders serve the plain name
            return name


def bronnen_vingerafdruk() -> str:
    """A fingerprint of every static source file (path, size, mtime): cheap to compute."""
    from django.contrib.staticfiles.finders import get_finders

    regels = []
    for finder in get_finders():
        for pad, opslag in finder.list([]):
            bestand = Path(opslag.path(pad))
            st = bestand.stat()
            regels.append(f"{pad}\0{st.st_size}\0{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(sorted(regels)).encode()).hexdigest()


def bijwerken() -> bool:
    """Collect the static files when their sources changed; True when it collected."""
    from django.conf import settings
    from django.core.management import call_command

    doel = Path(settings.STATIC_ROOT)
    stempel = doel / STEMPEL
    vingerafdruk = bronnen_vingerafdruk()
    if (doel / "staticfiles.json").exists() and stempel.exists():
        if stempel.read_text(encoding="utf-8").strip() == vingerafdruk:
            return False
    doel.mkdir(parents=True, exist_ok=True)
    call_command("collectstatic", interactive=False, verbosity=0, clear=True)
    stempel.write_text(vingerafdruk, encoding="utf-8")
    return True
