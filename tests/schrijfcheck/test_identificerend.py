"""Identificerend: names and numbers that identify a person (the privacy design wants none)."""

from __future__ import annotations

import pytest

from meldwijzer.engine.schrijfcheck.identificerend import elfproef
from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "span"),
    [
        ("Ik sprak met mevrouw De Vries over haar zoon.", "De Vries"),
        ("Dhr. Bakker kwam te laat.", "Bakker"),
        ("Gisteren vertelde Fatima dat haar broer sloeg.", "Fatima"),
        ("Het meisje, genaamd Lotte, zat alleen.", "Lotte"),
        ("Het broertje heet Daan.", "Daan"),
        ("Sam van Dijk kwam zonder jas.", "Sam van Dijk"),
        ("Ik heb met Emma's moeder gebeld.", "Emma's"),
        ("Volgens juf Anja kwam hij zonder ontbijt.", "Anja"),
    ],
)
def test_een_naam_wordt_gemeld(tekst: str, span: str) -> None:
    assert gevonden(tekst, "identificerend") == [span]


def test_een_naam_aan_het_zinsbegin_wordt_herkend_als_de_notitie_hem_elders_gebruikt() -> None:
    tekst = "De moeder van Ayla belde. Ayla was om 9.00 uur op school."
    assert gevonden(tekst, "identificerend") == ["Ayla", "Ayla"]


@pytest.mark.parametrize(
    ("tekst", "span"),
    [
        ("Het BSN van het kind is 111222333.", "111222333"),
        ("De zaak staat onder nummer 123456782.", "123456782"),
        ("BSN 123456789 staat in het dossier.", "123456789"),
        ("Moeder is bereikbaar op 06-12345678.", "06-12345678"),
        ("Contact via +31 6 12345678 of via school.", "+31 6 12345678"),
        ("Oma: 020-6123456.", "020-6123456"),
        ("Vader mailde vanaf jan.devries@example.nl vandaag.", "jan.devries@example.nl"),
        ("De postcode is 3512 AB.", "3512 AB"),
        ("Het gezin woont aan de Kerkstraat 12 in Utrecht.", "Kerkstraat 12"),
        ("Het kind is geboren op 14-02-2016.", "14-02-2016"),
        ("Geboortedatum: 3 maart 2015.", "3 maart 2015"),
    ],
)
def test_een_identificerend_nummer_wordt_gemeld(tekst: str, span: str) -> None:
    assert gevonden(tekst, "identificerend") == [span]


@pytest.mark.parametrize(
    "tekst",
    [
        "Het nummer 123456789 staat op de envelop.",
        "Het dossiernummer is 2024001234.",
        "We spraken op 12-03-2024 met moeder.",
        "De leerling is in 2015 geboren.",
        "Er is om 9.30 uur gebeld met Veilig Thuis in Rotterdam.",
        "De familie komt uit Marokko en spreekt Arabisch.",
        "Het kind droeg een T-shirt en geen jas.",
        "Moeder stuurde de berichten via WhatsApp.",
        "Het gezin woont in Amsterdam-Noord.",
        "De casus is besproken in het MDO met de IB'er.",
        "Moeder kwam om 8.45 uur binnen.",
    ],
)
def test_gewone_woorden_plaatsen_en_data_zijn_niet_identificerend(tekst: str) -> None:
    assert "identificerend" not in categorieen(tekst)


def test_de_elfproef_scheidt_bsn_van_willekeurige_nummers() -> None:
    assert elfproef("111222333")
    assert elfproef("123456782")
    assert not elfproef("123456789")
    assert not elfproef("000000000")
    assert not elfproef("12345678")


def test_een_bsn_met_het_woord_ervoor_telt_ook_zonder_elfproef() -> None:
    tekst = "Het burgerservicenummer van moeder is 246813579."
    assert gevonden(tekst, "identificerend") == ["246813579"]
    assert not elfproef("246813579")


def test_geboortedatum_is_een_datum_wordt_gemeld() -> None:
    assert gevonden("Zijn geboortedatum is 01-01-2012.", "identificerend") == ["01-01-2012"]


def test_mevrouw_zonder_naam_is_geen_naam() -> None:
    assert categorieen("Mevrouw vertelt dat haar zoon geld van haar rekening haalt.") == set()


def test_gewone_woorden_met_een_hoofdletter_zijn_geen_naam() -> None:
    tekst = "Dit valt onder de Wet maatschappelijke ondersteuning. Zo staat het in de wet."
    assert "identificerend" not in categorieen(tekst)


def test_een_achternaam_die_ook_een_woord_is_telt_na_een_titel() -> None:
    assert gevonden("Meneer De Jong belde namens de corporatie.", "identificerend") == ["De Jong"]
