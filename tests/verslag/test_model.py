"""The verslag model: order, content, empty sections, norm beside the decisions."""

from __future__ import annotations

import datetime as dt

import pytest

from meldwijzer.engine.advies import (
    Advies,
    AdviesItem,
    Afwijking,
    BeslissingHulp,
    BeslissingMelden,
)
from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import bouw_verslag, render_text
from meldwijzer.verslag import bronnen as bronnen_module
from meldwijzer.verslag.document import NIETS_VASTGELEGD, Leeg, Sectie, Velden
from meldwijzer.verslag.teksten import AFWEGING_VRAGEN, datum

from .factories import lege_casus, verwachte_teksten, volle_casus

GEMAAKT = dt.datetime(2026, 4, 1, 10, 0)


def _alle_tekst(sectie: Sectie) -> str:
    from meldwijzer.verslag.render_tekst import render_sectie_tekst

    return render_sectie_tekst(sectie)


def test_secties_staan_in_de_volgorde_van_een_toetser() -> None:
    verslag = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT)
    ids = [s.id for s in verslag.secties]
    verwacht = [
        "reikwijdte",
        "stap1",
        "stap2",
        "stap3",
        "stap4",
        "afwegingen",
        "stap5",
        "melding",
        "concept_melding",
        "afsluiting",
        "open_punten",
    ]
    assert [i for i in ids if i in verwacht] == verwacht


def test_meta_noemt_label_datum_en_content_pack() -> None:
    verslag = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT)
    meta = {v.label: v.waarde for v in verslag.meta}
    assert meta["Label"] == "Casus café-één"
    assert meta["Verslag gemaakt op"] == "1 april 2026, 10:00"
    # The kader in plain words, its name once; no pack id, no tool version among the facts.
    kader = meta["Afwegingskader"]
    assert kader.startswith("Afwegingskader psychologen") and "(versie " in kader
    assert "@" not in kader and kader.count("sociaal werkers") == 1
    assert "Gemaakt met" not in meta
    assert meta["Opgesteld door"] == "functie en organisatie niet ingevuld"
    assert verslag.colofon.startswith("Opgesteld met meldwijzer")


def test_datums_staan_in_nederlandse_vorm() -> None:
    assert datum(dt.date(2026, 3, 2)) == "2 maart 2026"
    assert datum(dt.datetime(2026, 12, 31, 9, 5)) == "31 december 2026, 09:05"
    assert datum(None) == "geen datum"


def test_elk_vastgelegd_item_staat_in_het_verslag() -> None:
    casus = volle_casus()
    tekst = render_text(bouw_verslag(casus, gemaakt_op=GEMAAKT))
    for verwacht in verwachte_teksten(casus):
        assert verwacht in tekst


def test_signalen_worden_gesplitst_naar_soort() -> None:
    stap1 = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT).sectie("stap1")
    waarnemingen = _alle_tekst(stap1.subsectie("waarnemingen"))
    hypothesen = _alle_tekst(stap1.subsectie("hypothesen"))
    derden = _alle_tekst(stap1.subsectie("derden"))
    assert waarnemingen.count("Observatie ") == 12 and "Hypothese 0" not in waarnemingen
    assert hypothesen.count("Hypothese 0") == 9 and "Derden 0" not in hypothesen
    assert derden.count("Derden 0") == 9 and "Observatie 0" not in derden
    assert "Status: Bevestigd" in hypothesen and "Status: Weerlegd" in hypothesen
    assert "Vervolg 02" in hypothesen
    assert "Bron: buurvrouw (bron 01)" in derden
    assert "Bron: bron niet vastgelegd" in derden


def test_afwegingen_tonen_vraag_antwoord_en_motivatie_uit_het_pack() -> None:
    afwegingen = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT).sectie("afwegingen")
    blokken = [b for b in afwegingen.inhoud if isinstance(b, Velden)]
    assert len(blokken) == 5
    eerste = {v.label: v.waarde for v in blokken[0].velden}
    assert eerste["Antwoord"] == "Ja"
    assert eerste["Motivatie"].startswith("Motivatie 1")
    assert "huiselijk geweld" in eerste["Vraag"]
    vijfde = {v.label: v.waarde for v in blokken[4].velden}
    assert vijfde["Vraag"] == "Leidt deze hulp tot duurzame veiligheid?"
    assert vijfde["Antwoord"] == "Nee"


