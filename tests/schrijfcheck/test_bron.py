"""Bron ontbreekt: information from others without a named source (Bijlage 1b, stap 1)."""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    "tekst",
    [
        "Volgens de buren wordt er vaak geschreeuwd.",
        "Er wordt gezegd dat vader een wapen heeft.",
        "De school meldt dat het meisje honger heeft.",
        "Ik heb gehoord dat moeder een nieuwe vriend heeft.",
        "Naar verluidt is vader opgepakt.",
        "Het schijnt dat de kinderen alleen thuis zijn.",
        "Mensen in de buurt vertellen dat de kinderen laat buiten spelen.",
        "Het kinderdagverblijf geeft aan dat de baby vaak een vieze luier heeft.",
        "Vader zou moeder vorige week hebben geslagen.",
    ],
)
def test_horen_zeggen_zonder_bron_wordt_gemeld(tekst: str) -> None:
    assert "bron_ontbreekt" in categorieen(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Volgens de mentor kwam de leerling twee keer zonder lunch.",
        "De intern begeleider van de school meldt dat het meisje huilde.",
        "Moeder vertelde op 2 juni dat vader haar had geduwd.",
        "Ik hoorde van een collega dat vader weer thuis woont.",
        "Vader zou volgens de buurvrouw de kinderen hebben geslagen.",
        "Als vader zou terugkomen, gaat moeder naar haar zus.",
        "Moeder zou morgen terugbellen.",
        "Ik zou graag met beide ouders praten.",
        "Ik hoorde geschreeuw in de woning.",
    ],
)
def test_een_genoemde_bron_of_geen_doorvertelling_geeft_geen_melding(tekst: str) -> None:
    assert "bron_ontbreekt" not in categorieen(tekst)


def test_een_ingevuld_bronveld_stilt_horen_zeggen() -> None:
    tekst = "Volgens de buren wordt er vaak geschreeuwd."
    assert "bron_ontbreekt" not in categorieen(tekst, bron="buurvrouw, telefonisch 5 mei")


def test_de_bevinding_omvat_de_vage_bron() -> None:
    assert gevonden("Volgens de buren drinkt vader.", "bron_ontbreekt") == ["Volgens de buren"]


def test_een_notitie_van_derden_zonder_bron_krijgt_een_melding() -> None:
    tekst = "Vader heeft de kinderen alleen thuis gelaten."
    assert gevonden(tekst, "bron_ontbreekt", soort="derden") == [tekst]
    assert "bron_ontbreekt" not in categorieen(tekst, soort="derden", bron="leerkracht")
    assert "bron_ontbreekt" not in categorieen(
        "De jeugdarts zegt dat het kind niet groeit.", soort="derden"
    )


def test_andere_ouders_zijn_geen_genoemde_bron() -> None:
    assert "bron_ontbreekt" in categorieen("Ik hoorde van andere ouders dat vader vastzit.")
    assert "bron_ontbreekt" not in categorieen("Ik heb geen andere verwondingen gezien.")


def test_een_instelling_als_bron_wordt_met_lidwoord_aangewezen() -> None:
    assert gevonden("De school geeft aan dat hij vaak te laat is.", "bron_ontbreekt") == [
        "De school"
    ]


def test_gevallen_van_zou_die_geen_doorvertelling_zijn() -> None:
    assert "bron_ontbreekt" not in categorieen(
        "Vader zou de kinderen hebben kunnen ophalen, maar deed dat niet."
    )
    assert "bron_ontbreekt" in categorieen("De ouders zouden in scheiding liggen.")


def test_men_en_naar_wij_hoorden_zijn_horen_zeggen() -> None:
    assert "bron_ontbreekt" in categorieen("Men heeft vader met een mes gezien.")
    assert "bron_ontbreekt" in categorieen("Naar wij hebben gehoord is de zoon uit huis gezet.")
    assert "bron_ontbreekt" in categorieen(
        "Het is in de buurt bekend dat er drugs worden verkocht."
    )


def test_een_evaluatief_zou_is_geen_doorvertelling() -> None:
    assert categorieen("Het zou goed zijn als moeder een opvoedcursus volgt.") == set()
