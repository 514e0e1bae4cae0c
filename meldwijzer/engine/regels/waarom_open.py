"""Why a decision is still open (`Advies.melden_open_wegens`).

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import VEILIG_THUIS, Regel, faq, v

REGELS_WAAROM_OPEN: dict[str, Regel] = {
    "twijfel_onveiligheid": Regel(
        "U twijfelt of er acute of structurele onveiligheid is. De beslissing over melden is "
        "dan nog niet genomen en u sluit de meldcode niet af. Raadpleeg Veilig Thuis ("
        + VEILIG_THUIS
        + ") en weeg afweging 2 daarna opnieuw.",
        ernst=Ernst.DRINGEND,
        stap=4,
        bronnen=(
            v(
                "002",
                "2.2, Stap 4: Wegen van het geweld of de kindermishandeling",
                "moet altijd (opnieuw) advies worden gevraagd aan Veilig Thuis",
            ),
            v("002", "Bijlage 1b, Stap 4", "Raadpleeg in geval van twijfel altijd (opnieuw)"),
        ),
    ),
    "twijfel_vermoeden": Regel(
        "U twijfelt of er een vermoeden is van huiselijk geweld of kindermishandeling. "
        "Raadpleeg Veilig Thuis (" + VEILIG_THUIS + ") en weeg afweging 1 daarna opnieuw.",
        ernst=Ernst.LET_OP,
        stap=4,
        bronnen=(
            v("002", "Bijlage 1b, Stap 4", "Raadpleeg in geval van twijfel altijd (opnieuw)"),
        ),
    ),
    "melding_relevant_open": Regel(
        "Hulp is mogelijk en er is geen acute of structurele onveiligheid. Beantwoord nog: is "
        "een melding bij Veilig Thuis relevant, ook al kunt u zelf hulp blijven bieden? Is er "
        "een gezinsvoogd, dan moet u melden. Is er al andere hulp, dan is melden aan te "
        "bevelen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 5",
                "maar een melding bij Veilig Thuis relevant is – zal er een melding worden gedaan",
            ),
            faq(
                "Moet ik ook melden als er al een gezinsvoogd in het gezin is?",
                "Ja, ook dan moet er worden gemeld bij Veilig Thuis.",
            ),
        ),
    ),
    "geen_hulpbeslissing": Regel(
        "U heeft geen vermoeden van huiselijk geweld of kindermishandeling. De beslissing over "
        "hulp is dan niet aan de orde.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik op basis van de stappen 1 tot en met 4",
                "In alle stappen van de meldcode is het mogelijk deze af te sluiten.",
            ),
        ),
    ),
}
