"""Sections 0 and 3 of docs/norm.md: the readings where the seeds leave room, and every code
with its text and the seed text it rests on.
"""

from __future__ import annotations

from meldwijzer.engine.regels import REGELS


def legenda_sectie() -> list[str]:
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


def lezingen_sectie() -> list[str]:
    uit = ["## 0. Readings where the seeds leave room", ""]
    for nummer, (lezing, waarom) in enumerate(LEZINGEN, start=1):
        uit.append(f"{nummer}. **{lezing}** {waarom}")
    return [*uit, ""]
