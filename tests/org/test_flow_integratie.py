"""The private-mode flow working on stored casussen through the server store.

The flow chooses its store in `flow.store.store_voor`: in organisation mode that is the
server store, with no help from these tests.
"""

from __future__ import annotations

import re

from django.test import Client, override_settings
from web.verslag_pagina import lees_verslag

from meldwijzer.web.org import selectors, services, store
from meldwijzer.web.org.models import AuditEntry, StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast, ingelogd

ORG = override_settings(MODE="organisatie")


def _staat(html: str) -> str:
    m = re.search(r'name="staat" value="([^"]+)"', html)
    assert m, "geen staat in de pagina"
    return m.group(1)


def _signaal_post(staat: str, tekst: str) -> dict[str, str]:
    return {
        "staat": staat,
        "pagina": "stap1",
        "actie": "opslaan",
        "sig_soort": "observatie",
        "sig_tekst": tekst,
        "sig_bron": "",
        "sig_datum": "",
        "ci_tekst": "",
        "ci_datum": "",
    }


def _open(client: Client, stored: StoredCasus) -> str:
    r = client.get(f"/org/casussen/{stored.pk}/stappen/", follow=True)
    assert r.status_code == 200
    html = r.content.decode()
    assert GEHEIM_SIGNAAL not in html.split('name="staat"')[1][:2000]  # pointer, not content
    return _staat(html)


@ORG
def test_stap_opslaan_bewaart_de_casus_op_de_server(stored: StoredCasus, cast: Cast) -> None:
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    r = client.post("/stap/1/", _signaal_post(staat, "Kind vertelt over ruzie thuis"))
    assert r.status_code == 200, r.content.decode()[:500]
    opgeslagen = StoredCasus.objects.get(pk=stored.pk)
    assert opgeslagen.version == 2
    teksten = [s.tekst for s in selectors.casus_lezen(opgeslagen).signalen]
    assert teksten == [GEHEIM_SIGNAAL, "Kind vertelt over ruzie thuis"]
    assert AuditEntry.objects.filter(actie="casus_opgeslagen", object_id=str(stored.pk)).exists()
    # The next page carries the new version.
    assert store.staat_lezen(_staat(r.content.decode()), user_id=cast.medewerker.pk)[1] == 2


@ORG
def test_tweede_tabblad_met_oude_versie_krijgt_conflict_en_niets_gaat_verloren(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    tab_a = _open(client, stored)
    tab_b = _open(client, stored)
    assert client.post("/stap/1/", _signaal_post(tab_b, "Eerst opgeslagen")).status_code == 200
    antwoord = client.post("/stap/1/", _signaal_post(tab_a, "Later getypt"))
    teksten = [
        s.tekst for s in selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk)).signalen
    ]
    assert teksten == [GEHEIM_SIGNAAL, "Eerst opgeslagen"]  # nothing overwritten
    # What the flow shows (conflict_antwoord): her text still in the form, the Dutch message.
    html = antwoord.content.decode()
    assert antwoord.status_code == 409
    assert "Later getypt" in html
    assert "Iemand anders heeft deze casus intussen opgeslagen" in html
    nieuwe_staat = _staat(html)
    assert store.staat_lezen(nieuwe_staat, user_id=cast.medewerker.pk)[1] == 2


@ORG
def test_staat_van_een_collega_opent_de_casus_niet(stored: StoredCasus, cast: Cast) -> None:
    staat = _open(ingelogd(cast.medewerker), stored)
    vreemd = ingelogd(cast.buitenstaander)
    r = vreemd.post("/stap/1/", _signaal_post(staat, "inbraak"))
    assert r.status_code in {400, 404}
    assert GEHEIM_SIGNAAL not in r.content.decode()
    eigen = store.staat_maken(casus_id=stored.pk, versie=1, user_id=cast.buitenstaander.pk)
    r = vreemd.post("/stap/1/", _signaal_post(eigen, "inbraak"))
    assert r.status_code == 404
    assert StoredCasus.objects.get(pk=stored.pk).version == 1


@ORG
def test_medewerker_die_alleen_stap_1_zet_kan_stap_2_niet_opslaan(
    stored: StoredCasus, cast: Cast
) -> None:
    from meldwijzer.web.org.models import Profiel

    Profiel.objects.filter(gebruiker=cast.medewerker).update(alleen_stap_1=True)
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    assert client.post("/stap/1/", _signaal_post(staat, "mag wel")).status_code == 200
    staat = store.staat_maken(casus_id=stored.pk, versie=2, user_id=cast.medewerker.pk)
    consult = {"con_met": "collega", "con_vraag": "Wat ziet u?", "con_advies": "Bel VT"}
    r = client.post("/stap/2/", {"staat": staat, "pagina": "stap2", "actie": "opslaan", **consult})
    assert r.status_code == 403
    assert "Stap 2 zet u niet" in r.content.decode()
    assert "Wat ziet u?" in r.content.decode()  # her input is kept
    assert StoredCasus.objects.get(pk=stored.pk).version == 2


