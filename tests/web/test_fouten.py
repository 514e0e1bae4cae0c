"""One application error hierarchy, mapped to pages in one place (issue 18 item 4).

Every module's error family subclasses meldwijzer.engine.fouten.MeldwijzerFout; whatever a
view lets through becomes the page of its kind (title, HTTP status, the Dutch message, never a
traceback) in meldwijzer.web.errors.MeldwijzerFoutMiddleware; views catch only the base class.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from django.test import Client, override_settings

import meldwijzer
from meldwijzer.engine.fouten import STATUS, MeldwijzerFout, Soort

from . import fouten_urls

ROOT = Path(meldwijzer.__file__).resolve().parent

#: Each module's family, where it lives.
FAMILIES = {
    "meldwijzer.content.loader": "PackError",
    "meldwijzer.meldcode.profiel": "ProfielFout",
    "meldwijzer.meldcode.document": "OnbekendeInvulling",
    "meldwijzer.verslag.export": "ExportFout",
    "meldwijzer.verslag.formaten": "GeenConceptMelding",
    "meldwijzer.verslag.mail": "MailFout",
    "meldwijzer.web.flow.store": "StaatOngeldig",
    "meldwijzer.web.meldcode.services": "MeldcodeFout",
    "meldwijzer.web.org.services.basis": "OrgFout",
    "meldwijzer.web.org.beleid": "Geweigerd",
    "meldwijzer.web.org.crypto": "SleutelFout",
    "meldwijzer.web.org.models": "AuditOnveranderlijk",
    "meldwijzer.web.org.selectors": "CasusNietGevonden",
}

#: Families a view may still name, and why: not an error page but a recovery of its own.
HERSTEL = {
    # The posted casus cannot be trusted: the page shows again from the fields as posted
    # (or an empty casus), keeping what she typed.
    "StaatOngeldig",
    # A colleague saved first: her page again over the newest version, her input kept.
    "CasusConflict",
}


@pytest.mark.parametrize(("module", "naam"), sorted(FAMILIES.items()))
def test_elke_familie_is_een_meldwijzerfout(module: str, naam: str) -> None:
    assert issubclass(getattr(importlib.import_module(module), naam), MeldwijzerFout)


def test_elke_soort_heeft_een_status_en_een_titel() -> None:
    from meldwijzer.web.errors import TITELS

    assert set(STATUS) == set(Soort) == set(TITELS)


@pytest.mark.parametrize("soort", list(Soort))
def test_elke_soort_wordt_zijn_pagina(soort: Soort) -> None:
    melding = "Kies eerst een casus."
    fouten_urls.zet({"x": MeldwijzerFout(melding, soort=soort)})
    with override_settings(ROOT_URLCONF=fouten_urls.__name__):
        antwoord = Client(raise_request_exception=False).get("/test-fout/x/")
    html = antwoord.content.decode()
    assert antwoord.status_code == STATUS[soort]
    assert "Traceback" not in html
    from meldwijzer.web.errors import TITELS

    assert f"<h1>{TITELS[soort]}</h1>" in html
    if soort is Soort.INTERN:  # the operator's message stays in the log
        assert melding not in html
        assert "Er ging op de server iets mis" in html
    else:
        assert melding in html


def test_families_komen_op_hun_pagina() -> None:
    from meldwijzer.verslag.export import ExportFout
    from meldwijzer.web.meldcode.services import MeldcodeFout
    from meldwijzer.web.org.beleid import Geweigerd
    from meldwijzer.web.org.crypto import SleutelFout
    from meldwijzer.web.org.selectors import CasusNietGevonden
    from meldwijzer.web.org.services.basis import VersieConflict

    verwacht = {
        "export": (ExportFout("Dit bestand is geen casus."), 400),
        "meldcode": (MeldcodeFout("Alleen een beheerder.", soort=Soort.GEWEIGERD), 403),
        "beleid": (Geweigerd("Deze casus is afgesloten.", status=409), 409),
        "sleutel": (SleutelFout("sleutel k3 ontbreekt"), 500),
        "weg": (CasusNietGevonden(), 404),
        "versie": (VersieConflict(3), 409),
    }
    fouten_urls.zet({naam: fout for naam, (fout, _) in verwacht.items()})
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF=fouten_urls.__name__):
        for naam, (fout, status) in verwacht.items():
            antwoord = client.get(f"/test-fout/{naam}/")
            assert antwoord.status_code == status, naam
            html = antwoord.content.decode()
            assert (fout.melding in html) == (status != 500), naam


def _views() -> list[Path]:
    return sorted(p for p in (ROOT / "web").rglob("views*.py"))


def _familienamen() -> set[str]:
    for info in pkgutil.walk_packages([str(ROOT)], "meldwijzer."):
        if ".migrations" not in info.name and "__main__" not in info.name:
            try:
                importlib.import_module(info.name)
            except Exception:  # noqa: S112 - an optional module (e.g. PDF fonts)
                continue
    namen: set[str] = set()
    te_doen = [MeldwijzerFout]
    while te_doen:
        klasse = te_doen.pop()
        namen.add(klasse.__name__)
        te_doen.extend(klasse.__subclasses__())
    return namen - {"MeldwijzerFout"}


def _gevangen(handler: ast.ExceptHandler) -> list[str]:
    typen = handler.type
    if typen is None:
        return ["(kaal)"]
    knopen = typen.elts if isinstance(typen, ast.Tuple) else [typen]
    return [k.attr if isinstance(k, ast.Attribute) else getattr(k, "id", "?") for k in knopen]


def test_views_vangen_alleen_de_basisklasse() -> None:
    """No view catches a family one by one, a bare ValueError or everything (except the
    CSRF failure page, which must answer whatever happens)."""
    families = _familienamen()
    assert {"OrgFout", "MailFout", "ExportFout", "GeenConceptMelding"} <= families
    assert len(_views()) >= 8
    fout: list[str] = []
    for pad in _views():
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        for functie in ast.walk(boom):
            if not isinstance(functie, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for knoop in ast.walk(functie):
                if not isinstance(knoop, ast.ExceptHandler):
                    continue
                for naam in _gevangen(knoop):
                    waar = f"{pad.relative_to(ROOT)}:{knoop.lineno} ({functie.name}): {naam}"
                    if naam in families - HERSTEL or naam in {"ValueError", "(kaal)"}:
                        fout.append(waar)
                    elif (
                        naam in {"Exception", "BaseException"}
                        and functie.name != "csrf_failure_page"
                    ):
                        fout.append(waar)
    assert not fout, fout
