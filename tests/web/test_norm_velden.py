"""The answers issue 12 adds to the flow, and the norm's texts on screen and in the verslag.

Each value must survive two saves, a reload and an export round trip (STYLE: "Values
survive"). Seeds quoted per test.
"""

from __future__ import annotations

import re

from meldwijzer import verslag as v
from meldwijzer.engine.casus import AardOnveiligheid, Antwoord
from meldwijzer.verslag.export import casus_naar_json, casus_uit_json
from meldwijzer.web.flow.selectors import advies_voor, pack_laden

from .conftest import Wandeling


def _stap4(w: Wandeling, url: str = "/stap/4/", **extra: str) -> None:
    w.post(
        url,
        pagina="stap4",
        vermoeden_antwoord=extra.pop("v", "ja"),
        vermoeden_motivatie="letsel gezien",
        onveiligheid_antwoord=extra.pop("o", "ja"),
        onveiligheid_motivatie="herhaald",
        **extra,
    )


def _stap5_hulp_ja(w: Wandeling, url: str = "/stap/5/", **extra: str) -> None:
    velden = {}
    for aid in ("hulp_bieden", "medewerking", "duurzame_veiligheid"):
        velden[f"{aid}_antwoord"] = "ja"
        velden[f"{aid}_motivatie"] = f"m {aid}"
    w.post(url, pagina="stap5", **velden, **extra)


def _verslag_tekst(w: Wandeling) -> str:
    casus = w.casus
    document = v.bouw_verslag(casus, advies=advies_voor(casus), pack=pack_laden())
    return v.render(document, "txt").decode()


def test_soort_onveiligheid_en_disclosure_blijven_bewaard(wandeling: Wandeling) -> None:
    """002, Bijlage 2: "Een specifieke vorm van acute onveiligheid is ‘disclosure’"."""
    wandeling.nieuw()
    for _ in range(2):
        _stap4(wandeling, aard="structureel", disclosure="on")
    wandeling.post("/stap/4/", pagina="overzicht")  # reload
    assert re.search(r'value="structureel"[^>]*checked', wandeling.tekst)
    casus = casus_uit_json(casus_naar_json(wandeling.casus))
    assert casus.onveiligheid_aard is AardOnveiligheid.STRUCTUREEL and casus.disclosure
    assert "Soort onveiligheid" in _verslag_tekst(wandeling)


def test_acute_onveiligheid_toont_de_directe_route_bovenaan(wandeling: Wandeling) -> None:
    """002, Bijlage 2, Acute onveiligheid: "Hij of zij heeft direct bescherming nodig"."""
    wandeling.nieuw()
    _stap4(wandeling, url="/stap/5/", aard="acuut")
    tekst = wandeling.tekst
    assert "Acute onveiligheid: handel nu" in tekst
    assert tekst.index("Acute onveiligheid: handel nu") < tekst.index("Beslissing 1")
    assert "Zet alle stappen" not in tekst


def test_twijfel_op_afweging_2_na_nee_op_1_laat_niet_afsluiten(wandeling: Wandeling) -> None:
    """002, 2.2 Stap 4: "bij twijfel over de vervolgstap moet altijd (opnieuw) advies worden
    gevraagd aan Veilig Thuis"."""
    wandeling.nieuw()
    _stap4(wandeling, url="/stap/5/", v="nee", o="twijfel")
    assert "mag worden afgesloten" not in wandeling.tekst
    assert "U twijfelt of er acute of structurele onveiligheid is" in wandeling.tekst


def test_open_norm_zegt_wat_open_is(wandeling: Wandeling) -> None:
    """002, Bijlage 1b Stap 4: "Raadpleeg in geval van twijfel altijd (opnieuw) Veilig
    Thuis." Not "beantwoord eerst de afwegingen" when they are answered."""
    wandeling.nieuw()
    _stap4(wandeling, o="twijfel")
    _stap5_hulp_ja(wandeling)
    assert "beantwoord eerst de afwegingen" not in wandeling.tekst
    assert "U twijfelt of er acute of structurele onveiligheid is" in wandeling.tekst
    papier = _verslag_tekst(wandeling)
    assert "niet alle afwegingen zijn beantwoord" not in papier
    assert "U twijfelt of er acute of structurele onveiligheid is" in papier


