"""The professional norm (DOMAIN.md, Bijlage 2), rule by rule, with cases from the seeds."""

from __future__ import annotations

from typing import Any

import pytest

from meldwijzer.engine.advies import BeslissingHulp, BeslissingMelden, StapStatus
from meldwijzer.engine.casus import Casus
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.regels import REGELS


def casus(**data: Any) -> Casus:
    return Casus.model_validate(data)


def afwegingen(
    v: str | None = None,
    o: str | None = None,
    h: str | None = None,
    m: str | None = None,
    d: str | None = None,
) -> dict[str, Any]:
    namen = ("vermoeden", "onveiligheid", "hulp_bieden", "medewerking", "duurzame_veiligheid")
    return {naam: waarde for naam, waarde in zip(namen, (v, o, h, m, d), strict=True) if waarde}


# --- Beslissing 1: is melden noodzakelijk? ------------------------------------------------


def test_acute_onveiligheid_maakt_melden_noodzakelijk() -> None:
    # Bijlage 2, acute example: boy of 3 in childcare with injuries.
    advies = beoordeel(casus(afwegingen=afwegingen("ja", "ja"), client={"leeftijd": 3}))
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert "melden_noodzakelijk_onveiligheid" in advies.codes()


def test_onveiligheid_maakt_melden_noodzakelijk_ook_als_hulp_mogelijk_is() -> None:
    advies = beoordeel(casus(afwegingen=afwegingen("ja", "ja", "ja", "ja", "ja")))
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert advies.beslissing_hulp is BeslissingHulp.MOGELIJK
    assert "melden_en_hulp" in advies.codes()


def test_geen_onveiligheid_en_alle_drie_voorwaarden_maakt_melden_niet_noodzakelijk() -> None:
    advies = beoordeel(
        casus(afwegingen=afwegingen("ja", "nee", "ja", "ja", "ja"), relevantie={"relevant": False})
    )
    assert advies.beslissing_melden is BeslissingMelden.NIET_NOODZAKELIJK
    assert advies.beslissing_hulp is BeslissingHulp.MOGELIJK
    assert "meldrecht" in advies.codes()


@pytest.mark.parametrize("welke", ["h", "m", "d"])
@pytest.mark.parametrize("waarde", ["nee", "twijfel"])
def test_een_voorwaarde_voor_hulp_die_niet_of_twijfelachtig_geldt_maakt_melden_noodzakelijk(
    welke: str, waarde: str
) -> None:
    antwoorden = {"v": "ja", "o": "nee", "h": "ja", "m": "ja", "d": "ja", welke: waarde}
    advies = beoordeel(casus(afwegingen=afwegingen(**antwoorden)))
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert advies.beslissing_hulp is BeslissingHulp.NIET_MOGELIJK
    assert "melden_noodzakelijk_hulp" in advies.codes()


def test_duurzame_veiligheid_nee_bij_broer_die_herhaald_misbruikt_maakt_melden_noodzakelijk() -> (
    None
):
    # Bijlage 2, example under afweging 5: boy of 17½, repeatedly abused by his brother.
    advies = beoordeel(
        casus(
            afwegingen=afwegingen("ja", "nee", "ja", "ja", "nee"),
            client={"leeftijd": 17, "woont_thuis": True},
        )
    )
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK


def test_ontbrekende_antwoorden_laten_beide_beslissingen_open() -> None:
    advies = beoordeel(casus())
    assert advies.beslissing_melden is BeslissingMelden.OPEN
    assert advies.beslissing_hulp is BeslissingHulp.OPEN
    assert {"afweging_open"} <= advies.open_codes()


def test_alleen_voorwaarden_3_en_4_ja_laat_hulp_open() -> None:
    advies = beoordeel(casus(afwegingen=afwegingen("ja", "nee", "ja", "ja")))
    assert advies.beslissing_hulp is BeslissingHulp.OPEN
    assert advies.beslissing_melden is BeslissingMelden.OPEN


def test_twijfel_over_onveiligheid_laat_melden_open_en_adviseert_veilig_thuis() -> None:
    advies = beoordeel(casus(afwegingen=afwegingen("ja", "twijfel")))
    assert advies.beslissing_melden is BeslissingMelden.OPEN
    assert "veilig_thuis_raadplegen" in advies.codes()


