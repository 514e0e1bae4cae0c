"""The generated meldcode: every fill-in replaced, the seed's model text unchanged elsewhere,
in HTML, PDF and Word (read back with pypdf and python-docx)."""

from __future__ import annotations

import re

import pytest

from meldwijzer.meldcode import maak, profiel_laden
from meldwijzer.meldcode.document import OnbekendeInvulling, bouw_meldcode, invullen
from meldwijzer.verslag import render_text

from .helpers import INGEVULD, docx_tekst, model_teksten, normaal, pdf_tekst, profiel, profiel_data

SEED = "tests/content/seeds/002_5b0914504b666284.txt"


def _vergelijkbaar(tekst: str) -> str:
    """Compare texts as words: no whitespace differences, no bullet glyphs."""
    return normaal(tekst.replace("•", " ")).casefold()


@pytest.fixture(scope="module")
def pdf() -> str:
    return _vergelijkbaar(pdf_tekst(maak(profiel(), "pdf")))


def test_de_pdf_bevat_elke_invulling_en_geen_haak_van_het_model(pdf: str) -> None:
    for waarde in INGEVULD:
        assert _vergelijkbaar(waarde) in pdf, waarde
    assert "[" not in pdf and "]" not in pdf
    assert "naam organisatie" not in pdf


def test_de_pdf_bevat_de_modeltekst_van_de_seed_ongewijzigd(pdf: str) -> None:
    p = profiel()
    teksten = model_teksten()
    assert len(teksten) > 50
    ontbreekt = [t for t in teksten if _vergelijkbaar(invullen(t, p)) not in pdf]
    assert ontbreekt == []


def test_de_vergelijking_met_de_pdf_ziet_een_veranderd_woord(pdf: str) -> None:
    """The check above can fail: one word changed in a model text is not found."""
    zin = invullen(model_teksten()[2], profiel())
    assert _vergelijkbaar(zin) in pdf
    assert _vergelijkbaar(zin.replace("sociaal werkers", "medewerkers")) not in pdf


def test_de_pdf_bevat_zinnen_uit_de_seed_zelf(pdf: str) -> None:
    """Directly against the seed file: a sentence without fill-ins, copied from it."""
    with open(SEED, encoding="utf-8") as f:
        seed = normaal(f.read())
    zin = "Leg diagnoses alleen vast als ze zijn gesteld door een bevoegde sociaal werker."
    assert zin in seed
    assert _vergelijkbaar(zin) in pdf
    met_haak = "dat [naam organisatie] in deze code ook vastlegt op welke wijze zij"
    assert met_haak in seed
    assert _vergelijkbaar(met_haak.replace("[naam organisatie]", "Stichting Zonnebloemveld")) in pdf


def test_word_en_html_bevatten_dezelfde_invullingen() -> None:
    p = profiel()
    docx = _vergelijkbaar(docx_tekst(maak(p, "docx")))
    html = maak(p, "html").decode("utf-8")
    for waarde in INGEVULD:
        assert _vergelijkbaar(waarde) in docx, waarde
    for waarde in (
        "Stichting Zonnebloemveld",
        "kwartel@zonnebloemveld.nl",
        "De teamleider Wielewaal",
    ):
        assert waarde in html
    assert "[naam" not in html and "[naam" not in docx
    assert "<script" not in html


def test_blokken_onder_voorwaarde_volgen_het_profiel() -> None:
    """Bijlage 1b: the kindcheck block only for organisations with adult clients whose
    children may be at risk; the verwijsindex block only when connected to it."""
    met = render_text(bouw_meldcode(profiel()))
    zonder = render_text(bouw_meldcode(profiel(kindcheck=False, verwijsindex=False)))
    assert "Oudersignalen" in met and "Oudersignalen" not in zonder
    assert "verwijsindex risicojongeren" in met and "verwijsindex risicojongeren" not in zonder
    assert "Spreekuur BPSW" in met
    assert "Spreekuur BPSW" not in render_text(bouw_meldcode(profiel(bpsw_spreekuur=False)))


def test_de_beslisser_staat_in_stap_5_en_in_bijlage_1c() -> None:
    """Bijlage 1c, NB: the functionary who decides must also be named in stap 5."""
    doc = bouw_meldcode(profiel())
    stap5 = render_text(doc).split("Stap 5:")[1].split("Melden en bespreken")[0]
    assert "De teamleider Wielewaal" in stap5
    verdeling = render_text(doc).split("Verdeling van verantwoordelijkheden")[1]
    assert "De teamleider Wielewaal" in verdeling


def test_de_meldcode_noemt_versie_en_datum_van_vaststelling() -> None:
    tekst = render_text(bouw_meldcode(profiel()))
    assert "Versie: 3" in tekst and "Vastgesteld op: 1 februari 2026" in tekst
    concept = render_text(bouw_meldcode(profiel(versie=None, vastgesteld_op=None)))
    assert "Versie: concept" in concept and "nog niet vastgesteld" in concept


def test_een_onbekende_haak_in_het_model_valt_op() -> None:
    with pytest.raises(OnbekendeInvulling):
        invullen("dat [naam van de directeur] beslist", profiel())


@pytest.mark.parametrize(
    ("wijziging", "veld"),
    [
        ({"naam": ""}, "naam"),
        ({"sector": "horeca"}, "sector"),
        ({"beroepen": []}, "beroepen"),
        ({"aandachtsfunctionarissen": [{"telefoon": "1"}]}, "aandachtsfunctionarissen.1.functie"),
        ({"vastgesteld_op": "gisteren"}, "vastgesteld_op"),
        ({"kleur": "blauw"}, "kleur"),
    ],
)
def test_een_kapot_profiel_geeft_een_nederlandse_melding_met_het_veld(
    wijziging: dict[str, object], veld: str
) -> None:
    from meldwijzer.meldcode import ProfielFout

    with pytest.raises(ProfielFout) as info:
        profiel_laden(profiel_data(**wijziging))
    assert info.value.veld == veld
    assert re.search(r"(ontbreekt|leeg|kies|datum|geen veld)", info.value.bericht)
