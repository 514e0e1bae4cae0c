#!/usr/bin/env bash
# Security checks, called by scripts/test.sh (and usable on their own):
#   1. `manage.py check --deploy` with production settings, both modes: no warnings allowed;
#   2. ruff's bandit rules (S) on the code: clean, exceptions justified in place;
#   3. pip-audit on requirements.lock: no known vulnerabilities in the pinned dependencies.
# pip-audit needs a vulnerability service (PyPI's per-release JSON API or OSV). Where it cannot
# ask for releases (every package "skipped"), scripts/pypi_audit.py audits what PyPI's project
# endpoint allows (pins that are the newest release) and lists the rest as NOT AUDITED; that
# fails the run only when MELDWIJZER_REQUIRE_AUDIT=1 (a known vulnerability always fails it).
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
cd "$ROOT"
V="$VENV/bin"
status=0

echo "== check --deploy (productie-instellingen)"
tmp="$(mktemp -d /tmp/meldwijzer-security.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
key="$("$V/python" -c 'import secrets; print(secrets.token_urlsafe(48))')"
fernet="$("$V/python" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')"
for mode in prive organisatie; do
  if ! env -u DATABASE_URL DJANGO_SETTINGS_MODULE=meldwijzer.web.settings MELDWIJZER_PRODUCTION=1 \
      MELDWIJZER_MODE="$mode" MELDWIJZER_SECRET_KEY="$key" MELDWIJZER_ALLOWED_HOSTS=meldwijzer.example.nl \
      MELDWIJZER_DATA_DIR="$tmp" MELDWIJZER_ENCRYPTION_KEYS="$fernet" \
      MELDWIJZER_AUDIT_KEY="$key" MELDWIJZER_AUDIT_CHECKPOINTS="$tmp/audit-controlepunten.jsonl" \
      "$V/python" -m django check --deploy --fail-level WARNING; then
    echo "security: check --deploy ($mode) NIET schoon" >&2
    status=1
  fi
done

echo "== ruff bandit-regels (S)"
"$V/ruff" check --select S --output-format concise meldwijzer bench || status=1
if grep -rnE '#\s*noqa:\s*S[0-9]{3}\s*$' meldwijzer bench --include='*.py'; then
  echo "security: bovenstaande 'noqa: S###' hebben geen reden" >&2
  status=1
fi

echo "== pip-audit (requirements.lock)"
audit="$tmp/audit.txt"
set +e
"$V/pip-audit" -r requirements.lock --no-deps --disable-pip --strict --progress-spinner off \
  >"$audit" 2>&1
audit_rc=$?
set -e
grep -vE "^WARNING:pip_audit|pip-compile|^\s*$" "$audit" | head -n 20
if [ "$audit_rc" = 0 ]; then
  echo "pip-audit: geen bekende kwetsbaarheden"
elif grep -qiE "^Found [0-9]+ known vulnerabilit" "$audit"; then
  echo "security: pip-audit vond bekende kwetsbaarheden" >&2
  status=1
elif grep -qiE "could not be audited|Connection|resolve|timed out" "$audit"; then
  echo "security: pip-audit kon de releases niet opvragen (pakketten overgeslagen);" >&2
  echo "          terugval: scripts/pypi_audit.py met de kwetsbaarheidsgegevens van PyPI" >&2
  set +e
  "$V/python" "$ROOT/scripts/pypi_audit.py" requirements.lock
  fallback_rc=$?
  set -e
  case "$fallback_rc" in
    0) ;;
    1) echo "security: bekende kwetsbaarheden in vastgepinde pakketten" >&2; status=1 ;;
    *) echo "security: audit NIET VOLLEDIG (zie 'niet gecontroleerd' hierboven)." >&2
       echo "          Zet MELDWIJZER_REQUIRE_AUDIT=1 om dit te laten falen." >&2
       if [ "${MELDWIJZER_REQUIRE_AUDIT:-0}" = 1 ]; then status=1; fi ;;
  esac
else
  echo "security: pip-audit faalde (code $audit_rc)" >&2
  status=1
fi

exit "$status"
