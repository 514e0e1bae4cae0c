"""`controleer`: check a Dutch note for concrete documenting (Bijlage 1b, stap 1).

The professional records signals as factually as possible, marks hypotheses as such, names
the source of what others said, records a diagnosis only with the qualified professional who
made it, and (by this program's privacy design) writes no names or numbers that identify a
person. The check gives advice; it never blocks.
"""

from __future__ import annotations

from collections.abc import Iterable

from meldwijzer.engine.schrijfcheck import bron as bron_regel
from meldwijzer.engine.schrijfcheck import oordeel, regels
from meldwijzer.engine.schrijfcheck.context import ZinAnalyse, analyseer, is_kop_hypothese
from meldwijzer.engine.schrijfcheck.identificerend import identificerend
from meldwijzer.engine.schrijfcheck.lijsten import Woorden, woorden
from meldwijzer.engine.schrijfcheck.model import CATEGORIEEN, SOORTEN, Bevinding, Span
from meldwijzer.engine.schrijfcheck.tekst import Zin, zinnen_van


def _analyses(zinnen: list[Zin], w: Woorden) -> list[ZinAnalyse]:
    uit: list[ZinAnalyse] = []
    kop = False
    for zin in zinnen:
        uit.append(analyseer(zin, w, vorige_kop_hypothese=kop))
        kop = is_kop_hypothese(zin, w)
    return uit


def _samenvoegen(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans of one category (keep the first sub-kind)."""
    uit: list[Span] = []
    for s in sorted(spans, key=lambda s: (s[0], -s[1])):
        if uit and s[0] < uit[-1][1]:
            vorige = uit[-1]
            uit[-1] = (vorige[0], max(vorige[1], s[1]), vorige[2])
        else:
            uit.append(s)
    return uit


def _tekstjes(w: Woorden, categorie: str, soort: str) -> tuple[str, str]:
    teksten = w.uitleg
    if categorie == "identificerend":
        deel = teksten["identificerend"][soort or "naam"]
    elif categorie == "bron_ontbreekt" and soort == "derden":
        deel = teksten["bron_derden"]
    elif categorie == "interpretatie" and soort:
        deel = teksten[f"interpretatie_{soort}"]
    else:
        deel = teksten[categorie]
    return str(deel["uitleg"]), str(deel["suggestie"])


def controleer(tekst: str, *, soort: str | None = None, bron: str = "") -> list[Bevinding]:
    """Findings for a note, sorted by begin offset (offsets are str indices into `tekst`).

    soort: "observatie", "hypothese", "derden" or None (unknown free text). Hedged wording
    ('vaag') and interpretations are only reported for observatie and None: a hypothese may
    hedge and interpret, and in a derden note the words are the source's.
    bron: the source field recorded with the note; when filled in, 'bron_ontbreekt' is quiet.
    """
    if soort is not None and soort not in SOORTEN:
        raise ValueError(f"onbekende soort {soort!r}; kies uit {', '.join(SOORTEN)}")
    if not tekst.strip():
        return []
    w = woorden()
    zinnen = zinnen_van(tekst, afkortingen=w.ident.afkortingen)
    analyses = _analyses(zinnen, w)
    eigen_woorden = soort in (None, "observatie")
    # A marked and grounded interpretation is what the guides recommend; a hedge in a plan is
    # no vague observation (issue 15).
    open_zinnen = [a for a in analyses if not oordeel.gemarkeerd(a.zin)]
    waarnemingen = [a for a in open_zinnen if not oordeel.in_plan(a.zin)]
    per_categorie: dict[str, list[Span]] = {
        "interpretatie": (
            oordeel.buiten_voorwaarden(
                regels.interpretatie(open_zinnen, w) + oordeel.oordelen(open_zinnen, w),
                open_zinnen,
                w,
            )
            if eigen_woorden
            else []
        ),
        "vaag": regels.vaag(waarnemingen, w) if eigen_woorden else [],
        "bron_ontbreekt": bron_regel.bron_ontbreekt(analyses, w, bron=bron, soort=soort),
        "diagnose": regels.diagnose(analyses, w, bron=bron),
        "identificerend": identificerend(tekst, zinnen, w),
    }
    bevindingen: list[Bevinding] = []
    for categorie in CATEGORIEEN:
        for begin, eind, sub in _samenvoegen(per_categorie[categorie]):
            deel = tekst[begin:eind]
            uitleg, suggestie = _tekstjes(w, categorie, sub)
            bevindingen.append(
                Bevinding(
                    categorie=categorie,
                    begin=begin,
                    eind=eind,
                    tekst=deel,
                    uitleg=uitleg.replace("{tekst}", deel),
                    suggestie=suggestie.replace("{tekst}", deel),
                )
            )
    volgorde = {c: i for i, c in enumerate(CATEGORIEEN)}
    bevindingen.sort(key=lambda b: (b.begin, volgorde[b.categorie], b.eind))
    return bevindingen
