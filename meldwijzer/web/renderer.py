"""A form renderer that writes Django's standard widgets in Python instead of templates.

Profiling the step pages showed more than half of their rendering time in Django's widget
templates: every radio button is four nested template includes (radio -> multiple_input ->
radio_option -> input_option -> input -> attrs). The widgets themselves (their context:
names, ids, values, attrs, checked state) stay Django's; only the final string assembly of the
standard widget templates below is done here, producing the same markup byte for byte
(tests/robustness/test_renderer.py compares it with Django's templates for every field of every
form). Any other template, including a project override, goes to Django's template renderer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

_W = "django/forms/widgets/"


def _esc(value: Any) -> str:
    """`{{ value }}` in a template: escaped unless already safe (None prints as 'None')."""
    return str(conditional_escape(value))


def _fmt(value: Any) -> str:
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
    """Django's template form renderer, with the standard widgets written in Python."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        schrijver = _SNEL.get(template_name)
        widget = context.get("widget") if schrijver is not None else None
        if schrijver is not None and isinstance(widget, Mapping):
            try:
                return schrijver(widget).strip()
            except _Onbekend:
                pass
        return str(super().render(template_name, context, request=request))
