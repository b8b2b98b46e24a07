# ./portal bench web --nodes 2: the phases (cached pages, soaks, uncached renders) and the figures, written to
# docs/performance.md "## Web, two nodes" and docs/operations.md "## Capacity (measured)" unless the machine was
# busy or PORTAL_BENCH_DRY=1. PORTAL_BENCH_SECONDS=N shortens every wrk run, the soaks included (a trial run).
# Processes and measuring: bench-nodes.sh.

# Two runs per side, the sides interleaved (one, two, one, two); appends the means as a tab-separated row:
# label, then for each side "rps p50 p99 errors app_us nginx_us postgres_us redis_us".
bn_compare() {
  local label="$1" path="$2" seconds="$3" o1 t1 o2 t2
  o1="$(bn_measure one "$path" 50 "$seconds")"; t1="$(bn_measure two "$path" 50 "$seconds")"
  o2="$(bn_measure one "$path" 50 "$seconds")"; t2="$(bn_measure two "$path" 50 "$seconds")"
  awk -v l="$label" -v o1="$o1" -v o2="$o2" -v t1="$t1" -v t2="$t2" 'function mean(a, b,   x, y, i, s) {
      split(a, x); split(b, y); s = ""
      for (i = 1; i <= 8; i++) s = s sprintf(i == 4 ? "%d " : "%.2f ", i == 4 ? x[i] + y[i] : (x[i] + y[i]) / 2)
      return s }
    BEGIN { printf "%s\t%s\t%s\n", l, mean(o1, o2), mean(t1, t2) }' >>"$BN_DIR/rows.tsv"
}

# A markdown table of rows FROM..TO of rows.tsv and a line on where the two-node side's extra CPU goes.
bn_table() {
  printf '| what | one node req/s | p50 ms | p99 ms | two nodes req/s | p50 ms | p99 ms | two / one | CPU µs/req, one node: app + nginx | CPU µs/req, two nodes: apps + nginx + PostgreSQL + Redis | errors |\n'
  printf '|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n'
  awk -F'\t' -v from="$1" -v to="$2" 'NR >= from && NR <= to {
      split($2, o, " "); split($3, t, " "); n++
      so = o[5] + o[6]; st = t[5] + t[6] + t[7] + t[8]
      printf "| %s | %d | %.2f | %.2f | %d | %.2f | %.2f | **%.2f×** | %d + %d = %d | %d + %d + %d + %d = %d | %d |\n", $1,
        o[1], o[2], o[3], t[1], t[2], t[3], (o[1] > 0 ? t[1] / o[1] : 0), o[5], o[6], so, t[5], t[6], t[7], t[8], st, o[4] + t[4]
      app += t[5] - o[5]; ng += t[6] - o[6]; pg += t[7]; rd += t[8]; sumo += so; sumt += st }
    END { if (n == 0) exit
      printf "\nWhere the difference goes (mean over these rows, CPU per request): two nodes %d µs against one node %d µs", sumt / n, sumo / n
      printf " (%.2f×): the apps %+d µs, nginx %+d µs, PostgreSQL %d µs, Redis %d µs. Both sides share the same two cores\n", (sumo > 0 ? sumt / sumo : 0), app / n, ng / n, pg / n, rd / n
      printf "with wrk, so requests per second follow CPU per request.\n" }' "$BN_DIR/rows.tsv"
}

# The capacity table for docs/operations.md: every row, req/s and p99 on each side.
bn_capacity() {
  printf '| page type | one node (SQLite) req/s | p99 ms | two nodes (PostgreSQL + Redis) req/s | p99 ms |\n|---|---:|---:|---:|---:|\n'
  awk -F'\t' '{ split($2, o, " "); split($3, t, " "); printf "| %s | %d | %.0f | %d | %.0f |\n", $1, o[1], o[3], t[1], t[3] }' "$BN_DIR/rows.tsv"
}

