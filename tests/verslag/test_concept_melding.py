"""The concept-melding: own observations apart from others' information, oudersignalen framing."""

from __future__ import annotations

from meldwijzer.engine.casus import Casus
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
    besproken = _deel(tekst, "Melding besproken met cliënt of ouders", "Anonimiteit")
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
    assert "Nog niets vastgelegd. Spreek dit af met Veilig Thuis." in tekst


def test_concept_alleen_als_er_gemeld_wordt_of_de_norm_het_vraagt() -> None:
    geen = Casus.model_validate({"afwegingen": {"vermoeden": "nee"}})
    assert not melding_aan_de_orde(geen, None)
    assert concept_melding_tekst(geen) == ""
    norm = Casus.model_validate({"afwegingen": {"vermoeden": "ja", "onveiligheid": "ja"}})
    assert "Concept voor de melding bij Veilig Thuis (0800-2000)" in concept_melding_tekst(norm)
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
    gesprekken = _deel(tekst, "Gesprekken over de zorgen", "Overleg vooraf")
    assert "gesprek met de cliënt: Gesprek 1: de feiten en observaties voorgelegd." in gesprekken
    assert "Reactie: Reactie 2: vader wil geen hulp." in gesprekken
    overleg = _deel(tekst, "Overleg vooraf", "Melding besproken met cliënt of ouders")
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
