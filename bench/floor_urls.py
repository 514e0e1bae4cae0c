"""URLconf of the framework floor: the app's own URLs plus `/__floor__/`."""

from __future__ import annotations

import os

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

#: Size of the fixed response; web_bench.py sets it to the size of a real step page.
FLOOR_BYTES = int(os.environ.get("MELDWIJZER_BENCH_FLOOR_BYTES", "2048"))
_HEAD = b"<!doctype html><html lang=nl><title>floor</title><p>"
_BODY = _HEAD + b"x" * max(0, FLOOR_BYTES - len(_HEAD))


def floor(request: HttpRequest) -> HttpResponse:
    """A fixed response: no template, no database, no state."""
    return HttpResponse(_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [
    path("__floor__/", floor),
    path("", include("meldwijzer.web.urls")),
]

handler400 = "meldwijzer.web.errors.bad_request"
handler403 = "meldwijzer.web.errors.permission_denied"
handler404 = "meldwijzer.web.errors.not_found"
handler500 = "meldwijzer.web.errors.server_error"