# Mixed soak through nginx to the two nodes: SIGKILL node B at a third of it, start it again (the same command) at
# 35/60 of it. Prints "wrk-result|restart-ready-seconds|retried|5xx".
bn_soak_two() {
  local soak="$1" kill_at restart_at lines result ready log="$BN_DIR/nginx-two/portal.access.log" a0 b0 rest0 a1 b1 rest1
  kill_at="$(awk -v s="$soak" 'BEGIN { printf "%.2f", s / 3 }')"
  restart_at="$(awk -v s="$soak" 'BEGIN { printf "%.2f", s * 35 / 60 - s / 3 }')"
  lines="$(wc -l <"$log")"
  # CPU of the parts as bn_measure counts it, node B's in two lives: up to the kill, and since the new start.
  a0="$(bn_ticks "$(bn_pid node-a)")"; b0="$(bn_ticks "$(bn_pid node-b)")"; rest0="$(bn_snapshot two | cut -d' ' -f2-)"
  (sleep "$kill_at"; bn_ticks "$(bn_pid node-b)" >"$BN_DIR/node-b.killed"; kill -9 "$(bn_pid node-b)"
    sleep "$restart_at"; bn_node node-b) &
  echo $! >"$BN_DIR/pids/scheduler"
  result="$(BENCH_PATHS="$BN_DIR/mixed.txt" bw_wrk "http://127.0.0.1:$BN_NGINX_TWO/" 200 "$soak")"
  a1="$(bn_ticks "$(bn_pid node-a)")"; b1="$(bn_ticks "$(bn_pid node-b)")"; rest1="$(bn_snapshot two | cut -d' ' -f2-)"
  wait "$(bn_pid scheduler)" 2>/dev/null || true
  rm -f "$BN_DIR/pids/scheduler"
  result="$(awk -v r="$result" -v app="$((a1 - a0 + $(cat "$BN_DIR/node-b.killed" 2>/dev/null || echo "$b0") - b0 + b1))" \
    -v p="$rest0" -v q="$rest1" -v s="$soak" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(r, x); split(p, u); split(q, v); n = x[1] * s; printf "%s %s %s %s", x[1], x[2], x[3], x[4]
    printf " %.0f", (n > 0 ? app / hz * 1e6 / n : 0)
    for (i = 1; i <= 3; i++) printf " %.0f", (n > 0 ? (v[i] - u[i]) / hz * 1e6 / n : 0)
    printf "\n" }')"
  ready="$(bn_wait_ready node-b)"
  # Access-log lines after the soak's start: an "up=" with two addresses is a request nginx sent to the other node.
  printf '%s|%s|%s|%s\n' "$result" "$ready" "$(tail -n +"$((lines + 1))" "$log" | grep -c 'up=[^ ]*, ' || true)" \
    "$(tail -n +"$((lines + 1))" "$log" | awk '$9 >= 500' | wc -l)"
}