def test_relevantie_van_een_melding_als_hulp_mogelijk_is(wandeling: Wandeling) -> None:
    """002, 2.2 Stap 5: "maar een melding bij Veilig Thuis relevant is – zal er een melding
    worden gedaan"; 003 FAQ: with a gezinsvoogd "moet er worden gemeld"."""
    wandeling.nieuw()
    _stap4(wandeling, o="nee")
    _stap5_hulp_ja(wandeling)
    assert "Is een melding bij Veilig Thuis relevant" in wandeling.tekst
    for _ in range(2):
        _stap5_hulp_ja(wandeling, rel_gezinsvoogd="ja", rel_relevant="nee", rel_toelichting="GI")
    r = casus_uit_json(casus_naar_json(wandeling.casus)).relevantie
    assert (r.gezinsvoogd, r.relevant, r.toelichting) == (True, False, "GI")
    assert "Melden is noodzakelijk." in wandeling.tekst
    assert "Gezinsvoogd in het gezin" in _verslag_tekst(wandeling)
    wandeling.post("/samenvatting/", pagina="overzicht")
    assert "Gezinsvoogd in het gezin" in wandeling.tekst and "GI" in wandeling.tekst


def test_herwegingen_van_afweging_5_blijven_alle_bewaard(wandeling: Wandeling) -> None:
    """002, Bijlage 2, Afweging 5: "constateert dat de onveiligheid niet stopt of zich
    herhaalt" — a judgement repeated while help runs; each one is kept."""
    wandeling.nieuw()
    _stap4(wandeling, o="nee")
    _stap5_hulp_ja(wandeling, hw_antwoord="ja", hw_datum="2026-10-01", hw_motivatie="plan loopt")
    _stap5_hulp_ja(wandeling)  # a save without a new re-weighing adds nothing
    _stap5_hulp_ja(
        wandeling, hw_antwoord="nee", hw_datum="2026-11-15", hw_motivatie="opnieuw geweld"
    )
    casus = casus_uit_json(casus_naar_json(wandeling.casus))
    assert [(h.antwoord, h.motivatie) for h in casus.herwegingen] == [
        (Antwoord.JA, "plan loopt"),
        (Antwoord.NEE, "opnieuw geweld"),
    ]
    assert "15 november 2026" in wandeling.tekst and "1 oktober 2026" in wandeling.tekst
    assert "Melden is noodzakelijk." in wandeling.tekst  # the norm follows the latest
    papier = _verslag_tekst(wandeling)
    for stuk in ("eerste weging", "2026-10-01", "plan loopt", "2026-11-15", "opnieuw geweld"):
        assert stuk in papier


def test_herweging_zonder_motivatie_geeft_een_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _stap5_hulp_ja(wandeling, hw_antwoord="nee")
    assert "Motiveer deze herweging" in wandeling.tekst
    assert wandeling.casus.herwegingen == []


def test_richting_van_de_hulpvragen_van_afweging_5_staat_erbij(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/5/", pagina="overzicht")
    assert "bij deze hulpvragen is ‘ja’ een zorgsignaal" in wandeling.tekst


def test_afhankelijke_cliënt_blijft_bewaard(wandeling: Wandeling) -> None:
    """002, 3.3 Positie van de cliënt: a dependent client (secrecy may be broken sooner)."""
    wandeling.nieuw(leeftijd="81", afhankelijk="ja")
    wandeling.post(
        "/overzicht/", pagina="scope", situatie="huiselijke_kring", leeftijd="81", afhankelijk="ja"
    )
    assert casus_uit_json(casus_naar_json(wandeling.casus)).client.afhankelijk is True


def test_geen_kindcheckvraag_bij_het_oudere_slachtoffer_van_ouderenmishandeling(
    wandeling: Wandeling,
) -> None:
    """002, Bijlage 1b Stap 1, Kindcheck: "Vraag uw cliënt of er minderjarige kinderen aan zijn
    zorg zijn toevertrouwd" — not the position of the elderly victim (reading of issue 12)."""
    wandeling.nieuw(leeftijd="84", rol="slachtoffer", vormen="ouderenmishandeling")
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="kc_kinderen"' not in wandeling.tekst
    wandeling.nieuw(leeftijd="44", rol="pleger", vormen="ouderenmishandeling")
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="kc_kinderen"' in wandeling.tekst


def test_positie_van_de_cliënt_staat_bij_toestemming_in_stap_5(wandeling: Wandeling) -> None:
    """002, 3.3 Positie van de cliënt, beside the consent it weighs: "Meerderjarigen beslissen
    in beginsel zelf over de wijze waarop ze hun leven inrichten"."""
    wandeling.nieuw()
    wandeling.post("/stap/5/", pagina="overzicht")
    assert "Meerderjarigen beslissen in beginsel zelf" in wandeling.tekst
    assert "Noot van meldwijzer" in wandeling.tekst and "AVG" in wandeling.tekst
