"""Any input: no crash, offsets inside the text, findings sorted, known categories."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from meldwijzer.engine.schrijfcheck import CATEGORIEEN, controleer

_WOORDEN = [
    "moeder",
    "Vader",
    "is",
    "agressief",
    "lijkt",
    "zou",
    "kunnen",
    "hebben",
    "volgens",
    "de",
    "buren",
    "zegt",
    "dat",
    "ADHD",
    "niet",
    "geen",
    "mevrouw",
    "De",
    "Vries",
    "Sam",
    "van",
    "06-12345678",
    "111222333",
    "geb.",
    "12-03-2015",
    "Kerkstraat",
    "12",
    "3512 AB",
    "a@b.nl",
    "ziet",
    "er",
    "uit",
    "hoorde",
    "ik",
    "het",
    "schijnt",
    "Hypothese:",
]
_TEKENS = [" ", " ", " ", ".", ",", ":", "\n", '"', "'", "“", "”", "(", ")", "!", "?", "-"]

_tekst = st.lists(st.sampled_from(_WOORDEN + _TEKENS) | st.text(max_size=3), max_size=60).map(
    "".join
)


@settings(max_examples=200, deadline=None)
@given(_tekst, st.sampled_from([None, "observatie", "hypothese", "derden"]), st.text(max_size=5))
def test_elke_tekst_geeft_geldige_bevindingen(tekst: str, soort: str | None, bron: str) -> None:
    bevindingen = controleer(tekst, soort=soort, bron=bron)
    begins = [b.begin for b in bevindingen]
    assert begins == sorted(begins)
    for b in bevindingen:
        assert b.categorie in CATEGORIEEN
        assert 0 <= b.begin < b.eind <= len(tekst)
        assert tekst[b.begin : b.eind] == b.tekst


def test_een_lange_tekst_zonder_leestekens_geeft_gewoon_antwoord() -> None:
    tekst = "hoorde ik dat vader zou Sam Piet " * 500
    assert isinstance(controleer(tekst), list)
