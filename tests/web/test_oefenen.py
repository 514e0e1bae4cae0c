"""Oefenmodus and intervisie (issue 17, item 5): each of the eight examples of Bijlage 2 shows
the afweging the seed hangs it under, its helper questions, and the norm on her own answers;
nothing is stored (these tests have no database, and no cookie but CSRF's is set)."""

from __future__ import annotations

import html

import pytest
from django.test import Client

from meldwijzer.content.loader import default_pack
from meldwijzer.engine.casus import Afwegingen, Casus
from meldwijzer.engine.norm import beoordeel
from meldwijzer.web.flow.context import norm_op_scherm
from meldwijzer.web.flow.oefenen import oefeningen

#: Bijlage 2 of the BPSW afwegingskader: seven examples under afweging 2 (acute onveiligheid,
#: disclosure, structurele onveiligheid) and one under afweging 5.
PLAATS = {"onveiligheid": 7, "duurzame_veiligheid": 1}


def test_de_acht_voorbeelden_staan_onder_hun_afweging() -> None:
    alle = oefeningen(default_pack())
    assert len(alle) == 8
    per_afweging: dict[str, int] = {}
    for o in alle:
        per_afweging[o.afweging.id] = per_afweging.get(o.afweging.id, 0) + 1
    assert per_afweging == PLAATS
    assert {o.groep.id for o in alle if o.groep} == {
        "acuut",
        "disclosure",
        "structureel",
        "duurzame_veiligheid",
    }


@pytest.mark.parametrize("nummer", range(1, 9))
def test_na_het_antwoord_toont_elk_voorbeeld_waar_de_seed_het_plaatst(
    client: Client, nummer: int
) -> None:
    o = oefeningen(default_pack())[nummer - 1]
    vooraf = client.get(f"/oefenen/{nummer}/").content.decode()
    assert o.voorbeeld.titel in html.unescape(vooraf)
    assert "Waar plaatst het afwegingskader" not in vooraf
    antwoorden = {"vermoeden": "ja", "onveiligheid": "twijfel", "hulp_bieden": "ja"}
    r = client.post(f"/oefenen/{nummer}/", {f"{a}_antwoord": w for a, w in antwoorden.items()})
    tekst = html.unescape(r.content.decode())
    assert f'data-afweging="{o.afweging.id}"' in tekst
    assert (
        f"afweging {o.afweging.nummer}</strong> (stap {o.afweging.stap}): {o.afweging.vraag}"
        in (tekst)
    )
    assert o.groep is not None and o.groep.titel in tekst
    assert all(vraag in tekst for vraag in o.groep.vragen)
    advies = beoordeel(Casus(afwegingen=Afwegingen.model_validate(antwoorden)))
    assert html.unescape(norm_op_scherm(advies.beslissing_melden)) in html.unescape(tekst)
    assert html.unescape(norm_op_scherm(advies.beslissing_hulp)) in html.unescape(tekst)
    assert "checked" in tekst and 'value="twijfel"' in tekst  # her answers stay on the page
    assert set(r.cookies) <= {"csrftoken"}


def test_een_voorbeeld_dat_niet_bestaat_is_een_nederlandse_404(client: Client) -> None:
    assert client.get("/oefenen/9/").status_code == 404
    assert client.get("/oefenen/0/").status_code == 404


def test_intervisie_geeft_een_kort_document_met_casus_vragen_en_conclusies(
    client: Client,
) -> None:
    pack = default_pack()
    o = oefeningen(pack)[2]
    r = client.post(
        "/intervisie/",
        {
            "voorbeeld": "3",
            "eigen_casus": "Meisje van 8, broertje vertelt over ruzie thuis.",
            "conclusies": "We overleggen eerst met Veilig Thuis.",
            "actie": "download",
        },
    )
    assert r["Content-Disposition"] == 'attachment; filename="intervisie.txt"'
    tekst = r.content.decode("utf-8")
    assert o.voorbeeld.tekst in tekst
    assert "Meisje van 8, broertje vertelt over ruzie thuis." in tekst
    assert all(a.vraag in tekst for a in pack.afwegingen)
    assert "We overleggen eerst met Veilig Thuis." in tekst
    assert set(r.cookies) <= {"csrftoken"}


def test_intervisie_met_onzin_geeft_een_nederlandse_fout_en_houdt_de_tekst(
    client: Client,
) -> None:
    r = client.post(
        "/intervisie/", {"voorbeeld": "99", "conclusies": "Bewaard?", "actie": "download"}
    )
    tekst = r.content.decode()
    assert r.status_code == 200 and r["Content-Type"].startswith("text/html")
    assert "Selecteer een geldige keuze" in tekst
    assert "Bewaard?" in tekst
