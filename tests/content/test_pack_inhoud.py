"""The shipped BPSW pack holds exactly what the seeds hold (counts per seed section)."""

from __future__ import annotations

import re

from meldwijzer.content.model import (
    VERPLICHTE_BLOKKEN,
    VERPLICHTE_DEFINITIES,
    Pack,
)

from .seedtekst import SEEDS

#: Helper questions per group as counted in Bijlage 2 ("Vragen ter afweging").
HULPVRAGEN = {
    ("onveiligheid", "acuut"): 10,
    ("onveiligheid", "disclosure"): 4,
    ("onveiligheid", "structureel"): 15,
    ("hulp_bieden", "hulp_bieden"): 5,
    ("medewerking", "medewerking"): 6,
    ("duurzame_veiligheid", "duurzame_veiligheid"): 5,
}
#: The eight casuïstiek examples of Bijlage 2: (afweging, group) -> opening words.
VOORBEELDEN = {
    ("onveiligheid", "acuut"): ["Een jongetje van 3 jaar", "Een vrouw van 35"],
    ("onveiligheid", "disclosure"): ["Een jongen van 9 jaar", "Twee meisjes van 5 en 7"],
    ("onveiligheid", "structureel"): [
        "Een vrouw van 19 jaar",
        "Een jongen van 16 jaar",
        "Een weduwe van 68",
    ],
    ("duurzame_veiligheid", "duurzame_veiligheid"): ["Een jongen van 17,5 jaar"],
}


def test_de_pack_heeft_vijf_stappen_in_volgorde(pack: Pack) -> None:
    assert [s.nummer for s in pack.stappen] == [1, 2, 3, 4, 5]
    assert pack.stap(3).titel == "Gesprek met de cliënt"


def test_de_vijf_afwegingen_horen_bij_stap_4_en_5(pack: Pack) -> None:
    assert [(a.id, a.nummer, a.stap) for a in pack.afwegingen] == [
        ("vermoeden", 1, 4),
        ("onveiligheid", 2, 4),
        ("hulp_bieden", 3, 5),
        ("medewerking", 4, 5),
        ("duurzame_veiligheid", 5, 5),
    ]


def test_elke_groep_hulpvragen_heeft_het_aantal_uit_bijlage_2(pack: Pack) -> None:
    gevonden = {(a.id, g.id): len(g.vragen) for a in pack.afwegingen for g in a.hulpvragen}
    assert gevonden == HULPVRAGEN
    assert pack.afweging("vermoeden").hulpvragen == []


#: Where each group of "Vragen ter afweging" ends in Bijlage 2 (the next example or afweging).
EINDE_GROEP = {
    ("onveiligheid", "acuut"): "Een jongetje van 3 jaar",
    ("onveiligheid", "disclosure"): "Een jongen van 9 jaar",
    ("onveiligheid", "structureel"): "Een vrouw van 19 jaar",
    ("hulp_bieden", "hulp_bieden"): "Afweging: Werken de betrokkenen",
    ("medewerking", "medewerking"): "Afweging: Leidt deze hulp",
    ("duurzame_veiligheid", "duurzame_veiligheid"): "Een jongen van 17,5 jaar",
}


def tel_vragen_in_bijlage_2() -> dict[tuple[str, str], int]:
    """Count the questions in the seed itself: each starts a line with "- " or one space."""
    seed = (SEEDS / "002_5b0914504b666284.txt").read_text(encoding="utf-8")
    rest = seed[seed.index("Bijlage 2 Afwegingskader") :]
    telling = {}
    for groep, einde in EINDE_GROEP.items():
        begin = rest.index("Vragen ter afweging")
        stuk, rest = rest[begin : rest.index(einde)], rest[rest.index(einde) :]
        telling[groep] = len(re.findall(r"(?m)^(?:- | )\S", stuk))
    return telling


def test_de_hulpvragen_komen_overeen_met_een_telling_in_de_seed(pack: Pack) -> None:
    gevonden = {(a.id, g.id): len(g.vragen) for a in pack.afwegingen for g in a.hulpvragen}
    assert tel_vragen_in_bijlage_2() == HULPVRAGEN == gevonden


