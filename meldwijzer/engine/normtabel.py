"""docs/norm.md, generated from the engine: the norm as a table a reviewer can check.

    python -m meldwijzer.engine.normtabel              # print the document
    python -m meldwijzer.engine.normtabel -o docs/norm.md
    python -m meldwijzer.engine.normtabel --check docs/norm.md   # exit 1 when it differs

Every row is computed by `beoordeel()` on a casus built from the row's answers; nothing in
the table is written by hand. The legend at the end gives, per code, the text and the seed
sections (with a verbatim quote) it rests on, from `regels.REGELS`.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import AFWEGING_IDS, Casus, Situatie, Vorm
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.regels import AFWEGING_NAMEN, REGELS

ANTWOORDEN: tuple[str | None, ...] = (None, "ja", "nee", "twijfel")
TOON = {None: "–", "ja": "ja", "nee": "nee", "twijfel": "twijfel"}


def _casus(antwoorden: Sequence[str | None], **data: Any) -> Casus:
    afw = {a: w for a, w in zip(AFWEGING_IDS, antwoorden, strict=True) if w}
    return Casus.model_validate({"afwegingen": afw, **data})


def _ja(waarde: bool) -> str:
    return "**ja**" if waarde else "nee"


def _codes(items: Iterable[Any], weg: frozenset[str] = frozenset()) -> str:
    """Codes in order; `afweging_open` and `motivatie_ontbreekt` name their afwegingen."""
    codes: dict[str, list[str]] = {}
    for i in items:
        if i.code in weg:
            continue
        welke = codes.setdefault(i.code, [])
        nummer = re.search(r"afweging (\d)", i.tekst)
        if i.code in _MET_NUMMER and nummer:
            welke.append(nummer.group(1))
    return ", ".join(f"`{c}` ({', '.join(n)})" if n else f"`{c}`" for c, n in codes.items()) or "–"


_MET_NUMMER = frozenset({"afweging_open", "motivatie_ontbreekt"})


def _uitkomst(advies: Advies) -> list[str]:
    return [
        f"**{advies.beslissing_melden.value}**",
        advies.beslissing_hulp.value,
        _ja(advies.meldcode_mag_afsluiten),
        _codes(advies.melden_open_wegens),
    ]


def _tabel(kop: Sequence[str], rijen: Iterable[Sequence[str]]) -> list[str]:
    regels = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    regels += ["| " + " | ".join(r) + " |" for r in rijen]
    return [*regels, ""]


#: Advice that depends only on age or the record, not on the answers: left out of the main
#: table (its own section below shows it).
_ACHTERGROND = frozenset({"gesprek_client", "gesprek_ouders", "gesprek_kind"})
_KOP = ["3", "4", "5", "melden", "hulp", "afsluiten", "waarom open", "adviezen"]


def _hoofdtabel() -> list[str]:
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
            advies = beoordeel(_casus((v, o, h, m, d)))
            rijen.append(
                [
                    TOON[h],
                    TOON[m],
                    TOON[d],
                    *_uitkomst(advies),
                    _codes(advies.adviezen, _ACHTERGROND),
                ]
            )
        if all(r[3:] == rijen[0][3:] for r in rijen):
            rijen = [["alle", "alle", "alle", *rijen[0][3:]]]
        uit += _tabel(_KOP, rijen)
    return uit


def _sectie(
    titel: str, uitleg: str, kop: Sequence[str], rijen: Iterable[Sequence[str]]
) -> list[str]:
    return [f"### {titel}", "", uitleg, "", *_tabel(kop, rijen)]


def _nood() -> list[str]:
    rijen = []
    for v, o in itertools.product(ANTWOORDEN, ANTWOORDEN):
        advies = beoordeel(_casus((v, o, None, None, None), noodsituatie=True))
        rijen.append([TOON[v], TOON[o], *_uitkomst(advies), f"`{advies.adviezen[0].code}`"])
    return _sectie(
        "2.1 Emergency (`noodsituatie: true`)",
        "Afwegingen 3–5 not answered. An emergency makes a report necessary and never allows "
        "closing; its advice comes first.",
        ["1", "2", "melden", "hulp", "afsluiten", "waarom open", "eerste advies"],
        rijen,
    )


def _aard() -> list[str]:
    rijen = []
    for o, aard, disclosure in itertools.product(
        ("ja", "twijfel", "nee"), (None, "acuut", "structureel", "beide"), (False, True)
    ):
        c = _casus(
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
                _ja(disclosure),
                _ja(advies.acuut),
                f"**{advies.beslissing_melden.value}**",
                f"`{_eerste(advies)}`",
                _ja("stappen_niet_gezet" in advies.open_codes()),
            ]
        )
    return _sectie(
        "2.2 Acute, structural, both; disclosure",
        "Afweging 1 `ja`, afwegingen 3–5 not answered, decision to report taken, no steps "
        "recorded. `take all steps first` is the open point `stappen_niet_gezet`.",
        ["2", "aard", "disclosure", "acuut", "melden", "eerste advies", "take all steps first"],
        rijen,
    )


def _eerste(advies: Advies) -> str:
    """The first advice that depends on the answers (not only on age)."""
    return next((a.code for a in advies.adviezen if a.code not in _ACHTERGROND), "–")


def _relevantie() -> list[str]:
    rijen = []
    for gv, ah, rel in itertools.product((None, False, True), repeat=3):
        relevantie = {"gezinsvoogd": gv, "andere_hulp": ah, "relevant": rel}
        advies = beoordeel(_casus(("ja", "nee", "ja", "ja", "ja"), relevantie=relevantie))
        norm = {
            "melden_noodzakelijk_relevant",
            "melden_aanbevolen_andere_hulp",
            "meldrecht",
            "hulp_mogelijk",
        }
        rijen.append(
            [
                TOON.get(_jn(gv), "–"),
                TOON.get(_jn(ah), "–"),
                TOON.get(_jn(rel), "–"),
                *_uitkomst(advies)[:1],
                _codes(advies.melden_open_wegens),
                _codes(a for a in advies.adviezen if a.code in norm),
            ]
        )
    return _sectie(
        "2.3 Help is possible: is a report relevant? (2.2 Stap 5; FAQ)",
        "Afweging 1 `ja`, 2 `nee`, 3–5 `ja`: help is possible. The norm then asks the "
        "seed's question of 2.2 Stap 5 (relevant although she can keep helping?), and the "
        "FAQ's two cases: a gezinsvoogd (must report) and other care in the family "
        "(recommended).",
        ["gezinsvoogd", "andere hulp", "relevant", "melden", "waarom open", "adviezen"],
        rijen,
    )


def _jn(waarde: bool | None) -> str | None:
    return None if waarde is None else ("ja" if waarde else "nee")


def _afsluiten() -> list[str]:
    rijen = []
    for o, nood, twijfel in itertools.product(ANTWOORDEN, (False, True), (False, True)):
        advies = beoordeel(
            _casus(("nee", o, None, None, None), noodsituatie=nood, twijfel_aard_ernst=twijfel)
        )
        rijen.append([TOON[o], _ja(nood), _ja(twijfel), *_uitkomst(advies)])
    return _sectie(
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


def _herwegingen() -> list[str]:
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
            _casus(
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
    return _sectie(
        "2.5 Afweging 5 re-weighed while help runs",
        "Afweging 1 `ja`, 2 `nee`, 3 and 4 `ja`, report judged not relevant. The norm follows "
        "the last re-weighing; the history keeps them all (`afweging5_historie`).",
        ["eerste weging", "herwegingen (in volgorde)", "melden", "hulp", "in historie"],
        rijen,
    )


def _leeftijden() -> list[str]:
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
            _casus(
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
                TOON.get(_jn(thuis), "–"),
                ", ".join(advies.bespreken_met),
                _codes(a for a in advies.adviezen if a.code in leeftijdscodes),
                _codes(p for p in advies.open_punten if p.code in leeftijdscodes),
            ]
        )
    return _sectie(
        "2.6 Age bands",
        "Afweging 1 and 2 `ja`. Age decides with whom a report is discussed (2.2 Stap 5, "
        "3.2 NB 1) and whether the kindcheck is asked.",
        ["leeftijd", "woont thuis", "bespreken met", "adviezen", "open punten"],
        rijen,
    )


def _positie() -> list[str]:
    rijen = []
    for afhankelijk, kinderen in itertools.product((None, False, True), ("onbekend", "nee", "ja")):
        advies = beoordeel(
            _casus(
                ("ja", "ja", None, None, None),
                client={"leeftijd": 40, "afhankelijk": afhankelijk},
                kindcheck={"kinderen": kinderen},
            )
        )
        codes = {"positie_meerderjarige", "positie_afhankelijke_client", "afhankelijkheid_onbekend"}
        rijen.append(
            [
                TOON.get(_jn(afhankelijk), "–"),
                kinderen,
                _codes(a for a in (*advies.adviezen, *advies.open_punten) if a.code in codes),
            ]
        )
    return _sectie(
        "2.7 Position of an adult client (3.3, 3.4)",
        "Client of 40, afweging 1 and 2 `ja` (a report is at stake).",
        ["afhankelijk", "minderjarige kinderen", "adviezen en open punten"],
        rijen,
    )


def _situaties() -> list[str]:
    rijen = []
    for situatie in Situatie:
        advies = beoordeel(_casus(("ja", "ja", None, None, None), situatie=situatie.value))
        rijen.append(
            [
                f"`{situatie.value}`",
                _ja(advies.binnen_meldcode),
                *_uitkomst(advies)[:3],
                _codes(advies.adviezen, _ACHTERGROND),
            ]
        )
    return _sectie(
        "2.8 Situations (scope, 1.3 and Bijlage 1b Stap 1)",
        "Afweging 1 and 2 `ja`.",
        ["situatie", "binnen meldcode", "melden", "hulp", "afsluiten", "adviezen"],
        rijen,
    )


def _vormen() -> list[str]:
    rijen = []
    for vorm in Vorm:
        for rol in (None, "slachtoffer"):
            advies = beoordeel(
                _casus(
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
                    _codes(advies.adviezen, _ACHTERGROND),
                    _ja("stappen_niet_gezet" in advies.open_codes()),
                    _ja("kindcheck" in advies.open_codes()),
                ]
            )
    for vlag in ("eenmalig_contact", "noodsituatie"):
        advies = beoordeel(
            _casus(
                ("ja", None, None, None, None),
                beslissingen={"melden": {"keuze": "ja"}},
                **{vlag: True},
            )
        )
        rijen.append(
            [
                f"`{vlag}`",
                "–",
                _codes(advies.adviezen, _ACHTERGROND),
                _ja("stappen_niet_gezet" in advies.open_codes()),
                _ja("kindcheck" in advies.open_codes()),
            ]
        )
    return _sectie(
        "2.9 Specific forms, one-off contact and the steps before deciding",
        "Client of 70, afweging 1 `ja`, decision to report taken, no steps recorded.",
        ["vorm", "rol cliënt", "adviezen", "take all steps first", "kindcheck gevraagd"],
        rijen,
    )


def _legenda() -> list[str]:
    uit = [
        "## 3. Codes, texts and the seed text they rest on",
        "",
        "Seeds: 000 Basisdocument, 001 Rijksoverheid/NJi, 002 BPSW meldcode 2018, 003 FAQ "
        "afwegingskadermeldcode.nl. Sections as the content pack names them; quotes are "
        "verbatim and checked against the pack by `tests/engine/test_bronnen.py`.",
        "",
    ]
    for code, regel in REGELS.items():
        uit += [f"### `{code}`", "", regel.tekst, ""]
        for naam, tekst in regel.varianten.items():
            uit.append(f"- variant `{naam}`: {tekst}")
        if regel.varianten:
            uit.append("")
        for b in regel.bronnen:
            citaat = f" — “{b.citaat}”" if b.citaat else ""
            uit.append(f"- {b.seed}, {b.sectie}{citaat}")
        if not regel.bronnen:
            uit.append(f"- {regel.bron}")
        uit.append("")
    return uit


#: Where the seeds leave room, the reading the engine implements and why (issue 12).
LEZINGEN: tuple[tuple[str, str], ...] = (
    (
        "An emergency makes a report necessary.",
        '3.4 Noodsituaties describes signals of "acuut en zodanig ernstig geweld dat uw cliënt '
        '... onmiddellijk moet worden beschermd" — the definition of acute unsafety (Bijlage 2: '
        '"Hij of zij heeft direct bescherming nodig"), which the norm says to report. The seed '
        'leaves the call to Veilig Thuis ("in hetzelfde gesprek een melding doen"); the '
        "engine states the norm, she decides.",
    ),
    (
        "Doubt on afweging 2 leaves beslissing 1 open, unless a help condition fails.",
        '2.2 Stap 4 asks to consult Veilig Thuis and weigh again; Bijlage 1b Stap 5 says "of '
        "twijfelt u er aan of u voldoende bescherming hiertegen kunt bieden: meld uw "
        'vermoeden", so a failing or doubtful condition 3–5 still makes a report necessary.',
    ),
    (
        "Acute means afweging 2 `ja` or `twijfel` with acute, both, or disclosure.",
        'Disclosure is "een specifieke vorm van acute onveiligheid", but its own questions ask '
        '"Gaat het over een situatie in het verleden ...? Is het kind ... nu veilig?": with '
        "afweging 2 `nee` she judged it not unsafe now. With doubt the immediate route is "
        "shown too: asking Veilig Thuis at once is what the seed advises in both cases.",
    ),
    (
        "Doubt about the next step (`twijfel_aard_ernst`) blocks closing.",
        '2.2 Stap 4: "bij twijfel over de vervolgstap moet altijd (opnieuw) advies worden '
        'gevraagd aan Veilig Thuis"; closing is a next step.',
    ),
    (
        "Help possible: the relevance of a report is asked, not assumed.",
        '2.2 Stap 5 gives no criteria for "relevant", so the engine asks the seed\'s own '
        "question and leaves beslissing 1 open until it is answered. The FAQ's two cases are "
        'kept apart as the FAQ words them: a gezinsvoogd — "Ja, ook dan moet er worden '
        'gemeld" (necessary); other care — "altijd aan te bevelen om te melden" (advice, '
        "not a necessity). DOMAIN.md's softer wording of the first is not followed.",
    ),
    (
        "Afweging 5 follows the last re-weighing recorded (list order, not date order).",
        "Bijlage 2 describes afweging 5 as a judgement made while help runs; the flow appends "
        "each re-weighing, so the last one recorded is the current judgement.",
    ),
    (
        "No kindcheck for the elderly victim of ouderenmishandeling (nor a minor client).",
        'Bijlage 1b Stap 1 asks "of er minderjarige kinderen aan zijn zorg zijn '
        'toevertrouwd" of clients whose condition may endanger children who depend on them; '
        '2.2 Kindcheck: "bij bepaalde volwassen cliënten". The seed\'s own elderly example '
        "(the widow of 68) has no such children. Every other adult, and an unknown age, keeps "
        "the kindcheck (Bijlage 2 Uitgangspunten).",
    ),
    (
        "The position of the client is advised for adults when a report is at stake.",
        '3.3 Positie van de cliënt is about "het besluit om de geheimhouding te doorbreken"; '
        "the self-determination advice is given only when no minor children are known "
        '(3.4: "meldingen waarbij uitsluitend meerderjarigen zijn betrokken").',
    ),
    (
        "Afweging 1 unanswered with a failing help condition: report necessary.",
        'The seeds order afweging 1–2 before 3–5 but say the steps "lopen ... vaak door elkaar '
        'heen" (Bijlage 2, Afweging 1); the engine keeps the safe reading of 001 ("Als hulp '
        "verlenen op basis van één van deze punten niet mogelijk is, is melden ... "
        'noodzakelijk") and asks for afweging 1 as an open point.',
    ),
    (
        '"Take all steps first" is lifted for acute unsafety, VGV and a one-off contact.',
        "2.2 Volgorde van de stappen asks all steps before deciding; 3.4 Noodsituaties "
        '("meteen"), 2.2 Specifieke vormen (VGV: "eventueel stappen over te slaan") and 2.1 '
        'Eenmalige contacten ("niet mogelijk is alle stappen ... te zetten") make exceptions.',
    ),
    (
        "112 is named beside Veilig Thuis when life is in danger.",
        'The seeds name the police (3.4: "de politie vragen om hulp te bieden"), not 112; '
        "the number is a product choice recorded in pack.yaml (`alarmnummer`).",
    ),
)


def _lezingen() -> list[str]:
    uit = ["## 0. Readings where the seeds leave room", ""]
    for nummer, (lezing, waarom) in enumerate(LEZINGEN, start=1):
        uit.append(f"{nummer}. **{lezing}** {waarom}")
    return [*uit, ""]


def document() -> str:
    """The whole of docs/norm.md."""
    namen = "; ".join(f"{i + 1} = {n}" for i, n in enumerate(AFWEGING_NAMEN.values()))
    delen = [
        "# The norm, as implemented",
        "",
        "<!-- Generated by `python -m meldwijzer.engine.normtabel -o docs/norm.md`; do not "
        "edit. CI fails when this file differs from the engine. -->",
        "",
        "What `meldwijzer/engine/norm.py` decides for every combination of answers. The "
        "professional decides; this is the professional norm the engine shows her. Columns: "
        "`melden` = beslissing 1 (is melden noodzakelijk?), `hulp` = beslissing 2 (is hulp "
        "(ook) mogelijk?), `afsluiten` = may the meldcode be closed, `waarom open` = the codes "
        "that say what is still open, `adviezen` = advice codes (their texts and sources are "
        "in section 3). Afwegingen: " + namen + ".",
        "",
        "Advice that depends only on the client's age (`gesprek_client`, `gesprek_ouders`, "
        "`gesprek_kind`) is left out of sections 1 and 2.1–2.5; section 2.6 shows it.",
        "",
        *_lezingen(),
        *_hoofdtabel(),
        "## 2. What else changes the outcome",
        "",
        *_nood(),
        *_aard(),
        *_relevantie(),
        *_afsluiten(),
        *_herwegingen(),
        *_leeftijden(),
        *_positie(),
        *_situaties(),
        *_vormen(),
        *_legenda(),
    ]
    return "\n".join(delen).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m meldwijzer.engine.normtabel")
    groep = parser.add_mutually_exclusive_group()
    groep.add_argument("-o", "--output", type=Path, help="write the document to this file")
    groep.add_argument("--check", type=Path, help="exit 1 when this file differs")
    args = parser.parse_args(argv)
    tekst = document()
    if args.check is not None:
        if not args.check.exists() or args.check.read_text(encoding="utf-8") != tekst:
            print(
                f"{args.check} is niet bijgewerkt: draai "
                "python -m meldwijzer.engine.normtabel -o docs/norm.md",
                file=sys.stderr,
            )
            return 1
        return 0
    if args.output is not None:
        args.output.write_text(tekst, encoding="utf-8")
        return 0
    sys.stdout.write(tekst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