bench_web_nodes() {
  local seconds="${PORTAL_BENCH_SECONDS:-10}" soak="${PORTAL_BENCH_SECONDS:-60}" force=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) [ "${2:-}" = 2 ] || die "--nodes takes 2"; shift 2 ;;
      --duration) seconds="$2"; shift 2 ;;
      --soak) soak="$2"; shift 2 ;;
      --force) force=1; shift ;;
      *) die "usage: ./portal bench web --nodes 2 [--duration SECONDS] [--soak SECONDS] [--force]" ;;
    esac
  done
  need_apt nginx wrk curl postgresql postgresql-contrib redis-server
  build Release
  local busy; busy="$(bw_busy_cores)"
  if awk -v b="$busy" 'BEGIN { exit !(b > 0.3) }'; then
    [ "$force" -eq 1 ] || die "the machine is busy ($busy cores in use by other processes): figures would be noise. Try again when it is quiet (or --force to print without writing the docs)."
    say "Busy machine ($busy cores in use): printing figures, not writing them"
  fi
  trap bn_cleanup EXIT
  bn_setup
  say "Starting PostgreSQL, Redis, node A (migrations, default recipe), node B, the SQLite node, two nginx"
  local starts; starts="$(bn_start_all)"
  bn_start_nginx nginx-one "$BN_NGINX_ONE" "$BN_PORT_ONE"
  bn_start_nginx nginx-two "$BN_NGINX_TWO" "$BN_PORT_A" "$BN_PORT_B"
  local article; article="$(curl -fs "http://127.0.0.1:$BN_NGINX_ONE/tin-tuc" | grep -o 'href="/tin-tuc/[a-z0-9-]*"' | head -n 1 | sed 's/^href="//; s/"$//')"
  [ -n "$article" ] || die "no article link on /tin-tuc"
  local pages=("/" "$article" "/tin-tuc" "/rss" "/san-cong-nghe") path side
  local labels=("home" "article" "section list (/tin-tuc)" "RSS" "exchange listing (/san-cong-nghe)")
  for path in "${pages[@]}"; do
    for side in "$BN_NGINX_ONE" "$BN_NGINX_TWO"; do
      curl -fs -o /dev/null "http://127.0.0.1:$side$path" || die "$path does not answer 200 on 127.0.0.1:$side"
    done
  done
  curl -fs "http://127.0.0.1:$BN_NGINX_ONE/sitemap.xml" | grep -o '<loc>[^<]*/tin-tuc/[a-z0-9-]*</loc>' \
    | sed -E 's#<loc>https?://[^/]*##; s#</loc>##' >"$BN_DIR/articles.txt"
  { printf '%s\n' "${pages[@]}"; cat "$ROOT/tools/bench-web/search-paths.txt"; } >"$BN_DIR/mixed.txt"
  local warm=$((seconds < 5 ? seconds : 5)) i
  say "Warm-up (not recorded: tier-0 JIT code right after a start)"
  for side in one two; do BENCH_PATHS="$BN_DIR/mixed.txt" bn_measure "$side" / 8 "$warm" >/dev/null; done
  : >"$BN_DIR/rows.tsv"
  for i in "${!pages[@]}"; do
    say "Cached: ${labels[$i]}"
    BENCH_HEADER="Accept-Encoding: gzip" bn_compare "${labels[$i]}, gzip" "${pages[$i]}" "$seconds"
  done
  local cached_rows; cached_rows="$(wc -l <"$BN_DIR/rows.tsv")"
  say "Cache misses: a new page number each time"
  BENCH_UNIQUE="/tin-tuc?trang=" BENCH_HEADER="Accept-Encoding: gzip" \
    bn_compare "section list, a new page number each time (a miss, a render, a store)" / "$seconds"
  say "Soak, one node: 200 connections, $soak s, mixed"
  local soak_one rss_one; soak_one="$(BENCH_PATHS="$BN_DIR/mixed.txt" bn_measure one / 200 "$soak")"
  rss_one="$(bw_rss_mb "$(bn_pid one)")"
  say "Soak, two nodes: 200 connections, $soak s, node B killed at a third, started again at 35/60"
  local soak_two rss_a rss_b
  soak_two="$(bn_soak_two "$soak")"
  rss_a="$(bw_rss_mb "$(bn_pid node-a)")"; rss_b="$(bw_rss_mb "$(bn_pid node-b)")"
  say "Uncached renders: every node started again with its output cache off"
  bn_stop_all
  BN_EXTRA=(Portal__OutputCacheMegabytes=0); BN_EXTRA_TWO=(Portal__OutputCacheStore=Memory)
  local starts_again; starts_again="$(bn_start_all)"
  local uncached=("BENCH_PATHS=$BN_DIR/articles.txt" "BENCH_UNIQUE=/tin-tuc?trang=" "BENCH_PATHS=$ROOT/tools/bench-web/search-paths.txt")
  for path in "${uncached[@]}"; do
    for side in one two; do (export "$path"; bn_measure "$side" / 8 "$warm" >/dev/null); done
  done
  BENCH_PATHS="$BN_DIR/articles.txt" bn_compare "articles, $(wc -l <"$BN_DIR/articles.txt") different ones in turn" / "$seconds"
  BENCH_UNIQUE="/tin-tuc?trang=" bn_compare "section list, a new page number each time (?trang=N)" / "$seconds"
  BENCH_PATHS="$ROOT/tools/bench-web/search-paths.txt" bn_compare "/api/search, 20 queries in turn" / "$seconds"
  bn_stop_all
  bn_report "$seconds" "$soak" "$busy" "$starts" "$starts_again" "$cached_rows" "$soak_one" "$rss_one" "$soak_two" "$rss_a" "$rss_b"
  local after; after="$(bw_busy_cores)"
  if [ -n "${PORTAL_BENCH_DRY:-}" ]; then
    say "PORTAL_BENCH_DRY: not written to the docs"
  elif awk -v b="$busy" 'BEGIN { exit !(b > 0.3) }'; then
    say "Not written to the docs (busy machine)"
  elif awk -v b="$after" 'BEGIN { exit !(b > 0.3) }'; then
    say "The machine became busy during the run ($after cores): not written to the docs"
  else
    write_figures "Web, two nodes" "./portal bench web --nodes 2" "$BN_DIR/figures.md"
    write_figures "Capacity (measured)" "./portal bench web --nodes 2" "$BN_DIR/capacity.md" "$ROOT/docs/operations.md"
  fi
}