@pytest.mark.parametrize("afweging", ["v", "o", "h", "m", "d"])
def test_twijfel_bij_elke_afweging_adviseert_veilig_thuis_met_het_nummer(afweging: str) -> None:
    advies = beoordeel(casus(afwegingen=afwegingen(**{afweging: "twijfel"})))
    items = [a for a in advies.adviezen if a.code == "veilig_thuis_raadplegen"]
    assert items and "0800-2000" in items[0].tekst


def test_twijfel_over_aard_en_ernst_adviseert_veilig_thuis() -> None:
    assert "veilig_thuis_raadplegen" in beoordeel(casus(twijfel_aard_ernst=True)).codes()
    assert "veilig_thuis_raadplegen" not in beoordeel(casus()).codes()


def test_geen_vermoeden_betekent_meldcode_mag_worden_afgesloten() -> None:
    advies = beoordeel(casus(afwegingen=afwegingen("nee")))
    assert advies.meldcode_mag_afsluiten
    assert advies.beslissing_melden is BeslissingMelden.NIET_NOODZAKELIJK
    assert "meldcode_afsluiten" in advies.codes()
    # No need to answer the later afwegingen once there is no suspicion.
    assert not any(a.code == "afweging_open" for a in advies.open_punten)


def test_geen_vermoeden_maar_wel_onveiligheid_blijft_melden_noodzakelijk() -> None:
    advies = beoordeel(casus(afwegingen=afwegingen("nee", "ja")))
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert not advies.meldcode_mag_afsluiten


# --- Scope ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "situatie",
    ["professional_tegen_client", "tussen_clienten", "leerkracht_leerling", "tussen_leerlingen"],
)
def test_situaties_buiten_de_meldcode_worden_herkend(situatie: str) -> None:
    advies = beoordeel(casus(situatie=situatie, afwegingen=afwegingen("ja", "ja")))
    assert not advies.binnen_meldcode
    assert advies.codes() == {"buiten_meldcode"}
    assert advies.beslissing_melden is BeslissingMelden.OPEN
    tekst = advies.adviezen[0].tekst
    assert (
        tekst != REGELS["buiten_meldcode"].tekst
    )  # the situatie's own route, not the generic line


def test_leerkracht_en_leerlingen_verwijzen_naar_de_vertrouwensinspecteur() -> None:
    for situatie in ("leerkracht_leerling", "tussen_leerlingen"):
        assert "vertrouwensinspecteur" in beoordeel(casus(situatie=situatie)).adviezen[0].tekst


@pytest.mark.parametrize("situatie", ["huiselijke_kring", "partners_beide_client"])
def test_huiselijke_kring_en_partners_die_beide_client_zijn_vallen_binnen_de_meldcode(
    situatie: str,
) -> None:
    advies = beoordeel(casus(situatie=situatie, afwegingen=afwegingen("ja", "ja")))
    assert advies.binnen_meldcode
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK


# --- Age bands: with whom the report is discussed ----------------------------------------


@pytest.mark.parametrize(
    ("leeftijd", "woont_thuis", "verwacht"),
    [
        (5, None, ("ouders",)),
        (11, True, ("ouders",)),
        (12, True, ("client", "ouders")),
        (15, False, ("client", "ouders")),
        (16, True, ("client", "ouders")),
        (17, True, ("client", "ouders")),
        (16, False, ("client",)),
        (17, None, ("client",)),
        (18, True, ("client",)),
        (68, None, ("client",)),
        (None, None, ("client",)),
    ],
)
def test_met_wie_de_melding_wordt_besproken_volgt_de_leeftijd(
    leeftijd: int | None, woont_thuis: bool | None, verwacht: tuple[str, ...]
) -> None:
    advies = beoordeel(casus(client={"leeftijd": leeftijd, "woont_thuis": woont_thuis}))
    assert advies.bespreken_met == verwacht
    assert ("gesprek_client" in advies.codes()) == ("client" in verwacht)
    assert ("gesprek_ouders" in advies.codes()) == ("ouders" in verwacht)


def test_onder_12_krijgt_het_gesprek_met_het_kind_een_eigen_advies() -> None:
    # Its wording (important in step 3; not compulsory only for discussing a report in
    # step 5) is tested in test_gesprekken_en_reikwijdte.py.
    assert "gesprek_kind" in beoordeel(casus(client={"leeftijd": 7})).codes()
    assert "gesprek_kind" not in beoordeel(casus(client={"leeftijd": 12})).codes()