def test_beslissingen_staan_naast_de_norm_met_reden_bij_afwijking() -> None:
    tekst = _alle_tekst(bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT).sectie("stap5"))
    assert "Norm van het afwegingskader: melden is noodzakelijk" in tekst
    assert "niet (voldoende) mogelijk" in tekst
    assert "Wijkt af van de norm: ja" in tekst
    assert "Reden van de afwijking: Reden hulp: afwijking" in tekst
    assert "Reden: Reden melden: acute onveiligheid." in tekst


def test_afwijking_zonder_reden_zegt_dat_de_reden_ontbreekt() -> None:
    casus = Casus.model_validate(
        {
            "afwegingen": {"vermoeden": "ja", "onveiligheid": "ja"},
            "beslissingen": {"melden": {"keuze": "nee"}},
        }
    )
    advies = Advies(
        binnen_meldcode=True,
        beslissing_melden=BeslissingMelden.NOODZAKELIJK,
        beslissing_hulp=BeslissingHulp.OPEN,
        meldcode_mag_afsluiten=False,
        bespreken_met=(),
        afwijkingen=(Afwijking("melden", "noodzakelijk", "nee", False),),
    )
    tekst = _alle_tekst(bouw_verslag(casus, advies=advies, gemaakt_op=GEMAAKT).sectie("stap5"))
    assert "Wijkt af van de norm: ja" in tekst
    assert "Reden van de afwijking: niet vastgelegd" in tekst


def test_lege_casus_zegt_bij_elke_lege_sectie_niets_vastgelegd() -> None:
    verslag = bouw_verslag(lege_casus(), gemaakt_op=GEMAAKT)
    stap1 = verslag.sectie("stap1")
    for sub in (
        "waarnemingen",
        "hypothesen",
        "derden",
        "contra_indicaties",
        "kindcheck",
        "visie_kinderen",
    ):
        assert stap1.subsectie(sub).inhoud == (Leeg(),)
    assert verslag.sectie("stap2").subsectie("consultaties").inhoud == (Leeg(),)
    assert verslag.sectie("stap3").subsectie("gesprekken").inhoud == (Leeg(),)
    assert verslag.sectie("stap4").subsectie("weging").inhoud == (Leeg(),)
    melding = verslag.sectie("melding")
    assert melding.subsectie("melding_gegevens").inhoud == (Leeg(),)
    assert melding.subsectie("conflict_van_plichten").inhoud == (Leeg(),)
    assert verslag.sectie("afsluiting").inhoud == (Leeg(),)
    tekst = render_text(verslag)
    assert tekst.count(NIETS_VASTGELEGD) >= 12
    assert "nog niet beantwoord" in tekst
    assert "nog niet besloten" in tekst


def test_lege_casus_verzint_geen_inhoud() -> None:
    tekst = render_text(bouw_verslag(lege_casus(), gemaakt_op=GEMAAKT))
    for verzonnen in ("Waarneming 1", "Consultatie 1", "Gesprek 1", "Concept-melding"):
        assert verzonnen not in tekst


def test_open_punten_van_de_engine_staan_in_het_verslag() -> None:
    advies = Advies(
        binnen_meldcode=True,
        beslissing_melden=BeslissingMelden.OPEN,
        beslissing_hulp=BeslissingHulp.OPEN,
        meldcode_mag_afsluiten=False,
        bespreken_met=(),
        open_punten=(
            AdviesItem(
                "geen_consultatie", "Nog geen collegiale consultatie vastgelegd.", "x", stap=2
            ),
        ),
    )
    sectie = bouw_verslag(lege_casus(), advies=advies, gemaakt_op=GEMAAKT).sectie("open_punten")
    assert "Nog geen collegiale consultatie vastgelegd. (stap 2)" in _alle_tekst(sectie)


def test_open_punten_komen_van_de_echte_engine_als_er_geen_advies_wordt_meegegeven() -> None:
    sectie = bouw_verslag(lege_casus(), gemaakt_op=GEMAAKT).sectie("open_punten")
    tekst = _alle_tekst(sectie)
    assert "Geen open punten." not in tekst
    assert "(stap 2)" in tekst


def test_zonder_content_pack_gebruikt_het_verslag_de_vraagteksten_uit_de_seeds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "meldwijzer.verslag.model.laad_pack",
        lambda *_: (None, "content pack kon niet worden geladen"),
    )
    verslag = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT)
    meta = {v.label: v.waarde for v in verslag.meta}
    assert "bpsw, versie 2018.1" in meta["Afwegingskader"]
    assert "kon niet worden geladen" in meta["Afwegingskader"]
    assert AFWEGING_VRAGEN["onveiligheid"] in render_text(verslag)


