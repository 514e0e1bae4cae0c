"""Small steps of a walk through the flow, shared by the browser tests."""

from __future__ import annotations

from typing import Any

NAV = "nav[aria-label='Stappen van de meldcode']"


def geen_a11y_fouten(axe: Any, page: Any) -> None:
    resultaat = axe.run(page)
    assert resultaat.violations_count == 0, f"{page.url}\n{resultaat.generate_report()}"


def ga_naar(page: Any, tekst: str) -> None:
    """Click a step in the step navigation (it saves the page first)."""
    with page.expect_navigation():
        page.locator(NAV).get_by_role("button", name=tekst, exact=True).click()


def klik(page: Any, naam: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=naam, exact=True).first.click()


def nieuwe_casus(
    page: Any, label: str, *, situatie: str = "huiselijke_kring", leeftijd: str = ""
) -> None:
    page.goto("/")
    page.fill("#id_label", label)
    klik(page, "Nieuwe casus starten")
    page.check(f"input[name=situatie][value={situatie}]")
    if leeftijd:
        page.fill("#id_leeftijd", leeftijd)
    klik(page, "Verder")


def signaal(page: Any, soort: str, tekst: str, bron: str = "") -> None:
    page.check(f"input[name=sig_soort][value={soort}]")
    page.fill("#id_sig_tekst", tekst)
    if bron:
        page.fill("#id_sig_bron", bron)
    klik(page, "Signaal opslaan")


def afweging(page: Any, afweging_id: str, antwoord: str, motivatie: str) -> None:
    page.check(f"input[name={afweging_id}_antwoord][value={antwoord}]")
    page.fill(f"#id_{afweging_id}_motivatie", motivatie)


def sessie_opslag(page: Any) -> dict[str, str]:
    return dict(page.evaluate("() => Object.fromEntries(Object.entries(window.sessionStorage))"))
