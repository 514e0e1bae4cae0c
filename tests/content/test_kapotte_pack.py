"""A broken pack is rejected as a whole, with every problem at its file, line and key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from meldwijzer.content.loader import PackError, Probleem, load_pack


def bewerk(pack: Path, bestand: str, oud: str, nieuw: str) -> None:
    pad = pack / bestand
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) >= 1, oud
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def regel_van(pack: Path, bestand: str, stuk: str) -> int:
    for nummer, regel in enumerate((pack / bestand).read_text(encoding="utf-8").splitlines(), 1):
        if stuk in regel:
            return nummer
    raise AssertionError(stuk)


def problemen(pack: Path) -> list[Probleem]:
    with pytest.raises(PackError) as fout:
        load_pack(pack)
    return list(fout.value.problemen)


def test_de_kopie_zonder_wijziging_laadt(kopie: Path) -> None:
    assert load_pack(kopie).label == "bpsw@2019.1"


def test_een_ontbrekend_bestand_wordt_gemeld_zonder_vervolgfouten(kopie: Path) -> None:
    (kopie / "faq.yaml").unlink()
    assert problemen(kopie) == [Probleem("faq.yaml", 0, "", "bestand ontbreekt")]


def test_ongeldige_yaml_syntaxis_wordt_gemeld_met_de_regel(kopie: Path) -> None:
    bewerk(kopie, "stappen.yaml", "    kort: Gesprek met cliënt", "    kort: Gesprek: met: cliënt")
    [probleem] = problemen(kopie)
    assert probleem.bestand == "stappen.yaml"
    assert probleem.regel == regel_van(kopie, "stappen.yaml", "kort: Gesprek: met: cliënt")
    assert probleem.melding.startswith("ongeldige YAML-syntaxis")


def test_een_onbekende_sleutel_wordt_gemeld(kopie: Path) -> None:
    bewerk(kopie, "stappen.yaml", "    kort: Beslissen\n", "    kort: Beslissen\n    kleur: rood\n")
    [probleem] = problemen(kopie)
    assert probleem == Probleem(
        "stappen.yaml",
        regel_van(kopie, "stappen.yaml", "kleur: rood"),
        "stappen.4.kleur",
        "onbekende sleutel",
    )


def test_een_ontbrekend_verplicht_blok_wordt_gemeld_bij_de_blokken_van_de_stap(kopie: Path) -> None:
    bewerk(kopie, "stappen.yaml", "      - id: kindcheck\n", "      - id: kindcheck_oud\n")
    [probleem] = problemen(kopie)
    assert probleem.bestand == "stappen.yaml"
    assert probleem.sleutel == "stappen.0.blokken"
    assert probleem.regel == regel_van(kopie, "stappen.yaml", "blokken:")
    assert probleem.melding == "verplicht blok 'kindcheck' ontbreekt"


def test_een_ontbrekend_verplicht_meldingblok_wordt_gemeld(kopie: Path) -> None:
    bewerk(kopie, "melding.yaml", "  - id: anonimiteit\n", "  - id: identiteit\n")
    [probleem] = problemen(kopie)
    assert (probleem.bestand, probleem.sleutel) == ("melding.yaml", "melding")
    assert probleem.melding == "verplicht blok 'anonimiteit' ontbreekt"


def test_vier_stappen_is_te_weinig(kopie: Path) -> None:
    tekst = (kopie / "stappen.yaml").read_text(encoding="utf-8")
    (kopie / "stappen.yaml").write_text(tekst[: tekst.index("  - nummer: 5")], encoding="utf-8")
    gevonden = problemen(kopie)
    assert (
        Probleem(
            "stappen.yaml",
            regel_van(kopie, "stappen.yaml", "stappen:"),
            "stappen",
            "te weinig items: minimaal 5, gevonden 4",
        )
        in gevonden
    )
    assert all(p.bestand == "stappen.yaml" for p in gevonden)


def test_een_dubbele_id_wordt_gemeld_bij_het_tweede_item(kopie: Path) -> None:
    bewerk(kopie, "faq.yaml", "  - id: andere_vraag", "  - id: anoniem_melden")
    [probleem] = problemen(kopie)
    assert probleem == Probleem(
        "faq.yaml",
        regel_van(kopie, "faq.yaml", "Ik heb een andere vraag") - 1,
        "faq.28.id",
        "dubbele id 'anoniem_melden' (ook bij item 6)",
    )


def test_een_voorbeeld_met_een_onbekende_groep_hulpvragen_wordt_gemeld(kopie: Path) -> None:
    bewerk(kopie, "afwegingen.yaml", "hulpvragen: disclosure", "hulpvragen: onthulling")
    [probleem] = problemen(kopie)
    assert probleem.bestand == "afwegingen.yaml"
    assert probleem.regel == regel_van(kopie, "afwegingen.yaml", "hulpvragen: onthulling")
    assert probleem.sleutel == "afwegingen.1.voorbeelden.2.hulpvragen"
    assert (
        "'onthulling'" in probleem.melding and "acuut, disclosure, structureel" in probleem.melding
    )


def test_alle_problemen_in_verschillende_bestanden_komen_samen_terug(kopie: Path) -> None:
    bewerk(kopie, "stappen.yaml", "    kort: Beslissen\n", "    kort: Beslissen\n    kleur: rood\n")
    bewerk(kopie, "faq.yaml", "  - id: andere_vraag", "  - id: anoniem_melden")
    bewerk(kopie, "afwegingen.yaml", "hulpvragen: disclosure", "hulpvragen: onthulling")
    bewerk(kopie, "afwegingen.yaml", "    nummer: 3\n", "    nummer: drie\n")
    gevonden = problemen(kopie)
    assert [(p.bestand, p.sleutel) for p in gevonden] == [
        ("stappen.yaml", "stappen.4.kleur"),
        ("afwegingen.yaml", "afwegingen.1.voorbeelden.2.hulpvragen"),
        ("afwegingen.yaml", "afwegingen.2.nummer"),
        ("faq.yaml", "faq.28.id"),
    ]
    assert gevonden[2].melding == "moet een geheel getal zijn"


def test_een_verkeerd_type_wordt_in_het_nederlands_gemeld(kopie: Path) -> None:
    bewerk(kopie, "scope.yaml", "binnen_meldcode: true", "binnen_meldcode: misschien")
    [probleem] = problemen(kopie)
    assert (probleem.sleutel, probleem.melding) == (
        "scope.0.binnen_meldcode",
        "moet true of false zijn",
    )


def test_een_scope_situatie_die_twee_keer_voorkomt_en_een_die_ontbreekt(kopie: Path) -> None:
    bewerk(kopie, "scope.yaml", "situatie: tussen_leerlingen", "situatie: tussen_clienten")
    meldingen = {(p.sleutel, p.melding) for p in problemen(kopie)}
    assert meldingen == {
        ("scope.5.situatie", "situatie 'tussen_clienten' staat er twee keer in"),
        ("scope", "regel voor situatie 'tussen_leerlingen' ontbreekt"),
    }


def test_een_onbekende_situatie_wordt_afgewezen(kopie: Path) -> None:
    bewerk(kopie, "scope.yaml", "situatie: tussen_leerlingen", "situatie: op_straat")
    sleutels = {p.sleutel for p in problemen(kopie)}
    assert sleutels == {"scope.5.situatie", "scope"}


def test_een_bron_die_geen_seedbestand_noemt_wordt_gemeld(kopie: Path) -> None:
    bewerk(kopie, "definities.yaml", "document: 002_5b0914504b666284.txt", "document: meldcode.pdf")
    [probleem] = problemen(kopie)
    assert probleem.sleutel == "definities.0.bron.document"
    assert "meldcode.pdf" in probleem.melding


def test_een_dubbele_yaml_sleutel_wordt_gemeld(kopie: Path) -> None:
    bewerk(kopie, "pack.yaml", '  versie: "2019.1"\n', '  versie: "2019.1"\n  versie: "2020"\n')
    [probleem] = problemen(kopie)
    assert probleem.sleutel == "meta.versie"
    assert probleem.regel == regel_van(kopie, "pack.yaml", 'versie: "2020"')
    assert probleem.melding.startswith("dubbele sleutel")


def test_een_lege_tekst_en_een_ongeldige_id_worden_gemeld(kopie: Path) -> None:
    bewerk(kopie, "definities.yaml", "    term: Disclosure", '    term: ""')
    bewerk(kopie, "definities.yaml", "  - id: huiselijk_geweld", "  - id: Huiselijk-Geweld")
    meldingen = {p.sleutel: p.melding for p in problemen(kopie)}
    assert meldingen["definities.1.term"] == "mag niet leeg zijn"
    assert meldingen["definities.3.id"].startswith("ongeldige id")


def test_een_onbekend_bestand_en_een_leeg_bestand_worden_gemeld(kopie: Path) -> None:
    (kopie / "stapen.yaml").write_text("stappen: []\n", encoding="utf-8")
    (kopie / "scope.yaml").write_text("# leeg\n", encoding="utf-8")
    gevonden = problemen(kopie)
    assert Probleem("scope.yaml", 1, "", "bestand is leeg") in gevonden
    assert any(p.bestand == "stapen.yaml" and "onbekend bestand" in p.melding for p in gevonden)


def test_een_bestand_met_de_verkeerde_sleutel_bovenaan(kopie: Path) -> None:
    bewerk(kopie, "faq.yaml", "\nfaq:\n", "\nvragen:\n")
    meldingen = {(p.regel, p.sleutel, p.melding) for p in problemen(kopie)}
    regel = regel_van(kopie, "faq.yaml", "vragen:")
    assert meldingen == {
        (regel, "vragen", "onbekende sleutel; dit bestand bevat alleen: faq"),
        (1, "", "verplichte sleutel 'faq' ontbreekt"),
    }


def test_afwegingen_in_de_verkeerde_volgorde_worden_gemeld(kopie: Path) -> None:
    bewerk(
        kopie,
        "afwegingen.yaml",
        "  - id: medewerking\n    nummer: 4\n    stap: 5",
        "  - id: medewerking\n    nummer: 4\n    stap: 4",
    )
    [probleem] = problemen(kopie)
    assert (probleem.sleutel, probleem.melding) == (
        "afwegingen.3.stap",
        "afweging 'medewerking' hoort bij stap 5",
    )


def test_een_map_die_niet_bestaat(tmp_path: Path) -> None:
    [probleem] = problemen(tmp_path / "weg")
    assert probleem.melding == "map met het content pack bestaat niet"


def test_stappen_in_de_verkeerde_volgorde_worden_per_stap_gemeld(kopie: Path) -> None:
    bewerk(kopie, "stappen.yaml", "  - nummer: 1\n", "  - nummer: 2\n")
    bewerk(
        kopie,
        "stappen.yaml",
        "  - nummer: 2\n    titel: Collegiale",
        "  - nummer: 1\n    titel: Collegiale",
    )
    gevonden = problemen(kopie)
    assert [(p.sleutel, p.melding) for p in gevonden] == [
        ("stappen.0.nummer", "stappen moeten genummerd zijn 1 t/m 5, in die volgorde"),
        ("stappen.1.nummer", "stappen moeten genummerd zijn 1 t/m 5, in die volgorde"),
    ]


def test_een_zesde_afweging_en_verwisselde_afwegingen_worden_gemeld(kopie: Path) -> None:
    tekst = (kopie / "afwegingen.yaml").read_text(encoding="utf-8")
    laatste = tekst[tekst.index("  - id: duurzame_veiligheid") :]
    (kopie / "afwegingen.yaml").write_text(
        tekst + laatste.replace("nummer: 5", "nummer: 6"), encoding="utf-8"
    )
    meldingen = {(p.sleutel, p.melding) for p in problemen(kopie)}
    assert ("afwegingen", "te veel items: maximaal 5, gevonden 6") in meldingen
    assert ("afwegingen.5.id", "dubbele id 'duurzame_veiligheid' (ook bij item 4)") in meldingen


def test_een_lijstitem_zonder_sleutels_wordt_gemeld(kopie: Path) -> None:
    bewerk(
        kopie,
        "stappen.yaml",
        "    blokken:\n      - id: documenteren",
        "    blokken:\n      - los\n      - id: documenteren",
    )
    [probleem] = problemen(kopie)
    assert probleem.sleutel == "stappen.0.blokken.0"
    assert probleem.melding == "moet een mapping zijn (sleutel: waarde)"
    assert probleem.regel == regel_van(kopie, "stappen.yaml", "      - los")


def test_een_bestand_dat_geen_utf8_is_wordt_gemeld(kopie: Path) -> None:
    (kopie / "faq.yaml").write_bytes("faq: caf\u00e9".encode("latin-1"))
    [probleem] = problemen(kopie)
    assert probleem.bestand == "faq.yaml"
    assert probleem.melding.startswith("bestand is geen geldige UTF-8-tekst")


def test_yaml_tags_die_python_objecten_maken_worden_geweigerd(kopie: Path) -> None:
    bewerk(kopie, "pack.yaml", "  id: bpsw", "  id: !!python/object/apply:os.getcwd []")
    bewerk(kopie, "pack.yaml", "  naam: Afweg", "  naam: !!python/name:os.getcwd Afweg")
    gevonden = [(p.sleutel, p.melding[:25]) for p in problemen(kopie)]
    assert ("meta.id", "onbekende YAML-tag tag:ya") in gevonden
    assert ("meta.naam", "ongeldige waarde (could n") in gevonden


def test_een_beroepskader_mag_niet_leeg_zijn_zoals_het_basiskader(kopie: Path) -> None:
    """Only `soort: basis` may lack the kader's own parts; a beroepskader that drops its
    conflict-of-duties questions, emergency block and required blocks is rejected."""
    melding = kopie / "melding.yaml"
    tekst = melding.read_text(encoding="utf-8")
    melding.write_text(
        tekst[: tekst.index("conflict_van_plichten:")]
        + "conflict_van_plichten: []\nnoodsituatie: null\n",
        encoding="utf-8",
    )
    meldingen = {(p.sleutel, p.melding) for p in problemen(kopie)}
    assert (
        "conflict_van_plichten",
        "precies 5 vragen nodig (conflict van plichten), gevonden 0",
    ) in meldingen
    assert ("noodsituatie", "verplicht blok ontbreekt") in meldingen
    bewerk(kopie, "pack.yaml", "  id: bpsw\n", "  id: bpsw\n  soort: basis\n")
    assert load_pack(kopie).is_basis


def test_een_scopevlag_die_de_engine_tegenspreekt_wordt_afgewezen(kopie: Path) -> None:
    """Whether the stappenplan applies is decided by the engine alone (BPSW 1.3: "Geweld
    gepleegd door een professional ten opzichte van een cliënt of een leerling valt buiten
    het bereik van de meldcode"); a pack cannot move a situation inside (issue 18 item 1)."""
    bewerk(
        kopie,
        "scope.yaml",
        "  - situatie: professional_tegen_client\n    binnen_meldcode: false",
        "  - situatie: professional_tegen_client\n    binnen_meldcode: true",
    )
    [probleem] = problemen(kopie)
    assert probleem.sleutel == "scope.1.binnen_meldcode"
    assert "moet false zijn" in probleem.melding
    assert "buiten de meldcode" in probleem.melding


def test_de_huiselijke_kring_buiten_de_meldcode_zetten_wordt_afgewezen(kopie: Path) -> None:
    bewerk(
        kopie,
        "scope.yaml",
        "  - situatie: huiselijke_kring\n    binnen_meldcode: true",
        "  - situatie: huiselijke_kring\n    binnen_meldcode: false",
    )
    [probleem] = problemen(kopie)
    assert (probleem.sleutel, probleem.melding) == (
        "scope.0.binnen_meldcode",
        "moet true zijn: situatie 'huiselijke_kring' valt binnen de meldcode (BPSW 1.3)",
    )
