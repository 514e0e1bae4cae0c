from __future__ import annotations

import datetime as dt

from django.test import override_settings
from django.utils import timezone

from meldwijzer.web.org import selectors, services
from meldwijzer.web.org.models import DeelRol, StoredCasus

from .conftest import Cast, ingelogd

MAANDAG = dt.date(2026, 11, 2)


def _soorten(user: object, vandaag: dt.date) -> list[str]:
    return [t.soort for t in selectors.taken_voor(user, vandaag=vandaag)]  # type: ignore[arg-type]


def test_vijf_werkdagen_slaan_het_weekend_over() -> None:
    assert selectors.werkdagen_erbij(MAANDAG, 5) == dt.date(2026, 11, 9)
    assert selectors.werkdagen_erbij(dt.date(2026, 11, 6), 1) == dt.date(2026, 11, 9)


def test_uitblijvende_terugkoppeling_van_veilig_thuis_wordt_een_taak(
    stored: StoredCasus, cast: Cast
) -> None:
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        soort="melding",
        datum=MAANDAG,
        wijze="telefonisch",
    )
    assert "vt_terugkoppeling" not in _soorten(cast.medewerker, dt.date(2026, 11, 9))
    assert "vt_terugkoppeling" in _soorten(cast.medewerker, dt.date(2026, 11, 10))


def test_terugkoppeling_na_de_melding_haalt_de_taak_weg(stored: StoredCasus, cast: Cast) -> None:
    services.vt_contact_vastleggen(
        user=cast.medewerker, casus_id=stored.pk, soort="melding", datum=MAANDAG
    )
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        soort="terugkoppeling",
        datum=dt.date(2026, 11, 6),
        veiligheidsoordeel="onveilig",
        vervolgstap="onderzoek",
    )
    assert "vt_terugkoppeling" not in _soorten(cast.medewerker, dt.date(2026, 11, 20))


def test_evaluatiedatum_van_het_plan_vraagt_om_herweging_tot_die_gedaan_is(
    stored: StoredCasus, cast: Cast
) -> None:
    gisteren = timezone.localdate() - dt.timedelta(days=1)
    services.hulpplan_opslaan(
        user=cast.medewerker,
        casus_id=stored.pk,
        doelen="Rust",
        afspraken="",
        evaluatiedatum=gisteren,
    )
    assert "herweging" in _soorten(cast.medewerker, timezone.localdate())
    services.herweging_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        geweld_stopt_niet=False,
        ernstiger_dan_verwacht=False,
        doelen_niet_behaald=False,
        plan_loopt_vast=False,
        expertise_nodig=False,
    )
    assert "herweging" not in _soorten(cast.medewerker, timezone.localdate())


def test_lang_niet_bijgewerkte_casus_wordt_een_taak(stored: StoredCasus, cast: Cast) -> None:
    assert "inactief" not in _soorten(cast.medewerker, timezone.localdate())
    StoredCasus.objects.filter(pk=stored.pk).update(
        gewijzigd=timezone.now() - dt.timedelta(days=31)
    )
    assert "inactief" in _soorten(cast.medewerker, timezone.localdate())


def test_taken_van_een_gedeelde_casus_ziet_de_collega_ook_maar_een_vreemde_niet(
    stored: StoredCasus, cast: Cast
) -> None:
    StoredCasus.objects.filter(pk=stored.pk).update(
        gewijzigd=timezone.now() - dt.timedelta(days=90)
    )
    services.casus_delen(
        user=cast.medewerker,
        casus_id=stored.pk,
        met=cast.aandachtsfunctionaris,
        rol=DeelRol.CONSULT,
    )
    assert "inactief" in _soorten(cast.aandachtsfunctionaris, timezone.localdate())
    assert _soorten(cast.buitenstaander, timezone.localdate()) == []


@override_settings(MODE="organisatie")
def test_herweging_via_de_pagina_toont_dat_melden_noodzakelijk_is(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    r = client.post(
        f"/org/casussen/{stored.pk}/herweging/",
        {
            "geweld_stopt_niet": "nee",
            "ernstiger_dan_verwacht": "ja",
            "doelen_niet_behaald": "nee",
            "plan_loopt_vast": "nee",
            "expertise_nodig": "nee",
        },
        follow=True,
    )
    html = r.content.decode()
    assert "Melden bij Veilig Thuis is noodzakelijk" in html
    assert "Melden: <strong>noodzakelijk</strong>" in html


@override_settings(MODE="organisatie")
def test_overzicht_toont_de_taken(stored: StoredCasus, cast: Cast) -> None:
    StoredCasus.objects.filter(pk=stored.pk).update(
        gewijzigd=timezone.now() - dt.timedelta(days=40)
    )
    html = ingelogd(cast.medewerker).get("/org/casussen/").content.decode()
    assert "Niet bijgewerkt in 30 dagen" in html


@override_settings(MODE="organisatie")
def test_casuspagina_toont_voorstel_en_besluit_in_woorden(stored: StoredCasus, cast: Cast) -> None:
    services.voorstel_doen(user=cast.medewerker, casus_id=stored.pk, keuze="nee", reden="hulp")
    html = ingelogd(cast.medewerker).get(f"/org/casussen/{stored.pk}/").content.decode()
    assert "Voorstel: niet melden" in html
    assert "Wacht op het besluit van de beslisser" in html
