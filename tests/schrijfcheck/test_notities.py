"""Whole notes: a concrete note stays (almost) quiet, a vague one gets every category."""

from __future__ import annotations

from meldwijzer.engine.schrijfcheck import controleer

CONCREET = """Verslag huisbezoek 14 maart, 10.00-11.15 uur
Aanwezig: moeder, de jongen (9), zijn zusje (4) en ik.

Observatie:
- Het zusje had een blauwe plek van 2 cm op haar linkerwang. Op mijn vraag hoe dat kwam, \
zei moeder: "Ze is van de trap gevallen."
- De jongen zat tijdens het gesprek op de bank en keek naar de grond.
- Moeder huilde twee keer en zei dat ze het niet meer trekt sinds vader weg is.

Informatie van derden:
- De mentor (groep 6) belde op 10 maart: de jongen kwam deze maand vier keer zonder lunch.
- Volgens de buren is er vaak ruzie.

Hypothese: moeder is overbelast en de kinderen krijgen te weinig aandacht.

Afspraken:
- Ik bel moeder op vrijdag 17 maart om 14.00 uur. Daarna overleg met Veilig Thuis.
"""

VAAG = """Moeder (Sandra de Boer, 06-11122233) is een chaotische vrouw.
Zoon Milan (geb. 12-05-2015) is waarschijnlijk ADHD.
Er wordt gezegd dat vader drugs dealt.
"""


def test_een_concrete_notitie_geeft_alleen_de_vage_bron() -> None:
    assert [(b.categorie, b.tekst) for b in controleer(CONCREET)] == [
        ("bron_ontbreekt", "Volgens de buren")
    ]


def test_een_vage_notitie_raakt_alle_vijf_categorieen() -> None:
    gevonden = {(b.categorie, b.tekst) for b in controleer(VAAG)}
    assert {
        ("identificerend", "Sandra de Boer"),
        ("identificerend", "06-11122233"),
        ("interpretatie", "chaotische"),
        ("identificerend", "Milan"),
        ("identificerend", "12-05-2015"),
        ("vaag", "waarschijnlijk"),
        ("diagnose", "ADHD"),
    } <= gevonden
    assert any(c == "bron_ontbreekt" for c, _ in gevonden)
