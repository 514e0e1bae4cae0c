"""Hypothesis strategies for casussen with arbitrary (unicode) text."""

from __future__ import annotations

from hypothesis import strategies as st

from meldwijzer.engine.casus import Casus

tekst = st.text(max_size=200).map(str.strip)
korte = st.text(max_size=60).map(str.strip)
datums = st.none() | st.dates()


@st.composite
def casussen(draw: st.DrawFn) -> Casus:
    signalen = [
        {
            "id": f"s{i}",
            "soort": draw(st.sampled_from(["observatie", "hypothese", "derden"])),
            "tekst": draw(tekst),
            "datum": draw(datums),
            "bron": draw(korte),
            "oudersignaal": draw(st.booleans()),
            "status": draw(st.sampled_from(["open", "bevestigd", "weerlegd"])),
            "vervolg": draw(tekst),
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    consultaties = [
        {
            "id": f"c{i}",
            "met": draw(st.sampled_from(["collega", "aandachtsfunctionaris", "veilig_thuis"])),
            "wie": draw(korte),
            "datum": draw(datums),
            "vraag": draw(tekst),
            "advies": draw(tekst),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    antwoord = st.sampled_from([None, "ja", "nee", "twijfel"])
    data = {
        "label": draw(korte),
        "aangemaakt": draw(st.none() | st.datetimes(timezones=st.sampled_from([None]))),
        "scope_toelichting": draw(tekst),
        "client": {"leeftijd": draw(st.none() | st.integers(0, 130))},
        "vormen": draw(
            st.lists(st.sampled_from(["vgv", "seksueel", "huwelijksdwang"]), max_size=3)
        ),
        "signalen": signalen,
        "consultaties": consultaties,
        "afwegingen": {
            naam: {"antwoord": draw(antwoord), "motivatie": draw(tekst)}
            for naam in (
                "vermoeden",
                "onveiligheid",
                "hulp_bieden",
                "medewerking",
                "duurzame_veiligheid",
            )
        },
        "melding": {"reactie": draw(tekst), "besproken": draw(st.none() | st.booleans())},
        "weging_notitie": draw(tekst),
    }
    return Casus.model_validate(data)
