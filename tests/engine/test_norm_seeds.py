"""Issue 12: the norm exact to the seeds. One test (or group) per finding of the review; each
docstring quotes the seed sentence it enforces (seeds/002 = BPSW meldcode, 003 = FAQ)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from meldwijzer.engine.advies import BeslissingHulp, BeslissingMelden
from meldwijzer.engine.casus import Casus
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.uitvoer import advies_als_dict

NAMEN = ("vermoeden", "onveiligheid", "hulp_bieden", "medewerking", "duurzame_veiligheid")


def casus(*antwoorden: str | None, **data: Any) -> Casus:
    afw = {n: a for n, a in zip(NAMEN, antwoorden, strict=False) if a}
    return Casus.model_validate({"afwegingen": afw, **data})


def alle_teksten(c: Casus) -> str:
    advies = beoordeel(c)
    items = (*advies.adviezen, *advies.open_punten, *advies.melden_open_wegens)
    return " ".join(i.tekst for i in items)


# --- Finding 1: doubt on afweging 2 never allows closing ---------------------------------


@pytest.mark.parametrize("onveiligheid", ["twijfel", "ja"])
def test_twijfel_of_ja_op_afweging_2_na_afweging_1_nee_laat_nooit_afsluiten(
    onveiligheid: str,
) -> None:
    """002, 2.2 Stap 4: "Bij twijfel over de risico’s, de aard en de ernst van het geweld en
    bij twijfel over de vervolgstap moet altijd (opnieuw) advies worden gevraagd aan Veilig
    Thuis." Doubt or ja on afweging 2 never allows closing."""
    advies = beoordeel(casus("nee", onveiligheid))
    assert not advies.meldcode_mag_afsluiten
    assert "meldcode_afsluiten" not in advies.codes()
    assert "mag worden afgesloten" not in alle_teksten(casus("nee", onveiligheid))
    if onveiligheid == "twijfel":
        assert advies.beslissing_melden is BeslissingMelden.OPEN
        assert [i.code for i in advies.melden_open_wegens] == ["twijfel_onveiligheid"]


# --- Finding 2: an emergency never allows closing, its advice first -----------------------


def test_noodsituatie_met_afweging_1_nee_laat_niet_afsluiten_en_staat_bovenaan() -> None:
    """002, 3.4 Noodsituaties: "Bij signalen die wijzen op acuut en zodanig ernstig geweld dat
    uw cliënt of zijn gezinslid daartegen onmiddellijk moet worden beschermd, kunt u meteen
    advies vragen aan Veilig Thuis." An emergency is acute unsafety; melden is the norm."""
    advies = beoordeel(casus("nee", noodsituatie=True, vormen=["seksueel"]))
    assert not advies.meldcode_mag_afsluiten
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert advies.adviezen[0].code == "noodsituatie"
    assert "meldcode_afsluiten" not in advies.codes()


# --- Finding 3: acute, structural, both; disclosure ---------------------------------------


@pytest.mark.parametrize(
    ("aard", "disclosure", "verwacht"),
    [
        ("acuut", False, True),
        ("beide", False, True),
        ("structureel", True, True),
        (None, True, True),
        ("structureel", False, False),
        (None, False, False),
    ],
)
def test_acute_onveiligheid_brengt_de_directe_route_eerst(
    aard: str | None, disclosure: bool, verwacht: bool
) -> None:
    """002, Bijlage 2, Acute onveiligheid: "Van acute onveiligheid is sprake als een persoon in
    direct fysiek gevaar verkeert ... Hij of zij heeft direct bescherming nodig." Disclosure:
    "Een specifieke vorm van acute onveiligheid is ‘disclosure’." 3.4 Noodsituaties: "kunt u
    meteen advies vragen aan Veilig Thuis ... in hetzelfde gesprek een melding doen"."""
    c = casus("ja", "ja", onveiligheid_aard=aard, disclosure=disclosure)
    advies = beoordeel(c)
    assert advies.acuut is verwacht
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    if verwacht:
        eerste = advies.adviezen[0]
        assert eerste.code == "acuut_direct_handelen"
        assert "0800-2000" in eerste.tekst and "112" in eerste.tekst
    else:
        assert "acuut_direct_handelen" not in advies.codes()