def test_onbekende_woonsituatie_van_16_jarige_is_een_open_punt() -> None:
    assert "woonsituatie_onbekend" in beoordeel(casus(client={"leeftijd": 16})).open_codes()
    assert (
        "woonsituatie_onbekend"
        not in beoordeel(casus(client={"leeftijd": 16, "woont_thuis": False})).open_codes()
    )


# --- Specific forms -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "vorm", ["vgv", "eergerelateerd", "huwelijksdwang", "seksueel", "ouderenmishandeling"]
)
def test_specifieke_vorm_brengt_advies_om_eerst_veilig_thuis_te_raadplegen(vorm: str) -> None:
    advies = beoordeel(casus(vormen=[vorm]))
    assert "eerst_advies_specifieke_vorm" in advies.codes()
    assert "advies_specifieke_vorm_ontbreekt" in advies.open_codes()
    met_deskundige = beoordeel(
        casus(vormen=[vorm], consultaties=[{"id": "c1", "met": "veilig_thuis", "advies": "x"}])
    )
    assert "advies_specifieke_vorm_ontbreekt" not in met_deskundige.open_codes()


@pytest.mark.parametrize(
    ("vorm", "deskundigen_eerst"),
    [
        ("vgv", True),
        ("eergerelateerd", True),
        ("huwelijksdwang", True),
        ("seksueel", False),
        ("ouderenmishandeling", False),
    ],
)
def test_bij_eergerelateerd_huwelijksdwang_en_vgv_altijd_deskundigen_voor_het_gesprek(
    vorm: str, deskundigen_eerst: bool
) -> None:
    assert (
        "deskundigen_voor_gesprek" in beoordeel(casus(vormen=[vorm])).codes()
    ) is deskundigen_eerst


def test_vgv_mag_stappen_overslaan_zonder_open_punt_over_niet_gezette_stappen() -> None:
    beslist = {"melden": {"keuze": "ja"}, "hulp": {"keuze": "nee"}}
    met_vgv = beoordeel(casus(vormen=["vgv"], beslissingen=beslist))
    zonder = beoordeel(casus(beslissingen=beslist))
    assert "vgv_snel_handelen" in met_vgv.codes()
    assert "stappen_niet_gezet" not in met_vgv.open_codes()
    assert "stappen_niet_gezet" in zonder.open_codes()


def test_noodsituatie_adviseert_112_en_veilig_thuis_en_melden_in_hetzelfde_gesprek() -> None:
    advies = beoordeel(casus(noodsituatie=True, beslissingen={"melden": {"keuze": "ja"}}))
    eerste = advies.adviezen[0]
    assert eerste.code == "noodsituatie" and "112" in eerste.tekst and "0800-2000" in eerste.tekst
    assert "stappen_niet_gezet" not in advies.open_codes()


# --- Steps and open points ----------------------------------------------------------------


def test_stappen_niet_gezet_voor_de_beslissing_worden_genoemd() -> None:
    advies = beoordeel(
        casus(
            signalen=[{"id": "s1", "tekst": "blauwe plek"}],
            beslissingen={"melden": {"keuze": "ja"}},
        )
    )
    punt = next(p for p in advies.open_punten if p.code == "stappen_niet_gezet")
    assert "2, 3, 4" in punt.tekst


def test_stappenoverzicht_toont_gedaan_open_en_overgeslagen_met_reden() -> None:
    advies = beoordeel(
        casus(
            signalen=[{"id": "s1", "tekst": "blauwe plek op de arm"}],
            overgeslagen={"2": {"reden": "aandachtsfunctionaris afwezig"}},
            geen_gesprek={"grond": "veiligheid", "toelichting": "vader dreigde"},
        )
    )
    statussen = {s.nummer: s.status for s in advies.stappen}
    assert statussen == {
        1: StapStatus.GEDAAN,
        2: StapStatus.OVERGESLAGEN,
        3: StapStatus.GEDAAN,
        4: StapStatus.OPEN,
        5: StapStatus.OPEN,
    }
    assert advies.stappen[1].toelichting == "aandachtsfunctionaris afwezig"
    assert "geen_consultatie" not in advies.open_codes()


