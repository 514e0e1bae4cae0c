"""Test-only URLs: one view per application error family that lets its error through, so
tests/web/test_fouten.py can see each mapped to its page by the whole middleware stack."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web import urls as echt

handler500 = echt.handler500


def _gooit(fout: MeldwijzerFout):  # type: ignore[no-untyped-def]
    def view(request: HttpRequest) -> HttpResponse:
        raise fout

    return view


FOUTEN: dict[str, MeldwijzerFout] = {}

urlpatterns: list[object] = []


def zet(fouten: dict[str, MeldwijzerFout]) -> None:
    FOUTEN.clear()
    FOUTEN.update(fouten)
    eigen = [path(f"test-fout/{naam}/", _gooit(fout)) for naam, fout in fouten.items()]
    urlpatterns[:] = [*eigen, *echt.urlpatterns]  # the error page links to the start page