def test_acuut_heft_alle_stappen_eerst_op() -> None:
    """002, 3.4 Noodsituaties: "kunt u meteen advies vragen aan Veilig Thuis" — someone in
    danger does not wait for "alle stappen heeft doorlopen" (2.2 Volgorde van de stappen)."""
    beslist = {"melden": {"keuze": "ja"}}
    acuut = beoordeel(casus("ja", "ja", onveiligheid_aard="acuut", beslissingen=beslist))
    structureel = beoordeel(
        casus("ja", "ja", onveiligheid_aard="structureel", beslissingen=beslist)
    )
    assert "stappen_niet_gezet" not in acuut.open_codes()
    assert "alle stappen" not in " ".join(p.tekst for p in acuut.open_punten)
    assert "stappen_niet_gezet" in structureel.open_codes()


def test_onveiligheid_zonder_aard_is_een_open_punt() -> None:
    """002, Bijlage 2: acute ("direct bescherming nodig") and structural ("herhaling of het
    voortduren van een onveilige situatie") unsafety ask different actions."""
    assert "aard_onveiligheid_open" in beoordeel(casus("ja", "ja")).open_codes()
    gegeven = beoordeel(casus("ja", "ja", onveiligheid_aard="structureel"))
    assert "aard_onveiligheid_open" not in gegeven.open_codes()


# --- Finding 4: an open outcome says what is open -----------------------------------------


def test_twijfel_op_afweging_2_met_3_tot_5_ja_noemt_wat_open_is() -> None:
    """002, Bijlage 1b Stap 4: "Raadpleeg in geval van twijfel altijd (opnieuw) Veilig Thuis."
    Open because of doubt, not because afwegingen are unanswered."""
    advies = beoordeel(casus("ja", "twijfel", "ja", "ja", "ja"))
    assert advies.beslissing_melden is BeslissingMelden.OPEN
    codes = [i.code for i in advies.melden_open_wegens]
    assert codes == ["twijfel_onveiligheid"]
    assert "afweging_open" not in codes


# --- Finding 5: a report can be relevant although help is possible --------------------------


def test_hulp_mogelijk_is_niet_vanzelf_niet_noodzakelijk() -> None:
    """002, 2.2 Stap 5: "Ook in gevallen waarin de sociaal werker meent zelf hulp te kunnen
    blijven verlenen, maar een melding bij Veilig Thuis relevant is – zal er een melding worden
    gedaan." The question must be answered before the norm says "niet noodzakelijk"."""
    open_ = beoordeel(casus("ja", "nee", "ja", "ja", "ja"))
    assert open_.beslissing_melden is BeslissingMelden.OPEN
    assert open_.beslissing_hulp is BeslissingHulp.MOGELIJK
    assert [i.code for i in open_.melden_open_wegens] == ["melding_relevant_open"]
    relevant = beoordeel(casus("ja", "nee", "ja", "ja", "ja", relevantie={"relevant": True}))
    assert relevant.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert "melden_noodzakelijk_relevant" in relevant.codes()
    niet = beoordeel(casus("ja", "nee", "ja", "ja", "ja", relevantie={"relevant": False}))
    assert niet.beslissing_melden is BeslissingMelden.NIET_NOODZAKELIJK


def test_gezinsvoogd_maakt_melden_noodzakelijk() -> None:
    """003 FAQ, "Moet ik ook melden als er al een gezinsvoogd in het gezin is?": "Ja, ook dan
    moet er worden gemeld bij Veilig Thuis."""
    advies = beoordeel(
        casus("ja", "nee", "ja", "ja", "ja", relevantie={"gezinsvoogd": True, "relevant": False})
    )
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    item = next(a for a in advies.adviezen if a.code == "melden_noodzakelijk_relevant")
    assert "gezinsvoogd" in item.tekst


def test_andere_hulp_in_het_gezin_maakt_melden_aanbevolen() -> None:
    """003 FAQ, "Moet ik melden als er al (meerdere vormen van) hulpverlening in het gezin
    is?": "is het altijd aan te bevelen om te melden. Júist ook als er al hulpverlening in het
    gezin zit." """
    advies = beoordeel(casus("ja", "nee", "ja", "ja", "ja", relevantie={"andere_hulp": True}))
    assert "melden_aanbevolen_andere_hulp" in advies.codes()


# --- Finding 6: afweging 5 is re-weighed while help runs ----------------------------------


