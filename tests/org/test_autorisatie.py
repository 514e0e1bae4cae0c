"""Every organisation URL, walked as every member of the cast: who may see and change what.

A denied request must change nothing (no audit entry for the action); an allowed one must
do what it says. Statuses: anonymous → 302 to the login, wrong role → 403, a casus that is
not hers → 404 (indistinguishable from a casus that does not exist).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.test import override_settings

from meldwijzer.web.org import services
from meldwijzer.web.org.models import AuditEntry, DeelRol, StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast, casus_met_tekst, ingelogd

ROLLEN = (
    "anoniem",
    "medewerker",
    "aandachtsfunctionaris",
    "beslisser",
    "beheerder",
    "buitenstaander",
)
PROF = frozenset({"medewerker", "aandachtsfunctionaris", "beslisser", "buitenstaander"})
CASUS_LEZERS = frozenset({"medewerker", "aandachtsfunctionaris", "beslisser"})
EIGENAAR = frozenset({"medewerker"})
BEHEER = frozenset({"beheerder"})


@dataclass(frozen=True)
class Route:
    naam: str
    methode: str
    pad: str  # {casus}, {deling}, {mw2} are filled in per world
    mag: frozenset[str]
    klasse: frozenset[str]  # roles for which the page exists (others: 403)
    data: dict[str, str] = field(default_factory=dict)
    actie: str = ""  # audit action that proves the change happened
    gelukt: int = 200


VANDAAG = dt.date.today().isoformat()
HERWEGING = {
    "geweld_stopt_niet": "ja",
    "ernstiger_dan_verwacht": "nee",
    "doelen_niet_behaald": "nee",
    "plan_loopt_vast": "nee",
    "expertise_nodig": "nee",
}

ROUTES = (
    Route("overzicht", "GET", "/org/casussen/", PROF, PROF),
    Route(
        "nieuw",
        "POST",
        "/org/casussen/nieuw/",
        PROF,
        PROF,
        {"dossier_ref": "N-1"},
        "casus_aangemaakt",
        302,
    ),
    Route("casus", "GET", "/org/casussen/{casus}/", CASUS_LEZERS, PROF, actie="casus_bekeken"),
    # Opens the flow's overview on the stored casus (a redirect to /overzicht/?casus=<id>).
    Route(
        "stappen",
        "GET",
        "/org/casussen/{casus}/stappen/",
        EIGENAAR,
        PROF,
        actie="casus_geopend",
        gelukt=302,
    ),
    # The flow's overview, opened there, posts back to it (test_flow_integratie saves a casus).
    Route(
        "stappen-opslaan",
        "POST",
        "/org/casussen/{casus}/stappen/",
        EIGENAAR,
        PROF,
        {"pagina": "overzicht", "actie": "opslaan"},
        gelukt=307,
    ),
    Route(
        "audit", "GET", "/org/casussen/{casus}/audit/", CASUS_LEZERS, PROF, actie="audit_bekeken"
    ),
    Route(
        "vt",
        "POST",
        "/org/casussen/{casus}/veilig-thuis/",
        EIGENAAR,
        PROF,
        {"soort": "melding", "datum": VANDAAG, "wijze": "telefonisch"},
        "vt_melding",
        302,
    ),
    Route(
        "hulpplan",
        "POST",
        "/org/casussen/{casus}/hulpplan/",
        EIGENAAR,
        PROF,
        {"doelen": "Rust in huis", "evaluatiedatum": VANDAAG},
        "hulpplan_opgeslagen",
        302,
    ),
    Route(
        "herweging",
        "POST",
        "/org/casussen/{casus}/herweging/",
        EIGENAAR,
        PROF,
        HERWEGING,
        "herweging_vastgelegd",
        302,
    ),
    Route(
        "delen",
        "POST",
        "/org/casussen/{casus}/delen/",
        EIGENAAR,
        PROF,
        {"gebruikersnaam": "af", "rol": "consult"},
        "casus_gedeeld_consult",
        302,
    ),
    Route(
        "intrekken",
        "POST",
        "/org/casussen/{casus}/delen/{deling}/intrekken/",
        EIGENAAR,
        PROF,
        actie="deling_ingetrokken",
        gelukt=302,
    ),
    Route(
        "voorstel",
        "POST",
        "/org/casussen/{casus}/voorstel/",
        EIGENAAR,
        PROF,
        {"keuze": "ja", "reden": "ernstig"},
        "besluit_voorgesteld",
        302,
    ),
    Route(
        "besluit",
        "POST",
        "/org/casussen/{casus}/besluit/",
        frozenset({"beslisser"}),
        PROF,
        {"keuze": "ja", "reden": "eens"},
        "besluit_genomen",
        302,
    ),
    Route(
        "advies",
        "POST",
        "/org/casussen/{casus}/advies/",
        frozenset({"aandachtsfunctionaris"}),
        PROF,
        {"advies": "Bel Veilig Thuis"},
        "advies_vastgelegd",
        302,
    ),
    Route(
        "afsluiten",
        "POST",
        "/org/casussen/{casus}/afsluiten/",
        EIGENAAR,
        PROF,
        {"reden": "klaar"},
        "casus_afgesloten",
        302,
    ),
    Route(
        "heropenen",
        "POST",
        "/org/casussen/{casus}/heropenen/",
        EIGENAAR,
        PROF,
        actie="casus_heropend",
        gelukt=302,
    ),
    Route("wissen-vraag", "GET", "/org/casussen/{casus}/wissen/", EIGENAAR, PROF),
    Route(
        "wissen",
        "POST",
        "/org/casussen/{casus}/wissen/",
        EIGENAAR,
        PROF,
        {"bevestig": "ja"},
        "casus_gewist",
        302,
    ),
    Route("gebruikers", "GET", "/org/beheer/gebruikers/", BEHEER, BEHEER),
    Route(
        "gebruiker-nieuw",
        "POST",
        "/org/beheer/gebruikers/nieuw/",
        BEHEER,
        BEHEER,
        {"username": "nieuw", "wachtwoord": "nog-een-lang-wachtwoord-7", "rol": "medewerker"},
        "gebruiker_aangemaakt",
        302,
    ),
    Route("gebruiker", "GET", "/org/beheer/gebruikers/{mw2}/", BEHEER, BEHEER),
    Route(
        "gebruiker-wijzig",
        "POST",
        "/org/beheer/gebruikers/{mw2}/",
        BEHEER,
        BEHEER,
        {"rol": "aandachtsfunctionaris", "actief": "on"},
        "gebruiker_gewijzigd",
        302,
    ),
    Route(
        "totp-reset",
        "POST",
        "/org/beheer/gebruikers/{mw2}/totp-reset/",
        BEHEER,
        BEHEER,
        actie="totp_gereset",
        gelukt=200,  # the page that shows the one-time code
    ),
    Route("instellingen", "GET", "/org/beheer/instellingen/", BEHEER, BEHEER),
    Route(
        "instellingen-wijzig",
        "POST",
        "/org/beheer/instellingen/",
        BEHEER,
        BEHEER,
        {
            "stappen_medewerker": "1",
            "bewaartermijn_dagen": "200",
            "inactief_na_dagen": "20",
            "sessie_minuten": "10",
        },
        "instellingen_gewijzigd",
        302,
    ),
)


@dataclass
class Wereld:
    cast: Cast
    casus: StoredCasus
    deling_id: int


@pytest.fixture(autouse=True)
def _server_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flow on the server store, as in organisation mode (see test_flow_integratie)."""
    from meldwijzer.web.flow import views, views_bestanden, views_informatie
    from meldwijzer.web.org import store

    for flow_views in (views, views_bestanden, views_informatie):
        monkeypatch.setattr(flow_views, "store_voor", store.store_voor)


