"""The raw database holds none of the free text in plain form (issue 6, 'proven')."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.db import connection

from meldwijzer.engine.casus import Consultatie, ConsultatieMet
from meldwijzer.web.org import selectors, services
from meldwijzer.web.org.models import DeelRol

from .conftest import Cast, casus_met_tekst

TEKSTEN = {
    "signaal": "Zichtbare brandwond aan de linkerhand volgens de mentor",
    "consultatie": "Collega adviseert gesprek met moeder eerst",
    "vt_vraag": "Moeten we de school inlichten over de zorgen",
    "vt_advies": "Eerst gesprek voeren en dan opnieuw bellen",
    "vt_referentie": "VTREF98765XYZ",
    "vt_oordeel": "Situatie beoordeeld als onveilig met directe hulp",
    "plan_doelen": "Ouders volgen opvoedondersteuning bij het wijkteam",
    "plan_afspraken": "Mentor belt elke vrijdag met de moeder",
    "herweging": "Afspraken werden tweemaal niet nagekomen door vader",
    "voorstel": "Signalen te ernstig om zelf hulp te bieden",
    "besluit": "Eens met het voorstel na overleg met de teamleider",
    "afsluiten": "Dossier overgedragen aan de jeugdarts van de gemeente",
    "advies_af": "Advies van aandachtsfunctionaris om letselduiding te vragen",
}


def _vul(cast: Cast) -> None:
    casus = casus_met_tekst(TEKSTEN["signaal"])
    casus.consultaties.append(
        Consultatie(id="c1", met=ConsultatieMet.COLLEGA, advies=TEKSTEN["consultatie"])
    )
    stored = services.casus_aanmaken(user=cast.medewerker, dossier_ref="RAW-1", casus=casus)
    pk = stored.pk
    vandaag = dt.date.today()
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=pk,
        soort="adviesvraag",
        datum=vandaag,
        vraag=TEKSTEN["vt_vraag"],
        advies=TEKSTEN["vt_advies"],
    )
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=pk,
        soort="terugkoppeling",
        datum=vandaag,
        referentie=TEKSTEN["vt_referentie"],
        veiligheidsoordeel=TEKSTEN["vt_oordeel"],
    )
    services.hulpplan_opslaan(
        user=cast.medewerker,
        casus_id=pk,
        doelen=TEKSTEN["plan_doelen"],
        afspraken=TEKSTEN["plan_afspraken"],
        evaluatiedatum=vandaag,
    )
    services.herweging_vastleggen(
        user=cast.medewerker,
        casus_id=pk,
        geweld_stopt_niet=True,
        ernstiger_dan_verwacht=False,
        doelen_niet_behaald=False,
        plan_loopt_vast=False,
        expertise_nodig=False,
        toelichting=TEKSTEN["herweging"],
    )
    services.casus_delen(
        user=cast.medewerker, casus_id=pk, met=cast.aandachtsfunctionaris, rol=DeelRol.CONSULT
    )
    services.advies_vastleggen(
        user=cast.aandachtsfunctionaris, casus_id=pk, vraag="", advies=TEKSTEN["advies_af"]
    )
    services.casus_delen(
        user=cast.medewerker, casus_id=pk, met=cast.beslisser, rol=DeelRol.BESLISSEN
    )
    services.voorstel_doen(user=cast.medewerker, casus_id=pk, keuze="ja", reden=TEKSTEN["voorstel"])
    services.besluit_nemen(user=cast.beslisser, casus_id=pk, keuze="ja", reden=TEKSTEN["besluit"])
    services.casus_afsluiten(user=cast.medewerker, casus_id=pk, reden=TEKSTEN["afsluiten"])
    # Sanity: the application itself reads everything back.
    gelezen = selectors.casus_lezen(selectors.casus_voor(cast.medewerker, pk))
    assert gelezen.signalen[0].tekst == TEKSTEN["signaal"]


def _zoek(ruw: bytes) -> list[str]:
    gevonden = []
    for naam, tekst in TEKSTEN.items():
        for variant in (tekst, tekst[:20], tekst[-20:]):
            if variant.encode("utf-8") in ruw or variant.encode("utf-16-le") in ruw:
                gevonden.append(naam)
                break
    return gevonden


def _pg_dump() -> bytes:
    bin_dir = os.environ.get("MELDWIJZER_PG_BIN", "")
    pg_dump = str(Path(bin_dir) / "pg_dump") if bin_dir else shutil.which("pg_dump")
    if not pg_dump or not Path(pg_dump).exists():
        if os.environ.get("MELDWIJZER_REQUIRE_REAL") == "1":
            pytest.fail("pg_dump niet gevonden (zet MELDWIJZER_PG_BIN)")
        pytest.skip("pg_dump niet gevonden")
    s = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": str(s.get("PASSWORD") or "")}
    cmd = [
        pg_dump,
        "--no-owner",
        "-h",
        str(s["HOST"] or "127.0.0.1"),
        "-p",
        str(s["PORT"] or 5432),
        "-U",
        str(s["USER"] or "postgres"),
        "-d",
        str(s["NAME"]),
    ]
    return subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=120).stdout


def _sqlite_bestand() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        doel = Path(tmp) / "kopie.sqlite3"
        with connection.cursor() as cur:
            cur.execute("VACUUM INTO %s", [str(doel)])
        return doel.read_bytes()


@pytest.mark.django_db(transaction=True)
def test_ruwe_database_bevat_geen_vrije_tekst_leesbaar(cast: Cast) -> None:
    _vul(cast)
    ruw = _pg_dump() if connection.vendor == "postgresql" else _sqlite_bestand()
    assert b"RAW-1" in ruw  # the dump really holds our rows
    assert _zoek(ruw) == []


@pytest.mark.django_db(transaction=True)
def test_zonder_versleuteling_zou_de_test_de_tekst_wel_vinden(cast: Cast) -> None:
    """Guard for the test above: the search finds plain text when it is there."""
    with connection.cursor() as cur:
        cur.execute("CREATE TABLE org_proef (t TEXT)")
        cur.execute("INSERT INTO org_proef VALUES (%s)", [TEKSTEN["signaal"]])
    try:
        ruw = _pg_dump() if connection.vendor == "postgresql" else _sqlite_bestand()
        assert _zoek(ruw) == ["signaal"]
    finally:
        with connection.cursor() as cur:
            cur.execute("DROP TABLE org_proef")
