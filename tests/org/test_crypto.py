from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from meldwijzer.web.org import crypto


def test_versleutelde_tekst_komt_terug_en_is_niet_leesbaar(settings: object) -> None:
    settings.MELDWIJZER_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # type: ignore[attr-defined]
    waarde = crypto.versleutel("geheime notitie")
    assert "geheime" not in waarde
    assert crypto.ontsleutel(waarde) == "geheime notitie"


def test_nieuwste_sleutel_versleutelt_en_oude_sleutel_ontsleutelt_nog(settings: object) -> None:
    oud, nieuw = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.MELDWIJZER_ENCRYPTION_KEYS = [oud]  # type: ignore[attr-defined]
    onder_oud = crypto.versleutel("tekst")
    settings.MELDWIJZER_ENCRYPTION_KEYS = [nieuw, oud]  # type: ignore[attr-defined]
    assert not crypto.is_huidig(onder_oud)
    assert crypto.ontsleutel(onder_oud) == "tekst"
    assert crypto.is_huidig(crypto.versleutel("tekst"))


def test_zonder_passende_sleutel_volgt_een_duidelijke_fout(settings: object) -> None:
    settings.MELDWIJZER_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # type: ignore[attr-defined]
    waarde = crypto.versleutel("tekst")
    settings.MELDWIJZER_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # type: ignore[attr-defined]
    with pytest.raises(crypto.SleutelFout):
        crypto.ontsleutel(waarde)


def test_zonder_ingestelde_sleutels_wordt_een_sleutel_van_secret_key_afgeleid(
    settings: object,
) -> None:
    settings.MELDWIJZER_ENCRYPTION_KEYS = []  # type: ignore[attr-defined]
    settings.SECRET_KEY = "x" * 60  # type: ignore[attr-defined]
    waarde = crypto.versleutel("tekst")
    assert waarde.startswith(crypto.sleutel_id(crypto.afgeleide_sleutel("x" * 60)))
    assert crypto.ontsleutel(waarde) == "tekst"
