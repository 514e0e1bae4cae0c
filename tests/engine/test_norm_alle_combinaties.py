"""Properties of the norm over every combination of answers (issue 12), exhaustively where
the space is small and with hypothesis over whole casussen.

- never "mag afsluiten" with doubt or `ja` on afweging 2, or an emergency (002, 2.2 Stap 4:
  "bij twijfel over de vervolgstap moet altijd (opnieuw) advies worden gevraagd aan Veilig
  Thuis"; 3.4 Noodsituaties);
- every `open` outcome names what is open (no false "beantwoord eerst de afwegingen");
- acute unsafety brings the immediate route first and never "take all steps first" (002,
  Bijlage 2: "Hij of zij heeft direct bescherming nodig");
- every advice cites a seed section that exists in the pack.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from robustness.strategies import casus_dicts

from meldwijzer.engine.advies import Advies, BeslissingHulp, BeslissingMelden
from meldwijzer.engine.casus import AFWEGING_IDS, Casus
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.regels import PACK_SEEDS, REGELS

from .test_bronnen import SECTIES

ANTWOORDEN = (None, "ja", "nee", "twijfel")
DIRECT = ("noodsituatie", "acuut_direct_handelen")


def _eigenschappen(casus: Casus, advies: Advies) -> None:
    onveiligheid = casus.afwegingen.onveiligheid.antwoord
    if onveiligheid is not None and onveiligheid.value in ("ja", "twijfel"):
        assert not advies.meldcode_mag_afsluiten
    if casus.noodsituatie:
        assert not advies.meldcode_mag_afsluiten
        assert advies.adviezen[0].code in DIRECT
    if advies.meldcode_mag_afsluiten:
        assert "meldcode_afsluiten" in advies.codes()
    else:
        assert "meldcode_afsluiten" not in advies.codes()
    if advies.binnen_meldcode and advies.beslissing_melden is BeslissingMelden.OPEN:
        assert advies.melden_open_wegens, "open zonder te zeggen wat open is"
    if advies.binnen_meldcode and advies.beslissing_hulp is BeslissingHulp.OPEN:
        assert advies.hulp_open_wegens
    if advies.beslissing_melden is not BeslissingMelden.OPEN:
        assert not advies.melden_open_wegens
    if advies.acuut:
        assert advies.adviezen[0].code in DIRECT
        assert "stappen_niet_gezet" not in advies.open_codes()
    for i in (*advies.adviezen, *advies.open_punten, *advies.melden_open_wegens):
        assert "beantwoord eerst" not in i.tekst.lower()
        in_pack = [b for b in REGELS[i.code].bronnen if b.seed in PACK_SEEDS]
        assert in_pack and all((b.seed, b.sectie) in SECTIES for b in in_pack), i.code


def test_elke_combinatie_van_afwegingen_nood_twijfel_en_aard() -> None:
    """4^5 answers × emergency × doubt about the next step × kind of unsafety × disclosure:
    32,768 casussen, each with the decision to report taken (so "take all steps first" can
    appear)."""
    for antwoorden in itertools.product(ANTWOORDEN, repeat=5):
        afw = {a: w for a, w in zip(AFWEGING_IDS, antwoorden, strict=True) if w}
        for nood, twijfel, aard, disclosure in itertools.product(
            (False, True),
            (False, True),
            (None, "acuut", "structureel", "beide"),
            (False, True),
        ):
            data: dict[str, Any] = {
                "afwegingen": afw,
                "noodsituatie": nood,
                "twijfel_aard_ernst": twijfel,
                "onveiligheid_aard": aard,
                "disclosure": disclosure,
                "beslissingen": {"melden": {"keuze": "ja"}},
            }
            casus = Casus.model_validate(data)
            _eigenschappen(casus, beoordeel(casus))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(casus_dicts())
def test_eigenschappen_gelden_voor_elke_casus(data: dict[str, Any]) -> None:
    casus = Casus.model_validate(data)
    _eigenschappen(casus, beoordeel(casus))
