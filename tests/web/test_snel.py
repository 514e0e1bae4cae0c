"""The speed shims sit behind one setting and fall back to stock Django (issue 18 item 3)."""

from __future__ import annotations

import pytest
from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from meldwijzer.web import snel
from meldwijzer.web.env import env_deelverzameling

ALLE = frozenset({"widgets", "paginas"})


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        (None, ALLE),
        ("", ALLE),
        ("aan", ALLE),
        ("uit", frozenset()),
        ("paginas", frozenset({"paginas"})),
        (" Widgets , paginas ", ALLE),
    ],
)
def test_de_instelling(
    monkeypatch: pytest.MonkeyPatch, waarde: str | None, verwacht: frozenset[str]
) -> None:
    if waarde is None:
        monkeypatch.delenv("X_SHIMS", raising=False)
    else:
        monkeypatch.setenv("X_SHIMS", waarde)
    assert env_deelverzameling("X_SHIMS", ALLE) == verwacht


def test_een_onbekende_shim_houdt_de_start_tegen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_SHIMS", "widgets,snelheid")
    with pytest.raises(ImproperlyConfigured, match="snelheid"):
        env_deelverzameling("X_SHIMS", ALLE)


def test_de_shims_die_het_waard_zijn() -> None:
    """The shims bench/shim_bench.py found to buy at least 10% (bench/results.md)."""
    assert settings.SNELLE_SHIMS == {"widgets", "paginas", "formulieren"}


class _Form(forms.Form):
    naam = forms.CharField()


@pytest.mark.parametrize(
    ("shims", "vast", "data", "gemaakt"),
    [
        (frozenset({"formulieren"}), True, None, 1),  # rendered once
        (frozenset(), True, None, 2),  # shim off: stock rendering every time
        (frozenset({"formulieren"}), False, None, 2),  # not a fixed class
        (frozenset({"formulieren"}), True, {"naam": "x"}, 2),  # bound: never kept
    ],
)
def test_lege_formulieren(
    shims: frozenset[str], vast: bool, data: dict[str, str] | None, gemaakt: int
) -> None:
    keer: list[int] = []

    def maak() -> str:
        keer.append(1)
        return "<form>"

    with override_settings(SNELLE_WEERGAVE=shims):
        for _ in range(2):
            assert snel.leeg_formulier(_Form(data), vast, maak) == "<form>"
    assert len(keer) == gemaakt
