"""Sections 2.6–2.9 of docs/norm.md: the client's age and position, situations outside the
meldcode, and the specific forms of geweld.
"""

from __future__ import annotations

import itertools

from meldwijzer.engine.casus import Situatie, Vorm
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.normtabel.opmaak import (
    ACHTERGROND,
    TOON,
    codes_tekst,
    ja_nee,
    sectie,
    uitkomst,
    vet_ja,
    voorbeeld,
)


def leeftijden_sectie() -> list[str]:
    gevallen: list[tuple[int | None, bool | None]] = [
        (None, None),
        (5, None),
        (11, None),
        (12, None),
        (15, False),
        (16, None),
        (16, True),
        (16, False),
        (17, True),
        (18, True),
        (68, None),
    ]
    rijen = []
    for leeftijd, thuis in gevallen:
        advies = beoordeel(
            voorbeeld(
                ("ja", "ja", None, None, None), client={"leeftijd": leeftijd, "woont_thuis": thuis}
            )
        )
        leeftijdscodes = {
            "gesprek_client",
            "gesprek_ouders",
            "gesprek_kind",
            "kindcheck",
            "leeftijd_onbekend",
            "woonsituatie_onbekend",
            "visie_kinderen",
            "afhankelijkheid_onbekend",
        }
        rijen.append(
            [
                "–" if leeftijd is None else str(leeftijd),
                TOON.get(ja_nee(thuis), "–"),
                ", ".join(advies.bespreken_met),
                codes_tekst(a for a in advies.adviezen if a.code in leeftijdscodes),
                codes_tekst(p for p in advies.open_punten if p.code in leeftijdscodes),
            ]
        )
    return sectie(
        "2.6 Age bands",
        "Afweging 1 and 2 `ja`. Age decides with whom a report is discussed (2.2 Stap 5, "
        "3.2 NB 1) and whether the kindcheck is asked.",
        ["leeftijd", "woont thuis", "bespreken met", "adviezen", "open punten"],
        rijen,
    )


def positie_sectie() -> list[str]:
    rijen = []
    for afhankelijk, kinderen in itertools.product((None, False, True), ("onbekend", "nee", "ja")):
        advies = beoordeel(
            voorbeeld(
                ("ja", "ja", None, None, None),
                client={"leeftijd": 40, "afhankelijk": afhankelijk},
                kindcheck={"kinderen": kinderen},
            )
        )
        codes = {"positie_meerderjarige", "positie_afhankelijke_client", "afhankelijkheid_onbekend"}
        rijen.append(
            [
                TOON.get(ja_nee(afhankelijk), "–"),
                kinderen,
                codes_tekst(a for a in (*advies.adviezen, *advies.open_punten) if a.code in codes),
            ]
        )
    return sectie(
        "2.7 Position of an adult client (3.3, 3.4)",
        "Client of 40, afweging 1 and 2 `ja` (a report is at stake).",
        ["afhankelijk", "minderjarige kinderen", "adviezen en open punten"],
        rijen,
    )


def situaties_sectie() -> list[str]:
    rijen = []
    for situatie in Situatie:
        advies = beoordeel(voorbeeld(("ja", "ja", None, None, None), situatie=situatie.value))
        rijen.append(
            [
                f"`{situatie.value}`",
                vet_ja(advies.binnen_meldcode),
                *uitkomst(advies)[:3],
                codes_tekst(advies.adviezen, ACHTERGROND),
            ]
        )
    return sectie(
        "2.8 Situations (scope, 1.3 and Bijlage 1b Stap 1)",
        "Afweging 1 and 2 `ja`.",
        ["situatie", "binnen meldcode", "melden", "hulp", "afsluiten", "adviezen"],
        rijen,
    )


def vormen_sectie() -> list[str]:
    rijen = []
    for vorm in Vorm:
        for rol in (None, "slachtoffer"):
            advies = beoordeel(
                voorbeeld(
                    ("ja", None, None, None, None),
                    vormen=[vorm.value],
                    client={"leeftijd": 70, "rol": rol},
                    beslissingen={"melden": {"keuze": "ja"}},
                )
            )
            rijen.append(
                [
                    f"`{vorm.value}`",
                    rol or "–",
                    codes_tekst(advies.adviezen, ACHTERGROND),
                    vet_ja("stappen_niet_gezet" in advies.open_codes()),
                    vet_ja("kindcheck" in advies.open_codes()),
                ]
            )
    for vlag in ("eenmalig_contact", "noodsituatie"):
        advies = beoordeel(
            voorbeeld(
                ("ja", None, None, None, None),
                beslissingen={"melden": {"keuze": "ja"}},
                **{vlag: True},
            )
        )
        rijen.append(
            [
                f"`{vlag}`",
                "–",
                codes_tekst(advies.adviezen, ACHTERGROND),
                vet_ja("stappen_niet_gezet" in advies.open_codes()),
                vet_ja("kindcheck" in advies.open_codes()),
            ]
        )
    return sectie(
        "2.9 Specific forms, one-off contact and the steps before deciding",
        "Client of 70, afweging 1 `ja`, decision to report taken, no steps recorded.",
        ["vorm", "rol cliënt", "adviezen", "take all steps first", "kindcheck gevraagd"],
        rijen,
    )
