"""The profile page: the beheerder fills in the fill-ins; each change is a new, audited
version; the meldcode names its version and adoption date; values survive two saves."""

from __future__ import annotations

import pytest
from org.conftest import Cast, ingelogd

from meldwijzer.web.meldcode.forms import ProfielForm
from meldwijzer.web.meldcode.models import ProfielVersie, Vaststelling
from meldwijzer.web.org.models import AuditEntry

from .helpers import pdf_tekst, profiel

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _org(settings: object) -> None:
    settings.MODE = "organisatie"  # type: ignore[attr-defined]


def formulier(**anders: str) -> dict[str, str]:
    data = {k: v for k, v in ProfielForm.initial_van(profiel()).items() if v not in (False, None)}
    data = {k: ("on" if v is True else str(v)) for k, v in data.items()}
    data.update(anders)
    return data


def test_opslaan_maakt_een_versie_met_auditregel_en_twee_keer_opslaan_verliest_niets(
    cast: Cast,
) -> None:
    client = ingelogd(cast.beheerder)
    antwoord = client.post("/org/meldcode/profiel/", formulier())
    assert antwoord.status_code == 302
    assert ProfielVersie.objects.count() == 1
    assert AuditEntry.objects.filter(actie="meldcode_profiel_gewijzigd", object_id="1").count() == 1
    # Saving the page as it is shown again changes nothing: the same version.
    pagina = client.get("/org/meldcode/profiel/").content.decode()
    assert "kwartel@zonnebloemveld.nl" in pagina and "Gedragswetenschapper Roerdomp" in pagina
    client.post("/org/meldcode/profiel/", formulier())
    assert ProfielVersie.objects.count() == 1
    client.post("/org/meldcode/profiel/", formulier(beslisser="De directeur Kievit"))
    assert list(ProfielVersie.objects.values_list("versie", flat=True)) == [2, 1]
    assert ProfielVersie.objects.get(versie=1).data["beslisser"] == "De teamleider Wielewaal"
    assert ProfielVersie.objects.get(versie=2).data == {
        **ProfielVersie.objects.get(versie=1).data,
        "beslisser": "De directeur Kievit",
    }


def test_een_fout_noemt_het_veld_en_houdt_de_invoer(cast: Cast) -> None:
    client = ingelogd(cast.beheerder)
    antwoord = client.post(
        "/org/meldcode/profiel/", formulier(aandachtsfunctionarissen="", naam="Mijn stichting")
    )
    assert antwoord.status_code == 400
    html = antwoord.content.decode()
    assert 'href="#id_aandachtsfunctionarissen"' in html
    assert 'value="Mijn stichting"' in html
    assert ProfielVersie.objects.count() == 0


def test_vaststelling_staat_in_de_gegenereerde_meldcode(cast: Cast) -> None:
    client = ingelogd(cast.beheerder)
    client.post("/org/meldcode/profiel/", formulier())
    client.post(
        "/org/meldcode/vaststellen/",
        {"datum": "2026-03-04", "vastgesteld_door": "De raad van toezicht"},
    )
    assert Vaststelling.objects.count() == 1
    assert AuditEntry.objects.filter(actie="meldcode_vastgesteld").count() == 1
    antwoord = client.get("/org/meldcode/meldcode.pdf")
    assert antwoord["Content-Disposition"].startswith("attachment")
    tekst = pdf_tekst(
        b"".join(antwoord.streaming_content) if antwoord.streaming else antwoord.content
    )
    assert "Versie: 1" in tekst and "Vastgesteld op: 4 maart 2026" in tekst
    assert "De raad van toezicht" in tekst
    for formaat in ("docx", "html"):
        assert client.get(f"/org/meldcode/meldcode.{formaat}").status_code == 200
    assert client.get("/org/meldcode/meldcode.exe").status_code == 404


def test_de_schakelaar_aftekenen_komt_uit_de_instellingen(cast: Cast) -> None:
    from meldwijzer.web.meldcode.selectors import huidig_profiel
    from meldwijzer.web.org.selectors import instellingen

    ingelogd(cast.beheerder).post("/org/meldcode/profiel/", formulier())
    inst = instellingen()
    inst.beslisser_tekent_af = False
    inst.save()
    assert huidig_profiel().beslisser_tekent_af is False  # type: ignore[union-attr]
    inst.beslisser_tekent_af = True
    inst.save()
    assert huidig_profiel().beslisser_tekent_af is True  # type: ignore[union-attr]


def test_buiten_de_organisatiemodus_bestaat_de_pagina_niet(cast: Cast, settings: object) -> None:
    settings.MODE = "prive"  # type: ignore[attr-defined]
    assert ingelogd(cast.beheerder).get("/org/meldcode/profiel/").status_code == 404


def test_het_profielbestand_laadt_weer_als_hetzelfde_profiel(cast: Cast) -> None:
    """Export round trip: the YAML a beheerder downloads is the profile the command line and
    private mode load, with version and adoption."""
    from meldwijzer.meldcode import profiel_lezen
    from meldwijzer.web.meldcode.selectors import huidig_profiel

    client = ingelogd(cast.beheerder)
    client.post("/org/meldcode/profiel/", formulier())
    client.post(
        "/org/meldcode/vaststellen/",
        {"datum": "2026-03-04", "vastgesteld_door": "De raad van toezicht"},
    )
    antwoord = ingelogd(cast.medewerker).get("/org/meldcode/profiel.yaml")
    assert antwoord["Content-Disposition"].startswith("attachment")
    geladen = profiel_lezen(antwoord.content.decode("utf-8"))
    assert geladen == huidig_profiel()
    assert geladen.versie == 1 and str(geladen.vastgesteld_op) == "2026-03-04"
