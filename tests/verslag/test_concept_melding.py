"""The concept-melding: own observations apart from others' information, oudersignalen framing."""

from __future__ import annotations

from meldwijzer.engine.casus import Casus, Professional
from meldwijzer.verslag import concept_melding_tekst, melding_aan_de_orde
from meldwijzer.verslag.concept_melding import OUDERSIGNALEN_KADER

from .factories import volle_casus


def _deel(tekst: str, kop: str, volgende: str) -> str:
    begin = tekst.index(kop)
    eind = tekst.index(volgende, begin)
    return tekst[begin:eind]


def test_concept_scheidt_eigen_waarnemingen_van_informatie_van_derden() -> None:
    tekst = concept_melding_tekst(volle_casus())
    eigen = _deel(tekst, "Wat ik zelf heb waargenomen", "Vermoedens die later zijn bevestigd")
    derden = _deel(tekst, "Wat anderen hebben gezien of gehoord", "Oudersignalen")
    assert "Observatie 05" in eigen and "Derden" not in eigen
    assert "Derden 05" in derden and "Observatie" not in derden
    assert "(bron: buurvrouw (bron 05))" in derden
    assert "(bron: niet vastgelegd, vul de bron aan)" in derden


def test_open_en_weerlegde_hypothesen_komen_niet_in_de_melding() -> None:
    tekst = concept_melding_tekst(volle_casus())
    assert "Hypothese 02" in tekst  # bevestigd
    assert "Bevestigd: Vervolg 02" in tekst
    assert "Hypothese 01" not in tekst  # open
    assert "Hypothese 03" not in tekst  # weerlegd


def test_oudersignalen_krijgen_de_formulering_uit_de_meldcode() -> None:
    tekst = concept_melding_tekst(volle_casus())
    ouder = _deel(tekst, "Oudersignalen", "Wat het vermoeden tegenspreekt")
    assert OUDERSIGNALEN_KADER in ouder
    assert "risico voor de veiligheid of de ontwikkeling" in ouder
    assert "nader onderzoek" in ouder and "geen uitspraak" in ouder
    assert "Observatie 01" in ouder and "(eigen waarneming)" in ouder
    assert "Derden 01" in ouder and "(van derden; bron: buurvrouw (bron 01))" in ouder
    assert "Aantal kinderen (volgens de kindcheck): 2" in ouder
    # an oudersignaal is not repeated as a general observation about the children
    eigen = _deel(tekst, "Wat ik zelf heb waargenomen", "Vermoedens die later zijn bevestigd")
    assert "Observatie 01" not in eigen


def test_zonder_oudersignalen_geen_oudersignalen_formulering() -> None:
    data = volle_casus().model_dump()
    for signaal in data["signalen"]:
        signaal["oudersignaal"] = False
    tekst = concept_melding_tekst(Casus.model_validate(data))
    assert OUDERSIGNALEN_KADER not in tekst


def test_concept_noemt_gesprek_reactie_en_wat_de_professional_blijft_doen() -> None:
    tekst = concept_melding_tekst(volle_casus())
    besproken = _deel(tekst, "Is het gezin ingelicht over de melding?", "Wat ik vraag van")
    assert "Melding vooraf besproken: ja" in besproken
    assert "Reactie melding: de cliënt is boos maar begrijpt het." in besproken
    assert "Toestemming: Geweigerd" in besproken
    assert "Weging bezwaar: de veiligheid van de kinderen gaat voor." in besproken
    assert tekst.rstrip().endswith("Afspraken: ik blijf wekelijks op huisbezoek.")


def test_concept_zonder_afspraken_zegt_dat_ze_nog_gemaakt_moeten_worden() -> None:
    casus = Casus.model_validate(
        {
            "beslissingen": {"melden": {"keuze": "ja"}},
            "signalen": [{"id": "s1", "tekst": "Ik zag een snee."}],
        }
    )
    tekst = concept_melding_tekst(casus)
    assert "Ik zag een snee." in tekst
    assert (
        "Ontbreekt: wat u na de melding zelf blijft doen. Spreek dit af met Veilig Thuis." in tekst
    )


def test_concept_alleen_als_er_gemeld_wordt_of_de_norm_het_vraagt() -> None:
    geen = Casus.model_validate({"afwegingen": {"vermoeden": "nee"}})
    assert not melding_aan_de_orde(geen, None)
    assert concept_melding_tekst(geen) == ""
    norm = Casus.model_validate({"afwegingen": {"vermoeden": "ja", "onveiligheid": "ja"}})
    assert "Concept voor uw melding bij Veilig Thuis (0800-2000)" in concept_melding_tekst(norm)
    keuze = Casus.model_validate({"beslissingen": {"melden": {"keuze": "ja"}}})
    assert concept_melding_tekst(keuze) != ""


