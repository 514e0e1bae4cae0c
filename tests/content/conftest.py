"""Fixtures for the content-pack tests: the shipped pack, and a writable copy to break."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from meldwijzer.content.loader import SHIPPED_PACK, clear_cache, load_pack
from meldwijzer.content.model import Pack


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack(SHIPPED_PACK)


@pytest.fixture
def kopie(tmp_path: Path) -> Path:
    """A copy of the shipped pack in tmp_path, to edit and break."""
    doel = tmp_path / "pack"
    shutil.copytree(SHIPPED_PACK, doel)
    return doel


@pytest.fixture(autouse=True)
def _schone_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()
