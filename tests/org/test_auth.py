from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.web.org.models import AuditEntry

from .conftest import Cast

WACHTWOORD = "een-lang-wachtwoord-42"
ORG = override_settings(MODE="organisatie")


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@ORG
def test_eerste_login_koppelt_een_app_met_een_qr_code_als_svg(cast: Cast) -> None:
    client = Client()
    r = client.post("/org/inloggen/", {"username": "mw", "password": WACHTWOORD})
    assert r.status_code == 302 and r["Location"].endswith("/org/tweede-stap/")
    r = client.get("/org/tweede-stap/")
    html = r.content.decode()
    assert "<svg" in html and "<path" in html
    assert "style=" not in html and "<img" not in html
    assert client.get("/org/casussen/").status_code == 302  # not verified yet
    device = TOTPDevice.objects.get(user=cast.medewerker)
    assert not device.confirmed
    r = client.post("/org/tweede-stap/", {"token": _code(device)})
    assert r.status_code == 302 and r["Location"].endswith("/org/casussen/")
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/org/casussen/").status_code == 200


@ORG
def test_verkeerde_code_geeft_geen_toegang(cast: Cast) -> None:
    TOTPDevice.objects.create(user=cast.medewerker, name="app", confirmed=True)
    client = Client()
    client.post("/org/inloggen/", {"username": "mw", "password": WACHTWOORD})
    r = client.post("/org/tweede-stap/", {"token": "000000"})
    assert r.status_code == 401
    assert "klopt niet" in r.content.decode()
    assert client.get("/org/casussen/").status_code == 302
    assert AuditEntry.objects.filter(actie="code_onjuist").exists()


@ORG
def test_bevestigde_app_vraagt_alleen_de_code_zonder_qr(cast: Cast) -> None:
    device = TOTPDevice.objects.create(user=cast.medewerker, name="app", confirmed=True)
    client = Client()
    client.post("/org/inloggen/", {"username": "mw", "password": WACHTWOORD})
    r = client.get("/org/tweede-stap/")
    assert "<svg" not in r.content.decode()
    r = client.post("/org/tweede-stap/", {"token": _code(device)})
    assert r.status_code == 302


@ORG
def test_vijf_mislukte_pogingen_blokkeren_het_account_met_nederlandse_melding(cast: Cast) -> None:
    client = Client()
    for _ in range(5):
        r = client.post("/org/inloggen/", {"username": "mw", "password": "fout-wachtwoord-1"})
    r = client.post("/org/inloggen/", {"username": "mw", "password": WACHTWOORD})
    assert r.status_code == 429
    assert "Te veel mislukte pogingen" in r.content.decode()
    assert client.get("/org/tweede-stap/").status_code == 302  # not logged in


@ORG
def test_uitloggen_beeindigt_de_sessie(cast: Cast) -> None:
    from .conftest import ingelogd

    client = ingelogd(cast.medewerker)
    assert client.get("/org/casussen/").status_code == 200
    r = client.post("/org/uitloggen/")
    assert r.status_code == 302
    assert client.get("/org/casussen/").status_code == 302


@ORG
def test_sessie_verloopt_na_hoogstens_vijftien_minuten_zonder_activiteit(cast: Cast) -> None:
    from .conftest import ingelogd

    client = ingelogd(cast.medewerker)
    client.get("/org/casussen/")
    assert client.session.get_expiry_age() <= 15 * 60


def test_in_prive_modus_bestaan_de_organisatiepaginas_niet(cast: Cast) -> None:
    from .conftest import ingelogd

    client = ingelogd(cast.medewerker)
    for url in ("/org/", "/org/inloggen/", "/org/casussen/", "/org/beheer/gebruikers/"):
        assert client.get(url).status_code == 404


@ORG
def test_wachtwoorden_worden_met_argon2_opgeslagen(db: None, settings: object) -> None:
    from django.contrib.auth.hashers import make_password

    from meldwijzer.web import settings as projectinstellingen

    settings.PASSWORD_HASHERS = projectinstellingen.PASSWORD_HASHERS  # type: ignore[attr-defined]
    assert make_password("x" * 20).startswith("argon2")


@ORG
def test_beheerder_maakt_gebruiker_aan_met_rol(cast: Cast) -> None:
    from .conftest import ingelogd

    client = ingelogd(cast.beheerder)
    r = client.post(
        "/org/beheer/gebruikers/nieuw/",
        {
            "username": "nieuw",
            "wachtwoord": "nog-een-lang-wachtwoord-7",
            "rol": "beslisser",
        },
    )
    assert r.status_code == 302
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="nieuw")
    assert user.org_profiel.rol == "beslisser"  # type: ignore[attr-defined]


@ORG
def test_totp_reset_dwingt_nieuwe_koppeling_af(cast: Cast) -> None:
    from .conftest import ingelogd

    ingelogd(cast.medewerker)
    assert TOTPDevice.objects.filter(user=cast.medewerker).exists()
    client = ingelogd(cast.beheerder)
    r = client.post(f"/org/beheer/gebruikers/{cast.medewerker.pk}/totp-reset/")
    assert r.status_code == 302
    assert not TOTPDevice.objects.filter(user=cast.medewerker).exists()


@ORG
def test_gedeactiveerde_gebruiker_komt_er_niet_meer_in(cast: Cast) -> None:
    from .conftest import ingelogd

    mw = ingelogd(cast.medewerker)
    beheer = ingelogd(cast.beheerder)
    r = beheer.post(
        f"/org/beheer/gebruikers/{cast.medewerker.pk}/", {"rol": "medewerker", "actief": ""}
    )
    assert r.status_code == 302
    assert mw.get("/org/casussen/").status_code == 302
    r = Client().post("/org/inloggen/", {"username": "mw", "password": WACHTWOORD})
    assert r.status_code == 401


@ORG
def test_maak_beheerder_commando_maakt_de_eerste_beheerder(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.management import call_command

    monkeypatch.setenv("MELDWIJZER_BEHEERDER_WACHTWOORD", "een-heel-lang-wachtwoord-9")
    call_command("maak_beheerder", "admin")
    r = Client().post(
        "/org/inloggen/", {"username": "admin", "password": "een-heel-lang-wachtwoord-9"}
    )
    assert r.status_code == 302
    assert re.search(r"/org/tweede-stap/$", r["Location"])
