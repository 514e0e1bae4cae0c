"""The field spec of stap 1's plain fields (issue 18 item 2): the kindcheck, the children's own
view and who did the work. The signs, hypotheses and contra-indications stay code: their
soort decides what is asked and how the verslag groups them (Bijlage 1b stap 1)."""

from __future__ import annotations

from meldwijzer.engine.casus import Casus, JaNeeOnbekend
from meldwijzer.engine.norm_beslissingen import kindcheck_tonen, kinderen_betrokken
from meldwijzer.engine.veldspec import PaginaSpec, Soort, Veld, nooit


def _opsteller(casus: Casus) -> str:
    p = casus.professional
    return ", ".join(d for d in (p.functie, p.organisatie) if d) or (
        "functie en organisatie niet ingevuld"
    )


def _beslisser(casus: Casus) -> str:
    return casus.professional.beslisser or "de opsteller zelf (geen andere functie vastgelegd)"


STAP1 = PaginaSpec(
    id="stap1",
    velden=(
        # Bijlage 2 / BPSW 2.2 stap 1: are there minor children in the client's care?
        Veld(
            "kc_kinderen",
            "kindcheck.kinderen",
            Soort.KEUZE,
            "Zijn er minderjarige kinderen die van de cliënt afhankelijk zijn?",
            keuzes=JaNeeOnbekend,
            standaard=JaNeeOnbekend.ONBEKEND,
            verslag="Minderjarige kinderen in de zorg van de cliënt",
            groep="kindcheck",
            tonen=kindcheck_tonen,
            inline=True,
        ),
        Veld(
            "kc_aantal",
            "kindcheck.aantal",
            Soort.GETAL,
            "Aantal kinderen",
            grenzen=(0, 30),
            verslag="Aantal",
            groep="kindcheck",
            tonen=kindcheck_tonen,
            naast=True,
        ),
        Veld(
            "kc_leeftijden",
            "kindcheck.leeftijden",
            Soort.GETALLEN,
            "Leeftijden",
            hulp="Gescheiden door komma’s, bijv. 3, 7.",
            max_lengte=120,
            groep="kindcheck",
            tonen=kindcheck_tonen,
            naast=True,
        ),
        Veld(
            "kc_gedeelde_zorg",
            "kindcheck.gedeelde_zorg",
            Soort.KEUZE,
            "Deelt de cliënt de zorg met een (ex-)partner of andere volwassene?",
            keuzes=JaNeeOnbekend,
            standaard=JaNeeOnbekend.ONBEKEND,
            verslag="Zorg gedeeld met (ex-)partner of andere volwassene",
            groep="kindcheck",
            tonen=kindcheck_tonen,
            inline=True,
        ),
        Veld(
            "kc_toelichting",
            "kindcheck.toelichting",
            Soort.TEKST,
            "Toelichting kindcheck",
            rijen=2,
            verslag="Toelichting",
            verslag_leeg=False,
            groep="kindcheck",
            tonen=kindcheck_tonen,
            schrijfcheck=True,
        ),
        Veld(
            "kc_datum",
            "kindcheck.datum",
            Soort.DATUM,
            "Datum kindcheck",
            verslag="Datum",
            groep="kindcheck",
            tonen=kindcheck_tonen,
        ),
        Veld(
            "visie_kinderen",
            "visie_kinderen",
            Soort.TEKST,
            "De visie van de kinderen zelf, en hoe u die meeweegt",
            rijen=3,
            verslag="Visie van de kinderen",
            groep="visie",
            tonen=kinderen_betrokken,
            schrijfcheck=True,
        ),
        # Who did the work (issue 13 item 7): optional, no names; kept with the casus.
        Veld(
            "prof_functie",
            "professional.functie",
            Soort.KORT,
            "Uw functie",
            hulp="Bijvoorbeeld ‘jeugdverpleegkundige’ of ‘mentor’. Geen naam.",
            verslag="Opgesteld door",
            verslag_waarde=_opsteller,
            groep="wie",
            naast=True,
        ),
        Veld(
            "prof_organisatie",
            "professional.organisatie",
            Soort.KORT,
            "Uw organisatie",
            hulp="Bijvoorbeeld de naam van uw school.",
            groep="wie",
            naast=True,
            in_verslag=nooit,  # printed with the function: "Opgesteld door"
        ),
        Veld(
            "prof_beslisser",
            "professional.beslisser",
            Soort.KORT,
            "Wie beslist in stap 5 over melden, als dat niet uzelf bent?",
            hulp="De functie die uw meldcode daarvoor noemt, bijvoorbeeld ‘directeur’. "
            "Leeg: u beslist zelf.",
            verslag="Beslist over melden (stap 5)",
            verslag_waarde=_beslisser,
            groep="wie",
        ),
    ),
)
