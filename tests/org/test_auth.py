from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.web.org import services
from meldwijzer.web.org.models import AuditEntry

from .conftest import Cast, ingelogd

WACHTWOORD = "een-lang-wachtwoord-42"
ORG = override_settings(MODE="organisatie")


def _sessiecode(client: Client) -> str:
    """The current code of the secret this client's enrolment attempt was shown."""
    from meldwijzer.web.org.views_auth import KOPPEL_SLEUTEL

    return f"{totp(bytes.fromhex(client.session[KOPPEL_SLEUTEL])):06d}"


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
    assert not TOTPDevice.objects.filter(user=cast.medewerker).exists()  # nothing stored yet
    r = client.post("/org/tweede-stap/", {"token": _sessiecode(client)})
    assert r.status_code == 302 and r["Location"].endswith("/org/casussen/")
    device = TOTPDevice.objects.get(user=cast.medewerker)
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
    assert r.status_code == 200
    assert re.search(r"[A-Z2-9]{5}-[A-Z2-9]{5}", r.content.decode())  # the one-time code
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


# --- issue 14, item 2: enrolment nobody can hijack ------------------------------------


def _wachtwoord_inloggen(naam: str = "mw", wachtwoord: str = WACHTWOORD) -> Client:
    client = Client()
    r = client.post("/org/inloggen/", {"username": naam, "password": wachtwoord})
    assert r.status_code == 302, r.content.decode()[:300]
    return client


@ORG
def test_het_geheim_van_een_koppelpoging_is_niet_vooraf_te_lezen(cast: Cast) -> None:
    """Whoever knows the first password opens the set-up page and reads its secret; the
    real user enrols with her own secret, and codes from the read one open nothing."""
    from meldwijzer.web.org.views_auth import KOPPEL_SLEUTEL

    aanvaller = _wachtwoord_inloggen()
    assert "org-geheim" in aanvaller.get("/org/tweede-stap/").content.decode()
    gelezen = aanvaller.session[KOPPEL_SLEUTEL]
    assert not TOTPDevice.objects.filter(user=cast.medewerker).exists()  # nothing stored
    zij = _wachtwoord_inloggen()
    zij.get("/org/tweede-stap/")
    assert zij.session[KOPPEL_SLEUTEL] != gelezen  # a secret per enrolment attempt
    assert zij.post("/org/tweede-stap/", {"token": _sessiecode(zij)}).status_code == 302
    assert TOTPDevice.objects.get(user=cast.medewerker).key != gelezen
    later = _wachtwoord_inloggen()
    r = later.post("/org/tweede-stap/", {"token": f"{totp(bytes.fromhex(gelezen)):06d}"})
    assert r.status_code == 401
    assert later.get("/org/casussen/").status_code == 302


@ORG
def test_eerste_login_vraagt_eerst_een_eigen_wachtwoord(cast: Cast) -> None:
    services.gebruiker_aanmaken(
        door=cast.beheerder,
        username="nieuw",
        wachtwoord="nog-een-lang-wachtwoord-7",
        rol="medewerker",
    )
    client = _wachtwoord_inloggen("nieuw", "nog-een-lang-wachtwoord-7")
    r = client.get("/org/tweede-stap/")
    assert r.status_code == 302 and r["Location"].endswith("/org/wachtwoord/")
    assert client.get("/org/casussen/").status_code == 302
    velden = {"old_password": "nog-een-lang-wachtwoord-7"}
    r = client.post(
        "/org/wachtwoord/",
        {**velden, "new_password1": "Welkom2024!!", "new_password2": "Welkom2024!!"},
    )
    assert r.status_code == 400
    assert "te makkelijk te raden" in r.content.decode()
    nieuw = "paars-fietsrek-onder-de-maan-12"
    r = client.post("/org/wachtwoord/", {**velden, "new_password1": nieuw, "new_password2": nieuw})
    assert r.status_code == 302 and r["Location"].endswith("/org/tweede-stap/")
    assert client.get("/org/tweede-stap/").status_code == 200  # still logged in: enrol now
    assert AuditEntry.objects.filter(actie="wachtwoord_gewijzigd").exists()
    _wachtwoord_inloggen("nieuw", nieuw)  # the new password works


def test_wachtwoordregels_weigeren_raadbare_nederlandse_wachtwoorden(db: None) -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for zwak in ("Welkom2024!!", "Wachtwoord123!", "Zomer2025!!!", "Feyenoord1908!"):
        with pytest.raises(ValidationError, match="te makkelijk te raden"):
            validate_password(zwak)
    validate_password("paars-fietsrek-onder-de-maan-12")


@ORG
def test_na_een_reset_koppelt_alleen_wie_de_koppelcode_van_de_beheerder_heeft(cast: Cast) -> None:
    r = ingelogd(cast.beheerder).post(f"/org/beheer/gebruikers/{cast.medewerker.pk}/totp-reset/")
    code = re.search(r"[A-Z2-9]{5}-[A-Z2-9]{5}", r.content.decode()).group(0)  # type: ignore[union-attr]
    client = _wachtwoord_inloggen()
    assert "Koppelcode" in client.get("/org/tweede-stap/").content.decode()
    r = client.post(
        "/org/tweede-stap/", {"token": _sessiecode(client), "koppelcode": "AAAAA-BBBBB"}
    )
    assert r.status_code == 401 and "koppelcode klopt niet" in r.content.decode()
    assert not TOTPDevice.objects.filter(user=cast.medewerker).exists()
    r = client.post("/org/tweede-stap/", {"token": _sessiecode(client), "koppelcode": code.lower()})
    assert r.status_code == 302 and r["Location"].endswith("/org/casussen/")
    later = _wachtwoord_inloggen()
    assert "Koppelcode" not in later.get("/org/tweede-stap/").content.decode()  # used up


@ORG
def test_de_sessiesleutel_wisselt_bij_de_tweede_stap(cast: Cast) -> None:
    device = TOTPDevice.objects.create(user=cast.medewerker, name="app", confirmed=True)
    client = _wachtwoord_inloggen()
    voor = client.session.session_key
    assert client.post("/org/tweede-stap/", {"token": _code(device)}).status_code == 302
    assert client.session.session_key != voor
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=voor).exists()


@ORG
def test_deactiveren_beeindigt_de_sessies_voorgoed(cast: Cast) -> None:
    mw = ingelogd(cast.medewerker)
    assert mw.get("/org/casussen/").status_code == 200
    beheer = ingelogd(cast.beheerder)
    pad = f"/org/beheer/gebruikers/{cast.medewerker.pk}/"
    beheer.post(pad, {"rol": "medewerker", "actief": ""})
    beheer.post(pad, {"rol": "medewerker", "actief": "on"})
    r = mw.get("/org/casussen/")
    assert r.status_code == 302 and r["Location"].endswith("/org/inloggen/")


@ORG
def test_ingelogd_wijzigt_zij_haar_wachtwoord(cast: Cast) -> None:
    client = ingelogd(cast.medewerker)
    nieuw = "groene-kikker-zingt-in-de-regen-3"
    r = client.post(
        "/org/wachtwoord/",
        {"old_password": WACHTWOORD, "new_password1": nieuw, "new_password2": nieuw},
    )
    assert r.status_code == 302 and r["Location"].endswith("/org/casussen/")
    assert client.get("/org/casussen/").status_code == 200  # her session stays valid