@pytest.fixture
def wereld(cast: Cast) -> Wereld:
    stored = services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="GEHEIM-77", casus=casus_met_tekst()
    )
    deling = services.casus_delen(
        user=cast.medewerker,
        casus_id=stored.pk,
        met=cast.aandachtsfunctionaris,
        rol=DeelRol.CONSULT,
    )
    services.casus_delen(
        user=cast.medewerker, casus_id=stored.pk, met=cast.beslisser, rol=DeelRol.BESLISSEN
    )
    services.voorstel_doen(user=cast.medewerker, casus_id=stored.pk, keuze="nee", reden="hulp")
    return Wereld(cast=cast, casus=stored, deling_id=deling.pk)


def _verwacht(route: Route, rol: str) -> int:
    if rol == "anoniem":
        return 302
    if rol not in route.klasse:
        return 403
    if rol not in route.mag:
        return 404
    return route.gelukt


def _mag(route: Route, rol: str) -> bool:
    return rol != "anoniem" and rol in route.klasse and rol in route.mag


@override_settings(MODE="organisatie")
@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.naam)
def test_elke_route_is_alleen_bereikbaar_voor_wie_er_recht_op_heeft(
    wereld: Wereld, route: Route, rol: str
) -> None:
    user = wereld.cast.alle()[rol]
    client = ingelogd(user)
    pad = route.pad.format(
        casus=wereld.casus.pk, deling=wereld.deling_id, mw2=wereld.cast.buitenstaander.pk
    )
    voor = AuditEntry.objects.filter(actie=route.actie).count() if route.actie else 0
    if route.methode == "GET":
        r = client.get(pad)
    else:
        r = client.post(pad, route.data)
    verwacht = _verwacht(route, rol)
    assert r.status_code == verwacht, (route.naam, rol, r.status_code)
    if rol == "anoniem":
        assert r["Location"].endswith("/org/inloggen/")
    if route.actie:
        na = AuditEntry.objects.filter(actie=route.actie).count()
        assert (na > voor) == _mag(route, rol), (route.naam, rol)
    if not _mag(route, rol) or rol == "beheerder":
        assert GEHEIM_SIGNAAL not in r.content.decode()
        assert "GEHEIM-77" not in r.content.decode()


