"""The speed shims, all in one place and behind one setting (issue 18 item 3).

`SNELLE_WEERGAVE` (environment: MELDWIJZER_SNELLE_WEERGAVE) names the shims that are on:
`aan` (the default) is all of them, `uit` none, or a comma-separated list of their names
(settings.SNELLE_SHIMS). A shim that is off leaves the work to stock Django, with the same
output; `python -m bench.web_bench --shims` measures what each one buys, and a shim that buys
less than 10% on the web bench is removed rather than kept (bench/results.md).

- `widgets`: the standard widget templates written in Python. Profiling the step pages
  showed more than half of their rendering time in Django's widget templates: every radio
  button is four nested template includes (radio -> multiple_input -> radio_option ->
  input_option -> input -> attrs). The widgets themselves (their context: names, ids,
  values, attrs, checked state) stay Django's; only the final string assembly of the
  standard widget templates below is done here, producing the same markup byte for byte
  (tests/robustness/test_renderer.py compares every page with Django's templates). Any other
  template, including a project override, goes to Django's template renderer.
- `paginas`: a GET in private mode shows a page without a casus, the same for everyone but
  the CSRF token; it is rendered once per process and served with each visitor's token.
- `formulieren`: organisation mode's casus page shows up to seven empty forms; an empty form
  of a class in org.forms.VASTE_FORMULIEREN renders the same for everyone (no data, no
  initial values, fixed choices, no CSRF token inside), so it is rendered once per process.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.forms import BaseForm
from django.forms.renderers import DjangoTemplates
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe


def aan(naam: str) -> bool:
    """Whether the shim `naam` is on (settings.SNELLE_WEERGAVE)."""
    return naam in settings.SNELLE_WEERGAVE


_W = "django/forms/widgets/"


# The widget context comes from Django as dict[str, Any] (Widget.get_context), so the
# writers below read Mapping[str, Any]; conditional_escape takes anything with __html__ or a
# str(), which its stub types narrower, hence _esc's Any.


def _esc(value: Any) -> str:
    """`{{ value }}` in a template: escaped unless already safe (None prints as 'None')."""
    return str(conditional_escape(value))


def _fmt(value: object) -> str:
    """`{{ value|stringformat:'s' }}`: str() of the value, escaped unless it was safe."""
    if isinstance(value, tuple):
        value = str(value)
    text = str(value)  # what "%s" gives for anything but a tuple (handled above)
    # A safe value stays safe, as Django's is_safe filter does; anything else is escaped.
    return _esc(mark_safe(text) if isinstance(value, SafeData) else text)  # noqa: S308 - only values that were already safe


def _attrs(attrs: Mapping[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            out.append(f" {_esc(name)}")
        else:
            out.append(f' {_esc(name)}="{_fmt(value)}"')
    return "".join(out)


def _input(w: Mapping[str, Any]) -> str:
    """django/forms/widgets/input.html (and text, number, date, email, password, hidden...)."""
    value = w.get("value")
    waarde = f' value="{_fmt(value)}"' if value is not None else ""
    soort, naam = _esc(w["type"]), _esc(w["name"])
    return f'<input type="{soort}" name="{naam}"{waarde}{_attrs(w["attrs"])}>\n'


def _input_option(w: Mapping[str, Any]) -> str:
    """input_option.html (radio_option.html and checkbox_option.html include it)."""
    if not w.get("wrap_label"):
        return _input(w) + "\n"
    ident = w["attrs"].get("id")
    voor = f' for="{_esc(ident)}"' if ident else ""
    return f"<label{voor}>{_input(w)} {_esc(w['label'])}</label>\n"


def _option(option: Mapping[str, Any]) -> str:
    template = option.get("template_name")
    if template in (_W + "radio_option.html", _W + "checkbox_option.html"):
        return _input_option(option) + "\n"
    if template == _W + "input_option.html":
        return _input_option(option)
    if template == _W + "select_option.html":
        return _select_option(option)
    raise _Onbekend


def _multiple_input(w: Mapping[str, Any]) -> str:
    """multiple_input.html (radio.html and checkbox_select.html include it)."""
    attrs = w["attrs"]
    ident = attrs.get("id")
    klasse = attrs.get("class")
    out = [
        "<div",
        f' id="{_esc(ident)}"' if ident else "",
        f' class="{_esc(klasse)}"' if klasse else "",
        ">",
    ]
    for group, options, _index in w["optgroups"]:
        if group:
            out.append(f"\n  <div><label>{_esc(group)}</label>")
        for option in options:
            out.append("<div>\n    " + _option(option) + "</div>")
        if group:
            out.append("\n  </div>")
    out.append("\n</div>\n")
    return "".join(out)


def _select_option(w: Mapping[str, Any]) -> str:
    return f'<option value="{_fmt(w["value"])}"{_attrs(w["attrs"])}>{_esc(w["label"])}</option>\n'


def _select(w: Mapping[str, Any]) -> str:
    out = [f'<select name="{_esc(w["name"])}"{_attrs(w["attrs"])}>']
    for group_name, choices, _index in w["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{_esc(group_name)}">')
        for option in choices:
            out.append("\n  " + _option(option))
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>\n")
    return "".join(out)


def _textarea(w: Mapping[str, Any]) -> str:
    value = w.get("value")
    inhoud = _esc(value) if value else ""
    return f'<textarea name="{_esc(w["name"])}"{_attrs(w["attrs"])}>\n{inhoud}</textarea>\n'


class _Onbekend(Exception):
    """A widget part this renderer does not write: let Django's templates do it."""