def test_open_punten_noemen_ontbrekende_consultatie_gesprek_en_signalen() -> None:
    codes = beoordeel(casus()).open_codes()
    assert {"geen_signalen", "geen_consultatie", "geen_gesprek_vastgelegd"} <= codes
    vol = beoordeel(
        casus(
            signalen=[{"id": "s1", "tekst": "x"}],
            consultaties=[{"id": "c1", "met": "aandachtsfunctionaris"}],
            gesprekken=[{"id": "g1", "met": "client"}],
        )
    ).open_codes()
    assert not {"geen_signalen", "geen_consultatie", "geen_gesprek_vastgelegd"} & vol


def test_geen_gesprek_zonder_toelichting_is_een_open_punt() -> None:
    kaal = beoordeel(casus(geen_gesprek={"grond": "contact_verbreken"}))
    assert "geen_gesprek_zonder_toelichting" in kaal.open_codes()


def test_informatie_van_derden_zonder_bron_is_een_open_punt() -> None:
    zonder = beoordeel(casus(signalen=[{"id": "s1", "soort": "derden", "tekst": "x"}]))
    met = beoordeel(casus(signalen=[{"id": "s1", "soort": "derden", "tekst": "x", "bron": "juf"}]))
    assert "bron_ontbreekt" in zonder.open_codes()
    assert "bron_ontbreekt" not in met.open_codes()


def test_kindcheck_bij_volwassen_cliënt_of_onbekende_leeftijd() -> None:
    assert "kindcheck" in beoordeel(casus(client={"leeftijd": 35})).open_codes()
    assert "kindcheck" in beoordeel(casus()).open_codes()
    assert "kindcheck" not in beoordeel(casus(client={"leeftijd": 9})).open_codes()
    gedaan = casus(
        client={"leeftijd": 35}, kindcheck={"kinderen": "ja", "aantal": 2, "leeftijden": [3, 7]}
    )
    assert "kindcheck" not in beoordeel(gedaan).open_codes()


def test_visie_van_de_kinderen_gevraagd_als_er_kinderen_zijn() -> None:
    met_kinderen = casus(client={"leeftijd": 35}, kindcheck={"kinderen": "ja"})
    assert "visie_kinderen" in beoordeel(met_kinderen).open_codes()
    met_visie = met_kinderen.model_copy(
        update={"visie_kinderen": "Zoon (7) wil bij moeder blijven."}
    )
    assert "visie_kinderen" not in beoordeel(met_visie).open_codes()


def test_oudersignalen_brengen_de_voorgeschreven_meldwijze() -> None:
    advies = beoordeel(
        casus(signalen=[{"id": "s1", "tekst": "moeder ernstig depressief", "oudersignaal": True}])
    )
    assert "oudersignalen" in advies.codes()


def test_ontbrekende_motivering_bij_een_beantwoorde_afweging_is_een_open_punt() -> None:
    zonder = beoordeel(casus(afwegingen={"vermoeden": "ja"}))
    met = beoordeel(casus(afwegingen={"vermoeden": {"antwoord": "ja", "motivatie": "letsel"}}))
    assert any(
        p.code == "motivatie_ontbreekt" and "afweging 1" in p.tekst for p in zonder.open_punten
    )
    assert not any(p.code == "motivatie_ontbreekt" for p in met.open_punten)


def test_verwijsindex_alleen_waar_de_organisatie_is_aangesloten() -> None:
    assert "verwijsindex" not in beoordeel(casus()).codes()
    aangesloten = beoordeel(casus(verwijsindex={"aangesloten": True}))
    assert "verwijsindex" in aangesloten.codes()
    assert "verwijsindex_overwegen" in aangesloten.open_codes()


# --- Her own decision against the norm -----------------------------------------------------


def test_niet_melden_tegen_de_norm_vraagt_redenen_en_wordt_vastgelegd_als_afwijking() -> None:
    zonder_reden = beoordeel(
        casus(afwegingen=afwegingen("ja", "ja"), beslissingen={"melden": {"keuze": "nee"}})
    )
    assert [(a.beslissing, a.reden_vastgelegd) for a in zonder_reden.afwijkingen] == [
        ("melden", False)
    ]
    assert "reden_afwijking" in zonder_reden.open_codes()
    met_reden = beoordeel(
        casus(
            afwegingen=afwegingen("ja", "ja"),
            beslissingen={"melden": {"keuze": "nee", "reden": "al gemeld door school"}},
        )
    )
    assert [(a.beslissing, a.reden_vastgelegd) for a in met_reden.afwijkingen] == [("melden", True)]
    assert "reden_afwijking" not in met_reden.open_codes()


