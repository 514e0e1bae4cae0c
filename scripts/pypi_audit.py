"""Fallback dependency audit against PyPI's own vulnerability data, for where pip-audit cannot.

pip-audit (the real audit, run first by scripts/security.sh) asks PyPI for each pinned
release at /pypi/NAME/VERSION/json. Where only the project endpoint /pypi/NAME/json answers
(as behind the package proxy of this build machine), pip-audit skips every package. The
project endpoint carries the same `vulnerabilities` field, for the project's newest release:
so a pin that IS the newest release can still be audited with PyPI's data. Any other pin is
listed as not audited; nothing is guessed.

Usage: python scripts/pypi_audit.py requirements.lock
Exit status: 0 every pin audited and clean; 1 a known vulnerability; 3 clean, but some pins
could not be audited here (listed); 4 PyPI could not be reached at all.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

PYPI = "https://pypi.org/pypi"
TIMEOUT = 20


@dataclass(frozen=True)
class Uitkomst:
    naam: str
    versie: str
    gecontroleerd: bool
    kwetsbaarheden: tuple[str, ...] = ()
    reden: str = ""


def _json(url: str) -> dict[str, object] | None:
    """The JSON at url; None on 404. Other failures raise OSError."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as antwoord:  # noqa: S310 - fixed https host
            return json.load(antwoord)  # type: ignore[no-any-return]
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def _lijst(data: dict[str, object]) -> tuple[str, ...]:
    uit = []
    for v in data.get("vulnerabilities") or []:  # type: ignore[union-attr]
        if isinstance(v, dict) and not v.get("withdrawn"):
            hersteld = ", ".join(v.get("fixed_in") or []) or "geen herstelde versie bekend"
            uit.append(f"{v.get('id', '?')} (hersteld in: {hersteld})")
    return tuple(uit)


def _nieuwste_van_reeks(project: dict[str, object], versie: str) -> bool:
    """No later final release with the same major.minor (security fixes of a maintained series
    come as a new patch release). Only plain numeric versions are compared."""
    reeks = versie.split(".")[:2]
    releases = project.get("releases")
    if not isinstance(releases, dict) or not all(d.isdigit() for d in versie.split(".")):
        return False
    later = [
        v
        for v in releases
        if v.split(".")[:2] == reeks
        and all(d.isdigit() for d in v.split("."))
        and tuple(map(int, v.split("."))) > tuple(map(int, versie.split(".")))
    ]
    return not later


def controleer(naam: str, versie: str) -> Uitkomst:
    try:
        release = _json(f"{PYPI}/{naam}/{versie}/json")
        if release is not None:
            return Uitkomst(naam, versie, True, _lijst(release))
        project = _json(f"{PYPI}/{naam}/json")
    except (OSError, ValueError) as exc:
        return Uitkomst(naam, versie, False, reden=f"PyPI niet bereikbaar ({type(exc).__name__})")
    if project is None:
        return Uitkomst(naam, versie, False, reden="onbekend op PyPI")
    nieuwste = str(project.get("info", {}).get("version", ""))  # type: ignore[union-attr]
    if nieuwste != versie:
        reden = f"niet de nieuwste release ({nieuwste})"
        if _nieuwste_van_reeks(project, versie):  # e.g. an LTS series: a hint, not an audit
            reden += f"; wel de nieuwste van reeks {'.'.join(versie.split('.')[:2])}"
        return Uitkomst(naam, versie, False, reden=reden)
    return Uitkomst(naam, versie, True, _lijst(project))


def pins(pad: Path) -> list[tuple[str, str]]:
    uit = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        regel = regel.split("#", 1)[0].strip()
        if "==" in regel:
            naam, versie = regel.split("==", 1)
            uit.append((naam.strip(), versie.split(";", 1)[0].strip()))
    return uit


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("gebruik: pypi_audit.py requirements.lock", file=sys.stderr)
        return 2
    lijst = pins(Path(argv[0]))
    with ThreadPoolExecutor(max_workers=8) as pool:
        uitkomsten = list(pool.map(lambda p: controleer(*p), lijst))
    kwetsbaar = [u for u in uitkomsten if u.kwetsbaarheden]
    open_ = [u for u in uitkomsten if not u.gecontroleerd]
    for u in kwetsbaar:
        for k in u.kwetsbaarheden:
            print(f"KWETSBAAR {u.naam} {u.versie}: {k}")
    for u in open_:
        print(f"niet gecontroleerd: {u.naam} {u.versie}: {u.reden}")
    print(
        f"pypi-audit: {len(uitkomsten) - len(open_)} van {len(uitkomsten)} vastgepinde pakketten "
        f"gecontroleerd met de kwetsbaarheidsgegevens van PyPI; {len(kwetsbaar)} kwetsbaar."
    )
    if kwetsbaar:
        return 1
    if open_ and all(u.reden.startswith("PyPI niet bereikbaar") for u in open_):
        return 4 if len(open_) == len(uitkomsten) else 3
    return 3 if open_ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
