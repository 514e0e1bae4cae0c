"""Hypothesis strategies for a Casus: any combination the model accepts.

Every field may be absent or set; free text is any unicode the web can deliver
(no lone surrogates: a browser cannot submit those), from empty to the model's maximum.
Used by the engine's property tests and the form fuzzing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from meldwijzer.engine.casus import (
    AFWEGING_IDS,
    MAX_KORT,
    MAX_TEKST,
    Antwoord,
    Casus,
    ConsultatieMet,
    GesprekMet,
    GrondGeenGesprek,
    JaNeeOnbekend,
    Keuze,
    RolClient,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Toestemming,
    Vorm,
)

#: Any character a browser can send, including control characters, RTL marks and emoji.
TEKENS = st.characters(blacklist_categories=("Cs",))


def _groot(max_size: int) -> st.SearchStrategy[str]:
    """A long text near the model's limit, built cheaply from a repeated piece."""
    return st.builds(
        lambda stuk, n: (stuk * n)[:max_size],
        st.text(TEKENS, min_size=1, max_size=8),
        st.integers(min_value=max_size // 8, max_value=max_size),
    )


def teksten(max_size: int = MAX_TEKST) -> st.SearchStrategy[str]:
    """Mostly short free text; now and then one close to the limit."""
    return st.one_of(st.text(TEKENS, max_size=40), st.text(TEKENS, max_size=40), _groot(max_size))


korte_teksten = st.text(TEKENS, max_size=min(MAX_KORT, 30))
datums = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
antwoorden = st.none() | st.sampled_from(Antwoord)


def _optioneel(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def afwegingen(draw: st.DrawFn, **vast: Antwoord | None) -> dict[str, Any]:
    """All five afwegingen; `vast` fixes the answer of some (e.g. onveiligheid=Antwoord.JA)."""
    uit: dict[str, Any] = {}
    for afweging_id in AFWEGING_IDS:
        antwoord = vast[afweging_id] if afweging_id in vast else draw(antwoorden)
        vorm = draw(st.integers(0, 2))
        if vorm == 0 and antwoord is not None:
            uit[afweging_id] = antwoord.value  # the short form of `meldwijzer assess`
        elif vorm == 1 and antwoord is None:
            uit[afweging_id] = None
        else:
            uit[afweging_id] = {
                "antwoord": None if antwoord is None else antwoord.value,
                "motivatie": draw(teksten()),
            }
    return uit


def _signaal() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": korte_teksten, "tekst": teksten()},
        optional={
            "soort": st.sampled_from(SoortSignaal).map(str),
            "datum": datums,
            "bron": korte_teksten,
            "oudersignaal": st.booleans(),
            "status": st.sampled_from(StatusHypothese).map(str),
            "vervolg": teksten(),
        },
    )


def _lijst(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


@st.composite
def casus_dicts(
    draw: st.DrawFn,
    *,
    situaties: st.SearchStrategy[Situatie] | None = None,
    afweging_strategy: st.SearchStrategy[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A casus as the JSON-like dict that `Casus.model_validate` reads."""
    situatie = draw(situaties if situaties is not None else st.sampled_from(Situatie))
    data: dict[str, Any] = {
        "situatie": situatie.value,
        "afwegingen": draw(afweging_strategy if afweging_strategy is not None else afwegingen()),
    }
    optioneel: dict[str, st.SearchStrategy[Any]] = {
        "label": korte_teksten,
        "scope_toelichting": teksten(),
        "client": st.fixed_dictionaries(
            {},
            optional={
                "leeftijd": _optioneel(st.integers(0, 130)),
                "woont_thuis": _optioneel(st.booleans()),
                "rol": _optioneel(st.sampled_from(RolClient).map(str)),
                "afhankelijk": _optioneel(st.booleans()),
            },
        ),
        # issue 12: the kind of unsafety, disclosure, re-weighings of afweging 5, relevance
        "onveiligheid_aard": _optioneel(st.sampled_from(["acuut", "structureel", "beide"])),
        "disclosure": st.booleans(),
        "herwegingen": _lijst(
            st.fixed_dictionaries(
                {"antwoord": st.sampled_from(Antwoord).map(str)},
                optional={"datum": datums, "motivatie": teksten()},
            )
        ),
        "relevantie": st.fixed_dictionaries(
            {},
            optional={
                "gezinsvoogd": _optioneel(st.booleans()),
                "andere_hulp": _optioneel(st.booleans()),
                "relevant": _optioneel(st.booleans()),
                "toelichting": teksten(),
            },
        ),
        "vormen": st.lists(st.sampled_from(Vorm).map(str), max_size=5),
        "noodsituatie": st.booleans(),
        "eenmalig_contact": st.booleans(),
        "twijfel_aard_ernst": st.booleans(),
        "signalen": _lijst(_signaal()),
        "contra_indicaties": _lijst(
            st.fixed_dictionaries({"id": korte_teksten, "tekst": teksten(), "datum": datums})
        ),
        "kindcheck": st.fixed_dictionaries(
            {},
            optional={
                "kinderen": st.sampled_from(JaNeeOnbekend).map(str),
                "aantal": _optioneel(st.integers(0, 30)),
                "leeftijden": st.lists(st.integers(0, 17), max_size=5),
                "gedeelde_zorg": st.sampled_from(JaNeeOnbekend).map(str),
                "toelichting": teksten(),
                "datum": datums,
            },
        ),
        "visie_kinderen": teksten(),
        "consultaties": _lijst(
            st.fixed_dictionaries(
                {"id": korte_teksten, "met": st.sampled_from(ConsultatieMet).map(str)},
                optional={
                    "wie": korte_teksten,
                    "datum": datums,
                    "vraag": teksten(),
                    "advies": teksten(),
                },
            )
        ),
        "gesprekken": _lijst(
            st.fixed_dictionaries(
                {"id": korte_teksten, "met": st.sampled_from(GesprekMet).map(str)},
                optional={"datum": datums, "inhoud": teksten(), "reactie": teksten()},
            )
        ),
        "geen_gesprek": _optioneel(
            st.fixed_dictionaries(
                {"grond": st.sampled_from(GrondGeenGesprek).map(str), "toelichting": teksten()}
            )
        ),
        "verwijsindex": st.fixed_dictionaries(
            {"aangesloten": st.booleans(), "overwogen": teksten()}
        ),
        "weging_notitie": teksten(),
        "beslissingen": st.fixed_dictionaries(
            {
                naam: st.fixed_dictionaries(
                    {"keuze": _optioneel(st.sampled_from(Keuze).map(str)), "reden": teksten()}
                )
                for naam in ("melden", "hulp")
            }
        ),
        "melding": st.fixed_dictionaries(
            {},
            optional={
                "besproken": _optioneel(st.booleans()),
                "besproken_met": st.lists(st.sampled_from(GesprekMet).map(str), max_size=3),
                "niet_besproken_grond": _optioneel(st.sampled_from(GrondGeenGesprek).map(str)),
                "niet_besproken_toelichting": teksten(),
                "toestemming": _optioneel(st.sampled_from(Toestemming).map(str)),
                "bezwaren": teksten(),
                "weging_bezwaren": teksten(),
                "anoniem_naar_gezin": _optioneel(st.booleans()),
                "anoniem_reden": teksten(),
                "datum": datums,
                "afspraken_veilig_thuis": teksten(),
            },
        ),
        "overgeslagen": st.dictionaries(
            st.sampled_from(["1", "2", "3", "4", "5"]), st.fixed_dictionaries({"reden": teksten()})
        ),
        "afgesloten": _optioneel(st.fixed_dictionaries({"datum": datums, "reden": teksten()})),
    }
    if afweging_strategy is not None:
        # A re-weighing replaces the answer of afweging 5 for the norm: keep fixed answers fixed.
        del optioneel["herwegingen"]
    for naam, strategy in optioneel.items():
        if draw(st.booleans()):
            data[naam] = draw(strategy)
    return _json_ready(data)


def _json_ready(value: Any) -> Any:
    """Dates as ISO strings, as they arrive from a JSON file or the web flow."""
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def casussen(**kwargs: Any) -> st.SearchStrategy[Casus]:
    """A validated Casus (see `casus_dicts` for the options)."""
    return casus_dicts(**kwargs).map(Casus.model_validate)


binnen_meldcode = st.sampled_from([Situatie.HUISELIJKE_KRING, Situatie.PARTNERS_BEIDE_CLIENT])
buiten_meldcode = st.sampled_from(
    [
        Situatie.PROFESSIONAL_TEGEN_CLIENT,
        Situatie.TUSSEN_CLIENTEN,
        Situatie.LEERKRACHT_LEERLING,
        Situatie.TUSSEN_LEERLINGEN,
    ]
)
