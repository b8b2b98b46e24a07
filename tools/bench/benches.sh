# The benchmarks of ./portal bench (search, exchange, experts, plans, lighthouse; web is in tools/bench-web):
# sourced by ./portal, which defines say, die, build, need_apt, need_browser_tools, web_dll, start_postgres
# and stop_postgres. Each writes its figures to docs/performance.md under its own "## " section.

# ./portal bench search: 100,000 generated documents on SQLite, then on a throwaway PostgreSQL;
# prints the figures and writes them to docs/performance.md under "## Search".
bench_search() {
  need_apt postgresql postgresql-contrib
  build Release
  local bench="$ROOT/tools/Portal.SearchBench/bin/Release/net10.0/Portal.SearchBench.dll"
  local out; out="$(mktemp)"
  trap stop_postgres EXIT
  say "Search benchmark: SQLite"
  dotnet "$bench" "$@" | tee "$out"
  PG_PORT="${PORTAL_BENCH_PG_PORT:-55434}"
  start_postgres
  say "Search benchmark: PostgreSQL"
  dotnet "$bench" --postgres "$PORTAL_TEST_POSTGRES" "$@" | tee -a "$out"
  stop_postgres
  write_search_figures "$out"
  rm -f "$out"
}

# ./portal bench exchange: 20,000 generated listings: faceted search, matching one listing, a full matching refresh,
# peak memory. ./portal bench experts: 50,000 generated public experts: names typed with typos (the list's search
# and its nearest words), faceted browsing. Each on SQLite, then on a throwaway PostgreSQL, against a plain list
# query as the baseline; written to docs/performance.md under "## Exchange" / "## Experts".
bench_exchange() { bench_module Exchange exchange "$@"; }
bench_experts() { bench_module Experts experts "$@"; }
# ./portal bench plans: the import of a generated 300-item plan and the yearly report over 5,000 published news items.
bench_plans() { bench_module Plans plans "$@"; }

bench_module() {
  local title="$1" command="$2"; shift 2
  need_apt postgresql postgresql-contrib
  build Release
  local bench="$ROOT/tools/Portal.SearchBench/bin/Release/net10.0/Portal.SearchBench.dll"
  local out; out="$(mktemp)"
  trap stop_postgres EXIT
  say "$title benchmark: SQLite"
  dotnet "$bench" "$command" "$@" | tee "$out"
  PG_PORT="${PORTAL_BENCH_PG_PORT:-55434}"
  start_postgres
  say "$title benchmark: PostgreSQL"
  dotnet "$bench" "$command" --postgres "$PORTAL_TEST_POSTGRES" "$@" | tee -a "$out"
  stop_postgres
  write_figures "$title" "./portal bench $command" "$out"
  rm -f "$out"
}

write_search_figures() { write_figures Search "./portal bench search" "$1"; }

# Replaces the "## SECTION" part of docs/performance.md (or of DOC, a 4th argument; up to the next "## ") with the
# new figures.
write_figures() {
  local doc="${4:-$ROOT/docs/performance.md}" name="$1" command="$2" figures="$3"
  mkdir -p "$ROOT/docs"
  [ -f "$doc" ] || printf '# Performance\n' > "$doc"
  python3 - "$doc" "$name" "$command" "$figures" <<'PY'
import re, sys, datetime
doc, name, command, figures = sys.argv[1], sys.argv[2], sys.argv[3], open(sys.argv[4]).read().strip()
text = open(doc).read()
section = "## " + name + "\n\nMeasured by `" + command + "` on " + datetime.date.today().isoformat() + ".\n\n" + figures + "\n"
pattern = r"## " + re.escape(name) + r"\n.*?(?=\n## |\Z)"
if re.search(pattern, text, flags=re.S):
    text = re.sub(pattern, lambda _: section.rstrip("\n") + "\n", text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
PY
  say "Figures written to ${doc#"$ROOT"/}"
}

cmd_bench() {
  case "${1:-}" in
    lighthouse) shift; bench_lighthouse "$@" ;;
    images)
      shift
      need_apt libvips42 libvips-tools ffmpeg
      need_dotnet
      dotnet run --project tools/Portal.Bench -c Release -- images "$@"
      ;;
    search) shift; bench_search "$@" ;;
    exchange) shift; bench_exchange "$@" ;;
    experts) shift; bench_experts "$@" ;;
    plans) shift; bench_plans "$@" ;;
    web) shift; bench_web "$@" ;;
    *) die "usage: ./portal bench web [--nodes 2] [--duration S] [--soak S] | lighthouse | images [runs] | search [--docs N] [--queries N] | exchange [--listings N] | experts [--experts N] | plans [--items N] [--news N]" ;;
  esac
}

# Lighthouse, mobile profile, on every public template of the app (Release, test recipe, temp data folder, loopback);
# rewrites the "## Lighthouse" section of docs/performance.md.
bench_lighthouse() {
  need_apt chromium fonts-noto-core curl
  need_browser_tools
  build Release
  local port="${PORTAL_BENCH_PORT:-5391}" data
  data="$(mktemp -d /tmp/portal-bench.XXXXXX)"
  # The test recipe reads its media beside it, as the test project's build lays it out.
  mkdir -p "$data/recipe"
  cp "$ROOT/tests/Portal.Tests/Recipes/test.json" "$data/recipe/"
  cp -r "$ROOT/content-recipes/media" "$data/recipe/media"
  (cd "$ROOT/src/Portal.Web" && PORTAL_DATA="$data" Portal__Recipe="$data/recipe/test.json" \
    PORTAL_ADMIN_EMAIL=admin@bench.invalid PORTAL_ADMIN_PASSWORD="Bench-$RANDOM$RANDOM-Aa1" ASPNETCORE_ENVIRONMENT=Production \
    exec dotnet "$(web_dll Release)" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1) &
  local pid=$!
  trap 'kill '"$pid"' 2>/dev/null || true; rm -rf '"'$data'"'' EXIT
  local tries=0
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    tries=$((tries + 1)); [ "$tries" -le 60 ] || { cat "$data/app.log"; die "the app did not start on port $port"; }
    sleep 1
  done
  say "Lighthouse on http://127.0.0.1:$port (mobile profile)"
  mkdir -p "$ROOT/docs"
  (cd "$ROOT/tests/Portal.BrowserTests" && CHROME_PATH=/usr/bin/chromium timeout 900 \
    node lighthouse/run.mjs --base "http://127.0.0.1:$port" --out "$data/lighthouse.json" --markdown "$ROOT/docs/performance.md")
  sed -n '/^## Lighthouse$/,/^## [^L]/p' "$ROOT/docs/performance.md"
}