def test_concept_waarschuwt_als_de_eigen_keuze_tegen_de_norm_ingaat() -> None:
    casus = Casus.model_validate(
        {
            "afwegingen": {"vermoeden": "ja", "onveiligheid": "ja"},
            "beslissingen": {"melden": {"keuze": "nee", "reden": "x"}},
        }
    )
    assert "uw eigen keuze is niet melden" in concept_melding_tekst(casus)


def test_concept_noemt_gesprekken_en_overleg_zonder_de_inhoud_van_het_overleg() -> None:
    tekst = concept_melding_tekst(volle_casus())
    gesprekken = _deel(tekst, "Gesprekken over de zorgen", "Netwerk en hulp")
    assert "gesprek met de cliënt: Gesprek 1: de feiten en observaties voorgelegd." in gesprekken
    assert "Reactie: Reactie 2: vader wil geen hulp." in gesprekken
    overleg = _deel(tekst, "Overleg vooraf", "Gesprekken over de zorgen")
    assert "Aandachtsfunctionaris (aandachtsfunctionaris team Noord)" in overleg
    assert "Consultatieadvies" not in overleg


def test_concept_noemt_de_grond_als_er_geen_gesprek_was() -> None:
    casus = Casus.model_validate(
        {
            "beslissingen": {"melden": {"keuze": "ja"}},
            "geen_gesprek": {"grond": "contact_verbreken", "toelichting": "Eerder verdween zij."},
        }
    )
    tekst = concept_melding_tekst(casus)
    assert "Geen gesprek gevoerd. Grond: Goede redenen" in tekst
    assert "Eerder verdween zij." in tekst


def test_concept_volgt_wat_veilig_thuis_vraagt_en_markeert_wat_ontbreekt() -> None:
    """Issue 13 item 8: melder, betrokkenen, zorg, wat gedaan, netwerk, ingelicht, vraag."""
    casus = volle_casus().model_copy(
        update={"professional": Professional(functie="mentor", organisatie="Het Lyceum")}
    )
    tekst = concept_melding_tekst(casus)
    koppen = [
        "De melder",
        "Om wie het gaat",
        "De zorg",
        "Wat ik al deed",
        "Netwerk en hulp die er al is",
        "Is het gezin ingelicht over de melding?",
        "Wat ik vraag van Veilig Thuis",
        "Wat ik na de melding blijf doen",
    ]
    posities = [tekst.index(f"{kop}\n---") for kop in koppen]
    assert posities == sorted(posities)
    melder = _deel(tekst, "De melder", "Om wie het gaat")
    assert "Functie: mentor" in melder and "Organisatie: Het Lyceum" in melder
    assert "Naam: [invullen]" in melder and "Bereikbaar op: [invullen]" in melder
    betrokken = _deel(tekst, "Om wie het gaat", "De zorg")
    assert "Leeftijd: 34 jaar" in betrokken and "Rol van de cliënt: Slachtoffer" in betrokken
    assert "leeftijden: 4, 9" in betrokken and "[invullen]" in betrokken
    zorg = _deel(tekst, "De zorg", "Wat ik zelf heb waargenomen")
    assert "Specifieke vorm van geweld: Eergerelateerd geweld" in zorg
    assert "(afweging 2): Ja. Waarom: Motivatie 2" in zorg
    assert "Ontbreekt: wie rond het gezin kan steunen." in tekst
    assert "Ontbreekt: wat u van Veilig Thuis vraagt." in tekst
    assert "uw identiteit aan het gezin" in tekst and "bellen (0800-2000)" in tekst


def test_concept_zonder_iets_vastgelegd_noemt_elk_ontbrekend_deel() -> None:
    casus = Casus.model_validate({"beslissingen": {"melden": {"keuze": "ja"}}})
    tekst = concept_melding_tekst(casus)
    for gat in (
        "Ontbreekt: eigen waarnemingen met datum.",
        "Ontbreekt: informatie van anderen, met de bron.",
        "Ontbreekt: met wie u overlegde (stap 2).",
        "Ontbreekt: of u de melding vooraf met de cliënt of de ouders besprak.",
        "Functie: [invullen] (ontbreekt in de casus)",
        "Leeftijd: ontbreekt",
        "(afweging 1): ontbreekt (nog niet beantwoord)",
    ):
        assert gat in tekst, gat


def test_niet_besproken_noemt_de_grond_uit_de_seed() -> None:
    casus = Casus.model_validate(
        {
            "beslissingen": {"melden": {"keuze": "ja"}},
            "melding": {"besproken": False, "niet_besproken_grond": "veiligheid"},
        }
    )
    ingelicht = _deel(concept_melding_tekst(casus), "Is het gezin ingelicht", "Wat ik vraag van")
    assert "Melding vooraf besproken: nee" in ingelicht
    assert "Grond om niet te bespreken: Concrete aanwijzingen dat de veiligheid" in ingelicht