@ORG
def test_zonder_tweede_factor_laadt_de_server_store_niets(stored: StoredCasus, cast: Cast) -> None:
    staat = _open(ingelogd(cast.medewerker), stored)
    client = Client()
    client.force_login(cast.medewerker)
    r = client.post("/stap/1/", _signaal_post(staat, "x"))
    assert r.status_code == 302 and r["Location"] == "/org/inloggen/"
    assert StoredCasus.objects.get(pk=stored.pk).version == 1
    services.casus_afsluiten(user=cast.medewerker, casus_id=stored.pk, reden="klaar")
    r = ingelogd(cast.medewerker).get(f"/org/casussen/{stored.pk}/stappen/")
    assert r.status_code == 302


@ORG
def test_als_de_beslisser_aftekent_legt_de_medewerker_het_besluit_niet_zelf_vast(
    stored: StoredCasus, cast: Cast
) -> None:
    from meldwijzer.web.org.models import Instellingen

    client = ingelogd(cast.medewerker)
    post = {
        "pagina": "stap5",
        "actie": "opslaan",
        "melden_keuze": "ja",
        "melden_reden": "Signalen te ernstig",
        "hulp_keuze": "",
        "hulp_reden": "",
    }
    Instellingen.objects.update_or_create(pk=1, defaults={"beslisser_tekent_af": True})
    r = client.post("/stap/5/", {**post, "staat": _open(client, stored)})
    assert r.status_code == 403
    assert StoredCasus.objects.get(pk=stored.pk).version == 1
    Instellingen.objects.filter(pk=1).update(beslisser_tekent_af=False)
    r = client.post("/stap/5/", {**post, "staat": _open(client, stored)})
    assert r.status_code == 200
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.beslissingen.melden.keuze == "ja"


@ORG
def test_zonder_inlog_stuurt_de_flow_naar_het_inloggen_maar_nood_blijft_open(db: None) -> None:
    client = Client()
    for pad in ("/", "/stap/1/", "/samenvatting/"):
        r = client.get(pad)
        assert r.status_code == 302 and r["Location"] == "/org/inloggen/", pad
    r = client.post("/stap/1/", {"pagina": "stap1", "actie": "opslaan"})
    assert r.status_code == 302 and r["Location"] == "/org/inloggen/"
    assert client.get("/acuut-gevaar/").status_code == 200


@ORG
def test_ingelogd_opent_de_startpagina_het_overzicht_van_de_organisatie(cast: Cast) -> None:
    r = ingelogd(cast.medewerker).get("/")
    assert r.status_code == 302 and r["Location"] == "/org/"


