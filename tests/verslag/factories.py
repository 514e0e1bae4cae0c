"""Shared casus fixtures: a full casus with every step recorded, and an empty one.

Other suites may import these (`from tests.verslag.factories import volle_casus`). The texts
are invented for testing and contain Dutch diacritics on purpose ("één", "geëmigreerd",
"café", "cliënt", "€").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from meldwijzer.engine.casus import Casus

DATUM = dt.date(2026, 3, 2)

#: Phrases that must survive every format unchanged.
DIAKRITISCHE_WOORDEN = ("één", "geëmigreerd", "café", "cliënt", "ruïne", "€ 25")


def _dag(n: int) -> str:
    return (DATUM + dt.timedelta(days=n)).isoformat()


def signaal_teksten() -> list[tuple[str, dict[str, Any]]]:
    """30 signs: 12 observations, 9 hypotheses, 9 from third parties; each text unique."""
    signalen: list[tuple[str, dict[str, Any]]] = []
    for i in range(12):
        tekst = (
            f"Observatie {i + 1:02d}: moeder kwam om 08.{10 + i} uur zonder jas naar het café "
            f"op de hoek; ik zag één blauwe plek van ongeveer 3 cm op de linkeronderarm."
        )
        signalen.append(("observatie", {"tekst": tekst, "oudersignaal": i in (0, 1)}))
    statussen = ["open", "bevestigd", "weerlegd"]
    for i in range(9):
        tekst = (
            f"Hypothese {i + 1:02d}: mogelijk is de vader geëmigreerd en zorgt de cliënt "
            f"alleen voor de kinderen; dit is een aanname van mij."
        )
        status = statussen[i % 3]
        vervolg = (
            "" if status == "open" else f"Vervolg {i + 1:02d}: navraag bij de cliënt op dag {i}."
        )
        signalen.append(("hypothese", {"tekst": tekst, "status": status, "vervolg": vervolg}))
    for i in range(9):
        tekst = (
            f"Derden {i + 1:02d}: de buurvrouw hoorde 's nachts geschreeuw en het geluid van "
            f"brekend glas; het huis leek een ruïne, er lag een rekening van € 25."
        )
        bron = f"buurvrouw (bron {i + 1:02d})" if i != 8 else ""
        signalen.append(("derden", {"tekst": tekst, "bron": bron, "oudersignaal": i == 0}))
    return signalen


def volle_casus_data() -> dict[str, Any]:
    signalen = [
        {"id": f"s{n}", "soort": soort, "datum": _dag(n % 20), **velden}
        for n, (soort, velden) in enumerate(signaal_teksten(), start=1)
    ]
    consultaties = [
        {
            "id": f"c{n}",
            "met": met,
            "wie": wie,
            "datum": _dag(20 + n),
            "vraag": f"Consultatievraag {n}: hoe weeg ik de signalen van één week?",
            "advies": f"Consultatieadvies {n}: leg de observaties concreet vast en bespreek ze.",
        }
        for n, (met, wie) in enumerate(
            [
                ("aandachtsfunctionaris", "aandachtsfunctionaris team Noord"),
                ("collega", "gedragswetenschapper"),
                ("veilig_thuis", "adviseur Veilig Thuis"),
                ("letselduiding", "forensisch arts"),
                ("deskundige", "deskundige eergerelateerd geweld"),
            ],
            start=1,
        )
    ]
    motivatie = "Motivatie {n}: op basis van de signalen en de consultaties; één keer herhaald."
    return {
        "formaat": 1,
        "label": "Casus café-één",
        "aangemaakt": "2026-03-01T09:15:00+01:00",
        "gewijzigd": "2026-03-30T16:40:00+02:00",
        "content_pack": "bpsw@2018.1",
        "situatie": "huiselijke_kring",
        "scope_toelichting": "Partnergeweld in het gezin; de cliënt is de moeder.",
        "client": {"leeftijd": 34, "woont_thuis": True, "rol": "slachtoffer"},
        "vormen": ["eergerelateerd"],
        "noodsituatie": False,
        "eenmalig_contact": False,
        "twijfel_aard_ernst": True,
        "signalen": signalen,
        "contra_indicaties": [
            {
                "id": "x1",
                "tekst": "Contra 1: de kinderen komen verzorgd en op tijd op school.",
                "datum": _dag(3),
            },
            {
                "id": "x2",
                "tekst": "Contra 2: de cliënt zoekt zelf hulp bij het wijkteam.",
                "datum": _dag(5),
            },
        ],
        "kindcheck": {
            "kinderen": "ja",
            "aantal": 2,
            "leeftijden": [4, 9],
            "gedeelde_zorg": "nee",
            "toelichting": "Kindcheck: de kinderen wonen bij de cliënt.",
            "datum": _dag(1),
        },
        "visie_kinderen": "Visie: de oudste (9) zegt dat het thuis 'soms eng' is.",
        "consultaties": consultaties,
        "gesprekken": [
            {
                "id": "g1",
                "met": "client",
                "datum": _dag(26),
                "inhoud": "Gesprek 1: de feiten en observaties voorgelegd.",
                "reactie": "Reactie 1: de cliënt herkent de zorgen, ontkent geweld.",
            },
            {
                "id": "g2",
                "met": "ouders",
                "datum": _dag(27),
                "inhoud": "Gesprek 2: met beide ouders de zorgen besproken.",
                "reactie": "Reactie 2: vader wil geen hulp.",
            },
        ],
        "verwijsindex": {
            "aangesloten": True,
            "overwogen": "Verwijsindex: registratie gedaan op dag 27.",
        },
        "weging_notitie": "Weging: risicotaxatie met het instrument van de organisatie; "
        "hoog risico.",
        "afwegingen": {
            naam: {"antwoord": antwoord, "motivatie": motivatie.format(n=n)}
            for n, (naam, antwoord) in enumerate(
                [
                    ("vermoeden", "ja"),
                    ("onveiligheid", "ja"),
                    ("hulp_bieden", "ja"),
                    ("medewerking", "twijfel"),
                    ("duurzame_veiligheid", "nee"),
                ],
                start=1,
            )
        },
        "beslissingen": {
            "melden": {"keuze": "ja", "reden": "Reden melden: acute onveiligheid."},
            "hulp": {
                "keuze": "ja",
                "reden": "Reden hulp: afwijking, ik blijf de moeder begeleiden.",
            },
        },
        "melding": {
            "besproken": True,
            "besproken_met": ["client", "ouders"],
            "reactie": "Reactie melding: de cliënt is boos maar begrijpt het.",
            "toestemming": "geweigerd",
            "bezwaren": "Bezwaar: de cliënt vreest dat de kinderen uit huis worden geplaatst.",
            "weging_bezwaren": "Weging bezwaar: de veiligheid van de kinderen gaat voor.",
            "conflict_van_plichten": {
                "gewichtige_belangen": "CvP 1: ja, de veiligheid van de kinderen.",
                "andere_weg": "CvP 2: nee, hulp alleen is onvoldoende.",
                "waarom_geen_toestemming": "CvP 3: de cliënt weigert.",
                "belangen_afgewogen": "CvP 4: de belangen van de kinderen wegen zwaarder.",
                "welke_informatie_aan_wie": "CvP 5: alleen de feiten aan Veilig Thuis.",
                "geraadpleegd": "CvP 6: aandachtsfunctionaris en Veilig Thuis.",
            },
            "anoniem_naar_gezin": True,
            "anoniem_reden": "Anoniem: de vader heeft eerder gedreigd.",
            "datum": _dag(28),
            "afspraken_veilig_thuis": "Afspraken: ik blijf wekelijks op huisbezoek.",
        },
        "overgeslagen": {},
        "afgesloten": {"datum": _dag(40), "reden": "Afsluiting: overgedragen aan Veilig Thuis."},
    }


def volle_casus() -> Casus:
    return Casus.model_validate(volle_casus_data())


def lege_casus() -> Casus:
    return Casus()


def verwachte_teksten(casus: Casus) -> list[str]:
    """Every recorded free text that a verslag must show (in any format)."""
    teksten = [s.tekst for s in casus.signalen]
    teksten += [s.vervolg for s in casus.signalen if s.vervolg]
    teksten += [s.bron for s in casus.signalen if s.bron]
    teksten += [c.tekst for c in casus.contra_indicaties]
    for c in casus.consultaties:
        teksten += [c.vraag, c.advies, c.wie]
    for g in casus.gesprekken:
        teksten += [g.inhoud, g.reactie]
    for naam in ("vermoeden", "onveiligheid", "hulp_bieden", "medewerking", "duurzame_veiligheid"):
        teksten.append(getattr(casus.afwegingen, naam).motivatie)
    teksten += [casus.beslissingen.melden.reden, casus.beslissingen.hulp.reden]
    m = casus.melding
    teksten += [m.reactie, m.bezwaren, m.weging_bezwaren, m.anoniem_reden, m.afspraken_veilig_thuis]
    teksten += list(m.conflict_van_plichten.model_dump().values())
    teksten += [casus.kindcheck.toelichting, casus.visie_kinderen, casus.weging_notitie]
    teksten += [casus.scope_toelichting, casus.verwijsindex.overwogen]
    if casus.afgesloten is not None:
        teksten.append(casus.afgesloten.reden)
    return [t for t in teksten if t]
