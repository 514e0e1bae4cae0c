"""A real headless Chromium (Debian's, never a download) against pytest-django's live server.

One browser per test session; each test gets a fresh context (its own tabs and storage).
When MELDWIJZER_REQUIRE_REAL=1 (CI) a missing Chromium fails the tests instead of skipping.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_KANDIDATEN = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_pad() -> str | None:
    for pad in CHROMIUM_KANDIDATEN:
        if Path(pad).exists():
            return pad
    return shutil.which("chromium")


def _ontbreekt(reden: str) -> None:
    if os.environ.get("MELDWIJZER_REQUIRE_REAL") == "1":
        pytest.fail(f"Chromium is vereist in CI: {reden}")
    pytest.skip(reden)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    pad = chromium_pad()
    if pad is None:
        _ontbreekt("Debian's chromium is niet geïnstalleerd (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        _ontbreekt("playwright ontbreekt")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=pad, args=ARGS)
        yield browser
        browser.close()
        from django.db import connections

        connections.close_all()


@pytest.fixture
def context(browser: Any, live_server: Any) -> Iterator[Any]:
    ctx = browser.new_context(base_url=live_server.url, locale="nl-NL")
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


@pytest.fixture(scope="session")
def axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    return Axe()