@override_settings(MODE="organisatie")
def test_overzicht_toont_alleen_eigen_en_gedeelde_casussen(wereld: Wereld) -> None:
    eigen = ingelogd(wereld.cast.medewerker).get("/org/casussen/").content.decode()
    gedeeld = ingelogd(wereld.cast.aandachtsfunctionaris).get("/org/casussen/").content.decode()
    vreemd = ingelogd(wereld.cast.buitenstaander).get("/org/casussen/").content.decode()
    assert "GEHEIM-77" in eigen and "Eigen casus" in eigen
    assert "GEHEIM-77" in gedeeld and "Gedeeld met u" in gedeeld
    assert "GEHEIM-77" not in vreemd


@override_settings(MODE="organisatie")
def test_onbekend_of_vreemd_casusnummer_geeft_hetzelfde_antwoord(wereld: Wereld) -> None:
    client = ingelogd(wereld.cast.buitenstaander)
    vreemd = client.get(f"/org/casussen/{wereld.casus.pk}/")
    onbekend = client.get("/org/casussen/00000000-0000-0000-0000-000000000000/")
    assert vreemd.status_code == onbekend.status_code == 404
    assert vreemd.content == onbekend.content


@override_settings(MODE="organisatie")
def test_zonder_tweede_factor_is_geen_enkele_pagina_bereikbaar(wereld: Wereld) -> None:
    from django.test import Client

    client = Client()
    client.force_login(wereld.cast.medewerker)
    for route in ROUTES:
        pad = route.pad.format(
            casus=wereld.casus.pk, deling=wereld.deling_id, mw2=wereld.cast.buitenstaander.pk
        )
        r = client.get(pad) if route.methode == "GET" else client.post(pad, route.data)
        assert r.status_code == 302 and r["Location"].endswith("/org/tweede-stap/"), route.naam
