"""Interpretatie: judgement presented as fact (Bijlage 1b, stap 1: zo feitelijk mogelijk)."""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Moeder is agressief.", "agressief"),
        ("De agressieve vader stond bij het hek.", "agressieve"),
        ("De jongen reageert agressiever dan vorig jaar.", "agressiever"),
        ("Het kind is verwaarloosd.", "verwaarloosd"),
        ("De kinderen maken een verwaarloosde indruk.", "verwaarloosde"),
        ("Vader drinkt te veel.", "te veel"),
        ("De jongen was boos.", "boos"),
        ("De boze vader belde twee keer.", "boze"),
        ("Moeder was kil naar het kind.", "kil"),
        ("Ze reageerde kille en afstandelijk.", "kille"),
        ("De ouders verwaarlozen hun kinderen.", "verwaarlozen"),
    ],
)
def test_een_oordeel_in_eigen_woorden_wordt_gemeld_ook_verbogen(tekst: str, woord: str) -> None:
    assert any(woord in span for span in gevonden(tekst, "interpretatie"))


def test_een_gescheiden_werkwoord_wordt_herkend() -> None:
    assert gevonden("Moeder schiet tekort in de verzorging.", "interpretatie") == ["schiet tekort"]


def test_ziet_er_uit_is_een_interpretatie_over_de_hele_constructie() -> None:
    assert gevonden("Het huis ziet er rommelig uit.", "interpretatie") == ["ziet er rommelig uit"]


def test_een_ontkend_oordeel_blijft_een_oordeel() -> None:
    assert "interpretatie" in categorieen("Moeder was niet agressief.")


def test_een_concrete_waarneming_geeft_geen_interpretatie() -> None:
    tekst = "Vader rook om 9.00 uur naar alcohol en sprak met dubbele tong."
    assert categorieen(tekst) == set()


def test_een_citaat_met_bron_is_geen_interpretatie_van_de_schrijver() -> None:
    assert "interpretatie" not in categorieen('Het meisje zei: "Mama is altijd boos."')
    assert "interpretatie" not in categorieen("Het meisje vertelde: “Mama is boos.”")


def test_wat_een_genoemde_persoon_zegt_is_geen_interpretatie_van_de_schrijver() -> None:
    assert "interpretatie" not in categorieen("Moeder zegt dat vader agressief is.")
    assert "interpretatie" not in categorieen("Volgens moeder is de jongen agressief.")
    assert "interpretatie" not in categorieen("Moeder is boos, zegt de jongen.")
    assert "interpretatie" not in categorieen("Moeder gaf aan dat vader te veel drinkt.")


def test_een_vraag_is_geen_interpretatie() -> None:
    assert categorieen("Ik heb vader gevraagd of hij weleens te veel drinkt.") == set()


def test_een_hypothese_mag_interpreteren() -> None:
    assert "interpretatie" not in categorieen("Moeder is overbelast.", soort="hypothese")
    assert "interpretatie" not in categorieen("Hypothese: moeder is overbelast.")
    assert "interpretatie" not in categorieen("Hypothese:\nMoeder is overbelast.")


def test_een_notitie_van_derden_meldt_geen_interpretatie_van_de_schrijver() -> None:
    assert "interpretatie" not in categorieen(
        "Vader is agressief.", soort="derden", bron="buurvrouw"
    )


def test_een_luier_is_geen_vorm_van_lui() -> None:
    assert categorieen("De baby had een volle luier.") == set()


def test_uitvallen_naar_is_een_oordeel_maar_een_les_die_uitvalt_niet() -> None:
    assert gevonden("Moeder valt snel uit naar de kinderen.", "interpretatie") == ["valt snel uit"]
    assert categorieen("De gymles viel uit door ziekte.") == set()


def test_een_bron_achteraan_de_zin_maakt_de_hele_zin_toegeschreven() -> None:
    tekst = "De kinderen krijgen thuis te weinig eten, heeft de buurvrouw verteld."
    assert categorieen(tekst) == set()


def test_horen_zeggen_is_geen_oordeel_van_de_schrijver_maar_wel_zonder_bron() -> None:
    assert categorieen("Het schijnt dat vader vroeger mishandeld is.") == {"bron_ontbreekt"}


def test_geen_signalen_van_verwaarlozing_is_geen_oordeel() -> None:
    assert categorieen("Ik heb geen signalen van verwaarlozing gezien.") == set()


def test_een_zelfstandig_naamwoord_als_etiket_is_een_oordeel() -> None:
    assert gevonden("De jongen is een pestkop.", "interpretatie") == ["pestkop"]
