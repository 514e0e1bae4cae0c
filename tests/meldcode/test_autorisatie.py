"""Who may do what on the meldcode pages, walked as every member of the cast. Only the
beheerder edits the profile and the training log; the aandachtsfunctionaris and the
beslisser may read the verantwoording; a medewerker may not (issue 16). Every URL of the
app is listed here, so a new page without a rule fails `test_elke_route_staat_in_de_lijst`."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from org.conftest import Cast, ingelogd

from meldwijzer.web.meldcode import urls
from meldwijzer.web.meldcode.models import ProfielVersie, Training
from meldwijzer.web.org.models import AuditEntry

from .helpers import profiel
from .test_profiel_pagina import formulier

pytestmark = pytest.mark.django_db
ALLE = frozenset({"medewerker", "aandachtsfunctionaris", "beslisser", "beheerder"})
LEZERS = frozenset({"aandachtsfunctionaris", "beslisser", "beheerder"})
BEHEER = frozenset({"beheerder"})


@dataclass(frozen=True)
class Route:
    naam: str
    methode: str
    pad: str
    mag: frozenset[str]
    data: dict[str, str] = field(default_factory=dict)
    actie: str = ""  # the audit action that proves a write happened
    gelukt: int = 200


ROUTES = (
    Route("bekijken", "GET", "/org/meldcode/", ALLE),
    Route("profiel", "GET", "/org/meldcode/profiel/", BEHEER),
    Route(
        "profiel", "POST", "/org/meldcode/profiel/", BEHEER, {}, "meldcode_profiel_gewijzigd", 302
    ),
    Route(
        "vaststellen",
        "POST",
        "/org/meldcode/vaststellen/",
        BEHEER,
        {"datum": "2026-01-02", "vastgesteld_door": "Bestuur"},
        "meldcode_vastgesteld",
        302,
    ),
    Route("bestand", "GET", "/org/meldcode/meldcode.pdf", ALLE, actie="meldcode_geexporteerd"),
    Route(
        "profielbestand",
        "GET",
        "/org/meldcode/profiel.yaml",
        ALLE,
        actie="meldcode_profiel_geexporteerd",
    ),
    Route("verantwoording", "GET", "/org/meldcode/verantwoording/", LEZERS),
    Route(
        "verantwoording_bestand",
        "GET",
        "/org/meldcode/verantwoording/bestand.pdf?jaar=2025",
        LEZERS,
        actie="verantwoording_geexporteerd",
    ),
    Route(
        "training",
        "POST",
        "/org/meldcode/verantwoording/training/",
        BEHEER,
        {"training-datum": "2025-03-01", "training-onderwerp": "Meldcode", "training-aantal": "9"},
        "meldcode_training_toegevoegd",
        302,
    ),
    Route(
        "training_weg",
        "POST",
        "/org/meldcode/verantwoording/training/{training}/verwijderen/",
        BEHEER,
        actie="meldcode_training_verwijderd",
        gelukt=302,
    ),
    Route(
        "evaluatie",
        "POST",
        "/org/meldcode/verantwoording/evaluatie/",
        BEHEER,
        {
            "evaluatie-datum": "2025-03-01",
            "evaluatie-deelnemers": "Team",
            "evaluatie-conclusies": "Goed",
        },
        "meldcode_evaluatie_toegevoegd",
        302,
    ),
    Route(
        "jaar",
        "POST",
        "/org/meldcode/verantwoording/jaar/2025/",
        BEHEER,
        {"jaar-informeren": "Intranet", "jaar-plannen": "Training"},
        "meldcode_jaarverslag_gewijzigd",
        302,
    ),
)


def test_elke_route_staat_in_de_lijst() -> None:
    assert {p.name for p in urls.urlpatterns} == {r.naam for r in ROUTES}


@pytest.fixture(autouse=True)
def _org(settings: object) -> None:
    settings.MODE = "organisatie"  # type: ignore[attr-defined]


@pytest.fixture
def wereld(cast: Cast) -> Cast:
    from meldwijzer.web.meldcode import services

    services.profiel_opslaan(door=cast.beheerder, profiel=profiel())
    return cast


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.methode}-{r.naam}")
@pytest.mark.parametrize(
    "rol", ["anoniem", "medewerker", "aandachtsfunctionaris", "beslisser", "beheerder"]
)
def test_elke_route_is_alleen_bereikbaar_voor_wie_er_recht_op_heeft(
    wereld: Cast, route: Route, rol: str
) -> None:
    gebruiker = wereld.alle()[rol]
    training = Training.objects.create(
        datum="2025-01-01", onderwerp="x", aantal=5, door=wereld.beheerder
    )
    pad = route.pad.format(training=training.pk)
    data = route.data or (formulier(beslisser="Een ander") if route.naam == "profiel" else {})
    voor = AuditEntry.objects.filter(actie=route.actie).count() if route.actie else 0
    versies = ProfielVersie.objects.count()
    client = ingelogd(gebruiker)
    antwoord = client.get(pad) if route.methode == "GET" else client.post(pad, data)
    na = AuditEntry.objects.filter(actie=route.actie).count() if route.actie else 0
    if rol == "anoniem":
        assert antwoord.status_code == 302 and "/org/inloggen/" in antwoord["Location"]
    elif rol in route.mag:
        assert antwoord.status_code == route.gelukt, antwoord.content[:300]
        if route.actie:
            assert na == voor + 1
        return
    else:
        assert antwoord.status_code == 403
    assert na == voor
    assert ProfielVersie.objects.count() == versies
    assert Training.objects.filter(pk=training.pk).exists()
