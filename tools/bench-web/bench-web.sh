# ./portal bench web: the app (Production, SQLite, default recipe) against nginx serving the app's own saved bytes
# with the same headers, measured with wrk in the same run; sourced by ./portal (uses say, die, build, web_dll).
# Figures, not pass/fail: written to docs/performance.md under "## Web" unless the machine was busy.

BW_DIR="" BW_APP_PID="" BW_NGINX_PID="" BW_PORT="" BW_NGINX_PORT=""
BW_SCRIPT="$ROOT/tools/bench-web/requests.lua"

bw_cleanup() {
  [ -n "$BW_APP_PID" ] && kill "$BW_APP_PID" 2>/dev/null
  [ -n "$BW_NGINX_PID" ] && kill "$BW_NGINX_PID" 2>/dev/null
  [ -n "$BW_DIR" ] && [ -z "${PORTAL_BENCH_KEEP:-}" ] && rm -rf "$BW_DIR"
  return 0
}

bw_free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Cores in use by the whole machine over two seconds (from /proc/stat).
bw_busy_cores() {
  local a b
  a="$(head -n 1 /proc/stat)"; sleep 2; b="$(head -n 1 /proc/stat)"
  awk -v a="$a" -v b="$b" -v n="$(nproc)" 'BEGIN {
    split(a, x); split(b, y); total = 0; idle = 0
    for (i = 2; i <= 9; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%.2f", (total - idle) / total * n }'
}

# CPU ticks (user + system) a process has used so far.
bw_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
bw_rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Starts the app on the data folder with extra environment (NAME=value...); BW_READY: seconds to /health/ready.
BW_READY=""
bw_start_app() {
  local started ready
  started="$(date +%s.%N)"
  (cd "$ROOT/src/Portal.Web" && exec env "$@" PORTAL_DATA="$BW_DIR/data" ASPNETCORE_ENVIRONMENT=Production \
    PORTAL_ADMIN_EMAIL=admin@bench.invalid PORTAL_ADMIN_PASSWORD="Bench-$RANDOM$RANDOM-Aa1" \
    Portal__RateLimits__search__Permits=100000000 \
    dotnet "$(web_dll Release)" --urls "http://127.0.0.1:$BW_PORT" >>"$BW_DIR/app.log" 2>&1) &
  BW_APP_PID=$!
  local tries=0
  until curl -fs -o /dev/null "http://127.0.0.1:$BW_PORT/health/ready"; do
    tries=$((tries + 1)); [ "$tries" -le 3000 ] || { tail -n 40 "$BW_DIR/app.log"; die "the app did not start"; }
    kill -0 "$BW_APP_PID" 2>/dev/null || { tail -n 40 "$BW_DIR/app.log"; die "the app stopped"; }
    sleep 0.05
  done
  ready="$(date +%s.%N)"
  BW_READY="$(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.2f", b - a }')"
}

bw_stop_app() {
  kill "$BW_APP_PID" 2>/dev/null; wait "$BW_APP_PID" 2>/dev/null; BW_APP_PID=""
}

# wrk against URL with optional BENCH_* environment; prints "rps p50_ms p99_ms errors cpu_us_per_request".
bw_wrk() {
  local url="$1" connections="$2" seconds="$3" pid="${4:-}" before=0 after=0 line
  [ -n "$pid" ] && before="$(bw_cpu_ticks "$pid")"
  line="$(wrk -t2 --timeout 10s -c"$connections" -d"${seconds}s" -s "$BW_SCRIPT" "$url" 2>&1 | grep '^BENCH ' || true)"
  [ -n "$pid" ] && after="$(bw_cpu_ticks "$pid")"
  [ -n "$line" ] || { echo "0 0 0 1 0"; return; }
  awk -v line="$line" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    n = split(line, parts, " "); for (i = 2; i <= n; i++) { split(parts[i], kv, "="); v[kv[1]] = kv[2] }
    rps = v["requests"] / (v["duration_us"] / 1e6)
    cpu = v["requests"] > 0 ? ticks / hz * 1e6 / v["requests"] : 0
    printf "%.0f %.2f %.2f %d %.0f\n", rps, v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"] + v["status_errors"], cpu }'
}

