"""Sections 1 and 2.1–2.5 of docs/norm.md: every combination of the five afwegingen, and
what else changes the outcome (emergency, nature of the unsafety, relevance, closing,
re-weighing).
"""

from __future__ import annotations

import itertools

from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.normtabel.opmaak import (
    ACHTERGROND,
    ANTWOORDEN,
    KOP,
    TOON,
    codes_tekst,
    eerste_advies,
    ja_nee,
    sectie,
    tabel,
    uitkomst,
    vet_ja,
    voorbeeld,
)


def hoofdtabel_sectie() -> list[str]:
    uit = [
        "## 1. Every combination of the five afwegingen",
        "",
        "One table per answer on afweging 1 and 2; rows are the answers on afweging 3, 4 and 5 "
        "(`–` = not answered). Nothing else is set: no emergency, kind of unsafety not given, "
        "the relevance question of 2.2 Stap 5 not answered, age unknown. Section 2 shows what "
        "each of those changes. When all 64 rows of a table have the same outcome, it is shown "
        "once.",
        "",
    ]
    for v, o in itertools.product(ANTWOORDEN, ANTWOORDEN):
        uit += [f"### Afweging 1 {TOON[v]}, afweging 2 {TOON[o]}", ""]
        rijen = []
        for h, m, d in itertools.product(ANTWOORDEN, repeat=3):
            advies = beoordeel(voorbeeld((v, o, h, m, d)))
            rijen.append(
                [
                    TOON[h],
                    TOON[m],
                    TOON[d],
                    *uitkomst(advies),
                    codes_tekst(advies.adviezen, ACHTERGROND),
                ]
            )
        if all(r[3:] == rijen[0][3:] for r in rijen):
            rijen = [["alle", "alle", "alle", *rijen[0][3:]]]
        uit += tabel(KOP, rijen)
    return uit


def nood_sectie() -> list[str]:
    rijen = []
    for v, o in itertools.product(ANTWOORDEN, ANTWOORDEN):
        advies = beoordeel(voorbeeld((v, o, None, None, None), noodsituatie=True))
        rijen.append([TOON[v], TOON[o], *uitkomst(advies), f"`{advies.adviezen[0].code}`"])
    return sectie(
        "2.1 Emergency (`noodsituatie: true`)",
        "Afwegingen 3–5 not answered. An emergency makes a report necessary and never allows "
        "closing; its advice comes first.",
        ["1", "2", "melden", "hulp", "afsluiten", "waarom open", "eerste advies"],
        rijen,
    )


def aard_sectie() -> list[str]:
    rijen = []
    for o, aard, disclosure in itertools.product(
        ("ja", "twijfel", "nee"), (None, "acuut", "structureel", "beide"), (False, True)
    ):
        c = voorbeeld(
            ("ja", o, None, None, None),
            onveiligheid_aard=aard,
            disclosure=disclosure,
            beslissingen={"melden": {"keuze": "ja"}},
        )
        advies = beoordeel(c)
        rijen.append(
            [
                TOON[o],
                aard or "–",
                vet_ja(disclosure),
                vet_ja(advies.acuut),
                f"**{advies.beslissing_melden.value}**",
                f"`{eerste_advies(advies)}`",
                vet_ja("stappen_niet_gezet" in advies.open_codes()),
            ]
        )
    return sectie(
        "2.2 Acute, structural, both; disclosure",
        "Afweging 1 `ja`, afwegingen 3–5 not answered, decision to report taken, no steps "
        "recorded. `take all steps first` is the open point `stappen_niet_gezet`.",
        ["2", "aard", "disclosure", "acuut", "melden", "eerste advies", "take all steps first"],
        rijen,
    )


def relevantie_sectie() -> list[str]:
    rijen = []
    for gv, ah, rel in itertools.product((None, False, True), repeat=3):
        relevantie = {"gezinsvoogd": gv, "andere_hulp": ah, "relevant": rel}
        advies = beoordeel(voorbeeld(("ja", "nee", "ja", "ja", "ja"), relevantie=relevantie))
        norm = {
            "melden_noodzakelijk_relevant",
            "melden_aanbevolen_andere_hulp",
            "meldrecht",
            "hulp_mogelijk",
        }
        rijen.append(
            [
                TOON.get(ja_nee(gv), "–"),
                TOON.get(ja_nee(ah), "–"),
                TOON.get(ja_nee(rel), "–"),
                *uitkomst(advies)[:1],
                codes_tekst(advies.melden_open_wegens),
                codes_tekst(a for a in advies.adviezen if a.code in norm),
            ]
        )
    return sectie(
        "2.3 Help is possible: is a report relevant? (2.2 Stap 5; FAQ)",
        "Afweging 1 `ja`, 2 `nee`, 3–5 `ja`: help is possible. The norm then asks the "
        "seed's question of 2.2 Stap 5 (relevant although she can keep helping?), and the "
        "FAQ's two cases: a gezinsvoogd (must report) and other care in the family "
        "(recommended).",
        ["gezinsvoogd", "andere hulp", "relevant", "melden", "waarom open", "adviezen"],
        rijen,
    )


def afsluiten_sectie() -> list[str]:
    rijen = []
    for o, nood, twijfel in itertools.product(ANTWOORDEN, (False, True), (False, True)):
        advies = beoordeel(
            voorbeeld(("nee", o, None, None, None), noodsituatie=nood, twijfel_aard_ernst=twijfel)
        )
        rijen.append([TOON[o], vet_ja(nood), vet_ja(twijfel), *uitkomst(advies)])
    return sectie(
        "2.4 No suspicion (afweging 1 `nee`): when may the meldcode be closed?",
        "Closing is allowed only without doubt or `ja` on afweging 2, without an emergency and "
        "without doubt about the next step.",
        [
            "2",
            "noodsituatie",
            "twijfel over vervolgstap",
            "melden",
            "hulp",
            "afsluiten",
            "waarom open",
        ],
        rijen,
    )


def herwegingen_sectie() -> list[str]:
    gevallen = [
        ("ja", []),
        ("ja", ["ja"]),
        ("ja", ["ja", "nee"]),
        ("ja", ["nee", "ja"]),
        ("ja", ["twijfel"]),
        ("nee", ["ja"]),
    ]
    rijen = []
    for eerste, later in gevallen:
        herwegingen = [
            {"datum": f"2026-0{i + 1}-01", "antwoord": a, "motivatie": "m"}
            for i, a in enumerate(later)
        ]
        advies = beoordeel(
            voorbeeld(
                ("ja", "nee", "ja", "ja", eerste),
                herwegingen=herwegingen,
                relevantie={"relevant": False},
            )
        )
        rijen.append(
            [
                eerste,
                ", ".join(later) or "–",
                f"**{advies.beslissing_melden.value}**",
                advies.beslissing_hulp.value,
                str(len(advies.afweging5_historie)),
            ]
        )
    return sectie(
        "2.5 Afweging 5 re-weighed while help runs",
        "Afweging 1 `ja`, 2 `nee`, 3 and 4 `ja`, report judged not relevant. The norm follows "
        "the last re-weighing; the history keeps them all (`afweging5_historie`).",
        ["eerste weging", "herwegingen (in volgorde)", "melden", "hulp", "in historie"],
        rijen,
    )
