"""Who to talk to (issue 12 finding 7, issue 13 item 10) and the routes outside the meldcode
(issue 12 finding 8, issue 13 item 9), each rule with the seed sentence it enforces.

Seed: /work/shared/seeds/002_5b0914504b666284.txt (BPSW basismodel meldcode 2018).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from meldwijzer.engine.advies import AdviesItem, StapStatus
from meldwijzer.engine.casus import Casus
from meldwijzer.engine.norm import beoordeel


def casus(**data: Any) -> Casus:
    return Casus.model_validate(data)


def advies_item(c: Casus, code: str) -> AdviesItem:
    return next(a for a in beoordeel(c).adviezen if a.code == code)


def alle_teksten(c: Casus) -> str:
    advies = beoordeel(c)
    return "\n".join(a.tekst for a in (*advies.adviezen, *advies.open_punten))


# --- Stap 3: the talk with a young child ---------------------------------------------------


def test_stap_3_noemt_een_gesprek_met_een_jong_kind_van_belang_niet_onverplicht() -> None:
    """2.2 Stap 3, 'Gesprek met kinderen': "Ook als een cliënt nog jong is, is het van belang
    dat de sociaal werker het gesprek met hem aangaat, tenzij dat vanwege zijn jeugdige
    leeftijd echt niet mogelijk of te belastend voor hem is." The "niet verplicht" sentence
    belongs to discussing a report (2.2 Stap 5, 'Positie van de jeugdige cliënt')."""
    c = casus(client={"leeftijd": 7})
    kind = advies_item(c, "gesprek_kind")
    assert kind.stap == 3
    assert "van belang" in kind.tekst
    assert "te belastend" in kind.tekst
    assert "niet verplicht" not in kind.tekst
    stap3 = [a.tekst for a in beoordeel(c).adviezen if a.stap == 3]
    assert not any("niet verplicht" in t for t in stap3)
    melding = advies_item(c, "melding_bespreken_jong_kind")
    assert melding.stap == 5
    assert "niet verplicht" in melding.tekst


@pytest.mark.parametrize("leeftijd", [12, 14, 15])
def test_van_12_tot_16_is_het_gesprek_met_de_client_en_of_de_ouder(leeftijd: int) -> None:
    """2.2 Stap 5: "Is de cliënt al wel 12 maar nog geen 16 jaar dan wordt het gesprek
    gevoerd met de cliënt en of met de ouder. De sociaal werker beoordeelt zelf of hij hen
    afzonderlijk spreekt of met hen samen in gesprek gaat." """
    ouders = advies_item(casus(client={"leeftijd": leeftijd}), "gesprek_ouders")
    assert "en/of" in ouders.tekst
    assert "apart of samen" in ouders.tekst


@pytest.mark.parametrize("vorm", ["eergerelateerd", "huwelijksdwang", "vgv"])
@pytest.mark.parametrize("leeftijd", [5, 14, 17])
def test_bij_eer_huwelijksdwang_of_vgv_nooit_ouders_betrekken_zonder_voorbehoud(
    vorm: str, leeftijd: int
) -> None:
    """2.2 Stap 3 NB: "Over het wel of niet voeren van een gesprek met de cliënt bij
    vermoedens van specifieke vormen van geweld zoals eergerelateerd geweld, huwelijksdwang
    en vrouwelijke genitale verminking, wordt geadviseerd om altijd vooraf overleg te voeren
    met experts om te beoordelen of het voeren van een gesprek in dit stadium, in verband met
    de veiligheidsrisico's, verantwoord is." Every advice or open point that names the
    parents carries that caveat."""
    c = casus(client={"leeftijd": leeftijd, "woont_thuis": True}, vormen=[vorm])
    advies = beoordeel(c)
    ouders = re.compile(r"\bouders?\b|\bouder\(s\)")
    over_ouders = [a for a in (*advies.adviezen, *advies.open_punten) if ouders.search(a.tekst)]
    assert over_ouders, "a minor's parents are named somewhere"
    for a in over_ouders:
        if a.code == "gesprek_kind":  # speaks of seeing the child without the parents
            continue
        assert "deskundigen" in a.tekst, a
    assert "deskundigen_voor_gesprek" in advies.codes()
    assert "melding_bespreken_specifieke_vorm" in advies.codes()


def test_zonder_specifieke_vorm_geen_voorbehoud_bij_de_ouders() -> None:
    ouders = advies_item(casus(client={"leeftijd": 14}), "gesprek_ouders")
    assert "deskundigen" not in ouders.tekst


def test_kind_en_ouders_elk_een_eigen_open_punt_en_een_eigen_reden() -> None:
    """Issue 13 item 10; 2.2 Stap 3 names separate grounds for the child ("vanwege zijn
    jeugdige leeftijd echt niet mogelijk of te belastend") and for the parents ("in verband
    met de veiligheid van het kind of die van anderen")."""
    leeg = beoordeel(casus(client={"leeftijd": 9}))
    assert {"gesprek_kind_vastleggen", "gesprek_ouders_vastleggen"} <= leeg.open_codes()

    alleen_kind_reden = beoordeel(
        casus(
            client={"leeftijd": 9},
            geen_gesprek_kind={"grond": "te_belastend", "toelichting": "net opgenomen"},
        )
    )
    assert "gesprek_kind_vastleggen" not in alleen_kind_reden.open_codes()
    assert "gesprek_ouders_vastleggen" in alleen_kind_reden.open_codes()
    assert alleen_kind_reden.stappen[2].status is StapStatus.GEDAAN

    beide = beoordeel(
        casus(
            client={"leeftijd": 9},
            geen_gesprek_kind={"grond": "leeftijd"},
            gesprekken=[{"id": "g1", "met": "ouders", "inhoud": "zorgen besproken"}],
        )
    )
    assert not {"gesprek_kind_vastleggen", "gesprek_ouders_vastleggen"} & beide.open_codes()
    assert "geen_gesprek_zonder_toelichting" in beide.open_codes()


