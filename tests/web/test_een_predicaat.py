"""The web and the verslag ask the engine, not a copy of it (issue 18 item 1).

"Is a report on the table?" opens stap 5's part on the report and offers the draft for
Veilig Thuis; "is there doubt?" shows the advice to call Veilig Thuis. Both come from
`engine.norm_beslissingen`, so the screen, the downloads and the norm cannot disagree.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client

from meldwijzer.engine.casus import Casus, Herweging
from meldwijzer.engine.norm_beslissingen import melding_aan_de_orde, twijfel
from meldwijzer.web.flow.selectors import advies_voor, verslag_formaten
from meldwijzer.web.flow.store import Geladen, staat_maken

NORMEN = {
    "noodzakelijk": {"vermoeden": "ja", "onveiligheid": "ja"},
    "niet_noodzakelijk": {"vermoeden": "nee"},
    "open": {"vermoeden": "ja"},
}


def _pagina(client: Client, pad: str, casus: Casus) -> str:
    staat = staat_maken(Geladen(casus=casus, sleutel="k", rev=1))
    return client.post(pad, {"staat": staat, "pagina": "x"}).content.decode()


@pytest.mark.parametrize("norm", sorted(NORMEN))
@pytest.mark.parametrize("keuze", [None, "ja", "nee"])
def test_concept_en_stap5_volgen_het_ene_antwoord_van_de_engine(
    client: Client, norm: str, keuze: str | None
) -> None:
    casus = Casus.model_validate(
        {"afwegingen": NORMEN[norm], "beslissingen": {"melden": {"keuze": keuze, "reden": "r"}}}
    )
    advies = advies_voor(casus)
    aan_de_orde = melding_aan_de_orde(casus, advies.beslissing_melden)
    assert aan_de_orde == (keuze == "ja" or norm == "noodzakelijk")
    assert ("concept" in dict((f, n) for n, f in verslag_formaten(casus, advies))) == aan_de_orde
    stap5 = _pagina(client, "/stap/5/", casus)
    open_blok = re.search(r'id="rond-melding"[^>]*\bopen\b', stap5) is not None
    assert open_blok == aan_de_orde


def test_twijfel_volgt_de_laatste_weging_van_afweging_5(client: Client) -> None:
    """Bijlage 2, afweging 5: the norm follows the latest weighing; so does the advice to
    call Veilig Thuis when in doubt. A first 'twijfel' re-weighed as 'ja' is doubt no more."""
    eerst = Casus.model_validate({"afwegingen": {"duurzame_veiligheid": "twijfel"}})
    later = eerst.model_copy(update={"herwegingen": [Herweging(antwoord="ja", motivatie="m")]})
    assert twijfel(eerst) and not twijfel(later)
    assert "<strong>Twijfelt u?</strong>" in _pagina(client, "/stap/1/", eerst)
    assert "<strong>Twijfelt u?</strong>" not in _pagina(client, "/stap/1/", later)