# The first link in a page that starts with PREFIX (an article of a list).
bw_first_link() {
  curl -fs "http://127.0.0.1:$BW_PORT$1" | grep -o "href=\"$2[a-z0-9-]*\"" | head -n 1 | sed 's/^href="//; s/"$//'
}

# Saves a page's bytes and headers as the app serves them and writes its nginx location.
bw_save_page() {
  local index="$1" path="$2" file="$BW_DIR/www/$1" headers type
  curl -fs -o /dev/null "http://127.0.0.1:$BW_PORT$path"
  curl -fs -D "$file.headers" -o "$file" "http://127.0.0.1:$BW_PORT$path" || die "the app did not serve $path"
  gzip -9 -k -f "$file"
  type="$(grep -i '^content-type:' "$file.headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r')"
  {
    printf '    location = %s {\n      root %s;\n      rewrite ^ /%s break;\n      default_type "%s";\n' "${path%%\?*}" "$BW_DIR/www" "$index" "$type"
    tr -d '\r' <"$file.headers" | grep ': ' \
      | grep -i -v -E '^(date|server|content-length|content-type|content-encoding|transfer-encoding|vary|etag|last-modified|age):' | while IFS= read -r header; do
        printf '      add_header %s "%s" always;\n' "${header%%:*}" "$(printf '%s' "${header#*: }" | sed 's/\\/\\\\/g; s/"/\\"/g; s/\$/\\$/g')"
      done
    printf '    }\n'
  } >>"$BW_DIR/locations.conf"
}

bw_start_nginx() {
  mkdir -p "$BW_DIR/nginx"
  cat >"$BW_DIR/nginx.conf" <<NGINX
worker_processes 1;
pid $BW_DIR/nginx/nginx.pid;
error_log $BW_DIR/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $BW_DIR/nginx/body; proxy_temp_path $BW_DIR/nginx/proxy;
  fastcgi_temp_path $BW_DIR/nginx/fastcgi; uwsgi_temp_path $BW_DIR/nginx/uwsgi; scgi_temp_path $BW_DIR/nginx/scgi;
  sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 1000000; server_tokens off;
  gzip_static on; gzip_vary on;
  server {
    listen 127.0.0.1:$BW_NGINX_PORT;
$(cat "$BW_DIR/locations.conf")
  }
}
NGINX
  chmod -R a+rX "$BW_DIR"
  nginx -c "$BW_DIR/nginx.conf" -p "$BW_DIR/nginx" 2>>"$BW_DIR/nginx/error.log" &
  BW_NGINX_PID=$!
  local tries=0
  until curl -fs -o /dev/null "http://127.0.0.1:$BW_NGINX_PORT/"; do
    tries=$((tries + 1)); [ "$tries" -le 100 ] || { cat "$BW_DIR/nginx/error.log"; die "nginx did not start"; }
    sleep 0.1
  done
}

# Two rounds each, app and nginx interleaved; prints the mean of each side and the ratio as a table row.
bw_compare() {
  local label="$1" path="$2" header="$3" seconds="$4" a1 a2 n1 n2
  a1="$(BENCH_HEADER="$header" bw_wrk "http://127.0.0.1:$BW_PORT$path" 50 "$seconds" "$BW_APP_PID")"
  n1="$(BENCH_HEADER="$header" bw_wrk "http://127.0.0.1:$BW_NGINX_PORT$path" 50 "$seconds")"
  a2="$(BENCH_HEADER="$header" bw_wrk "http://127.0.0.1:$BW_PORT$path" 50 "$seconds" "$BW_APP_PID")"
  n2="$(BENCH_HEADER="$header" bw_wrk "http://127.0.0.1:$BW_NGINX_PORT$path" 50 "$seconds")"
  awk -v label="$label" -v a1="$a1" -v a2="$a2" -v n1="$n1" -v n2="$n2" 'BEGIN {
    split(a1, x); split(a2, y); split(n1, p); split(n2, q)
    app = (x[1] + y[1]) / 2; ng = (p[1] + q[1]) / 2
    printf "| %s | %d | %.2f | %.2f | %d | %.2f | **%.2f×** | %d | %d |\n",
      label, app, (x[2] + y[2]) / 2, (x[3] + y[3]) / 2, ng, (p[3] + q[3]) / 2, (ng > 0 ? app / ng : 0), (x[5] + y[5]) / 2, x[4] + y[4] + p[4] + q[4] }'
}

