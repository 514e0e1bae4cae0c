"""A scripted professional: reads the flow's HTML forms and fills them in, over plain HTTP.

Nothing here knows the flow's field list: it parses each page's <form>, fills every visible
field (realistic Dutch text, a choice from the offered options) and presses a button, the way
a user would. Preferences by field name make a walk deterministic and in scope when wanted.
Used by the web bench (to build a realistic signed state), the soak and the robustness tests.
Stdlib only, so it also runs outside the Django process.
"""

from __future__ import annotations

import datetime as dt
import http.client
import random
import re
import time
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Protocol

TEKSTEN = (
    "Op maandag zag ik een blauwe plek van ongeveer vijf centimeter op de linkerarm.",
    "De cliënt vertelde zelf dat haar partner haar vorige week heeft geduwd.",
    "Moeder kwam drie keer te laat bij het ophalen en rook naar alcohol.",
    "Volgens de leerkracht (bron: mentor, telefonisch) is het kind vaak moe en stil.",
    "Besproken met de aandachtsfunctionaris; advies: Veilig Thuis anoniem raadplegen.",
    "Het kind zei: 'papa wordt heel boos als ik huil'. Ik heb dit letterlijk genoteerd.",
    "Er zijn geen tekenen van letsel gezien tijdens het huisbezoek van dinsdag.",
    "De cliënt wil hulp en heeft afspraken gemaakt over een veiligheidsplan.",
)


@dataclass
class Veld:
    name: str
    kind: str  # hidden, text, textarea, select, radio, checkbox, number, date, ...
    value: str = ""
    checked: bool = False
    options: list[str] = field(default_factory=list)
    multiple: bool = False
    maxlength: int | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass
class Knop:
    name: str
    value: str
    formaction: str | None
    tekst: str = ""


@dataclass
class Formulier:
    action: str
    method: str
    id: str
    velden: list[Veld] = field(default_factory=list)
    knoppen: list[Knop] = field(default_factory=list)

    def veld(self, name: str) -> Veld | None:
        return next((v for v in self.velden if v.name == name), None)

    def zichtbaar(self) -> list[Veld]:
        return [v for v in self.velden if v.kind != "hidden"]


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.formulieren: list[Formulier] = []
        self._form: Formulier | None = None
        self._select: Veld | None = None
        self._option: str | None = None
        self._textarea: Veld | None = None
        self._knop: Knop | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self._form = Formulier(
                action=a.get("action", ""),
                method=a.get("method", "get").lower(),
                id=a.get("id", ""),
            )
            self.formulieren.append(self._form)
        if self._form is None:
            return
        name = a.get("name", "")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in {"submit", "image"}:
                self._form.knoppen.append(Knop(name, a.get("value", ""), a.get("formaction")))
                return
            self._form.velden.append(
                Veld(
                    name=name,
                    kind=kind,
                    value=a.get("value", "on" if kind in {"radio", "checkbox"} else ""),
                    checked="checked" in a,
                    maxlength=_int(a.get("maxlength")),
                    minimum=_int(a.get("min")),
                    maximum=_int(a.get("max")),
                )
            )
        elif tag == "textarea" and name:
            self._textarea = Veld(name=name, kind="textarea", maxlength=_int(a.get("maxlength")))
            self._form.velden.append(self._textarea)
        elif tag == "select" and name:
            self._select = Veld(name=name, kind="select", multiple="multiple" in a)
            self._form.velden.append(self._select)
        elif tag == "option" and self._select is not None:
            self._option = a.get("value")
            if self._option is not None:
                self._select.options.append(self._option)
            if "selected" in a and self._option is not None:
                self._select.value = self._option
        elif tag == "button":
            kind = a.get("type", "submit").lower()
            if kind == "submit":
                self._knop = Knop(name, a.get("value", ""), a.get("formaction"))
                self._form.knoppen.append(self._knop)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "button":
            self._knop = None
        elif tag == "option":
            self._option = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea.value += data
        if self._knop is not None:
            self._knop.tekst += data.strip()


