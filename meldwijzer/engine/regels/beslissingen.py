"""Advice on the two decisions of step 5: is melden noodzakelijk, is hulp (ook) mogelijk.

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import Regel, faq, v

REGELS_BESLISSINGEN: dict[str, Regel] = {
    "melden_noodzakelijk_onveiligheid": Regel(
        "Er is (een vermoeden van) acute of structurele onveiligheid. De beroepsnorm is: "
        "melden bij Veilig Thuis is noodzakelijk.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik een vermoeden van of is er sprake van acute of "
                "structurele onveiligheid?",
                "Heb ik een vermoeden van of is er sprake van acute of structurele onveiligheid?",
            ),
            v(
                "002",
                "2.2, Stap 4, De toepassing van het afwegingskader",
                "Het afwegingskader geeft de professionele norm weer",
            ),
            v(
                "001",
                "Aangepaste meldcode",
                "Melden is noodzakelijk als er sprake is van acute of structurele onveiligheid.",
            ),
        ),
    ),
    "melden_noodzakelijk_hulp": Regel(
        "Niet alle drie voorwaarden voor hulp zijn (zeker) vervuld: effectieve hulp, "
        "medewerking en duurzame veiligheid. De beroepsnorm is: melden bij Veilig Thuis is "
        "noodzakelijk. Twijfelt u of u de cliënt voldoende kunt beschermen, meld dan ook.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 5: Beslissen, Melden en bespreken met de cliënt",
                "twijfelt u er aan of u voldoende bescherming hiertegen kunt bieden",
            ),
            v(
                "001",
                "Aangepaste meldcode",
                "Als hulp verlenen op basis van één van deze punten niet mogelijk is, is melden "
                "bij Veilig Thuis noodzakelijk.",
            ),
        ),
    ),
    "melden_noodzakelijk_relevant": Regel(
        "U kunt zelf hulp blijven bieden, maar een melding bij Veilig Thuis is relevant. Dan "
        "wordt er gemeld: melden is noodzakelijk.",
        ernst=Ernst.DRINGEND,
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
        varianten={
            "gezinsvoogd": "Er is een gezinsvoogd in het gezin. Ook dan moet er worden gemeld "
            "bij Veilig Thuis: iedere professional maakt een eigen afweging, ongeacht welke "
            "andere hulpverleners betrokken zijn. Melden is noodzakelijk.",
            "relevant": "U kunt zelf hulp blijven bieden, maar u vindt een melding bij Veilig "
            "Thuis relevant. Dan wordt er gemeld: melden is noodzakelijk.",
        },
    ),
    "melden_aanbevolen_andere_hulp": Regel(
        "Er is al andere hulp in het gezin. Heeft u zorgen of vermoedens, dan is melden altijd "
        "aan te bevelen, juist ook dan: het register van Veilig Thuis krijgt pas kracht als er "
        "meer meldingen over een gezin komen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            faq(
                "Moet ik melden als er al (meerdere vormen van) hulpverlening in het gezin is?",
                "Júist ook als er al hulpverlening in het gezin zit.",
            ),
        ),
    ),
    "melden_en_hulp": Regel(
        "Melden en hulp verlenen sluiten elkaar niet uit. Spreek met Veilig Thuis af wat u "
        "zelf blijft doen.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Wat is een afwegingskader en wat is de bedoeling ervan?",
                "naast melden bij Veilig Thuis tegelijkertijd zelf hulp kan (blijven) bieden",
            ),
            v("000", "Afwegingskader", "De keuze tussen hulpverlenen óf melden in stap 5 vervalt."),
        ),
    ),
    "meldrecht": Regel(
        "Volgens de beroepsnorm is melden niet noodzakelijk. U mag altijd melden (meldrecht), "
        "ook als collega's er anders over denken.",
        stap=5,
        bronnen=(
            v(
                "002",
                "3.4, Wettelijk meldrecht kindermishandeling en huiselijk geweld",
                "heeft het wettelijk recht om",
            ),
            faq(
                "Hoe moet gehandeld worden als er binnen een organisatie meerdere beroepsgroepen "
                "(dus afwegingskaders) samenwerken?",
                "iedere professional het recht heeft te melden bij Veilig Thuis",
            ),
        ),
    ),
    "hulp_mogelijk": Regel(
        "U kunt effectieve hulp bieden of organiseren, de betrokkenen werken mee en de hulp "
        "leidt tot duurzame veiligheid. Hulp verlenen is mogelijk.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Ben ik in staat effectieve (passende) hulp te bieden of "
                "organiseren?",
                "Ben ik in staat effectieve (passende) hulp te bieden of organiseren?",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Werken de betrokkenen mee aan de geboden of georganiseerde "
                "hulp?",
                "Werken de betrokkenen mee aan de geboden of georganiseerde hulp?",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?",
                "Leidt deze hulp tot duurzame veiligheid?",
            ),
            v("001", "Aangepaste meldcode", "Hulp verlenen is mogelijk als:"),
        ),
    ),
    "duurzame_veiligheid_volgen": Regel(
        "Weeg afweging 5 opnieuw zolang de hulp loopt. Stopt het geweld niet binnen de "
        "verwachte tijd, is het erger dan gedacht, worden doelen niet gehaald of stagneert het "
        "plan: dan is melden alsnog noodzakelijk.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?",
                "constateert dat de onveiligheid niet stopt of zich herhaalt",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?, Vragen ter "
                "afweging",
                "Stopt het geweld niet binnen de verwachte termijn?",
            ),
        ),
    ),
}
