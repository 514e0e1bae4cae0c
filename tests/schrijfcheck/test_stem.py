"""Whose voice: an attribution covers its own clause and what follows, not what came before.

"Moeder is agressief en volgens de buren drinkt vader te veel": "agressief" is the writer's own
judgement, "te veel" is what the neighbours say. A closing attribution (", volgens de buren.",
", aldus de mentor.", ", zegt de jongen.") covers the whole sentence.
"""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


def test_volgens_midden_in_de_zin_laat_het_eigen_oordeel_ervoor_staan() -> None:
    tekst = "Moeder is agressief en volgens de buren drinkt vader te veel."
    assert gevonden(tekst, "interpretatie") == ["agressief"]
    assert gevonden(tekst, "bron_ontbreekt") == ["volgens de buren"]


@pytest.mark.parametrize(
    ("tekst", "oordeel"),
    [
        ("Vader was dronken, maar volgens moeder drinkt hij nooit te veel.", "dronken"),
        ("Moeder is overbelast; volgens de huisarts is ze te vaak alleen.", "overbelast"),
        ("Moeder is chaotisch, volgens de buren drinkt ze elke avond te veel.", "chaotisch"),
        ("Vader is agressief en drinkt volgens de buurvrouw te veel.", "agressief"),
        ("De jongen is agressief en heeft volgens moeder een kort lontje.", "agressief"),
        ("Moeder is boos en volgens Sanne, de buurvrouw, drinkt vader te veel.", "boos"),
    ],
)
def test_een_oordeel_voor_de_toeschrijving_blijft_van_de_schrijver(
    tekst: str, oordeel: str
) -> None:
    assert gevonden(tekst, "interpretatie") == [oordeel]


def test_een_voorbehoud_voor_volgens_blijft_vaag_en_erna_niet() -> None:
    tekst = "Moeder lijkt gespannen en volgens de mentor is ze vaak afwezig."
    assert gevonden(tekst, "vaag") == ["lijkt"]


@pytest.mark.parametrize(
    "tekst",
    [
        "Vader drinkt te veel, volgens de buren.",
        "Moeder is agressief tegen de kinderen, aldus de mentor.",
        "Moeder is boos, zegt de jongen.",
        "Het meisje is soms bang voor vader, heeft de oma verteld.",
        "De jongen is agressief en brutaal, volgens de intern begeleider van de school.",
        "Moeder is vaak boos op de kinderen, vertelde de juf van groep 3.",
        "Moeder drinkt te veel, volgens haar eigen zeggen.",
        "Vader is boos, aldus moeder zelf.",
        "Vader is boos en gefrustreerd volgens de maatschappelijk werker.",
        "Vader is agressief tegen de kinderen, naar verluidt.",
    ],
)
def test_een_afsluitende_bron_geldt_voor_de_hele_zin(tekst: str) -> None:
    gevonden_cats = categorieen(tekst)
    assert "interpretatie" not in gevonden_cats
    assert "vaag" not in gevonden_cats


@pytest.mark.parametrize(
    "tekst",
    [
        "Volgens moeder is de jongen agressief en drinkt vader te veel.",
        "Volgens de mentor, mevrouw Jansen, is de jongen vaak boos.",
        "Vader is, volgens de buurman, vaak dronken.",
    ],
)
def test_volgens_vooraan_of_tussen_kommas_geldt_voor_wat_volgt(tekst: str) -> None:
    gevonden_cats = categorieen(tekst)
    assert "interpretatie" not in gevonden_cats
    assert "vaag" not in gevonden_cats


def test_een_nieuwe_zin_na_volgens_en_komma_is_geen_afsluitende_bron() -> None:
    assert gevonden("Moeder is boos, volgens de buren slaat hij ook.", "interpretatie") == ["boos"]
    assert gevonden("Moeder is boos, volgens moeder slaat hij.", "interpretatie") == ["boos"]


def test_een_meldwerkwoord_later_in_de_zin_laat_het_eigen_oordeel_ervoor_staan() -> None:
    assert gevonden(
        "Moeder is boos en de jongen zegt dat vader agressief is.", "interpretatie"
    ) == ["boos"]
    tekst = "Het kind is onverzorgd en het schijnt dat moeder te veel drinkt."
    assert gevonden(tekst, "interpretatie") == ["onverzorgd"]
    assert gevonden(tekst, "bron_ontbreekt") == ["het schijnt"]


def test_na_ik_of_wij_spreekt_de_schrijver_weer_zelf() -> None:
    tekst = "Volgens de buren drinkt vader te veel, maar ik vind moeder agressief."
    # "ik vind" is the writer's opinion: an interpretation, no longer vaag (issue 15)
    assert gevonden(tekst, "interpretatie") == ["ik vind", "agressief"]
    assert gevonden(tekst, "vaag") == []
    tekst = "De jongen zegt dat hij bang is en ik denk dat hij de waarheid spreekt."
    assert gevonden(tekst, "interpretatie") == []
    assert gevonden(tekst, "vaag") == ["ik denk"]


def test_ik_na_een_dubbele_punt_is_de_spreker_en_niet_de_schrijver() -> None:
    assert categorieen("Moeder zei: ik ben het zat en ik ben boos.") == set()


def test_volgens_mij_en_volgens_de_meldcode_zijn_geen_bron() -> None:
    assert "interpretatie" in categorieen("Moeder is boos en we handelen volgens de meldcode.")
    assert "interpretatie" in categorieen("Volgens afspraak kwam moeder, maar ze was boos.")
    assert categorieen("Vader is volgens mij agressief.") == {"interpretatie", "vaag"}


def test_een_citaat_met_bron_naast_een_eigen_oordeel() -> None:
    tekst = "Moeder is gespannen en de jongen zei: 'Papa is altijd boos.'"
    assert gevonden(tekst, "interpretatie") == ["gespannen"]


@pytest.mark.parametrize(
    "tekst",
    [
        "Moeder kwam om 9.00 uur en volgens de mentor was ze op tijd voor het gesprek.",
        "Vader bracht de kinderen om 8.15 uur, aldus de conciërge.",
        "Moeder belde om 10.00 uur af; volgens haar was de jongen ziek.",
        "Volgens de jongen is vader agressief en moeder zegt dat het wel meevalt.",
    ],
)
def test_feiten_en_toegeschreven_woorden_geven_geen_bevinding(tekst: str) -> None:
    assert categorieen(tekst) == set()


def test_een_melding_zonder_bijzin_eindigt_bij_en() -> None:
    """Issue 15: "klaagt over zijn broer" reports an object, not what follows "en"; a report
    with a clause ("zegt dat ... en ...") runs on."""
    tekst = "Vader vertelde over de ruzie en was erg boos."
    assert gevonden(tekst, "interpretatie") == ["boos"]
    tekst = "De jongen klaagt over zijn zus en heeft een hekel aan school."
    assert gevonden(tekst, "interpretatie") == ["heeft een hekel aan school"]
    assert gevonden("Moeder zegt dat vader drinkt en agressief is.", "interpretatie") == []
    tekst = "Moeder vertelde over thuis en zei dat vader agressief is."
    assert gevonden(tekst, "interpretatie") == []
