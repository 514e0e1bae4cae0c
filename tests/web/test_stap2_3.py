from __future__ import annotations

from .conftest import Wandeling


def test_consultatie_met_wie_wanneer_en_advies(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/2/", pagina="overzicht")
    wandeling.post(
        "/stap/2/",
        pagina="stap2",
        con_met="veilig_thuis",
        con_wie="adviseur",
        con_datum="2026-11-03",
        con_advies="Gesprek voeren met moeder",
    )
    c = wandeling.casus.consultaties[0]
    assert (c.met, c.wie, c.advies) == ("veilig_thuis", "adviseur", "Gesprek voeren met moeder")
    assert "Gesprek voeren met moeder" in wandeling.tekst


def test_consultatie_zonder_met_wie_geeft_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/2/", pagina="stap2", con_advies="Iets")
    assert "Kies met wie u overlegde" in wandeling.tekst
    assert wandeling.casus.consultaties == []


def test_onbekende_keuze_geeft_nederlandse_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/2/", pagina="stap2", con_met="buurman", con_advies="Mijn advies 9")
    assert "Selecteer een geldige keuze" in wandeling.tekst
    assert "Mijn advies 9" in wandeling.tekst


def test_specifieke_vorm_vraagt_eerst_deskundigen_voor_het_gesprek(wandeling: Wandeling) -> None:
    wandeling.nieuw(vormen="eergerelateerd")
    wandeling.post("/stap/3/", pagina="overzicht")
    assert "Eerst deskundigen raadplegen" in wandeling.tekst
    assert "Eergerelateerd geweld" in wandeling.tekst


def test_stap3_bereidt_het_gesprek_voor_met_de_tekst_van_het_pack(wandeling: Wandeling) -> None:
    from meldwijzer.content.loader import default_pack

    wandeling.nieuw()
    wandeling.post("/stap/3/", pagina="overzicht")
    blok = default_pack().stap(3).blok("gesprek_voorbereiden")
    assert blok.titel in wandeling.tekst
    assert "Overleg dan altijd eerst met Veilig Thuis" in wandeling.tekst
    # the misconception that stalls professionals: the first talk need not announce a report
    assert "U hoeft in dit gesprek nog geen melding aan te kondigen" in wandeling.tekst


def test_gesprek_met_inhoud_en_reactie(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/stap/3/",
        pagina="stap3",
        ges_met="ouders",
        ges_inhoud="Zorgen besproken",
        ges_reactie="Moeder schrok",
    )
    g = wandeling.casus.gesprekken[0]
    assert (g.met, g.inhoud, g.reactie) == ("ouders", "Zorgen besproken", "Moeder schrok")


def test_geen_gesprek_vraagt_een_van_de_twee_gronden_met_toelichting(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/3/", pagina="stap3", geen_grond="veiligheid")
    assert "Leg vast welke concrete aanwijzingen er zijn" in wandeling.tekst
    assert wandeling.casus.geen_gesprek is None
    wandeling.post(
        "/stap/3/", pagina="stap3", geen_grond="veiligheid", geen_toelichting="Vader dreigde"
    )
    assert wandeling.casus.geen_gesprek is not None
    assert (wandeling.casus.geen_gesprek.grond, wandeling.casus.geen_gesprek.toelichting) == (
        "veiligheid",
        "Vader dreigde",
    )
    wandeling.post("/stap/3/", pagina="stap3", geen_grond="onzin", geen_toelichting="x")
    assert "Selecteer een geldige keuze" in wandeling.tekst


def test_verwijsindex_overweging(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/stap/3/", pagina="stap3", vi_aangesloten="on", vi_overwogen="Gemeld in de verwijsindex"
    )
    assert wandeling.casus.verwijsindex.aangesloten is True
    assert wandeling.casus.verwijsindex.overwogen == "Gemeld in de verwijsindex"