_INPUTS = ("input", "text", "number", "date", "email", "password", "hidden", "tel", "url")
_SNEL: dict[str, Callable[[Mapping[str, Any]], str]] = {
    **{f"{_W}{naam}.html": _input for naam in _INPUTS},
    _W + "checkbox.html": _input,
    _W + "radio.html": _multiple_input,
    _W + "checkbox_select.html": _multiple_input,
    _W + "multiple_input.html": _multiple_input,
    _W + "select.html": _select,
    _W + "textarea.html": _textarea,
}


class SnelleRenderer(DjangoTemplates):
    """Django's template form renderer, with the standard widgets written in Python while
    the `widgets` shim is on (settings.FORM_RENDERER names this class only then)."""

    def render(
        self, template_name: str, context: dict[str, Any], request: HttpRequest | None = None
    ) -> str:
        schrijver = _SNEL.get(template_name) if aan("widgets") else None
        widget = context.get("widget") if schrijver is not None else None
        if schrijver is not None and isinstance(widget, Mapping):
            try:
                return schrijver(widget).strip()
            except _Onbekend:
                pass
        return str(super().render(template_name, context, request=request))


# --- paginas: the pages without a casus -------------------------------------------------
# Nothing of a casus is ever in this cache: only pages rendered from the empty casus, with a
# placeholder for the CSRF token. It is emptied whenever a setting changes (tests).
_CSRF_PLEK = "csrfplek" + secrets.token_hex(16)
_ZONDER_CASUS: dict[str, tuple[str, int, str]] = {}


def pagina_zonder_casus(
    request: HttpRequest, maak: Callable[[dict[str, object] | None], HttpResponse]
) -> HttpResponse:
    """The page at this path as `maak(extra)` renders it from the empty casus; with the
    `paginas` shim on, rendered once per process with a placeholder token (in `extra`) that
    every response replaces with its own."""
    if not aan("paginas") or settings.DEBUG:  # with DEBUG, templates change on disk
        return maak(None)
    opgeslagen = _ZONDER_CASUS.get(request.path)
    if opgeslagen is None:
        antwoord = maak({"csrf_token": _CSRF_PLEK})
        opgeslagen = (antwoord.content.decode(), antwoord.status_code, antwoord["Content-Type"])
        if len(_ZONDER_CASUS) < 64:  # one entry per flow URL; a bound all the same
            _ZONDER_CASUS[request.path] = opgeslagen
    html, status, soort = opgeslagen
    return HttpResponse(
        html.replace(_CSRF_PLEK, get_token(request)), status=status, content_type=soort
    )


# --- formulieren: organisation mode's empty forms ----------------------------------------
_LEGE_FORMULIEREN: dict[tuple[type[BaseForm], str | None, bool | str, str], str] = {}


def leeg_formulier(form: BaseForm, vast: bool, maak: Callable[[], str]) -> str:
    """`maak()` for this form; with the `formulieren` shim on, an empty form of a fixed
    class (`vast`) is rendered once per process."""
    if not (vast and aan("formulieren")) or form.is_bound or form.initial or settings.DEBUG:
        return maak()
    sleutel = (type(form), form.prefix, form.auto_id, form.label_suffix)
    html = _LEGE_FORMULIEREN.get(sleutel)
    if html is None:
        html = maak()
        if len(_LEGE_FORMULIEREN) < 64:
            _LEGE_FORMULIEREN[sleutel] = html
    return html


def _alles_legen(**_: object) -> None:
    """Every shim's store, emptied whenever a setting changes (tests)."""
    _ZONDER_CASUS.clear()
    _LEGE_FORMULIEREN.clear()


setting_changed.connect(_alles_legen, dispatch_uid="meldwijzer.snel.legen")
