from __future__ import annotations

import datetime as dt

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from meldwijzer.web.org import crypto, rotatie, selectors, services
from meldwijzer.web.org.models import AuditEntry, Status, StoredCasus, VeiligThuisContact

from .conftest import GEHEIM_SIGNAAL, Cast, casus_met_tekst


def _ruwe_waarden(tabel: str, kolom: str) -> list[str]:
    with connection.cursor() as cur:
        cur.execute(f"SELECT {kolom} FROM {tabel}")  # noqa: S608
        return [str(r[0]) for r in cur.fetchall()]


def test_rotatie_zet_alle_gegevens_onder_de_nieuwe_sleutel(cast: Cast, settings: object) -> None:
    oud, nieuw = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.MELDWIJZER_ENCRYPTION_KEYS = [oud]  # type: ignore[attr-defined]
    ids = [
        services.casus_aanmaken(
            user=cast.medewerker, dossier_ref=f"D{i}", casus=casus_met_tekst()
        ).pk
        for i in range(7)
    ]
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=ids[0],
        soort="melding",
        datum=dt.date.today(),
        referentie="VT-123",
    )
    settings.MELDWIJZER_ENCRYPTION_KEYS = [nieuw, oud]  # type: ignore[attr-defined]
    call_command("rotate_keys", batch=3)
    for waarde in _ruwe_waarden("org_storedcasus", "data"):
        assert crypto.is_huidig(waarde)
    assert all(crypto.is_huidig(w) for w in _ruwe_waarden("org_veiligthuiscontact", "referentie"))
    settings.MELDWIJZER_ENCRYPTION_KEYS = [nieuw]  # the old key can go now
    for pk in ids:
        casus = selectors.casus_lezen(StoredCasus.objects.get(pk=pk))
        assert casus.signalen[0].tekst == GEHEIM_SIGNAAL
    assert VeiligThuisContact.objects.get().referentie == "VT-123"


def test_rotatie_schrijft_niet_over_een_intussen_opgeslagen_casus_heen(
    cast: Cast, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    oud, nieuw = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.MELDWIJZER_ENCRYPTION_KEYS = [oud]  # type: ignore[attr-defined]
    stored = services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="D1", casus=casus_met_tekst("voor de wissel")
    )
    settings.MELDWIJZER_ENCRYPTION_KEYS = [nieuw, oud]  # type: ignore[attr-defined]
    echt = crypto.ontsleutel
    gedaan: list[bool] = []

    def ontsleutel_met_tussendoor(waarde: str) -> str:
        tekst = echt(waarde)
        if not gedaan:  # a colleague saves while rotation holds the old text
            gedaan.append(True)
            services.casus_opslaan(
                user=cast.medewerker,
                casus_id=stored.pk,
                casus=casus_met_tekst("tussendoor"),
                expected_version=1,
            )
        return tekst

    monkeypatch.setattr(rotatie.crypto, "ontsleutel", ontsleutel_met_tussendoor)
    assert rotatie._rij_roteren(StoredCasus, stored.pk, "data") is False
    monkeypatch.setattr(rotatie.crypto, "ontsleutel", echt)
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.signalen[0].tekst == "tussendoor"


def test_bewaartermijn_verwijdert_alleen_verlopen_afgesloten_casussen(cast: Cast) -> None:
    oud = services.casus_aanmaken(user=cast.medewerker, dossier_ref="OUD", casus=casus_met_tekst())
    recent = services.casus_aanmaken(user=cast.medewerker, dossier_ref="RECENT")
    open_ = services.casus_aanmaken(user=cast.medewerker, dossier_ref="OPEN")
    for s in (oud, recent):
        services.casus_afsluiten(user=cast.medewerker, casus_id=s.pk, reden="klaar")
    StoredCasus.objects.filter(pk=oud.pk).update(
        afgesloten_op=timezone.now() - dt.timedelta(days=366)
    )
    StoredCasus.objects.filter(pk=open_.pk).update(
        gewijzigd=timezone.now() - dt.timedelta(days=900)
    )
    call_command("bewaartermijn")
    assert set(StoredCasus.objects.values_list("dossier_ref", flat=True)) == {"RECENT", "OPEN"}
    assert (
        AuditEntry.objects.filter(
            actie="casus_bewaartermijn_verlopen", object_id=str(oud.pk)
        ).count()
        == 1
    )
    assert StoredCasus.objects.get(dossier_ref="RECENT").status == Status.AFGESLOTEN


def test_bewaartermijn_volgt_de_instelling_van_de_organisatie(cast: Cast) -> None:
    s = services.casus_aanmaken(user=cast.medewerker, dossier_ref="KORT")
    services.casus_afsluiten(user=cast.medewerker, casus_id=s.pk, reden="klaar")
    StoredCasus.objects.filter(pk=s.pk).update(afgesloten_op=timezone.now() - dt.timedelta(days=31))
    assert services.bewaartermijn_toepassen() == 0
    services.instellingen_opslaan(
        door=cast.beheerder,
        stappen_per_rol={},
        beslisser_tekent_af=False,
        bewaartermijn_dagen=30,
        inactief_na_dagen=30,
        sessie_minuten=15,
    )
    assert services.bewaartermijn_toepassen() == 1


def test_in_de_stappen_afgesloten_casus_wordt_na_de_bewaartermijn_verwijderd(cast: Cast) -> None:
    """'Meldcode afsluiten' in the flow writes the closure into the casus through the same
    save as every step; the row's status follows, so retention selects it (issue 14, 5)."""
    from meldwijzer.engine.casus import Afsluiting

    stored = services.casus_aanmaken(user=cast.medewerker, dossier_ref="STAPPEN")
    casus = selectors.casus_lezen(stored).model_copy(
        update={"afgesloten": Afsluiting(datum=dt.date(2026, 1, 5), reden="Zorgen weg")}
    )
    services.casus_opslaan(
        user=cast.medewerker, casus_id=stored.pk, casus=casus, expected_version=1
    )
    assert StoredCasus.objects.get(pk=stored.pk).status == Status.AFGESLOTEN
    assert services.bewaartermijn_toepassen(nu=timezone.now() + dt.timedelta(days=364)) == 0
    assert services.bewaartermijn_toepassen(nu=timezone.now() + dt.timedelta(days=366)) == 1
    assert not StoredCasus.objects.filter(pk=stored.pk).exists()
