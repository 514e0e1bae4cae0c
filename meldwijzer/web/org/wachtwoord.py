"""Password rules for organisation accounts: refuse what is easy to guess (issue 14, item 2).

A maintained strength estimator (zxcvbn) decides, not a list of character classes: it sees
through "Welkom2024!!" (a word, a year, punctuation). zxcvbn's own dictionaries are English,
so common Dutch password words are added as extra dictionary words, with the account's own
name. The message is Dutch; zxcvbn's English feedback is not shown.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from zxcvbn import zxcvbn

#: Common Dutch words in passwords (greetings, seasons, months, days, clubs, places, work).
NEDERLANDSE_WOORDEN = (
    "welkom wachtwoord geheim hallo hoi doei liefde schat lekker zomer winter lente herfst "
    "voorjaar najaar januari februari maart april mei juni juli augustus september oktober "
    "november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag voetbal "
    "ajax feyenoord psv oranje nederland holland amsterdam rotterdam utrecht denhaag "
    "eindhoven groningen tilburg almere breda nijmegen meldwijzer meldcode veilig thuis "
    "veiligthuis organisatie gemeente school zorg kind kinderen jeugd wijkteam huisarts "
    "kantoor werk collega inloggen toegang beginnen starten nieuw eerste tweede"
).split()

#: zxcvbn reads at most this many characters (its time grows with the length).
MAX_LENGTE = 100

TE_ZWAK = (
    "Dit wachtwoord is te makkelijk te raden, bijvoorbeeld een gewoon woord met een jaartal "
    "of leestekens. Kies een wachtzin van vier of meer losse woorden die niet bij elkaar "
    "horen."
)


class SterkWachtwoordValidator:
    """AUTH_PASSWORD_VALIDATORS entry: at least zxcvbn score `min_score` (4: more than about
    10^10 guesses)."""

    def __init__(self, min_score: int = 4) -> None:
        self.min_score = min_score

    def validate(self, password: str, user: object = None) -> None:
        eigen = [str(getattr(user, "username", "") or "")] if user is not None else []
        uitslag = zxcvbn(password[:MAX_LENGTE], user_inputs=[*NEDERLANDSE_WOORDEN, *eigen])
        if uitslag["score"] < self.min_score:
            raise ValidationError(TE_ZWAK, code="password_too_weak")

    def get_help_text(self) -> str:
        return "Kies een wachtzin van vier of meer losse woorden; geen woord met een jaartal."