def test_volwassene_krijgt_geen_open_punten_over_kind_of_ouders() -> None:
    advies = beoordeel(casus(client={"leeftijd": 40}))
    assert not {"gesprek_kind_vastleggen", "gesprek_ouders_vastleggen"} & advies.open_codes()


# --- Eenmalig contact ----------------------------------------------------------------------


def test_eenmalig_contact_krijgt_niet_zet_eerst_alle_stappen() -> None:
    """2.1 Eenmalige contacten: "Daar is doorgaans sprake van een eenmalig contact tussen
    sociaal werker en cliënt, waardoor het niet mogelijk is alle stappen van het basismodel
    te zetten." """
    data: dict[str, Any] = {"beslissingen": {"melden": {"keuze": "ja"}}}
    assert "stappen_niet_gezet" in beoordeel(casus(**data)).open_codes()
    eenmalig = beoordeel(casus(eenmalig_contact=True, **data))
    assert "stappen_niet_gezet" not in eenmalig.open_codes()
    assert "eenmalig_contact" in eenmalig.codes()


# --- Buiten de meldcode ----------------------------------------------------------------------


@pytest.mark.parametrize("situatie", ["leerkracht_leerling", "tussen_leerlingen"])
def test_onderwijs_melden_bij_directie_en_tevens_bij_de_vertrouwensinspecteur(
    situatie: str,
) -> None:
    """1.3: "(Mogelijk) geweld gepleegd tussen een leerkracht en een leerling of leerlingen
    onderling op een school valt niet onder het stappenplan van de meldcode. Deze signalen
    behoren te worden gemeld bij de leidinggevende of de directie en tevens bij de
    vertrouwensinspecteur voor het onderwijs" — a requirement, not "kan adviseren"."""
    tekst = advies_item(casus(situatie=situatie), "buiten_meldcode").tekst
    assert "kan adviseren" not in tekst
    assert "leidinggevende of de directie én bij de vertrouwensinspecteur" in tekst


def test_professional_eigen_organisatie_krijgt_de_meldplicht_routes() -> None:
    """1.3: "In de jeugdzorg en de kinderopvang geldt een meldplicht [...]. Het onderwijs
    kent een meldplicht [...]"; "op grond van artikel 9 en 11 Wet Kwaliteit, klachten en
    geschillen zorg, de Wkkgz"."""
    c = casus(situatie="professional_tegen_client", pleger_eigen_organisatie=True)
    tekst = advies_item(c, "buiten_meldcode").tekst
    for deel in ("Wkkgz, artikel 9 en 11", "jeugdzorg en de kinderopvang", "onderwijs"):
        assert deel in tekst
    assert "buiten_organisatie_onbekend" not in beoordeel(c).open_codes()


def test_professional_andere_organisatie_via_veilig_thuis_met_het_voorbeeld() -> None:
    """Bijlage 2, Acute onveiligheid, first example: "Hij heeft gezegd heeft dat een leidster
    in de kinderopvang hem ‘au’ aan zijn piemel heeft gedaan" — seen by a psychologist of
    another organisation and weighed under afweging 2: the route is Veilig Thuis."""
    c = casus(situatie="professional_tegen_client", pleger_eigen_organisatie=False)
    tekst = advies_item(c, "buiten_meldcode").tekst
    assert "Veilig Thuis" in tekst and "0800-2000" in tekst
    assert "kinderopvang" in tekst
    assert "Wkkgz" not in tekst


def test_professional_zonder_antwoord_vraagt_naar_de_organisatie() -> None:
    c = casus(situatie="professional_tegen_client")
    assert "buiten_organisatie_onbekend" in beoordeel(c).open_codes()
    assert "eigen organisatie" in advies_item(c, "buiten_meldcode").tekst


def test_buiten_de_meldcode_vraagt_vast_te_leggen_wie_zij_informeerde() -> None:
    """Issue 13 item 9: out of scope is not a dead end; 1.3 names whom to inform."""
    zonder = beoordeel(casus(situatie="tussen_leerlingen"))
    assert "buiten_acties_vastleggen" in zonder.open_codes()
    met = beoordeel(
        casus(
            situatie="tussen_leerlingen",
            buiten_acties=[{"id": "b1", "wie": "directie", "datum": "2026-12-01"}],
        )
    )
    assert "buiten_acties_vastleggen" not in met.open_codes()


def test_nieuwe_velden_overleven_json_heen_en_terug() -> None:
    c = casus(
        client={"leeftijd": 9},
        geen_gesprek_kind={"grond": "te_belastend", "toelichting": "x"},
        geen_gesprek_ouders={"grond": "veiligheid", "toelichting": "y"},
        pleger_eigen_organisatie=False,
        buiten_acties=[{"id": "b1", "wie": "directie", "datum": "2026-12-01", "toelichting": "z"}],
    )
    assert Casus.model_validate_json(c.model_dump_json()) == c
    assert Casus.model_validate({}).geen_gesprek_kind is None  # old files still load