def test_melden_terwijl_de_norm_het_niet_vraagt_is_geen_afwijking() -> None:
    advies = beoordeel(
        casus(
            afwegingen=afwegingen("ja", "nee", "ja", "ja", "ja"),
            beslissingen={"melden": {"keuze": "ja"}, "hulp": {"keuze": "ja"}},
        )
    )
    assert advies.afwijkingen == ()


def test_hulp_kiezen_terwijl_een_voorwaarde_ontbreekt_is_een_afwijking() -> None:
    advies = beoordeel(
        casus(
            afwegingen=afwegingen("ja", "nee", "ja", "nee", "ja"),
            beslissingen={"melden": {"keuze": "ja"}, "hulp": {"keuze": "ja"}},
        )
    )
    assert [a.beslissing for a in advies.afwijkingen] == ["hulp"]


def test_eerst_melden_beslissen_dan_hulp() -> None:
    advies = beoordeel(casus(beslissingen={"hulp": {"keuze": "ja"}}))
    assert "volgorde_beslissingen" in advies.open_codes()


# --- Around the report ----------------------------------------------------------------------


def test_melden_zonder_toestemming_vraagt_de_vijf_vragen_van_het_conflict_van_plichten() -> None:
    basis: dict[str, Any] = {
        "afwegingen": afwegingen("ja", "ja"),
        "beslissingen": {"melden": {"keuze": "ja"}},
    }
    zonder = beoordeel(casus(**basis, melding={"besproken": True, "toestemming": "geweigerd"}))
    assert "conflict_van_plichten" in zonder.open_codes()
    cvp = {
        k: "antwoord"
        for k in (
            "gewichtige_belangen",
            "andere_weg",
            "waarom_geen_toestemming",
            "belangen_afgewogen",
            "welke_informatie_aan_wie",
            "geraadpleegd",
        )
    }
    compleet = beoordeel(
        casus(
            **basis,
            melding={"besproken": True, "toestemming": "geweigerd", "conflict_van_plichten": cvp},
        )
    )
    assert "conflict_van_plichten" not in compleet.open_codes()
    met_toestemming = beoordeel(
        casus(**basis, melding={"besproken": True, "toestemming": "gegeven"})
    )
    assert "conflict_van_plichten" not in met_toestemming.open_codes()


def test_bezwaren_zonder_weging_en_anonimiteit_zonder_reden_zijn_open_punten() -> None:
    advies = beoordeel(
        casus(
            beslissingen={"melden": {"keuze": "ja"}},
            melding={
                "besproken": True,
                "bezwaren": "moeder is boos",
                "anoniem_naar_gezin": True,
                "toestemming": "gegeven",
            },
        )
    )
    assert {"bezwaren_wegen", "anonimiteit_reden"} <= advies.open_codes()


def test_na_de_melding_afspraken_met_veilig_thuis_vastleggen() -> None:
    advies = beoordeel(
        casus(
            beslissingen={"melden": {"keuze": "ja"}},
            melding={"datum": "2026-11-20", "besproken": True, "toestemming": "gegeven"},
        )
    )
    assert "na_de_melding" in advies.codes()
    assert "afspraken_veilig_thuis" in advies.open_codes()


def test_geen_meldingspunten_als_er_niet_wordt_gemeld() -> None:
    advies = beoordeel(
        casus(
            afwegingen=afwegingen("ja", "nee", "ja", "ja", "ja"),
            beslissingen={"melden": {"keuze": "nee"}},
        )
    )
    assert "melding_bespreken" not in advies.open_codes()


def test_elke_regel_heeft_een_bron_en_elke_variant_een_tekst() -> None:
    for code, regel in REGELS.items():
        assert regel.bron.strip() and regel.tekst.strip(), code
        assert all(v.strip() for v in regel.varianten.values()), code


def test_dringende_adviezen_staan_bovenaan() -> None:
    advies = beoordeel(casus(client={"leeftijd": 30}, afwegingen=afwegingen("ja", "twijfel")))
    assert advies.adviezen[0].ernst.value == "dringend"


def test_overgeslagen_bij_geeft_de_reden_van_die_stap_en_anders_niets() -> None:
    casus = Casus.model_validate({"overgeslagen": {"2": {"reden": "niemand bereikbaar"}}})
    reden = casus.overgeslagen_bij(2)
    assert reden is not None and reden.reden == "niemand bereikbaar"
    assert casus.overgeslagen_bij("2") == reden
    assert casus.overgeslagen_bij(3) is None
