"""On PostgreSQL the database refuses TRUNCATE of the audit trail and of its head, and
DELETE of the head (issue 14, item 4): TRUNCATE does not fire the row triggers of 0002.

The table owner can still switch triggers off; what finds that is the keyed chain and the
signed checkpoints outside the database (audit.py). A session that sets
`meldwijzer.audit_leegmaken = 'ja'` may empty the tables: the test runner's flush does that
(tests/conftest.py), an application session never does."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

MAAK = """
CREATE OR REPLACE FUNCTION org_audit_niet_leegmaken() RETURNS trigger AS $$
BEGIN
    IF current_setting('meldwijzer.audit_leegmaken', true) = 'ja' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'Het auditlog kan niet worden leeggemaakt';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER org_audit_niet_leegmaken
    BEFORE TRUNCATE ON org_auditentry
    FOR EACH STATEMENT EXECUTE FUNCTION org_audit_niet_leegmaken();
CREATE TRIGGER org_auditkop_niet_leegmaken
    BEFORE TRUNCATE ON org_auditkop
    FOR EACH STATEMENT EXECUTE FUNCTION org_audit_niet_leegmaken();
CREATE OR REPLACE FUNCTION org_auditkop_blijft() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'De kop van het auditlog kan niet worden verwijderd';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER org_auditkop_blijft
    BEFORE DELETE ON org_auditkop
    FOR EACH ROW EXECUTE FUNCTION org_auditkop_blijft();
"""
WEG = """
DROP TRIGGER IF EXISTS org_auditkop_blijft ON org_auditkop;
DROP FUNCTION IF EXISTS org_auditkop_blijft();
DROP TRIGGER IF EXISTS org_auditkop_niet_leegmaken ON org_auditkop;
DROP TRIGGER IF EXISTS org_audit_niet_leegmaken ON org_auditentry;
DROP FUNCTION IF EXISTS org_audit_niet_leegmaken();
"""


def _maak(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(MAAK)


def _weg(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WEG)


class Migration(migrations.Migration):
    dependencies = (("org", "0005_eerste_login"),)
    operations = (migrations.RunPython(_maak, _weg),)
