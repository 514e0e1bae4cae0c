from __future__ import annotations

from .conftest import Wandeling


def _signaal(w: Wandeling, **velden: str) -> None:
    w.post("/stap/1/", pagina="stap1", **velden)


def test_signaal_wordt_vastgelegd_met_soort_bron_en_datum(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="overzicht")
    _signaal(
        wandeling,
        sig_soort="derden",
        sig_tekst="Kind vertelt over slaan",
        sig_bron="leerkracht",
        sig_datum="2026-11-02",
    )
    s = wandeling.casus.signalen[0]
    assert (s.soort, s.tekst, s.bron, s.datum.isoformat()) == (
        "derden",
        "Kind vertelt over slaan",
        "leerkracht",
        "2026-11-02",
    )
    assert "Kind vertelt over slaan" in wandeling.tekst
    assert "bron: leerkracht" in wandeling.tekst


def test_informatie_van_derden_zonder_bron_geeft_fout_en_verliest_de_tekst_niet(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    _signaal(wandeling, sig_soort="derden", sig_tekst="Buurvrouw hoorde geschreeuw")
    assert "Noem de bron" in wandeling.tekst
    assert "Buurvrouw hoorde geschreeuw" in wandeling.tekst
    assert wandeling.casus.signalen == []


def test_hetzelfde_formulier_twee_keer_versturen_voegt_een_signaal_toe(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    staat = wandeling.staat
    _signaal(wandeling, sig_soort="observatie", sig_tekst="Blauwe plek arm")
    wandeling.staat = staat  # a reload of the POST sends the same state again
    _signaal(wandeling, sig_soort="observatie", sig_tekst="Blauwe plek arm")
    assert len(wandeling.casus.signalen) == 1


def test_hypothese_bevestigen_vraagt_een_vervolgnotitie(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _signaal(wandeling, sig_soort="hypothese", sig_tekst="Mogelijk geldgebrek thuis")
    sid = wandeling.casus.signalen[0].id
    _signaal(wandeling, **{f"hyp_{sid}_status": "bevestigd"})
    assert "Schrijf een vervolgnotitie" in wandeling.tekst
    _signaal(
        wandeling,
        **{f"hyp_{sid}_status": "bevestigd", f"hyp_{sid}_vervolg": "Moeder vertelde over schulden"},
    )
    s = wandeling.casus.signalen[0]
    assert (s.status, s.vervolg) == ("bevestigd", "Moeder vertelde over schulden")


def test_signaal_verwijderen(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _signaal(wandeling, sig_soort="observatie", sig_tekst="Eerste")
    _signaal(wandeling, sig_soort="observatie", sig_tekst="Tweede")
    eerste = wandeling.casus.signalen[0].id
    # Without the script's confirmation the page asks first and keeps the item...
    wandeling.post("/stap/1/", pagina="stap1", actie=f"verwijder:signalen:{eerste}")
    assert "Dit item verwijderen?" in wandeling.tekst
    assert [s.tekst for s in wandeling.casus.signalen] == ["Eerste", "Tweede"]
    # ...and removes it after "Ja, verwijderen" (or the script's confirm()).
    wandeling.post("/stap/1/", pagina="stap1", actie=f"verwijderzeker:signalen:{eerste}")
    assert [s.tekst for s in wandeling.casus.signalen] == ["Tweede"]
    tweede = wandeling.casus.signalen[0].id
    wandeling.post(
        "/stap/1/",
        pagina="stap1",
        actie=f"verwijder:signalen:{tweede}",
        verwijderen_bevestigd="1",
    )
    assert wandeling.casus.signalen == []


def test_contra_indicatie_en_oudersignaal_worden_vastgelegd(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="40")
    _signaal(
        wandeling,
        sig_soort="observatie",
        sig_tekst="Vader komt met alcohollucht",
        sig_ouder="on",
        ci_tekst="Kinderen zien er verzorgd uit",
    )
    assert wandeling.casus.signalen[0].oudersignaal is True
    assert wandeling.casus.contra_indicaties[0].tekst == "Kinderen zien er verzorgd uit"


def test_kindcheck_bij_volwassen_client_met_aantal_leeftijden_en_gedeelde_zorg(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(leeftijd="38")
    wandeling.post("/stap/1/", pagina="overzicht")
    assert "Kindcheck" in wandeling.tekst
    _signaal(
        wandeling, kc_kinderen="ja", kc_aantal="2", kc_leeftijden="3, 7", kc_gedeelde_zorg="ja"
    )
    kc = wandeling.casus.kindcheck
    assert (kc.kinderen, kc.aantal, kc.leeftijden, kc.gedeelde_zorg) == ("ja", 2, [3, 7], "ja")
    assert "De stem van de kinderen" in wandeling.tekst  # children involved: their own view


def test_kindcheck_bij_onbekende_leeftijd_wel_en_bij_een_kind_als_client_niet(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()  # age not given: it is not known whether children are in the system
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="kc_kinderen"' in wandeling.tekst
    wandeling.nieuw(leeftijd="7")  # the client is the child: no "children in her care?"
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="kc_kinderen"' not in wandeling.tekst
    assert "De stem van de kinderen" in wandeling.tekst


def test_een_vastgelegde_kindcheck_blijft_zichtbaar_als_de_leeftijd_verandert(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    _signaal(wandeling, kc_kinderen="ja", kc_aantal="1")
    wandeling.post("/overzicht/", pagina="scope", situatie="huiselijke_kring", leeftijd="16")
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="kc_kinderen"' in wandeling.tekst
    assert wandeling.casus.kindcheck.aantal == 1


def test_kindcheck_leeftijd_boven_17_geeft_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="38")
    _signaal(wandeling, kc_kinderen="ja", kc_leeftijden="3, 19")
    assert "Geef leeftijden als getallen van 0 tot en met 17" in wandeling.tekst


def test_visie_van_kinderen_bij_een_minderjarige_client(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="9")
    _signaal(wandeling, visie_kinderen="Wil dat het thuis rustig wordt")
    assert wandeling.casus.visie_kinderen == "Wil dat het thuis rustig wordt"


def test_schrijfcheck_toont_bevindingen_bij_een_opgeslagen_signaal(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    _signaal(wandeling, sig_soort="observatie", sig_tekst="Moeder is agressief")
    assert "Schrijftips" in wandeling.tekst
    assert "<q>agressief</q>" in wandeling.tekst


def test_elk_vrij_tekstveld_waarschuwt_tegen_namen(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="38")
    wandeling.post("/stap/1/", pagina="overzicht")
    import re

    tekstvakken = re.findall(r'<textarea[^>]*aria-describedby="([^"]*)"', wandeling.tekst)
    alle = len(re.findall(r"<textarea", wandeling.tekst))
    assert alle >= 4 and len(tekstvakken) == alle
    for ids in tekstvakken:
        hint = ids.split()[0]
        blok = wandeling.tekst.split(f'id="{hint}"', 1)[1][:300]
        assert "Schrijf geen namen" in blok
