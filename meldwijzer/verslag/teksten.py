"""Dutch labels and date formatting for the verslag.

The question texts here are only a fallback for when no content pack can be loaded; normally
the verslag takes them from the pack, so it quotes exactly what the professional was shown.
Fallback texts are quoted from `seeds/002_...` (Bijlage 1b, stap 1-5; hoofdstuk 3.3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from meldwijzer.engine.advies import AdviesItem

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

ONBEKEND = "niet vastgelegd"

try:
    #: Times are shown as a Dutch reader expects them: Dutch local time.
    TIJDZONE: dt.tzinfo | None = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # no tz database on this machine: keep the recorded offset
    TIJDZONE = None


def nu() -> dt.datetime:
    """Now, in Dutch local time when the tz database is available."""
    return dt.datetime.now(TIJDZONE).replace(microsecond=0)


def datum(waarde: dt.date | dt.datetime | None) -> str:
    """Dutch long date ("3 maart 2026"); a datetime also gets its time ("3 maart 2026, 14:05")."""
    if waarde is None:
        return "geen datum"
    if isinstance(waarde, dt.datetime) and waarde.tzinfo is not None and TIJDZONE is not None:
        waarde = waarde.astimezone(TIJDZONE)
    tekst = f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"
    if isinstance(waarde, dt.datetime):
        tekst += f", {waarde.hour:02d}:{waarde.minute:02d}"
    return tekst


def ja_nee(waarde: bool | None) -> str:
    if waarde is None:
        return ONBEKEND
    return "ja" if waarde else "nee"


# The labels of the casus' choices (situatie, vorm, rol, ...) live in one place only:
# meldwijzer.engine.labels, shared with the screen.

# The norm's words (beslissing 1 and 2) live in meldwijzer.engine.labels too; an open
# decision is followed by what is open (Advies.melden_open_wegens, issue 12).

STAP_STATUS = {"gedaan": "gedaan", "open": "nog open", "overgeslagen": "overgeslagen"}

#: Fallback step titles (seeds/002_..., Bijlage 1b).
STAP_TITELS = {
    1: "In kaart brengen van signalen",
    2: "Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het "
    "gebied van letselduiding",
    3: "Gesprek met de cliënt",
    4: "Weeg de aard en de ernst van het huiselijk geweld of de kindermishandeling",
    5: "Beslissen: is melden noodzakelijk en vervolgens is hulpverlening (ook) mogelijk?",
}

#: Fallback afweging questions (seeds/002_..., Bijlage 1b stap 4 en 5).
AFWEGING_VRAGEN = {
    "vermoeden": "Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van "
    "of is er sprake van huiselijk geweld en/of kindermishandeling?",
    "onveiligheid": "Heb ik een vermoeden van of is er sprake van acute of structurele "
    "onveiligheid?",
    "hulp_bieden": "Ben ik in staat effectieve (passende) hulp te bieden of organiseren?",
    "medewerking": "Werken de betrokkenen mee aan de geboden of georganiseerde hulp?",
    "duurzame_veiligheid": "Leidt deze hulp tot duurzame veiligheid?",
}

#: Fallback questions of the conflict of duties (seeds/002_..., hoofdstuk 3.3).
CONFLICT_VRAGEN = {
    "gewichtige_belangen": "Kan ik door te spreken zwaarwegende belangen van mijn cliënt of van "
    "zijn kinderen behartigen?",
    "andere_weg": "Is er een andere mogelijkheid om ditzelfde doel te bereiken zonder dat ik mijn "
    "beroepsgeheim hoef te verbreken?",
    "waarom_geen_toestemming": "Waarom is het niet mogelijk om toestemming van de cliënt te vragen "
    "of te krijgen voor het bespreken van zijn situatie met iemand die hem kan helpen?",
    "belangen_afgewogen": "Zijn de belangen van de cliënt die ik wil dienen met mijn spreken zo "
    "zwaar dat deze naar mijn oordeel opwegen tegen de belangen die de cliënt heeft bij mijn "
    "zwijgen?",
    "welke_informatie_aan_wie": "Als ik besluit om te spreken, aan wie moet ik dan welke "
    "informatie "
    "verstrekken, zodat het geweld of de mishandeling effectief kan worden aangepakt?",
}
CONFLICT_GERAADPLEEGD = "Wie heb ik vooraf geraadpleegd?"


def norm_tekst(basis: str, wegens: Sequence[AdviesItem]) -> str:
    """The norm of a decision; when open, what is open and why, in the engine's words
    (issue 12 finding 4: never a false "niet alle afwegingen zijn beantwoord")."""
    if not wegens:
        return basis
    return f"{basis}: " + " ".join(i.tekst for i in wegens)
