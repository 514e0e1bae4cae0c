#!/usr/bin/env bash
# Quick start, command 2: install what the tests need and run the whole suite.
# Static checks, then pytest on SQLite (with the real-browser tests), then the database
# tests again on a real PostgreSQL. Extra arguments go to both pytest runs.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
cd "$ROOT"

if ! command -v chromium >/dev/null 2>&1; then
  echo "meldwijzer: Chromium installeren (apt-get, voor de browsertests) ..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
source "$ROOT/scripts/pg.sh"

export MELDWIJZER_DATA_DIR="$(mktemp -d /tmp/meldwijzer-testdata.XXXXXX)"  # never the user's own data
export MELDWIJZER_REQUIRE_REAL=1   # a test that needs Chromium or PostgreSQL fails, never skips
V="$VENV/bin"

echo "== ruff"; "$V/ruff" check meldwijzer tests bench
echo "== mypy (strict, the whole package)"; "$V/mypy" --no-error-summary
echo "== content packs"; "$V/meldwijzer" content check "$ROOT/meldwijzer/content/packs/bpsw"
"$V/meldwijzer" content check "$ROOT/meldwijzer/content/packs/basis"
echo "== docs/norm.md (generated from the engine)"; "$V/python" -m meldwijzer.engine.normtabel --check "$ROOT/docs/norm.md"
echo "== migrations"; "$V/python" -m django makemigrations --check --dry-run --settings=meldwijzer.web.settings >/dev/null
if [ -f "$ROOT/scripts/security.sh" ]; then echo "== security"; bash "$ROOT/scripts/security.sh"; fi
echo "== pytest (SQLite)"; "$V/pytest" -p no:cacheprovider -q "$@"
echo "== pytest (PostgreSQL)"; DATABASE_URL="$TEST_DATABASE_URL" "$V/pytest" -p no:cacheprovider -q -m "not browser" "$@"
# The speed shims off (meldwijzer/web/snel.py): the pages they touch, on stock Django.
echo "== pytest (snelle weergave uit)"; MELDWIJZER_SNELLE_WEERGAVE=uit "$V/pytest" -p no:cacheprovider -q -m "not browser" \
  tests/web tests/robustness/test_renderer.py "$@"