# One app-only row: label, wrk output.
bw_row() {
  awk -v label="$1" -v r="$2" 'BEGIN { split(r, x); printf "| %s | %d | %.2f | %.2f | – | – | – | %d | %d |\n", label, x[1], x[2], x[3], x[5], x[4] }'
}

bench_web() {
  case " $* " in *" --nodes "*) bench_web_nodes "$@"; return ;; esac
  local seconds=10 soak=60 force=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --duration) seconds="$2"; shift 2 ;;
      --soak) soak="$2"; shift 2 ;;
      --force) force=1; shift ;;
      *) die "usage: ./portal bench web [--duration SECONDS] [--soak SECONDS] [--force]" ;;
    esac
  done
  need_apt nginx wrk curl
  build Release
  local busy; busy="$(bw_busy_cores)"
  if awk -v b="$busy" 'BEGIN { exit !(b > 0.3) }'; then
    [ "$force" -eq 1 ] || die "the machine is busy ($busy cores in use by other processes): figures would be noise. Try again when it is quiet (or --force to print without writing docs/performance.md)."
    say "Busy machine ($busy cores in use): printing figures, not writing them"
  fi
  BW_DIR="$(mktemp -d /tmp/portal-bench-web.XXXXXX)"
  mkdir -p "$BW_DIR/data" "$BW_DIR/www"
  trap bw_cleanup EXIT
  BW_PORT="$(bw_free_port 5393)"; BW_NGINX_PORT="$(bw_free_port $((BW_PORT + 1)))"
  say "First start (migrations, default recipe)"
  local first cold_cacheless cold
  bw_start_app; first="$BW_READY"
  local article; article="$(bw_first_link /tin-tuc /tin-tuc/)"
  [ -n "$article" ] || die "no article link on /tin-tuc"
  local pages=("/" "$article" "/tin-tuc" "/rss" "/san-cong-nghe")
  local labels=("home" "article" "section list (/tin-tuc)" "RSS" "exchange listing (/san-cong-nghe)")
  : >"$BW_DIR/locations.conf"
  for i in "${!pages[@]}"; do bw_save_page "$i" "${pages[$i]}"; done
  bw_start_nginx
  local out="$BW_DIR/figures.md" header='| what | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p99 ms | app / nginx | app CPU µs/req | errors |'
  local rule='|---|---:|---:|---:|---:|---:|---:|---:|---:|'
  {
    printf 'wrk, 2 threads, 50 connections, %s s per run, app and nginx (1 worker, the same saved bytes and headers,\n' "$seconds"
    printf 'gzip_static) interleaved, two runs each; %s cores busy before the run. Default recipe on SQLite, Production.\n\n' "$busy"
    printf '### Cached pages\n\n%s\n%s\n' "$header" "$rule"
  } >"$out"
  for i in "${!pages[@]}"; do
    say "Cached: ${labels[$i]}"
    bw_compare "${labels[$i]}, no compression" "${pages[$i]}" "" "$seconds" >>"$out"
    bw_compare "${labels[$i]}, gzip" "${pages[$i]}" "Accept-Encoding: gzip" "$seconds" >>"$out"
    bw_row "${labels[$i]}, Brotli (app only; nginx has no Brotli module)" \
      "$(BENCH_HEADER="Accept-Encoding: br" bw_wrk "http://127.0.0.1:$BW_PORT${pages[$i]}" 50 "$seconds" "$BW_APP_PID")" >>"$out"
  done
  bw_stop_app
  say "Uncached renders (output cache 0 MB)"
  bw_start_app Portal__OutputCacheMegabytes=0; cold_cacheless="$BW_READY"
  # Concurrent requests for one URL wait for a single render (the output cache's locking), so uncached renders are
  # measured over many URLs: every article in the sitemap in turn, or a page number no other request uses.
  curl -fs "http://127.0.0.1:$BW_PORT/sitemap.xml" | grep -o '<loc>[^<]*/tin-tuc/[a-z0-9-]*</loc>' \
    | sed -E 's#<loc>https?://[^/]*##; s#</loc>##' >"$BW_DIR/articles.txt"
  local articles; articles="$(wc -l <"$BW_DIR/articles.txt")"
  # Warm-up, not recorded: right after a start the code runs tier-0 JIT output (the same articles measured 10.5 ms
  # of CPU each in the first seconds and 4 ms a minute later).
  local warm
  for warm in "BENCH_PATHS=$BW_DIR/articles.txt" "BENCH_UNIQUE=/tin-tuc?trang=" "BENCH_PATHS=$ROOT/tools/bench-web/search-paths.txt"; do
    (export "$warm"; bw_wrk "http://127.0.0.1:$BW_PORT/" 8 "$seconds" >/dev/null)
  done
  {
    printf '\n### Uncached renders and search (the app started with Portal:OutputCacheMegabytes=0; many URLs, since\nconcurrent requests for one URL share one render)\n\n%s\n%s\n' "$header" "$rule"
    bw_row "articles, $articles different ones in turn" "$(BENCH_PATHS="$BW_DIR/articles.txt" bw_wrk "http://127.0.0.1:$BW_PORT/" 50 "$seconds" "$BW_APP_PID")"
    bw_row "section list, a new page number each time (?trang=N)" "$(BENCH_UNIQUE="/tin-tuc?trang=" bw_wrk "http://127.0.0.1:$BW_PORT/" 50 "$seconds" "$BW_APP_PID")"
    bw_row "articles in turn, with a junk portal.auth cookie" "$(BENCH_PATHS="$BW_DIR/articles.txt" BENCH_HEADER="Cookie: portal.auth=junk" bw_wrk "http://127.0.0.1:$BW_PORT/" 50 "$seconds" "$BW_APP_PID")"
    bw_row "/api/search, 20 queries in turn" \
      "$(BENCH_PATHS="$ROOT/tools/bench-web/search-paths.txt" bw_wrk "http://127.0.0.1:$BW_PORT/" 50 "$seconds" "$BW_APP_PID")"
  } >>"$out"
  bw_stop_app
  say "Soak: 200 connections, $soak s, mixed"
  bw_start_app; cold="$BW_READY"
  { printf '%s\n' "${pages[@]}"; cat "$ROOT/tools/bench-web/search-paths.txt"; } >"$BW_DIR/mixed.txt"
  local rss_before soak_result rss_after
  rss_before="$(bw_rss_mb "$BW_APP_PID")"
  soak_result="$(BENCH_PATHS="$BW_DIR/mixed.txt" bw_wrk "http://127.0.0.1:$BW_PORT/" 200 "$soak" "$BW_APP_PID")"
  rss_after="$(bw_rss_mb "$BW_APP_PID")"
  {
    printf '\n### Soak and start\n\n%s\n%s\n' "$header" "$rule"
    bw_row "soak: 200 connections, $soak s, pages + searches in turn" "$soak_result"
    printf '\nRSS %s MB before the soak, %s MB after it. Start to /health/ready on an existing database: %s s (cached),\n' "$rss_before" "$rss_after" "$cold"
    printf '%s s (cache off); the first start (migrations + default recipe) took %s s.\n' "$cold_cacheless" "$first"
  } >>"$out"
  bw_stop_app
  cat "$out"
  local after; after="$(bw_busy_cores)"
  if [ "$force" -eq 1 ] && awk -v b="$busy" 'BEGIN { exit !(b > 0.3) }'; then
    say "Not written to docs/performance.md (busy machine)"
  elif awk -v b="$after" 'BEGIN { exit !(b > 0.3) }'; then
    say "The machine became busy during the run ($after cores): not written to docs/performance.md"
  else
    write_figures Web "./portal bench web" "$out"
  fi
}
