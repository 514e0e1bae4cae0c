"""What keeps the overview and the casus page fast at 100,000 casussen (issue 6, 'Speed'):
a fixed number of queries however many casussen, contacts, plans and shares there are, and
nothing decrypted for the overview. bench/org_bench.py measures the times themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from meldwijzer.web.org import crypto, services
from meldwijzer.web.org.models import DeelRol, StoredCasus

from .conftest import Cast, casus_met_tekst, ingelogd

pytestmark = pytest.mark.django_db


def _met_alles(cast: Cast, ref: str, *, herweging: bool = True) -> StoredCasus:
    """A casus with a report to Veilig Thuis, a plan past its date, a re-weighing (which
    moves the plan's date on) and a share."""
    stored = services.casus_aanmaken(user=cast.medewerker, dossier_ref=ref, casus=casus_met_tekst())
    vandaag = timezone.localdate()
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        soort="melding",
        datum=vandaag - dt.timedelta(days=30),
        referentie="VT-1",
    )
    services.hulpplan_opslaan(
        user=cast.medewerker,
        casus_id=stored.pk,
        doelen="Rust in huis",
        afspraken="",
        evaluatiedatum=vandaag - dt.timedelta(days=2),
    )
    if herweging:
        services.herweging_vastleggen(
            user=cast.medewerker,
            casus_id=stored.pk,
            geweld_stopt_niet=False,
            ernstiger_dan_verwacht=False,
            doelen_niet_behaald=False,
            plan_loopt_vast=False,
            expertise_nodig=False,
            volgende_evaluatie=vandaag + dt.timedelta(days=30),
        )
    services.casus_delen(
        user=cast.medewerker,
        casus_id=stored.pk,
        met=cast.aandachtsfunctionaris,
        rol=DeelRol.CONSULT,
    )
    return stored


def _queries(client: object, url: str) -> int:
    with CaptureQueriesContext(connection) as q:
        assert client.get(url).status_code == 200  # type: ignore[attr-defined]
    return len(q.captured_queries)


@override_settings(MODE="organisatie")
def test_overzicht_kost_even_veel_queries_bij_een_of_bij_veel_casussen(cast: Cast) -> None:
    services.casus_aanmaken(user=cast.medewerker, dossier_ref="EEN", casus=casus_met_tekst())
    client = ingelogd(cast.medewerker)
    client.get("/org/casussen/")  # first request: session and device settle
    een = _queries(client, "/org/casussen/")
    for i in range(6):
        _met_alles(cast, f"VEEL-{i}")
    assert _queries(client, "/org/casussen/") == een
    af = ingelogd(cast.aandachtsfunctionaris)
    af.get("/org/casussen/")
    assert _queries(af, "/org/casussen/") == een  # shared casussen come in the same query


@override_settings(MODE="organisatie")
def test_casuspagina_kost_een_vast_aantal_queries(cast: Cast) -> None:
    kaal = services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="KAAL", casus=casus_met_tekst()
    )
    vol = _met_alles(cast, "VOL")
    for _ in range(3):  # more of everything must not mean more queries
        services.vt_contact_vastleggen(
            user=cast.medewerker, casus_id=vol.pk, soort="adviesvraag", datum=timezone.localdate()
        )
    client = ingelogd(cast.medewerker)
    client.get(f"/org/casussen/{kaal.pk}/")
    zonder = _queries(client, f"/org/casussen/{kaal.pk}/")
    met = _queries(client, f"/org/casussen/{vol.pk}/")
    # Empty lists cost nothing; each non-empty list (contacts, re-weighings, shares) one query.
    assert met == zonder + 3


@override_settings(MODE="organisatie")
def test_overzicht_ontsleutelt_niets(cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    _met_alles(cast, "GEHEIM-1", herweging=False)
    client = ingelogd(cast.medewerker)

    def verboden(waarde: str) -> str:
        raise AssertionError("het overzicht ontsleutelde een veld")

    monkeypatch.setattr(crypto, "ontsleutel", verboden)
    html = client.get("/org/casussen/").content.decode()
    assert "GEHEIM-1" in html
    assert "Tijd om afweging 5 opnieuw te maken" in html
    assert "Terugkoppeling van Veilig Thuis is te laat" in html


@override_settings(MODE="organisatie")
def test_het_hulpplan_van_de_ene_casus_komt_niet_in_het_formulier_van_de_andere(
    cast: Cast,
) -> None:
    """Empty forms are rendered once per process; a form with someone's values never is."""
    met_plan = _met_alles(cast, "PLAN")
    zonder = services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="ZONDER", casus=casus_met_tekst()
    )
    client = ingelogd(cast.medewerker)
    for _ in range(2):
        eerst = client.get(f"/org/casussen/{met_plan.pk}/").content.decode()
        daarna = client.get(f"/org/casussen/{zonder.pk}/").content.decode()
        assert "Rust in huis</textarea>" in eerst
        assert "Rust in huis" not in daarna
        assert 'name="doelen"' in daarna