# Writes $BN_DIR/figures.md (docs/performance.md) and $BN_DIR/capacity.md (docs/operations.md) and prints both.
bn_report() {
  local seconds="$1" soak="$2" busy="$3" starts="$4" again="$5" cached="$6" one="$7" rss_one="$8" two="$9" rss_a="${10}" rss_b="${11}"
  local result ready retried failed errors o a b
  IFS='|' read -r result ready retried failed <<<"$two"
  errors="$(awk -v r="$result" 'BEGIN { split(r, x); print x[4] }')"
  {
    printf 'Two nodes (Release, Production, one PostgreSQL database, the output cache in Redis, one media folder, one\n'
    printf 'signing key) behind nginx with `deploy/nginx/portal.conf` (both upstreams; templated as the cluster tests do:\n'
    printf 'loopback, plain HTTP, access log on), next to one node on SQLite (in-memory output cache) behind the same nginx\n'
    printf 'file with one upstream, so both sides pay the proxy. wrk, 2 threads, 50 connections, %s s per run, the sides\n' "$seconds"
    printf 'interleaved, two runs each; %s cores busy before the run. Default recipe; a throwaway PostgreSQL cluster\n' "$busy"
    printf '(fsync off), Redis without persistence, each nginx one process.\n\n'
    printf 'This machine has 2 cores and every process (the nodes, nginx, PostgreSQL, Redis and wrk) shares them, so the\n'
    printf 'two-node figure is not scale-out: it is the cost of the shared cache and database, given as a ratio to one node.\n'
    printf 'CPU per request is read per process from /proc (children included: PostgreSQL'"'"'s backends). Errors: wrk'"'"'s\n'
    printf 'socket errors and timeouts (10 s) plus answers other than 2xx/3xx.\n\n'
    printf '### Cached pages (output cache on: in memory on one node, in Redis on two)\n\n'
    bn_table 1 "$cached"
    printf '\n### Cache misses, uncached renders and search\n\nThe first row with the output cache on (a miss, a render and a store each time); the others with every\n'
    printf 'node started again with Portal:OutputCacheMegabytes=0, the two nodes with Portal:OutputCacheStore=Memory. Many\n'
    printf 'URLs, since concurrent requests for one URL share one render.\n\n'
    bn_table "$((cached + 1))" 1000
    printf '\n### Soak: 200 connections, %s s, pages and searches in turn\n\n' "$soak"
    printf '| side | req/s | p50 ms | p99 ms | errors | CPU µs/req, all parts | RSS after, MB |\n|---|---:|---:|---:|---:|---:|---|\n'
    awk -v r="$one" -v m="$rss_one" 'BEGIN { split(r, x); printf "| one node | %d | %.2f | %.2f | %d | %d | %s |\n", x[1], x[2], x[3], x[4], x[5] + x[6], m }'
    awk -v r="$result" -v a="$rss_a" -v b="$rss_b" -v s="$soak" 'BEGIN { split(r, x)
      printf "| two nodes, node B SIGKILLed at %.0f s, started again at %.0f s | %d | %.2f | %.2f | %d | %d | A %s, B %s (restarted) |\n",
        s / 3, s * 35 / 60, x[1], x[2], x[3], x[4], x[5] + x[6] + x[7] + x[8], a, b }'
    printf '\nNode B answered /health/ready %s s after it was started again. nginx sent %s requests to the other node\n' "$ready" "$retried"
    printf 'after a failure (access-log lines with two upstream addresses) and logged %s answers of 500 or more.\n' "$failed"
    printf 'Targets (issue 16): zero errors while a node is killed and restarted: %s (%s errors); RSS of each node\n' \
      "$([ "$errors" -eq 0 ] && echo met || echo '**not met**')" "$errors"
    printf 'under 400 MB after the soak: %s.\n\n' "$(awk -v a="$rss_a" -v b="$rss_b" -v o="$rss_one" 'BEGIN { print (a < 400 && b < 400 && o < 400) ? "met" : "**not met**" }')"
    read -r o a b <<<"$starts"
    printf 'Start to /health/ready: node A on the empty database (migrations, default recipe) %s s, then node B %s s and\n' "$a" "$b"
    printf 'the SQLite node (its own first start) %s s, those two together' "$o"
    read -r o a b <<<"$again"
    printf '; again with the cache off, on existing databases: A %s s, B %s s, SQLite %s s.\n' "$a" "$b" "$o"
  } >"$BN_DIR/figures.md"
  {
    printf 'Measured on the 2-core development machine (docs/performance.md, "Web, two nodes", has every figure): the\n'
    printf 'nodes, nginx, PostgreSQL, Redis and the load generator all share those two cores, so the two-node column is\n'
    printf 'what the shared database and cache cost, not what two machines serve. Run the bench on the production\n'
    printf 'hardware for its own table. Requests per second through nginx, 50 connections (soak: 200); p99 in ms.\n\n'
    bn_capacity
    awk -v o="$one" -v t="$result" -v s="$soak" 'BEGIN { split(o, x); split(t, y)
      printf "| soak, %s s, pages and searches mixed (two nodes: node B killed and restarted during it) | %d | %.0f | %d | %.0f |\n", s, x[1], x[3], y[1], y[3] }'
    printf '\nSoak errors: one node %s, two nodes %s (node B SIGKILLed and restarted; nginx retried %s requests on\n' \
      "$(awk -v r="$one" 'BEGIN { split(r, x); print x[4] }')" "$errors" "$retried"
    printf 'node A). RSS after the soak: SQLite node %s MB, node A %s MB, node B %s MB (since its restart).\n' "$rss_one" "$rss_a" "$rss_b"
  } >"$BN_DIR/capacity.md"
  cat "$BN_DIR/figures.md"; echo; cat "$BN_DIR/capacity.md"
}
