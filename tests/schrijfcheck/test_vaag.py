"""Vaag: hedged or vague wording in an observation (mark it as hypothesis or make it concrete)."""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "woorden"),
    [
        ("Het kind komt vaak te laat.", ["vaak"]),
        ("Vader is waarschijnlijk weer gaan drinken.", ["waarschijnlijk"]),
        ("Ik denk dat er iets speelt.", ["Ik denk"]),
        ("Soms heeft het meisje geen ontbijt.", ["Soms"]),
        ("De jongen is een beetje stil.", ["een beetje"]),
        ("Het kind lijkt honger te hebben.", ["lijkt"]),
        ("De jongen heeft af en toe blauwe plekken.", ["af en toe"]),
    ],
)
def test_een_vage_formulering_wordt_gemeld(tekst: str, woorden: list[str]) -> None:
    assert gevonden(tekst, "vaag") == woorden


def test_zou_kunnen_wordt_over_de_hele_constructie_gemeld() -> None:
    assert gevonden("Het kind zou zich kunnen schamen.", "vaag") == ["zou zich kunnen"]


def test_vaag_geldt_voor_observatie_en_onbekend_niet_voor_hypothese_of_derden() -> None:
    tekst = "Het kind komt vaak te laat."
    assert "vaag" in categorieen(tekst)
    assert "vaag" in categorieen(tekst, soort="observatie")
    assert "vaag" not in categorieen(tekst, soort="hypothese")
    assert "vaag" not in categorieen(tekst, soort="derden", bron="mentor")


def test_woorden_die_hier_geen_voorbehoud_zijn_worden_niet_gemeld() -> None:
    assert categorieen("Moeder wil zo snel mogelijk een nieuwe woning.") == set()
    assert categorieen("Het is mogelijk om een afspraak te maken.") == set()
    assert categorieen("Hoe vaak komt dit voor, heb ik gevraagd.") == set()
    assert categorieen("Moeder zou zelf hulp moeten zoeken.") == set()


def test_vaag_in_de_woorden_van_een_ander_is_niet_van_de_schrijver() -> None:
    assert categorieen("De jongen vertelde dat hij soms niet naar huis durft.") == set()
    assert categorieen("Het kind zegt: 'Papa slaat soms.'") == set()


def test_een_zin_die_zichzelf_hypothese_noemt_mag_voorbehoud_maken() -> None:
    assert "vaag" not in categorieen("Werkhypothese: vader drinkt waarschijnlijk weer.")


def test_mogelijk_als_voorbehoud_en_als_gewoon_woord() -> None:
    assert gevonden("De jongen is mogelijk slachtoffer van uitbuiting.", "vaag") == ["mogelijk"]
    assert categorieen("Een huisbezoek was niet mogelijk.") == set()


def test_lijken_op_iemand_is_geen_voorbehoud() -> None:
    assert categorieen("Het meisje lijkt erg op haar moeder.") == set()


@pytest.mark.parametrize(
    "tekst",
    ["Moeder komt haar afspraken nooit na.", "Je komt altijd te laat.", "Jij luistert nooit."],
)
def test_altijd_of_nooit_over_een_persoon_is_een_veralgemening(tekst: str) -> None:
    """Issue 15: "altijd"/"nooit" about what a person does is no observation (the guides: no
    generalisations with always and never; Bijlage 1b: zo feitelijk mogelijk)."""
    assert gevonden(tekst, "vaag") in (["nooit"], ["altijd"])


@pytest.mark.parametrize(
    "tekst",
    [
        "Moeder zegt dat de jongen ADD heeft, maar er is nooit onderzoek gedaan.",  # a thing
        "Vader heeft de jongen volgens eigen zeggen nooit geslagen.",  # attributed
        'Het meisje vertelde: "Mama is altijd boos."',  # quoted
        "Ik ben altijd bereikbaar voor moeder.",  # the writer
        "Vader belt altijd op maandag, in mei 4 keer.",  # counted
        "Het valt me op dat de jongen nooit zijn jas uitdoet.",  # her own noticing
    ],
)
def test_altijd_of_nooit_zonder_veralgemening_over_een_ander_gaat_door(tekst: str) -> None:
    assert "vaag" not in categorieen(tekst)
