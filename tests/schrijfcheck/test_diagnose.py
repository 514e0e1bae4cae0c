"""Diagnose: only recorded when a qualified professional made it (Bijlage 1b, stap 1)."""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "label"),
    [
        ("De jongen heeft ADHD.", "ADHD"),
        ("Moeder is depressief.", "depressief"),
        ("De depressieve moeder bleef in bed.", "depressieve"),
        ("Vader is verslaafd aan cocaïne.", "verslaafd"),
        ("De drugsverslaafde vader belde.", "drugsverslaafde"),
        ("Het meisje is autistisch.", "autistisch"),
        ("Vader heeft PTSS.", "PTSS"),
        ("Moeder heeft een persoonlijkheidsstoornis.", "persoonlijkheidsstoornis"),
        ("Vader is licht verstandelijk beperkt.", "licht verstandelijk beperkt"),
        ("Volgens moeder heeft de jongen ADHD.", "ADHD"),
    ],
)
def test_een_label_zonder_deskundige_wordt_gemeld(tekst: str, label: str) -> None:
    assert gevonden(tekst, "diagnose") == [label]


@pytest.mark.parametrize(
    "tekst",
    [
        "Volgens de psychiater heeft hij ADHD.",
        "De jongen is gediagnosticeerd met autisme door de kinderpsychiater.",
        "De huisarts heeft bij moeder een depressie vastgesteld.",
        "In 2021 is door de GZ-psycholoog ADHD vastgesteld.",
        "Moeder is onder behandeling bij de GGZ voor een depressie.",
        "Er is geen diagnose gesteld.",
        "Er zijn geen aanwijzingen dat de jongen ADHD heeft.",
        'Moeder zei: "Ik ben gewoon depressief."',
    ],
)
def test_een_toegeschreven_ontkende_of_geciteerde_diagnose_wordt_niet_gemeld(tekst: str) -> None:
    assert "diagnose" not in categorieen(tekst)


def test_een_deskundige_in_het_bronveld_telt_mee() -> None:
    tekst = "De jongen heeft PTSS."
    assert "diagnose" in categorieen(tekst, soort="derden", bron="moeder")
    assert "diagnose" not in categorieen(tekst, soort="derden", bron="kinderpsychiater, brief")


def test_een_diagnose_blijft_gemeld_in_een_hypothese() -> None:
    assert "diagnose" in categorieen("Moeder is depressief.", soort="hypothese")


def test_een_afkorting_telt_alleen_in_hoofdletters() -> None:
    assert "diagnose" not in categorieen("We add ass to the list.")


@pytest.mark.parametrize(
    ("tekst", "label"),
    [("Die leerling is een autist.", "autist"), ("Volgens mij is vader een psychoot.", "psychoot")],
)
def test_een_persoonsnaam_voor_een_diagnose_wordt_gemeld(tekst: str, label: str) -> None:
    """The noun for a person with the condition labels as the condition itself does (issue 15)."""
    assert label in gevonden(tekst, "diagnose")


def test_een_persoonsnaam_voor_een_diagnose_met_deskundige_blijft_ongemoeid() -> None:
    assert "diagnose" not in categorieen(
        "De kinderpsychiater schrijft dat de jongen een autist is met een eigen tempo."
    )