@ORG
def test_conflict_via_de_echte_flow_geeft_409_en_bewaart_de_invoer(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    oud = _open(client, stored)
    nieuw = _open(client, stored)
    assert client.post("/stap/1/", _signaal_post(nieuw, "Eerste versie")).status_code == 200
    r = client.post("/stap/1/", _signaal_post(oud, "Getypt in het oude tabblad"))
    assert r.status_code == 409
    assert "Getypt in het oude tabblad" in r.content.decode()
    assert StoredCasus.objects.get(pk=stored.pk).version == 2


@ORG
def test_verslag_uit_de_flow_wordt_gelogd_en_bevat_de_audit_trail(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    r = client.post("/verslag/txt/", {"staat": staat})
    assert r.status_code == 200
    tekst = r.content.decode()
    assert "Audit trail" in tekst
    assert "export txt" in tekst  # this very export is in the trail it prints
    assert AuditEntry.objects.filter(actie="export_txt", object_id=str(stored.pk)).count() == 1
    r = client.post("/bewaren/", {"staat": staat, "wachtwoord": ""})
    assert r.status_code == 200
    assert AuditEntry.objects.filter(actie="export_bestand", object_id=str(stored.pk)).exists()


def _actie_van_het_formulier(html: str) -> str:
    m = re.search(r'<form id="casus"[^>]* action="([^"]*)"', html)
    assert m, "geen formulier van de flow"
    return m.group(1)


@ORG
def test_opslaan_op_de_pagina_waarmee_de_stappen_openen_bewaart_de_casus(
    stored: StoredCasus, cast: Cast
) -> None:
    """The stored casus opens in the flow's own overview (/overzicht/?casus=<id>); its form
    posts to the flow. A page still open at the old address (/org/casussen/<id>/stappen/)
    posts there: that goes on to the flow with the same body (307), not a 405."""
    client = ingelogd(cast.medewerker)
    r = client.get(f"/org/casussen/{stored.pk}/stappen/")
    assert r.status_code == 302 and r["Location"] == f"/overzicht/?casus={stored.pk}"
    r = client.get(r["Location"])
    actie = _actie_van_het_formulier(r.content.decode())
    assert actie == "/overzicht/"
    post = {"staat": _staat(r.content.decode()), "pagina": "overzicht", "actie": "opslaan"}
    r = client.post(actie, post)
    assert r.status_code == 200, r.content.decode()[:500]
    assert "Waar staat deze casus?" in r.content.decode()  # the overview again
    assert StoredCasus.objects.get(pk=stored.pk).version == 2
    oud = {**post, "staat": _staat(r.content.decode())}
    r = client.post(f"/org/casussen/{stored.pk}/stappen/", oud, follow=True)
    assert r.status_code == 200
    assert StoredCasus.objects.get(pk=stored.pk).version == 3


@ORG
def test_in_de_stappen_afgesloten_casus_is_afgesloten_en_heropent_in_de_stappen(
    cast: Cast,
) -> None:
    """'Meldcode afsluiten' in the steps closes the stored casus too (its retention period
    starts: test_rotatie_en_bewaartermijn); 'Casus heropenen' on the flow's overview opens
    it again, and nothing else may be written while it is closed (issue 14, items 1, 5)."""
    stored = services.casus_aanmaken(user=cast.medewerker, dossier_ref="D-1")
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    r = client.post(
        "/afsluiten/",
        {"staat": staat, "pagina": "afsluiten", "actie": "afsluiten", "reden": "Klaar"},
    )
    assert r.status_code == 200, r.content.decode()[:300]
    rij = StoredCasus.objects.get(pk=stored.pk)
    assert rij.status == "afgesloten" and rij.afgesloten_op is not None
    assert rij.afsluit_reden == "Klaar"
    staat = _staat(r.content.decode())
    r = client.post("/stap/1/", _signaal_post(staat, "Na het afsluiten"))
    assert r.status_code == 409 and "afgesloten" in r.content.decode()
    assert StoredCasus.objects.get(pk=stored.pk).version == rij.version
    r = client.post("/overzicht/", {"staat": staat, "pagina": "overzicht", "actie": "heropenen"})
    assert r.status_code == 200
    rij = StoredCasus.objects.get(pk=stored.pk)
    assert rij.status == "open" and rij.afgesloten_op is None
    assert selectors.casus_lezen(rij).afgesloten is None


@ORG
def test_opslaan_op_het_adres_van_een_andere_casus_geeft_niet_gevonden(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    vreemd = services.casus_aanmaken(user=cast.buitenstaander, dossier_ref="D-2")
    r = client.post(
        f"/org/casussen/{vreemd.pk}/stappen/",
        {"staat": staat, "pagina": "overzicht", "actie": "opslaan"},
    )
    assert r.status_code == 404
    assert StoredCasus.objects.get(pk=stored.pk).version == 1


@ORG
def test_opslaan_in_de_stappen_van_een_intussen_afgesloten_casus_geeft_de_pagina_terug(
    stored: StoredCasus, cast: Cast
) -> None:
    """Closed on the casus page while the steps were open in another tab: the first save
    is a conflict (the version moved on); saving again from that page must not be a 500
    but the page with her input and the reason."""
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    services.casus_afsluiten(user=cast.medewerker, casus_id=stored.pk, reden="klaar")
    r = client.post("/stap/1/", _signaal_post(staat, "Na het afsluiten getypt"))
    assert r.status_code == 409
    r = client.post("/stap/1/", _signaal_post(_staat(r.content.decode()), "Nog een keer"))
    html = r.content.decode()
    assert r.status_code == 409
    assert "Deze casus is afgesloten" in html
    assert "Nog een keer" in html  # her input is still in the form
    opgeslagen = StoredCasus.objects.get(pk=stored.pk)
    assert [s.tekst for s in selectors.casus_lezen(opgeslagen).signalen] == [GEHEIM_SIGNAAL]


@ORG
def test_samenvatting_van_een_opgeslagen_casus_toont_het_verslag_zonder_export(
    stored: StoredCasus, cast: Cast
) -> None:
    """Organisation mode: the summary shows the stored casus's verslag (issue 18 item 2);
    reading it is no export, so it logs none and shows no audit trail (that goes with a
    download)."""
    client = ingelogd(cast.medewerker)
    staat = _open(client, stored)
    r = client.post("/samenvatting/", {"staat": staat, "pagina": "overzicht", "actie": "opslaan"})
    assert r.status_code == 200
    html = r.content.decode()
    assert lees_verslag(html, "stap1-waarnemingen").waarden("Beschrijving") == [GEHEIM_SIGNAAL]
    assert 'id="verslag-audit"' not in html
    assert not AuditEntry.objects.filter(object_id=str(stored.pk), actie__startswith="export_")
