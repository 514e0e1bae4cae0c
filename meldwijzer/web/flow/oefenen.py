"""Oefenmodus and intervisie (issue 17, item 5): practise on the casuïstiek of the pack.

"Op de website van Augeo vind je handige informatie over de meldcode, trainingen en casussen"
and "een handreiking ... om samen met collega's in gesprek te gaan over dilemma's" (seed 001):
the professional reads one of the pack's examples (BPSW Bijlage 2: eight voorbeelden, each
under the afweging it illustrates), answers the afwegingen as she would, and then sees where
the seed places the example, the helper questions of that group, and what the engine's norm
concludes from *her* answers. No "right answer" is invented: the seed gives none.

Nothing is stored: each page is rendered from what the request carries, in either mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from meldwijzer.content.model import Afweging, Hulpvragen, Pack, Voorbeeld
from meldwijzer.engine.casus import AFWEGING_IDS, MAX_TEKST, Afwegingen, Casus
from meldwijzer.web.flow import forms as f
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow.views import modus

#: The definition shown with a group of helper questions of afweging 2 (Bijlage 2).
GROEP_DEFINITIE = {
    "acuut": "acute_onveiligheid",
    "disclosure": "disclosure",
    "structureel": "structurele_onveiligheid",
}


@dataclass(frozen=True)
class Oefening:
    """One example with the afweging the seed hangs it under and its helper-question group."""

    nummer: int
    voorbeeld: Voorbeeld
    afweging: Afweging
    groep: Hulpvragen | None


def oefeningen(pack: Pack) -> list[Oefening]:
    uit: list[Oefening] = []
    for afweging in pack.afwegingen:
        groepen = {g.id: g for g in afweging.hulpvragen}
        for vb in afweging.voorbeelden:
            groep = groepen.get(vb.hulpvragen) if vb.hulpvragen else None
            uit.append(Oefening(len(uit) + 1, vb, afweging, groep))
    return uit


class OefenForm(f.FlowForm):
    """Her answer to each afweging; nothing is required, nothing is kept."""

    def bouw(self) -> None:
        for aid in AFWEGING_IDS:
            self.fields[f"{aid}_antwoord"] = f.keuzeveld("Uw antwoord", f.ANTWOORDEN)
        self.fields["overwegingen"] = f.tekstveld("Uw overwegingen (worden niet bewaard)", rows=3)


def _oefen_pack() -> Pack:
    return sel.pack_laden()


@modus
@require_http_methods(["GET"])
def overzicht(request: HttpRequest) -> HttpResponse:
    pack = _oefen_pack()
    return render(request, "flow/oefenen.html", {"oefeningen": oefeningen(pack), "pack": pack})


@modus
@require_http_methods(["GET", "POST"])
def oefening(request: HttpRequest, nummer: int) -> HttpResponse:
    pack = _oefen_pack()
    alle = oefeningen(pack)
    if not 1 <= nummer <= len(alle):
        raise Http404
    o = alle[nummer - 1]
    form = OefenForm(request.POST if request.method == "POST" else None)
    context: dict[str, object] = {
        "o": o,
        "form": form,
        "pack": pack,
        "aantal": len(alle),
        "volgende": nummer + 1 if nummer < len(alle) else None,
        "afwegingen": [{"afweging": a, "veld": form[f"{a.id}_antwoord"]} for a in pack.afwegingen],
    }
    if request.method == "POST" and form.is_valid():
        context["uitkomst"] = _uitkomst(pack, o, form.cleaned_data)
    return render(request, "flow/oefening.html", context)


def _uitkomst(pack: Pack, o: Oefening, data: dict[str, Any]) -> dict[str, object]:
    """Where the seed places the example, and the norm on her own answers."""
    from meldwijzer.web.flow.context import norm_op_scherm

    antwoorden = {aid: data.get(f"{aid}_antwoord") or None for aid in AFWEGING_IDS}
    advies = sel.advies_voor(Casus(afwegingen=Afwegingen.model_validate(antwoorden)))
    definitie = None
    if o.groep is not None and o.groep.id in GROEP_DEFINITIE:
        try:
            definitie = pack.definitie(GROEP_DEFINITIE[o.groep.id])
        except KeyError:
            definitie = None
    return {
        "definitie": definitie,
        "norm_melden": norm_op_scherm(advies.beslissing_melden),
        "norm_hulp": norm_op_scherm(advies.beslissing_hulp),
        "beantwoord": any(antwoorden.values()),
    }


class IntervisieForm(f.FlowForm):
    voorbeeld = forms.TypedChoiceField(
        label="Voorbeeld om te bespreken", required=False, coerce=int, empty_value=None
    )
    eigen_casus = f.tekstveld(
        "Of: uw eigen casus, geanonimiseerd",
        rows=5,
        help_text="Geen geboortedata, adressen of andere herleidbare gegevens.",
    )
    conclusies = f.tekstveld("Conclusies van de groep", rows=6)

    def bouw(self) -> None:
        keuzes = [("", "Geen voorbeeld: eigen casus")]
        keuzes += [(str(o.nummer), o.voorbeeld.titel) for o in oefeningen(_oefen_pack())]
        cast(forms.TypedChoiceField, self.fields["voorbeeld"]).choices = keuzes  # declared above


@modus
@require_http_methods(["GET", "POST"])
def intervisie(request: HttpRequest) -> HttpResponse:
    """Prepare an intervision or casuïstiekbespreking; 'Downloaden' gives a short document."""
    pack = _oefen_pack()
    form = IntervisieForm(request.POST if request.method == "POST" else None)
    gekozen = None
    if request.method == "POST" and form.is_valid():
        nummer = form.cleaned_data.get("voorbeeld")
        alle = oefeningen(pack)
        gekozen = alle[nummer - 1] if nummer and 1 <= nummer <= len(alle) else None
        if request.POST.get("actie") == "download":
            tekst = intervisie_tekst(pack, gekozen, form.cleaned_data)
            antwoord = HttpResponse(tekst, content_type="text/plain; charset=utf-8")
            antwoord["Content-Disposition"] = 'attachment; filename="intervisie.txt"'
            return antwoord
    return render(request, "flow/intervisie.html", {"form": form, "pack": pack, "gekozen": gekozen})


def intervisie_tekst(pack: Pack, gekozen: Oefening | None, data: dict[str, Any]) -> str:
    """The short document: the casus, the afwegingskader's questions, the conclusions."""
    regels = [
        "Intervisie meldcode: voorbereiding",
        f"Gemaakt op {timezone.localdate():%d-%m-%Y} met meldwijzer ({pack.meta.naam}).",
        "",
        "CASUS",
    ]
    if gekozen is not None:
        regels += [gekozen.voorbeeld.titel, gekozen.voorbeeld.tekst]
        bron = gekozen.voorbeeld.bron
        regels.append(f"(Bron: {bron.document}, {bron.sectie})")
    if data.get("eigen_casus"):
        regels += ["Eigen casus (geanonimiseerd):", str(data["eigen_casus"])[:MAX_TEKST]]
    if gekozen is None and not data.get("eigen_casus"):
        regels.append("(nog geen casus gekozen)")
    regels += ["", "VRAGEN VAN HET AFWEGINGSKADER"]
    for a in pack.afwegingen:
        regels.append(f"Afweging {a.nummer} (stap {a.stap}): {a.vraag}")
        for groep in a.hulpvragen:
            regels.append(f"  {groep.titel}:")
            regels += [f"  - {vraag}" for vraag in groep.vragen]
    regels += ["", "CONCLUSIES VAN DE GROEP", str(data.get("conclusies") or "(nog niet ingevuld)")]
    return "\n".join(regels) + "\n"