def test_de_acht_voorbeelden_staan_onder_de_juiste_afweging_en_groep(pack: Pack) -> None:
    gevonden: dict[tuple[str, str | None], list[str]] = {}
    for a in pack.afwegingen:
        for v in a.voorbeelden:
            gevonden.setdefault((a.id, v.hulpvragen), []).append(v.tekst)
    assert set(gevonden) == set(VOORBEELDEN)
    for sleutel, openingen in VOORBEELDEN.items():
        teksten = gevonden[sleutel]
        assert len(teksten) == len(openingen)
        for tekst, opening in zip(teksten, openingen, strict=True):
            assert tekst.startswith(opening)
    assert sum(len(v) for v in gevonden.values()) == 8


def test_conflict_van_plichten_heeft_de_vijf_vragen_van_hoofdstuk_3_3(pack: Pack) -> None:
    assert len(pack.conflict_van_plichten) == 5
    assert pack.conflict_van_plichten[0].tekst.startswith("Kan ik door te spreken")
    assert pack.conflict_van_plichten[4].tekst.startswith("Als ik besluit om te spreken")


def test_elke_scope_situatie_heeft_precies_een_regel(pack: Pack) -> None:
    binnen = {r.situatie: r.binnen_meldcode for r in pack.scope}
    assert len(pack.scope) == len(binnen) == 6
    assert binnen == {
        "huiselijke_kring": True,
        "partners_beide_client": True,
        "professional_tegen_client": False,
        "tussen_clienten": False,
        "leerkracht_leerling": False,
        "tussen_leerlingen": False,
    }
    assert "leidinggevende" in pack.scope_regel("professional_tegen_client").tekst
    assert "vertrouwensinspecteur" in pack.scope_regel("tussen_leerlingen").tekst


def test_de_faq_bevat_elke_vraag_van_seed_003(pack: Pack) -> None:
    seed = (SEEDS / "003_fb214d7cf9989460.txt").read_text(encoding="utf-8")
    vragen = [regel[3:].strip() for regel in seed.splitlines() if regel.startswith(" • ")]
    assert len(vragen) == 29
    assert [f.vraag for f in pack.faq] == vragen


def test_verplichte_blokken_en_definities_zijn_opvraagbaar(pack: Pack) -> None:
    for sleutel, ids in VERPLICHTE_BLOKKEN.items():
        for blok_id in ids:
            if sleutel == "melding":
                assert pack.melding_blok(blok_id).tekst
            else:
                assert pack.stap(int(sleutel[-1])).blok(blok_id).tekst
    for definitie_id in VERPLICHTE_DEFINITIES:
        assert pack.definitie(definitie_id).tekst


def test_de_inhoud_noemt_wat_de_brief_per_blok_vraagt(pack: Pack) -> None:
    assert "hypothese" in pack.stap(1).blok("documenteren").tekst
    assert "bevoegde" in pack.stap(1).blok("documenteren").tekst
    assert "vrouwelijke genitale verminking" in pack.stap(2).blok("specifieke_vormen").tekst
    assert "ouderenmishandeling" in pack.stap(2).blok("specifieke_vormen").tekst
    assert pack.stap(3).blok("gesprek_voorbereiden").tekst.count("\n- ") == 3
    assert "uit het zicht" in pack.stap(3).blok("geen_gesprek").tekst
    assert "geen alternatief" in pack.stap(3).blok("verwijsindex").tekst
    assert "twijfel" in pack.stap(4).blok("twijfel").tekst
    assert "in deze volgorde" in pack.stap(5).blok("twee_beslissingen").tekst
    bespreken = pack.melding_blok("bespreken").tekst
    assert "vanaf 12 jaar" in bespreken and "nog geen 16 jaar" in bespreken
    assert "nog geen 12 jaar" in bespreken and "nog thuis woont" in bespreken
    assert "vijf werkdagen" in pack.melding_blok("na_de_melding").tekst
    assert "hetzelfde gesprek" in pack.noodsituatie.tekst


def test_het_nummer_van_veilig_thuis_is_nergens_de_tikfout_uit_de_faq(pack: Pack) -> None:
    assert pack.meta.veilig_thuis_nummer == "0800-2000"
    assert pack.meta.alarmnummer == "112"
    assert "0200" not in pack.model_dump_json()


def test_elke_tekst_draagt_een_bron(pack: Pack) -> None:
    bronnen = [s.bron for s in pack.stappen] + [b.bron for s in pack.stappen for b in s.blokken]
    bronnen += [v.bron for a in pack.afwegingen for v in a.voorbeelden]
    bronnen += [f.bron for f in pack.faq] + [r.bron for r in pack.scope]
    assert all(b.document.endswith(".txt") and b.sectie for b in bronnen)
    assert {f.bron.document for f in pack.faq} == {"003_fb214d7cf9989460.txt"}
