"""Form fuzzing: thousands of generated POSTs to every form endpoint of the flow.

Each case starts from what the page itself would send (a realistic signed casus and
valid answers in every visible field, see bench/flowclient.py) and breaks one to three
things: wrong types, huge strings, control characters, missing or duplicated fields, a
tampered `staat`, an unknown page or action. Seeded random, so a failure names its seed
and case and can be replayed (MELDWIJZER_FUZZ_SEED). The rules, for every response:

- never a server error (status < 500);
- a rejected request (status >= 400, or a field or page error shown) says so in Dutch, and
  none of Django's English default messages leak through;
- on a rejected request the page keeps every valid value the user typed.

Endpoints come from the URLconf (`bench.discover.walk`), so new pages are fuzzed too.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
from collections.abc import Callable

import pytest
from django.test import Client, override_settings

from bench import flowclient as fc
from bench.discover import walk

from .flow import DjangoFlowClient, casus_doorlopen

SEED = int(os.environ.get("MELDWIJZER_FUZZ_SEED", "20261123"))
GEVALLEN_PER_PAGINA = 120
GEEN_FORMULIER = {"/schrijfcheck/", "/oefenen/"}  # JSON endpoint; a list of links

ENGELS = (
    "This field is required",
    "Enter a valid",
    "Select a valid choice",
    "Ensure this value",
    "Bad Request",
    "Forbidden",
    "CSRF verification failed",
    "Server Error",
    "Not Found",
    "Traceback",
)
NEDERLANDS = re.compile(
    r"\b(uw|niet|geen|de|het|een|kies|geef|controleer|ongeldig\w*|onbekend\w*|pagina|verlopen|"
    r"formaat|bestand|verplicht|invoer|opnieuw|fout\w*|te (?:groot|lang))\b",
    re.I,
)
FOUT_HTML = re.compile(
    r'class="(?:mw-form-field__error|mw-alert mw-alert--error|mw-error-summary)[^"]*"[^>]*>'
    r"(.*?)</(?:p|div)>",
    re.S,
)
ALLES = "*"
RARE_TEKENS = [
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
    "\r\n\r\n",
    "\t",
    "𝔐𝔢𝔩𝔡",
    "👩‍⚕️",
    "<script>x</script>",
    "'; --",
]


def _paden() -> list[str]:
    return [
        p["path"]
        for p in walk()
        if p["name"].startswith("flow:")
        and not p["heeft_argumenten"]
        and p["path"] not in GEEN_FORMULIER
    ]


@pytest.fixture(scope="module")
def basis() -> dict[str, object]:
    client, verloop = casus_doorlopen(herhalingen=2)
    form = verloop.laatste_formulier()
    assert form is not None
    staat = {v.name: v.value for v in form.velden if v.name in {"staat", "csrfmiddlewaretoken"}}
    assert staat.get("staat")
    return {"client": client, "staat": staat}


def _pagina_formulier(
    client: DjangoFlowClient, staat: dict[str, str], pad: str
) -> fc.Formulier | None:
    antwoord = client.post(pad, [*staat.items(), ("actie", "herstel")])
    assert antwoord.status < 500, pad
    # A page with several forms (the start page: new casus, open a file): the one that posts
    # to this path, else the one with the most fields.
    eigen = [f for f in fc.formulieren(antwoord.body) if f.method == "post" and f.action == pad]
    form = eigen[0] if len(eigen) == 1 else fc.hoofdformulier(antwoord.body)
    if form is None and antwoord.status == 200:
        # An action (export, mail) rather than a page: the form that posts to it is the
        # casus form of the summary page.
        form = fc.hoofdformulier(
            client.post("/samenvatting/", [*staat.items(), ("actie", "herstel")]).body
        )
    return form


# --- mutations: each takes the form data and returns broken data plus the names it broke ----

Mutatie = Callable[
    [random.Random, list[tuple[str, str]], fc.Formulier], tuple[list[tuple[str, str]], set[str]]
]


def _zichtbare_namen(form: fc.Formulier) -> list[str]:
    return sorted({v.name for v in form.zichtbaar()})


def _vervang(data: list[tuple[str, str]], naam: str, waarde: str) -> list[tuple[str, str]]:
    uit = [(k, v) for k, v in data if k != naam]
    return [*uit, (naam, waarde)]


def verkeerd_type(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    namen = _zichtbare_namen(form)
    if not namen:
        return data, set()
    naam = rng.choice(namen)
    waarde = rng.choice(
        [
            "abc",
            "-1",
            "1e309",
            "99999999999999999999",
            "2026-13-45",
            "ja,nee",
            "[]",
            "{}",
            "None",
            "0x10",
            "٣",
        ]
    )
    return _vervang(data, naam, waarde), {naam}


def enorme_tekst(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    namen = _zichtbare_namen(form)
    if not namen:
        return data, set()
    naam = rng.choice(namen)
    return _vervang(
        data, naam, rng.choice(["x", "é", "👩", "ab "]) * rng.choice([301, 20_001, 120_000])
    ), {naam}


def stuurtekens(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    namen = _zichtbare_namen(form)
    if not namen:
        return data, set()
    naam = rng.choice(namen)
    waarde = "".join(rng.choice(RARE_TEKENS) for _ in range(rng.randint(1, 6)))
    return _vervang(data, naam, waarde), {naam}


def veld_weg(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    if not data:
        return data, set()
    naam = rng.choice(sorted({k for k, _ in data} - {"staat", "csrfmiddlewaretoken"}) or ["pagina"])
    return [(k, v) for k, v in data if k != naam], {naam}


def veld_dubbel(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    if not data:
        return data, set()
    naam, _ = rng.choice(data)
    return [*data, (naam, rng.choice(["", "ja", "nee", "ander", fc.TEKSTEN[0]]))], {naam}


def staat_geknoeid(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    staat = next((v for k, v in data if k == "staat"), "")
    keuze = rng.randint(0, 5)
    if keuze == 0 and staat:
        i = rng.randrange(len(staat))
        nieuw = staat[:i] + ("A" if staat[i] != "A" else "B") + staat[i + 1 :]
    elif keuze == 1:
        nieuw = staat[: len(staat) // 2]
    elif keuze == 2:
        nieuw = base64.urlsafe_b64encode(os.urandom(rng.randint(1, 400))).decode()
    elif keuze == 3:
        nieuw = staat + ":" + staat
    elif keuze == 4:
        nieuw = json.dumps({"s": "x", "r": 1, "c": {"situatie": "???"}})
    else:
        nieuw = "." * rng.randint(1, 5000)
    return _vervang(data, "staat", nieuw), set()


def pagina_of_actie_vreemd(
    rng: random.Random, data: list[tuple[str, str]], form: fc.Formulier
) -> tuple[list[tuple[str, str]], set[str]]:
    if rng.random() < 0.5:
        return _vervang(
            data,
            "pagina",
            rng.choice(["", "onbekend", "stap9", "start", "nood", "../../etc", "stap1\x00"]),
        ), {ALLES}  # the request now claims another page's form: its fields mean nothing
    actie = rng.choice(
        [
            "",
            "verwijder:",
            "verwijder:signalen:",
            "verwijder:signalen:s999",
            "verwijder:x:y:z",
            "overslaan",
            "hervatten",
            "heropenen",
            "wissen",
            "x" * 500,
            "afsluiten",
        ]
    )
    return _vervang(data, "actie", actie), set()


MUTATIES: tuple[Mutatie, ...] = (
    verkeerd_type,
    enorme_tekst,
    stuurtekens,
    veld_weg,
    veld_dubbel,
    staat_geknoeid,
    pagina_of_actie_vreemd,
)


# --- checks ------------------------------------------------------------------------------------


def _afgewezen(antwoord: fc.Antwoord) -> bool:
    return (
        antwoord.status >= 400
        or 'aria-invalid="true"' in antwoord.body
        or bool(FOUT_HTML.search(antwoord.body))
    )


def _controleer(
    antwoord: fc.Antwoord,
    gestuurd: list[tuple[str, str]],
    gebroken: set[str],
    form: fc.Formulier,
    geval: str,
    alleen: set[str] | None = None,
) -> list[str]:
    problemen = []
    if antwoord.status >= 500:
        return [f"{geval}: HTTP {antwoord.status}"]
    for engels in ENGELS:
        if engels in antwoord.body:
            problemen.append(f"{geval}: Engelse melding '{engels}'")
    if not _afgewezen(antwoord):
        return problemen
    meldingen = " ".join(re.sub(r"<[^>]+>", " ", m) for m in FOUT_HTML.findall(antwoord.body))
    if antwoord.status >= 400 and not meldingen:
        meldingen = re.sub(r"<[^>]+>", " ", antwoord.body)
    if not NEDERLANDS.search(meldingen):
        problemen.append(
            f"{geval}: afgewezen (HTTP {antwoord.status}) zonder Nederlandse foutmelding"
        )
    terug = fc.hoofdformulier(antwoord.body)
    tekstvelden = {v.name for v in form.velden if v.kind in {"text", "textarea", "number"}}
    verstuurd: dict[str, list[str]] = {}
    for naam, waarde in gestuurd:
        verstuurd.setdefault(naam, []).append(waarde)
    if ALLES in gebroken:
        return problemen
    if alleen is not None:
        tekstvelden &= alleen
    for naam in sorted(tekstvelden - gebroken):
        waarden = verstuurd.get(naam, [])
        if len(waarden) != 1 or not waarden[0].strip():
            continue
        getoond = terug.veld(naam) if terug else None
        if getoond is None:
            problemen.append(f"{geval}: veld '{naam}' is weg van de pagina na afwijzing")
        elif getoond.value.strip() != waarden[0].strip():
            problemen.append(f"{geval}: invoer in '{naam}' ging verloren")
    return problemen


@pytest.mark.parametrize("pad", _paden())
def test_gegenereerde_posts_geven_nooit_een_serverfout_en_bewaren_invoer(
    pad: str, basis: dict[str, object]
) -> None:
    client: DjangoFlowClient = basis["client"]  # type: ignore[assignment]
    staat: dict[str, str] = basis["staat"]  # type: ignore[assignment]
    form = _pagina_formulier(client, staat, pad)
    if form is None:
        pytest.skip(f"{pad} toont geen formulier")
    rng = random.Random(f"{SEED}:{pad}")
    zonder_casus = _velden_zonder_casus(client, pad)
    problemen: list[str] = []
    for nummer in range(GEVALLEN_PER_PAGINA):
        data = fc.vul(form, rng, fc.Profiel.realistisch())
        data = [(k, staat.get(k, v)) if k in staat else (k, v) for k, v in data]
        if not any(k == "actie" for k, _ in data):
            data.append(("actie", "opslaan"))
        gebroken: set[str] = set()
        gekozen = rng.sample(MUTATIES, rng.randint(1, 3))
        for mutatie in gekozen:
            data, namen = mutatie(rng, data, form)
            gebroken |= namen
        antwoord = client.post(pad, data)
        if pad == "/wissen/":  # erasing is meant to drop the input
            gebroken |= {v.name for v in form.velden}
        problemen += _controleer(
            antwoord,
            data,
            gebroken,
            form,
            f"seed {SEED} {pad} #{nummer} ({'+'.join(m.__name__ for m in gekozen)})",
            # A damaged casus cannot say which casus-dependent fields the page had: those
            # are checked by test_geknoeide_staat_bewaart_ook_velden_die_van_de_casus_afhangen.
            alleen=zonder_casus if _staat_van(data) != staat["staat"] else None,
        )
        if len(problemen) > 20:
            break
    assert not problemen, "\n".join(problemen[:20])


def _staat_van(data: list[tuple[str, str]]) -> str:
    """The `staat` the server reads: the last one posted (QueryDict.get)."""
    return next((v for k, v in reversed(data) if k == "staat"), "")


def _velden_zonder_casus(client: DjangoFlowClient, pad: str) -> set[str]:
    """The fields the page shows when the posted casus cannot be used."""
    antwoord = client.post(pad, [("staat", "kapot"), ("pagina", pad.strip("/").replace("/", ""))])
    form = fc.hoofdformulier(antwoord.body)
    return {v.name for v in form.velden} if form else set()


STAP_PADEN = ["/stap/1/", "/stap/2/", "/stap/3/", "/stap/4/", "/stap/5/"]


def test_geknoeide_staat_bewaart_ook_velden_die_van_de_casus_afhangen(
    basis: dict[str, object],
) -> None:
    client: DjangoFlowClient = basis["client"]  # type: ignore[assignment]
    staat: dict[str, str] = basis["staat"]  # type: ignore[assignment]
    problemen = []
    for pad in STAP_PADEN:
        form = _pagina_formulier(client, staat, pad)
        assert form is not None
        data = fc.vul(form, random.Random(SEED), fc.Profiel.realistisch())
        data = _vervang(data, "staat", staat["staat"][:-3] + "abc")
        antwoord = client.post(pad, [*data, ("actie", "opslaan")])
        assert antwoord.status == 400
        problemen += _controleer(antwoord, data, set(), form, f"geknoeid {pad}")
    assert not problemen, "\n".join(problemen)


def test_ontbrekende_of_foute_csrf_geeft_nederlandse_melding_en_bewaart_invoer(
    basis: dict[str, object],
) -> None:
    staat: dict[str, str] = basis["staat"]  # type: ignore[assignment]
    client: DjangoFlowClient = basis["client"]  # type: ignore[assignment]
    rng = random.Random(SEED)
    problemen: list[str] = []
    for pad in ("/stap/1/", "/stap/4/", "/stap/5/", "/scope/"):
        form = _pagina_formulier(client, staat, pad)
        assert form is not None, pad
        streng = DjangoFlowClient(Client(enforce_csrf_checks=True))
        streng.get("/")  # a CSRF cookie, as the browser has
        for nummer in range(25):
            data = [(k, v) for k, v in fc.vul(form, rng, fc.Profiel.realistisch())]
            data = [(k, staat["staat"]) if k == "staat" else (k, v) for k, v in data]
            soort = nummer % 3
            if soort == 0:
                data = [(k, v) for k, v in data if k != "csrfmiddlewaretoken"]
            else:
                data = _vervang(data, "csrfmiddlewaretoken", "x" * rng.choice([1, 32, 64]))
            if soort == 2:
                streng.django.cookies.clear()
            antwoord = streng.post(pad, data)
            geval = f"csrf {pad} #{nummer}"
            if antwoord.status != 403:
                problemen.append(f"{geval}: HTTP {antwoord.status} in plaats van 403")
            problemen += _controleer(antwoord, data, set(), form, geval)
    assert not problemen, "\n".join(problemen[:20])


def test_schrijfcheck_weerstaat_willekeurige_invoer() -> None:
    client = Client()
    rng = random.Random(SEED)
    lichamen: list[bytes] = [
        b"",
        b"{",
        b"[]",
        b"null",
        b'"tekst"',
        b"\xff\xfe",
        b'{"tekst": 5}',
        b'{"tekst": "' + b"a" * 30_000 + b'"}',
    ]
    for _ in range(150):
        tekst = "".join(
            rng.choice([*RARE_TEKENS, "Ik zag een blauwe plek. ", "misschien "])
            for _ in range(rng.randint(0, 30))
        )
        soort = rng.choice([None, "signaal", "hypothese", 5, [], "x" * 300])
        lichamen.append(json.dumps({"tekst": tekst, "soort": soort}).encode())
    for body in lichamen:
        response = client.post("/schrijfcheck/", body, content_type="application/json")
        assert response.status_code < 500, body[:80]
        if response.status_code >= 400:
            assert NEDERLANDS.search(response.content.decode("utf-8", "replace")), body[:80]


@pytest.mark.django_db
def test_organisatieformulieren_geven_nooit_een_serverfout() -> None:
    paden = [
        p["path"] for p in walk() if p["name"].startswith("org:") and not p["heeft_argumenten"]
    ]
    rng = random.Random(SEED)
    with override_settings(MODE="organisatie"):
        client = Client()
        for pad in paden:
            assert client.get(pad).status_code < 500, pad
            for _ in range(20):
                data = {
                    rng.choice(
                        ["username", "password", "token", "naam", "email", "rol", "x"]
                    ): rng.choice(["", "admin", "' OR 1=1 --", "\x00", "é" * 300, "1" * 10])
                    for _ in range(rng.randint(0, 4))
                }
                response = client.post(pad, data)
                assert response.status_code < 500, (pad, data)


def test_verslag_downloads_geven_nooit_een_serverfout(basis: dict[str, object]) -> None:
    from meldwijzer.verslag import FORMATEN

    client: DjangoFlowClient = basis["client"]  # type: ignore[assignment]
    staat: dict[str, str] = basis["staat"]  # type: ignore[assignment]
    rng = random.Random(SEED)
    formaten = [*FORMATEN, "exe", "PDF", "pdf.", "%00", "..", "x" * 300]
    # The concept-melding exists only when a report is at stake (her choice or the norm);
    # whether the random walk ended there depends on its answers.
    from meldwijzer.verslag import melding_aan_de_orde
    from meldwijzer.web.flow.selectors import advies_voor
    from meldwijzer.web.flow.store import staat_lezen

    casus = staat_lezen(staat["staat"]).casus
    zonder_melding = set() if melding_aan_de_orde(casus, advies_voor(casus)) else {"concept"}
    problemen: list[str] = []
    for formaat in formaten:
        for soort in ("geldig", "geknoeid", "zonder"):
            data = dict(staat)
            if soort == "geknoeid":
                data["staat"], _ = staat["staat"][:-4] + "abcd", None
            elif soort == "zonder":
                data.pop("staat")
            if rng.random() < 0.5:
                data["label"] = "".join(rng.choice(RARE_TEKENS) for _ in range(3))
            antwoord = client.post(f"/verslag/{formaat}/", list(data.items()))
            problemen += _controleer(antwoord, [], {ALLES}, fc.Formulier("", "post", ""), formaat)
            verwacht_200 = formaat in FORMATEN and formaat not in zonder_melding
            if soort == "geldig" and verwacht_200 and antwoord.status != 200:
                problemen.append(f"/verslag/{formaat}/: geldige casus gaf HTTP {antwoord.status}")
    assert not problemen, "\n".join(problemen[:20])


def test_een_kapot_casusbestand_openen_geeft_een_nederlandse_melding() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    rng = random.Random(SEED)
    inhoud: list[bytes] = [
        b"",
        b"{",
        b"[]",
        b"null",
        b'{"formaat": 99}',
        b'{"situatie": "maan"}',
        b"\xff\xfe\x00\x00",
        json.dumps({"signalen": [{"id": "a", "tekst": "x" * 30_000}]}).encode(),
        b"[" * 500 + b"]" * 500,
        json.dumps({"versleuteld": True, "data": "AAAA"}).encode(),
    ]
    inhoud += [os.urandom(rng.randint(1, 4000)) for _ in range(20)]
    for nummer, ruw in enumerate(inhoud):
        bestand = SimpleUploadedFile("casus.json", ruw, content_type="application/json")
        response = client.post(
            "/openen/", {"bestand": bestand, "wachtwoord": rng.choice(["", "fout", "é" * 250])}
        )
        tekst = response.content.decode("utf-8", "replace")
        assert response.status_code < 500, nummer
        assert not any(engels in tekst for engels in ENGELS), nummer
        if response.status_code >= 400 or FOUT_HTML.search(tekst):
            assert NEDERLANDS.search(" ".join(FOUT_HTML.findall(tekst)) or tekst), nummer
        else:  # accepted: only a valid casus may be shown, never a half-loaded one
            assert nummer in {2, 3} or "staat" in tekst, nummer


def test_een_diep_genest_casusbestand_geeft_geen_serverfout() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    ruw = b"[" * 100_000 + b"]" * 100_000
    response = Client().post("/openen/", {"bestand": SimpleUploadedFile("casus.json", ruw)})
    assert response.status_code < 500
    assert NEDERLANDS.search(response.content.decode("utf-8", "replace"))
