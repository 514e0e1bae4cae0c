"""On PostgreSQL the database itself refuses UPDATE and DELETE on the audit trail too
(defence in depth next to the ORM guard and the hash chain). SQLite keeps the ORM guard:
its test runner empties tables with DELETE, which such a trigger would block."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

MAAK = """
CREATE OR REPLACE FUNCTION org_audit_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Het auditlog kan niet worden gewijzigd of verwijderd';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER org_audit_alleen_toevoegen
    BEFORE UPDATE OR DELETE ON org_auditentry
    FOR EACH ROW EXECUTE FUNCTION org_audit_alleen_toevoegen();
"""
WEG = """
DROP TRIGGER IF EXISTS org_audit_alleen_toevoegen ON org_auditentry;
DROP FUNCTION IF EXISTS org_audit_alleen_toevoegen();
"""


def _maak(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(MAAK)


def _weg(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WEG)


class Migration(migrations.Migration):
    dependencies = (("org", "0001_initial"),)
    operations = (migrations.RunPython(_maak, _weg),)