def formulieren(html: str) -> list[Formulier]:
    parser = _Parser()
    parser.feed(html)
    return parser.formulieren


def hoofdformulier(html: str) -> Formulier | None:
    """The form a user works in: the one with the most visible fields."""
    kandidaten = [f for f in formulieren(html) if f.method == "post"]
    return max(kandidaten, key=lambda f: (len(f.zichtbaar()), len(f.knoppen)), default=None)


@dataclass
class Profiel:
    """How a scripted professional answers: fixed values by field name, else random."""

    vast: dict[str, str] = field(default_factory=dict)
    vinkje_kans: float = 0.3
    lege_kans: float = 0.1

    @classmethod
    def realistisch(cls) -> Profiel:
        """A casus inside the meldcode with a clear line, for benchmarks."""
        return cls(
            vast={
                "situatie": "huiselijke_kring",
                "noodsituatie": "",
                "eenmalig_contact": "",
                "sig_soort": "observatie",
                "leeftijd": "34",
                # a sociaal werker: the BPSW pack, as before sector and beroep were asked
                "sector": "jeugdhulp",
                "beroepsgroep": "sociaal_werker",
            },
            vinkje_kans=0.0,
            lege_kans=0.0,
        )


def vul(
    form: Formulier, rng: random.Random, profiel: Profiel | None = None
) -> list[tuple[str, str]]:
    """Filled-in form data (without the button), as a browser would send it."""
    profiel = profiel or Profiel()
    data: list[tuple[str, str]] = []
    radios: dict[str, list[str]] = {}
    for veld in form.velden:
        vast = profiel.vast.get(veld.name)
        if veld.kind == "hidden":
            data.append((veld.name, veld.value))
        elif veld.kind == "radio":
            radios.setdefault(veld.name, []).append(veld.value)
        elif veld.kind == "checkbox":
            if vast is not None:
                if vast in (veld.value, "on"):
                    data.append((veld.name, veld.value))
            elif rng.random() < profiel.vinkje_kans:
                data.append((veld.name, veld.value))
        elif veld.kind == "select":
            keuzes = [o for o in veld.options if o]
            if vast is not None:
                data.append((veld.name, vast))
            elif keuzes:
                data.append((veld.name, rng.choice(keuzes)))
        elif vast is not None:
            data.append((veld.name, vast))
        elif "leeftijden" in veld.name:
            data.append(
                (veld.name, ", ".join(str(rng.randint(0, 17)) for _ in range(rng.randint(1, 3))))
            )
        elif rng.random() < profiel.lege_kans:
            data.append((veld.name, ""))
        elif veld.kind == "number":
            laag = veld.minimum if veld.minimum is not None else 0
            hoog = veld.maximum if veld.maximum is not None else 17
            data.append((veld.name, str(rng.randint(laag, max(laag, min(hoog, 60))))))
        elif veld.kind == "date":
            data.append(
                (
                    veld.name,
                    (dt.date(2026, 11, 1) + dt.timedelta(days=rng.randint(0, 20))).isoformat(),
                )
            )
        elif veld.kind in {"email"}:
            data.append((veld.name, "professional@example.nl"))
        else:
            tekst = rng.choice(TEKSTEN)
            if veld.maxlength:
                tekst = tekst[: veld.maxlength]
            data.append((veld.name, tekst))
    for name, waarden in radios.items():
        vast = profiel.vast.get(name)
        data.append((name, vast if vast in waarden else rng.choice(waarden)))
    return data


@dataclass
class Antwoord:
    status: int
    url: str
    body: str
    headers: dict[str, str]
    grootte: int = 0  # bytes of the body as received


