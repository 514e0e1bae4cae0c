#!/usr/bin/env bash
# Benchmarks: one command runs every bench script and writes bench/results.md
# (machine, date, commit and all figures as markdown tables). Takes about 12 minutes.
#   bash scripts/bench.sh            # everything
#   BENCH_SECONDS=3 SOAK_SECONDS=30 bash scripts/bench.sh   # a shorter run (both soaks)
#   ORG_BENCH_ARGS="--audit 1000000" bash scripts/bench.sh  # organisation mode smaller (default: full)
# Other machines' loads distort the figures: results.md records the load average.
# Installs wrk, nginx-light and chromium with apt-get when missing (the load generator, the
# static floor and the real browser for page weight). A script that fails is listed in
# results.md and makes the command exit non-zero; the others still run.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
cd "$ROOT"
PY="$VENV/bin/python"

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "meldwijzer: installeren voor de benchmarks: ${missing[*]} (apt-get) ..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

OUT="$ROOT/bench/out"
rm -rf "$OUT"
mkdir -p "$OUT"
export DJANGO_ALLOW_ASYNC_UNSAFE=true PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
"$PY" -m bench.report --begin

failed=0
run() {  # run NAME COMMAND...: output to bench/out/NAME.log, failures listed in results.md
  local name="$1"; shift
  local start=$SECONDS
  echo "== $name" >&2
  if "$@" >"$OUT/$name.log" 2>&1; then
    echo "   klaar in $((SECONDS - start)) s" >&2
  else
    local rc=$?
    echo "   MISLUKT (code $rc) na $((SECONDS - start)) s; zie bench/out/$name.log" >&2
    echo "$name: code $rc; log: $(tail -n 3 "$OUT/$name.log" | tr '\n' ' ' | cut -c1-300)" >>"$OUT/mislukt.txt"
    failed=1
  fi
}

run web "$PY" -m bench.web_bench --seconds "${BENCH_SECONDS:-4}" --sweep
run shims "$PY" -m bench.shim_bench  # what each speed shim of meldwijzer/web/snel.py buys
run page_weight "$PY" -m bench.page_weight
run startup "$PY" -m bench.startup_bench --runs 5
run soak "$PY" -m bench.soak --users "${SOAK_USERS:-100}" --seconds "${SOAK_SECONDS:-120}"

with_pg() {  # with_pg COMMAND...: COMMAND --database-url of a throwaway PostgreSQL (scripts/pg.sh)
  local attempt rc=1
  for attempt in 1 2; do  # a throwaway cluster can fail to start (port taken): retry once
    rm -f "$OUT/.pg_gestart"
    bash -c 'source scripts/pg.sh; : >"$0"; "$@" --database-url "$TEST_DATABASE_URL"' \
      "$OUT/.pg_gestart" "$@" && { rm -f "$OUT/.pg_gestart"; return 0; }
    rc=$?
    if [ -e "$OUT/.pg_gestart" ]; then rm -f "$OUT/.pg_gestart"; return "$rc"; fi
    echo "PostgreSQL startte niet; nog een keer" >&2
  done
  return "$rc"
}
# The same soak in organisation mode: logged-in medewerkers, casussen stored in PostgreSQL,
# afterwards every acknowledged save must be in the database (its own database, dropped after).
run soak_org with_pg "$PY" -m bench.soak --modus organisatie \
  --users "${SOAK_USERS:-100}" --seconds "${SOAK_SECONDS:-120}"

# The other bench scripts (verslag, schrijfcheck, organisation mode, ...) print their figures.
# org_bench needs PostgreSQL: it runs with scripts/pg.sh (a throwaway cluster) at the full scale of
# issue 6 (100,000 casussen, 2,000 users, 5,000,000 audit entries; 1, 4 and 8 clients) unless
# ORG_BENCH_ARGS says otherwise. About 2 minutes on 2 cores (118 s: filling 65 s, verifying 28 s).
for script in bench/*_bench.py; do
  name="$(basename "$script" .py)"
  case "$name" in web_bench|startup_bench) continue ;; esac
  echo "== $name" >&2
  start=$SECONDS
  if [ "$name" = org_bench ]; then
    cmd=(bash -c 'source scripts/pg.sh; DATABASE_URL="$TEST_DATABASE_URL" "$0" "$1" ${ORG_BENCH_ARGS:-}' "$PY" "$script")
  else
    cmd=("$PY" "$script")
  fi
  ok=0
  for attempt in 1 2; do  # a throwaway PostgreSQL cluster can fail to start (port taken): retry once
    if "${cmd[@]}" >"$OUT/60_$name.stdout" 2>"$OUT/$name.log"; then ok=1; break; fi
    grep -q "could not start server" "$OUT/$name.log" || break
  done
  if [ "$ok" = 1 ]; then
    echo "   klaar in $((SECONDS - start)) s" >&2
  else
    # Some scripts exit non-zero when they miss their own goal: their figures are still shown.
    echo "   exitcode niet 0 (fout, of een gemist doel); zie bench/out/$name.log" >&2
    staart="$(tail -n 3 "$OUT/$name.log" 2>/dev/null | tr '\n' ' ' | cut -c1-300)"
    echo "$name: exitcode niet 0 (fout, of het script meldt een gemist doel; zie zijn uitvoer)${staart:+; log: $staart}" >>"$OUT/mislukt.txt"
    failed=1
  fi
done

"$PY" -m bench.report --einde
"$PY" -m bench.report
exit "$failed"