def test_herwegingen_van_afweging_5_blijven_bewaard_en_de_norm_volgt_de_laatste() -> None:
    """002, Bijlage 2, Afweging 5: "Wanneer een professional die hulp biedt of organiseert ...
    constateert dat de onveiligheid niet stopt of zich herhaalt, ondanks de aanwezigheid van
    een veiligheidsplan en zorg/herstelplan." The weighing is repeated; each one is kept."""
    data = {
        "relevantie": {"relevant": False},
        "herwegingen": [
            {"datum": "2026-10-01", "antwoord": "ja", "motivatie": "plan loopt"},
            {"datum": "2026-11-15", "antwoord": "nee", "motivatie": "opnieuw incident"},
        ],
    }
    c = casus("ja", "nee", "ja", "ja", "ja", **data)
    advies = beoordeel(c)
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert advies.beslissing_hulp is BeslissingHulp.NIET_MOGELIJK
    assert [(w.soort, w.antwoord) for w in advies.afweging5_historie] == [
        ("eerste", "ja"),
        ("herweging", "ja"),
        ("herweging", "nee"),
    ]
    uit = advies_als_dict(advies)
    assert [w["datum"] for w in uit["afweging5_historie"]] == [None, "2026-10-01", "2026-11-15"]
    terug = Casus.model_validate(json.loads(json.dumps(c.model_dump(mode="json"))))
    assert terug.herwegingen == c.herwegingen


def test_oude_casusbestanden_laden_met_standaardwaarden() -> None:
    """Files written before issue 12 have none of the new fields."""
    oud = Casus.model_validate({"formaat": 1, "afwegingen": {"vermoeden": "ja"}})
    assert oud.herwegingen == [] and oud.onveiligheid_aard is None and not oud.disclosure
    assert oud.relevantie.relevant is None and oud.client.afhankelijk is None


# --- Finding 9: the position of the client -------------------------------------------------


def test_meerderjarige_cliënt_beslist_zelf_en_melden_zonder_medeweten_is_uiterste_middel() -> None:
    """002, 3.3 Positie van de cliënt: "Meerderjarigen beslissen in beginsel zelf over de wijze
    waarop ze hun leven inrichten"; 3.4: "Gebruik maken van het wettelijk meldrecht tegen de
    wens van de cliënt of zonder zijn medeweten moet dan ook worden gezien als een uiterste
    middel"."""
    advies = beoordeel(
        casus(
            "ja", "ja", client={"leeftijd": 40, "afhankelijk": False}, kindcheck={"kinderen": "nee"}
        )
    )
    item = next(a for a in advies.adviezen if a.code == "positie_meerderjarige")
    assert "uiterste middel" in item.tekst


def test_afhankelijke_cliënt_zwijgplicht_eerder_doorbreken() -> None:
    """002, 3.3 Positie van de cliënt: "Bij cliënten die zich in een afhankelijke positie
    bevinden ... zal een sociaal werker eerder dan ‘gemiddeld’ kunnen besluiten dat hij zijn
    zwijgplicht verbreekt." """
    advies = beoordeel(casus("ja", "ja", client={"leeftijd": 82, "afhankelijk": True}))
    assert "positie_afhankelijke_client" in advies.codes()
    assert "positie_meerderjarige" not in advies.codes()


def test_ouderenmishandeling_vraagt_naar_afhankelijkheid_niet_naar_kindcheck() -> None:
    """002, Bijlage 1b Stap 1, Kindcheck: "Vraag uw cliënt of er minderjarige kinderen aan zijn
    zorg zijn toevertrouwd" — not the position of an elderly victim; 3.3: "speelt de positie
    van de cliënt een belangrijke rol"."""
    c = casus(
        "ja",
        vormen=["ouderenmishandeling"],
        client={"leeftijd": 79, "rol": "slachtoffer"},
    )
    codes = beoordeel(c).open_codes()
    assert "afhankelijkheid_onbekend" in codes
    assert "kindcheck" not in codes
    pleger = casus("ja", vormen=["ouderenmishandeling"], client={"leeftijd": 45, "rol": "pleger"})
    assert "kindcheck" in beoordeel(pleger).open_codes()


# --- Finding 10 (spot checks; the full check is in test_bronnen.py) ------------------------


@pytest.mark.parametrize(
    ("code", "verwacht", "niet"),
    [
        ("vgv_snel_handelen", "2.2, Specifieke vormen", "Volgorde van de stappen"),
        ("noodsituatie", "3.4, Noodsituaties", "Volgorde van de stappen"),
        ("toestemming_vastleggen", "3.2, Vragen van toestemming", "3.3"),
    ],
)
def test_verkeerde_bronnen_uit_de_review_zijn_verbeterd(
    code: str, verwacht: str, niet: str
) -> None:
    """Issue 12 finding 10: "Every citation must point at the text that says it"."""
    from meldwijzer.engine.regels import REGELS

    assert verwacht in REGELS[code].bron
    assert niet not in REGELS[code].bron


def test_veilig_thuis_heet_nergens_gratis() -> None:
    """DOMAIN.md calls Veilig Thuis free; no seed says so (issue 12)."""
    from meldwijzer.engine.regels import REGELS

    assert not any("gratis" in r.tekst for r in REGELS.values())