class Client:
    """One user: one keep-alive connection, cookies kept by hand (also `Secure` ones on http)."""

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        parts = urllib.parse.urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self._conn: http.client.HTTPConnection | None = None

    def _verbinding(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Antwoord:
        kop = {"Host": f"{self.host}:{self.port}", "Accept-Encoding": "identity"}
        if self.cookies:
            kop["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        kop.update(headers or {})
        for poging in range(2):
            conn = self._verbinding()
            try:
                conn.request(method, path, body=body, headers=kop)
                resp = conn.getresponse()
                data = resp.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server closed between requests: retry once.
                self.close()
                if poging:
                    raise
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                naam, _, rest = value.partition("=")
                self.cookies[naam.strip()] = rest.split(";", 1)[0]
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        return Antwoord(
            status=resp.status,
            url=path,
            body=data.decode("utf-8", errors="replace"),
            headers={k.lower(): v for k, v in resp.getheaders()},
            grootte=len(data),
        )

    def get(self, path: str) -> Antwoord:
        return self.request("GET", path)

    def post(self, path: str, data: list[tuple[str, str]]) -> Antwoord:
        body = urllib.parse.urlencode(data).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )

    def verstuur(self, form: Formulier, data: list[tuple[str, str]], knop: Knop | None) -> Antwoord:
        pad = (knop.formaction if knop and knop.formaction else None) or form.action
        if knop is not None and knop.name:
            data = [*data, (knop.name, knop.value)]
        return self.post(pad, data)


def knop_naar(form: Formulier, pad: str) -> Knop | None:
    """The button that saves this page and goes to `pad` (a navigation button)."""
    for knop in form.knoppen:
        if knop.formaction == pad and knop.value in {"", "opslaan"}:
            return knop
    return None


def opslaan_knop(form: Formulier) -> Knop | None:
    """The plain save button (stays on the page)."""
    for knop in form.knoppen:
        if knop.value == "opslaan" and not knop.formaction:
            return knop
    return form.knoppen[0] if form.knoppen else None


STAP_RE = re.compile(r"^/stap/\d+/$")


class FlowFout(Exception):
    """The server answered a scripted step with an error (5xx, or an unexpected 4xx)."""


@dataclass
class Stap:
    """One saved page: where it was posted and what was posted (for replay by wrk)."""

    pad: str
    data: list[tuple[str, str]]


@dataclass
class Verloop:
    verzoeken: int = 0
    validatiefouten: int = 0
    stappen: list[Stap] = field(default_factory=list)
    laatste: Antwoord | None = None

    def laatste_formulier(self) -> Formulier | None:
        return hoofdformulier(self.laatste.body) if self.laatste else None


def _controleer(antwoord: Antwoord, verloop: Verloop, *, streng: bool = False) -> None:
    """Count the answer; raise FlowFout on an error. `streng` (organisation mode, a stored
    casus): every answer other than the next page or a validation message is an error too,
    such as a redirect (to the login page: the session is gone) or a 409 (a conflict)."""
    verloop.verzoeken += 1
    verloop.laatste = antwoord
    if antwoord.status >= 500 or antwoord.status in (403, 404, 405):
        raise FlowFout(f"{antwoord.url}: HTTP {antwoord.status}")
    if streng and antwoord.status not in (200, 400):
        waarheen = antwoord.headers.get("location", "")
        raise FlowFout(
            f"{antwoord.url}: HTTP {antwoord.status}" + (f" naar {waarheen}" if waarheen else "")
        )
    if antwoord.status == 400 or 'aria-invalid="true"' in antwoord.body:
        verloop.validatiefouten += 1


def route(html: str) -> list[str]:
    """The pages the navigation of this page offers, in page order (saving on the way)."""
    form = hoofdformulier(html)
    gezien: list[str] = []
    for knop in form.knoppen if form else []:
        if knop.formaction and knop.value == "opslaan" and knop.formaction not in gezien:
            gezien.append(knop.formaction)
    return gezien


class Waarnemer(Protocol):
    """Watches the saves of a walk: may change what is typed, sees every answer."""

    def invullen(self, form: Formulier, data: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The data to post instead of `data` (e.g. with a marker typed into a field)."""
        ...

    def beantwoord(self, form: Formulier, data: list[tuple[str, str]], antwoord: Antwoord) -> None:
        """`data` was posted from `form` (plus the button) and `antwoord` came back."""
        ...


def casus_doorlopen(
    client: Client,
    *,
    rng: random.Random,
    profiel: Profiel | None = None,
    herhalingen: int = 2,
    denktijd: tuple[float, float] | None = None,
    tot: float | None = None,
) -> Verloop:
    """Start a casus on the start page and work through every page the navigation offers.

    Each step page is saved `herhalingen` times (every save of step 1 adds a signal, of step 2
    a consultation, ...). `denktijd` pauses between requests like a user reading and typing.
    """
    verloop = Verloop()
    start = client.get("/")
    _controleer(start, verloop)
    kandidaten = [f for f in formulieren(start.body) if f.veld("pagina") is not None]
    if not kandidaten:
        raise FlowFout("/: geen formulier om een casus te starten")
    form = kandidaten[0]
    data = vul(form, rng, profiel)
    _pauze(rng, denktijd)
    antwoord = client.verstuur(form, data, form.knoppen[0] if form.knoppen else None)
    _controleer(antwoord, verloop)
    return pagina_doorlopen(
        client,
        verloop,
        huidig=antwoord.url if antwoord.url != "/" else form.action,
        rng=rng,
        profiel=profiel,
        herhalingen=herhalingen,
        denktijd=denktijd,
        tot=tot,
    )


def _pauze(rng: random.Random, denktijd: tuple[float, float] | None) -> None:
    if denktijd:
        time.sleep(rng.uniform(*denktijd))


def pagina_doorlopen(
    client: Client,
    verloop: Verloop,
    *,
    huidig: str,
    rng: random.Random,
    profiel: Profiel | None = None,
    herhalingen: int = 2,
    denktijd: tuple[float, float] | None = None,
    tot: float | None = None,
    waarnemer: Waarnemer | None = None,
    streng: bool = False,
    eerst: tuple[str, ...] = (),
) -> Verloop:
    """From the page in `verloop.laatste` (at path `huidig`), work through every page the
    navigation offers (the pages in `eerst` before the others): the part of
    `casus_doorlopen` after the start page. Organisation mode starts here with the flow page
    of a stored casus (`streng`: see `_controleer`)."""
    bezocht: list[str] = []
    doelen = route(verloop.laatste.body) if verloop.laatste else []
    doelen = [p for p in eerst if p in doelen] + [p for p in doelen if p not in eerst]

    def versturen(
        form: Formulier, data: list[tuple[str, str]], knop: Knop | None, *, pauze: bool = True
    ) -> tuple[Antwoord, list[tuple[str, str]]]:
        if waarnemer is not None:
            data = waarnemer.invullen(form, data)
        if pauze:
            _pauze(rng, denktijd)
        antwoord = client.verstuur(form, data, knop)
        _controleer(antwoord, verloop, streng=streng)
        if waarnemer is not None:
            waarnemer.beantwoord(form, data, antwoord)
        return antwoord, data

    while doelen and (tot is None or time.monotonic() < tot):
        doel = doelen.pop(0)
        bezocht.append(doel)
        for _ in range(herhalingen if STAP_RE.match(huidig) else 1):
            form = hoofdformulier(verloop.laatste.body) if verloop.laatste else None
            if form is None:
                break
            knop = opslaan_knop(form)
            antwoord, data = versturen(form, vul(form, rng, profiel), knop)
            verloop.stappen.append(
                Stap(
                    pad=antwoord.url,
                    data=[*data, *([(knop.name, knop.value)] if knop and knop.name else [])],
                )
            )
        form = hoofdformulier(verloop.laatste.body) if verloop.laatste else None
        if form is None:
            break
        knop = knop_naar(form, doel)
        if knop is None:
            continue
        _pauze(rng, denktijd)  # before filling in, as ever: the same walk for the same seed
        antwoord, _ = versturen(form, vul(form, rng, profiel), knop, pauze=False)
        huidig = doel
        doelen += [p for p in route(antwoord.body) if p not in bezocht and p not in doelen]
    return verloop
