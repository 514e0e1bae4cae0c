from __future__ import annotations

from .conftest import Wandeling


def _afwegingen(w: Wandeling, **antwoorden: str) -> None:
    velden = {}
    for aid, antwoord in antwoorden.items():
        velden[f"{aid}_antwoord"] = antwoord
        velden[f"{aid}_motivatie"] = f"Motivatie {aid}"
    pagina = "stap4" if set(antwoorden) <= {"vermoeden", "onveiligheid"} else "stap5"
    w.post(f"/stap/{pagina[-1]}/", pagina=pagina, **velden)


def test_stap4_toont_hulpvragen_definities_en_voorbeelden_een_klik_weg(
    wandeling: Wandeling,
) -> None:
    from meldwijzer.content.loader import default_pack

    wandeling.nieuw()
    wandeling.post("/stap/4/", pagina="overzicht")
    pack = default_pack()
    onveiligheid = pack.afweging("onveiligheid")
    assert onveiligheid.vraag in wandeling.tekst
    for groep in onveiligheid.hulpvragen:
        assert f"{groep.titel} ({len(groep.vragen)})" in wandeling.tekst
    for vb in onveiligheid.voorbeelden:
        assert vb.titel in wandeling.tekst
    assert "Voorbeelden uit de praktijk" in wandeling.tekst
    assert "<details" in wandeling.tekst
    assert pack.definitie("acute_onveiligheid").term.lower() in wandeling.tekst.lower()


def test_antwoord_zonder_motivatie_geeft_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/4/", pagina="stap4", vermoeden_antwoord="ja")
    assert "Motiveer uw antwoord" in wandeling.tekst
    assert wandeling.casus.afwegingen.vermoeden.antwoord is None


def test_twijfel_geeft_het_advies_veilig_thuis_te_bellen(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _afwegingen(wandeling, vermoeden="twijfel")
    assert "Twijfelt u?" in wandeling.tekst
    assert 'href="tel:08002000"' in wandeling.tekst


def test_acute_onveiligheid_maakt_melden_noodzakelijk_naast_haar_keuze(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    _afwegingen(wandeling, vermoeden="ja", onveiligheid="ja")
    wandeling.post("/stap/5/", pagina="overzicht")
    assert "Melden is noodzakelijk." in wandeling.tekst
    assert "Professionele norm" in wandeling.tekst


def test_keuze_tegen_de_norm_vraagt_redenen(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _afwegingen(wandeling, vermoeden="ja", onveiligheid="ja")
    wandeling.post("/stap/5/", pagina="stap5", melden_keuze="nee")
    assert "Uw keuze wijkt af van de professionele norm" in wandeling.tekst
    assert wandeling.casus.beslissingen.melden.keuze is None
    wandeling.post(
        "/stap/5/", pagina="stap5", melden_keuze="nee", melden_reden="Veilig Thuis is al betrokken"
    )
    assert wandeling.casus.beslissingen.melden.keuze == "nee"


def test_hulp_mogelijk_als_alle_drie_de_voorwaarden_gelden(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _afwegingen(wandeling, vermoeden="ja", onveiligheid="nee")
    _afwegingen(wandeling, hulp_bieden="ja", medewerking="ja", duurzame_veiligheid="ja")
    assert "Hulp bieden of organiseren is mogelijk" in wandeling.tekst
    wandeling.post(
        "/stap/5/",
        pagina="stap5",
        hulp_bieden_antwoord="ja",
        hulp_bieden_motivatie="m",
        medewerking_antwoord="ja",
        medewerking_motivatie="m",
        duurzame_veiligheid_antwoord="ja",
        duurzame_veiligheid_motivatie="m",
        melden_keuze="nee",
        hulp_keuze="ja",
    )
    assert wandeling.casus.beslissingen.hulp.keuze == "ja"
    assert "Controleer uw invoer" not in wandeling.tekst


def test_rond_de_melding_toestemming_conflict_van_plichten_en_afspraken(
    wandeling: Wandeling,
) -> None:
    from meldwijzer.content.loader import default_pack

    wandeling.nieuw(leeftijd="15")
    _afwegingen(wandeling, vermoeden="ja", onveiligheid="ja")
    wandeling.post(
        "/stap/5/",
        pagina="stap5",
        melden_keuze="ja",
        m_besproken="ja",
        m_besproken_met=["client", "ouders"],
        m_toestemming="geweigerd",
        m_bezwaren="Vader wil geen melding",
        m_weging_bezwaren="Veiligheid kind weegt zwaarder",
        m_cvp_gewichtige_belangen="Veiligheid van het kind",
        m_anoniem="ja",
        m_anoniem_reden="Dreiging richting mij",
        m_afspraken="Ik blijf de begeleiding doen",
    )
    m = wandeling.casus.melding
    assert m.besproken is True and m.besproken_met == ["client", "ouders"]
    assert m.toestemming == "geweigerd"
    assert m.conflict_van_plichten.gewichtige_belangen == "Veiligheid van het kind"
    assert m.anoniem_naar_gezin is True
    assert m.afspraken_veilig_thuis == "Ik blijf de begeleiding doen"
    for vraag in default_pack().conflict_van_plichten:
        assert vraag.tekst in wandeling.tekst


def test_anoniem_zonder_reden_geeft_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/5/", pagina="stap5", m_anoniem="ja")
    assert "Geef de reden om anoniem te blijven" in wandeling.tekst