def test_een_kapot_pack_kost_het_verslag_niet(monkeypatch: pytest.MonkeyPatch) -> None:
    def kapot() -> None:
        raise ValueError("pack stuk")

    monkeypatch.setattr("meldwijzer.content.loader.default_pack", kapot)
    pack, notitie = bronnen_module.laad_pack()
    assert pack is None
    assert notitie == "content pack kon niet worden geladen"


def test_concept_melding_ontbreekt_als_melden_niet_aan_de_orde_is() -> None:
    casus = Casus.model_validate(
        {"afwegingen": {"vermoeden": "nee"}, "beslissingen": {"melden": {"keuze": "nee"}}}
    )
    ids = [s.id for s in bouw_verslag(casus, gemaakt_op=GEMAAKT).secties]
    assert "concept_melding" not in ids


def test_overgeslagen_stap_staat_met_reden_in_het_verslag() -> None:
    casus = Casus.model_validate(
        {"vormen": ["vgv"], "overgeslagen": {"3": {"reden": "Reis naar het buitenland morgen."}}}
    )
    tekst = _alle_tekst(bouw_verslag(casus, gemaakt_op=GEMAAKT).sectie("stap3"))
    assert "Stap bewust overgeslagen, reden: Reis naar het buitenland morgen." in tekst


def test_geen_gesprek_staat_met_grond_en_toelichting_in_het_verslag() -> None:
    casus = Casus.model_validate(
        {"geen_gesprek": {"grond": "veiligheid", "toelichting": "Vader dreigde met geweld."}}
    )
    tekst = _alle_tekst(bouw_verslag(casus, gemaakt_op=GEMAAKT).sectie("stap3"))
    assert "veiligheid van de cliënt" in tekst
    assert "Vader dreigde met geweld." in tekst


def test_open_bevindingen_van_de_schrijfcheck_staan_in_het_verslag() -> None:
    casus = Casus.model_validate(
        {"signalen": [{"id": "s1", "soort": "derden", "tekst": "De buurvrouw hoorde geschreeuw."}]}
    )
    sectie = bouw_verslag(casus, gemaakt_op=GEMAAKT, schrijfcheck=True).sectie("schrijfcheck")
    tekst = _alle_tekst(sectie)
    assert "Signaal 1: informatie van een ander (met bron)" in tekst
    assert "Bron ontbreekt" in tekst


def test_het_dossierexemplaar_drukt_geen_schrijftips_af() -> None:
    """Issue 15: findings are for a review copy; the dossier copy leaves them out."""
    casus = Casus.model_validate(
        {"signalen": [{"id": "s1", "soort": "observatie", "tekst": "Vader is koppig."}]}
    )
    ids = [s.id for s in bouw_verslag(casus, gemaakt_op=GEMAAKT).secties]
    assert "schrijfcheck" not in ids
    controle = bouw_verslag(casus, gemaakt_op=GEMAAKT, schrijfcheck=True)
    assert "Controlekopie" in controle.sectie("schrijfcheck").titel


def test_zonder_schrijfcheck_ontbreekt_die_sectie(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("meldwijzer.verslag.schrijfcheck._controleer", lambda: None)
    ids = [s.id for s in bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT, schrijfcheck=True).secties]
    assert "schrijfcheck" not in ids
    zonder = bouw_verslag(volle_casus(), gemaakt_op=GEMAAKT, schrijfcheck=False)
    assert "schrijfcheck" not in [s.id for s in zonder.secties]


def test_vragen_van_het_conflict_van_plichten_komen_uit_het_pack() -> None:
    from meldwijzer.content.loader import default_pack

    pack = default_pack()
    verslag = bouw_verslag(volle_casus(), pack=pack, gemaakt_op=GEMAAKT)
    sectie = verslag.sectie("melding").subsectie("conflict_van_plichten")
    velden = next(b for b in sectie.inhoud if isinstance(b, Velden)).velden
    assert [v.label for v in velden[:5]] == [v.tekst for v in pack.conflict_van_plichten]
    assert velden[0].waarde == "CvP 1: ja, de veiligheid van de kinderen."
    assert velden[5].label == "Wie heb ik vooraf geraadpleegd?"


def test_buiten_de_meldcode_noemt_het_verslag_de_route_uit_het_pack() -> None:
    from meldwijzer.content.loader import default_pack

    pack = default_pack()
    casus = Casus.model_validate({"situatie": "tussen_leerlingen"})
    tekst = _alle_tekst(bouw_verslag(casus, pack=pack, gemaakt_op=GEMAAKT).sectie("reikwijdte"))
    assert "Valt onder de meldcode: nee" in tekst
    assert f"Route: {pack.scope_regel('tussen_leerlingen').titel}" in tekst
