"""`check --deploy` in organisation mode refuses to pass without encryption keys."""

from __future__ import annotations

from django.test import override_settings

from meldwijzer.web.org.checks import sleutels_ingesteld


def test_zonder_versleutelingssleutels_faalt_de_deploycontrole_in_de_organisatiemodus() -> None:
    alles = {
        "MELDWIJZER_ENCRYPTION_KEYS": ["k"],
        "MELDWIJZER_AUDIT_KEY": "a",
        "MELDWIJZER_AUDIT_CHECKPOINTS": "/var/lib/x.jsonl",
    }
    with override_settings(MODE="organisatie", **{**alles, "MELDWIJZER_ENCRYPTION_KEYS": []}):
        assert [f.id for f in sleutels_ingesteld()] == ["meldwijzer.E001"]
    with override_settings(MODE="organisatie", **{**alles, "MELDWIJZER_AUDIT_KEY": ""}):
        assert [f.id for f in sleutels_ingesteld()] == ["meldwijzer.E002"]
    with override_settings(MODE="organisatie", **{**alles, "MELDWIJZER_AUDIT_CHECKPOINTS": ""}):
        assert [f.id for f in sleutels_ingesteld()] == ["meldwijzer.E003"]
    with override_settings(MODE="organisatie", **alles):
        assert sleutels_ingesteld() == []
    with override_settings(MODE="prive", MELDWIJZER_ENCRYPTION_KEYS=[]):
        assert sleutels_ingesteld() == []


def test_de_controle_hoort_bij_check_deploy() -> None:
    from django.core.checks.registry import registry

    assert sleutels_ingesteld in registry.get_checks(include_deployment_checks=True)
    assert sleutels_ingesteld not in registry.get_checks(include_deployment_checks=False)
