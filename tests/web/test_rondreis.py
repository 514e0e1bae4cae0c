"""Every field of every page keeps its value as a professional works: she saves, goes
elsewhere and comes back, saves again, reloads, saves the casus as a file and opens it again.

The fields come from the page's form class (instantiated for the casus at hand), so a new
field is covered without touching this test. Each field gets a distinctive value of its type;
the page is re-sent exactly as a browser sends the rendered page (tests/web/formulier.py), so
a value rendered in a form the browser cannot show — a localised date in an
`<input type=date>` — is erased here as it is in Chromium (issue 13, item 1).
"""

from __future__ import annotations

import io
import json
from typing import Any

from django.test import Client

from meldwijzer.engine.casus import Casus
from meldwijzer.web.flow.pages import PAGINAS
from meldwijzer.web.flow.store import staat_lezen

from .formulier import als_post, kenmerkend, verstuurd

#: Pages whose every field is filled, in walking order.
PAGINA_IDS = ("scope", "stap1", "stap2", "stap3", "stap4", "stap5")
URLS = {
    "scope": "/scope/",
    "stap1": "/stap/1/",
    "stap2": "/stap/2/",
    "stap3": "/stap/3/",
    "stap4": "/stap/4/",
    "stap5": "/stap/5/",
    "overzicht": "/overzicht/",
}
#: Choices that keep the walk inside the meldcode and open the conditional fields.
KEUZE = {
    "situatie": ["partners_beide_client"],
    "leeftijd": ["34"],  # an adult client: the kindcheck is asked
    "kc_kinderen": ["ja"],  # children involved: their own view is asked
    "sig_soort": ["hypothese"],  # a hypothesis gets a status and a follow-up note
    "kc_leeftijden": ["3, 7"],  # kept as a list of numbers: checked by equality below
}
#: Fields that only accompany an action button, never saved by "Opslaan".
NIET_OPGESLAGEN = {"overslaan_reden"}


class Browser:
    """The test client, sending each page the way a browser sends the rendered form."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.html = ""

    def stuur(self, url: str, *, actie: str = "opslaan", **vervang: list[str]) -> None:
        velden = {**verstuurd(self.html), **vervang, "actie": [actie]}
        r = self.client.post(url, als_post(velden))
        assert r.status_code == 200, (url, r.status_code)
        self.html = r.content.decode()
        assert "Controleer uw invoer" not in self.html, self.html

    @property
    def casus(self) -> Casus:
        return staat_lezen(verstuurd(self.html)["staat"][0]).casus


def _momentopname(casus: Casus) -> dict[str, Any]:
    data = casus.model_dump(mode="json")
    data.pop("gewijzigd")
    return data


def _vul_pagina(b: Browser, pagina_id: str) -> dict[str, list[str]]:
    """Fill every field of the page, again as long as saving reveals new fields."""
    gevuld: dict[str, list[str]] = {}
    form_klasse = PAGINAS[pagina_id].form
    assert form_klasse is not None
    while True:
        velden = form_klasse(casus=b.casus).fields
        nieuw = {
            naam: KEUZE.get(naam) or kenmerkend(naam, veld, len(gevuld) + n)
            for n, (naam, veld) in enumerate(velden.items())
            if naam not in gevuld and naam not in NIET_OPGESLAGEN
        }
        if not nieuw:
            return gevuld
        b.stuur(URLS[pagina_id], **nieuw)
        gevuld.update(nieuw)


def _bevat(casus: Casus, waarde: str) -> bool:
    return waarde in json.dumps(casus.model_dump(mode="json"), ensure_ascii=False)


def test_elk_veld_van_elke_pagina_overleeft_opslaan_navigeren_herladen_en_bestand(
    client: Client,
) -> None:
    b = Browser(client)
    b.html = client.get("/").content.decode()
    b.html = client.post("/scope/", {"pagina": "start", "label": "RONDREIS-1"}).content.decode()
    alles: dict[str, dict[str, list[str]]] = {}
    vorige = "scope"
    for pagina_id in PAGINA_IDS:
        if pagina_id != vorige:
            b.stuur(URLS[pagina_id])  # the step navigation: saves the page she leaves
        alles[pagina_id] = _vul_pagina(b, pagina_id)
        vorige = pagina_id

    casus = b.casus
    for pagina_id, velden in alles.items():
        for naam, waarden in velden.items():
            for waarde in waarden:
                if waarde != "on" and naam not in KEUZE:  # others: by equality below
                    assert _bevat(casus, waarde), f"{pagina_id}.{naam} = {waarde!r} niet bewaard"
    verwacht = _momentopname(casus)

    for pagina_id in PAGINA_IDS:
        b.stuur(URLS["overzicht"])  # away...
        b.stuur(URLS[pagina_id])  # ...and back
        b.stuur(URLS[pagina_id])  # save again
        assert _momentopname(b.casus) == verwacht, f"{pagina_id}: opnieuw opslaan"
        b.stuur(URLS[pagina_id], actie="herstel")  # a reload restores the tab's copy
        b.stuur(URLS[pagina_id])
        assert _momentopname(b.casus) == verwacht, f"{pagina_id}: na herladen"

    bestand = client.post("/bewaren/", {"staat": verstuurd(b.html)["staat"][0]})
    assert bestand.status_code == 200
    upload = io.BytesIO(bestand.content)
    upload.name = "casus.json"
    b.html = client.post("/openen/", {"bestand": upload}).content.decode()
    assert _momentopname(b.casus) == verwacht, "na bewaren en openen"
    for pagina_id in PAGINA_IDS:
        b.stuur(URLS[pagina_id])
        b.stuur(URLS[pagina_id])
        assert _momentopname(b.casus) == verwacht, f"{pagina_id}: na openen opnieuw opslaan"


def test_een_datum_staat_in_iso_vorm_in_het_datumveld(client: Client) -> None:
    """`<input type=date>` only accepts 2026-03-04; 04-03-2026 shows empty (item 1)."""
    b = Browser(client)
    b.html = client.post("/scope/", {"pagina": "start", "label": "DATUM-1"}).content.decode()
    b.stuur("/stap/5/", situatie=["huiselijke_kring"])
    b.stuur("/stap/5/", m_datum=["2026-03-04"])
    assert 'name="m_datum" value="2026-03-04"' in b.html
