# ./portal bench web --nodes 2 (issue 16): two app nodes on PostgreSQL + Redis behind nginx next to one node on
# SQLite behind nginx, measured with wrk in the same run. This file starts and stops the processes and measures;
# bench-nodes-run.sh runs the phases and writes the figures. Sourced by ./portal (uses say, die, web_dll,
# start_postgres/stop_postgres, start_redis/stop_redis and bench-web.sh's bw_* helpers).
# Every process it starts is recorded in $BN_DIR/pids/NAME and stopped by bn_cleanup (trap EXIT).

BN_DIR="" BN_PASSWORD="" BN_SIGNING="" BN_PG="" BN_REDIS=""
BN_PORT_ONE="" BN_PORT_A="" BN_PORT_B="" BN_NGINX_ONE="" BN_NGINX_TWO=""
BN_EXTRA=()      # settings every node gets on top of its own (the uncached phase turns the output cache off)
BN_EXTRA_TWO=()  # and the two PostgreSQL nodes only

bn_cleanup() {
  local file pid
  if [ -n "$BN_DIR" ] && [ -d "$BN_DIR/pids" ]; then
    for file in "$BN_DIR"/pids/*; do
      [ -f "$file" ] || continue
      pid="$(cat "$file")"; kill "$pid" 2>/dev/null || true
    done
    sleep 1
    for file in "$BN_DIR"/pids/*; do
      [ -f "$file" ] || continue
      pid="$(cat "$file")"; kill -9 "$pid" 2>/dev/null || true
    done
  fi
  stop_postgres; stop_redis
  [ -n "$BN_DIR" ] && [ -z "${PORTAL_BENCH_KEEP:-}" ] && rm -rf "$BN_DIR"
  return 0
}

bn_pid() { cat "$BN_DIR/pids/$1" 2>/dev/null || echo 0; }

# Free loopback ports, each above the last one given out (nothing listens on them yet).
BN_NEXT_PORT=5600
bn_port() { BN_NEXT_PORT="$(bw_free_port "$BN_NEXT_PORT")"; printf -v "$1" '%s' "$BN_NEXT_PORT"; BN_NEXT_PORT=$((BN_NEXT_PORT + 1)); }

bn_setup() {
  BN_DIR="$(mktemp -d /tmp/portal-bench-nodes.XXXXXX)"
  mkdir -p "$BN_DIR/pids" "$BN_DIR/media"
  chmod 755 "$BN_DIR"
  BN_PASSWORD="Bench-$RANDOM$RANDOM-Aa1"
  BN_SIGNING="$(head -c 16 /dev/urandom | base64)"
  PORTAL_TEST_PG_PORT="${PORTAL_BENCH_PG_PORT:-55450}" start_postgres
  # Pooling on (as in production), at most 90 connections per node: two nodes stay under max_connections=200.
  BN_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Maximum Pool Size=90"
  PORTAL_TEST_REDIS_PORT="${PORTAL_BENCH_REDIS_PORT:-56450}" start_redis
  BN_REDIS="$PORTAL_TEST_REDIS"
  BN_NEXT_PORT=$((PG_PORT + 100))
  bn_port BN_PORT_ONE; bn_port BN_PORT_A; bn_port BN_PORT_B; bn_port BN_NGINX_ONE; bn_port BN_NGINX_TWO
}

# Starts a node in the background (does not wait): NAME PORT [NAME=value...].
bn_start_node() {
  local name="$1" port="$2"; shift 2
  mkdir -p "$BN_DIR/$name"
  date +%s.%N >"$BN_DIR/$name.started"
  (cd "$ROOT/src/Portal.Web" && exec env "$@" PORTAL_DATA="$BN_DIR/$name" ASPNETCORE_ENVIRONMENT=Production \
    PORTAL_ADMIN_EMAIL=admin@bench.invalid PORTAL_ADMIN_PASSWORD="$BN_PASSWORD" \
    Portal__RateLimits__search__Permits=100000000 Portal__RateLimits__preview__Permits=100000000 \
    dotnet "$(web_dll Release)" --urls "http://127.0.0.1:$port" >>"$BN_DIR/$name.log" 2>&1) &
  echo $! >"$BN_DIR/pids/$name"
}

# one: SQLite, in-memory output cache. node-a, node-b: one PostgreSQL database, Redis output cache, one media folder,
# one signing key; data-protection keys are in the database. The same command starts a node again after a kill.
bn_node() {
  case "$1" in
    one) bn_start_node one "$BN_PORT_ONE" ${BN_EXTRA[@]+"${BN_EXTRA[@]}"} ;;
    node-a|node-b)
      local port="$BN_PORT_A"; [ "$1" = node-b ] && port="$BN_PORT_B"
      bn_start_node "$1" "$port" Database__Provider=Postgres ConnectionStrings__Postgres="$BN_PG" \
        ConnectionStrings__Redis="$BN_REDIS" Portal__OutputCacheStore=Redis Media__Folder="$BN_DIR/media" \
        Media__SigningKey="$BN_SIGNING" ${BN_EXTRA[@]+"${BN_EXTRA[@]}"} ${BN_EXTRA_TWO[@]+"${BN_EXTRA_TWO[@]}"} ;;
    *) die "no node $1" ;;
  esac
}

bn_port_of() { case "$1" in one) echo "$BN_PORT_ONE" ;; node-a) echo "$BN_PORT_A" ;; node-b) echo "$BN_PORT_B" ;; esac; }

# Waits for NAME's /health/ready; prints the seconds since it was started.
bn_wait_ready() {
  local name="$1" port tries=0
  port="$(bn_port_of "$name")"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    tries=$((tries + 1)); [ "$tries" -le 3000 ] || { tail -n 40 "$BN_DIR/$name.log" >&2; die "$name did not start"; }
    kill -0 "$(bn_pid "$name")" 2>/dev/null || { tail -n 40 "$BN_DIR/$name.log" >&2; die "$name stopped"; }
    sleep 0.05
  done
  awk -v a="$(cat "$BN_DIR/$name.started")" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

bn_stop_node() {
  local pid; pid="$(bn_pid "$1")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true  # our child: reaped here; a node started again by the soak's timer: init's
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$BN_DIR/pids/$1"
}

# Starts every node: node A first on the empty database (migrations, first key, recipe), then B and the SQLite one.
# Prints "one A B" start seconds.
bn_start_all() {
  local one a b
  bn_node node-a; a="$(bn_wait_ready node-a)"
  bn_node node-b; bn_node one
  b="$(bn_wait_ready node-b)"; one="$(bn_wait_ready one)"
  echo "$one $a $b"
}

bn_stop_all() { bn_stop_node one; bn_stop_node node-a; bn_stop_node node-b; }

# nginx NAME PORT NODE_PORT [NODE_PORT]: deploy/nginx/portal.conf, templated as tests/Portal.ClusterTests'
# ClusterNginx does (loopback upstreams, plain HTTP, logs in the folder); one upstream: the second server line goes.
bn_start_nginx() {
  local name="$1" port="$2" a="$3" b="${4:-}" dir="$BN_DIR/$1" template="$ROOT/deploy/nginx/portal.conf" line second redirect
  mkdir -p "$dir"; bn_port redirect
  for line in "server 10.0.0.11:5080" "server 10.0.0.12:5080" "listen 443 ssl http2;" "listen 80;" "/var/log/nginx/" "ssl_certificate"; do
    grep -qF "$line" "$template" || die "$template no longer contains \"$line\": update tools/bench-web/bench-nodes.sh"
  done
  second="/server 10.0.0.12:5080/d"; [ -n "$b" ] && second="s#server 10.0.0.12:5080#server 127.0.0.1:$b#"
  sed -e "s#server 10.0.0.11:5080#server 127.0.0.1:$a#" -e "$second" -e "s#listen 443 ssl http2;#listen 127.0.0.1:$port;#" \
    -e "s#listen 80;#listen 127.0.0.1:$redirect;#" -e "s#/var/log/nginx/#$dir/#g" -e "/ssl_certificate/d" "$template" >"$dir/portal.conf"
  cat >"$dir/nginx.conf" <<NGINX
# One process (no master and worker): one pid to measure and to stop.
master_process off;
pid $dir/nginx.pid;
events { worker_connections 4096; }
http {
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  include $dir/portal.conf;
}
NGINX
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g "daemon off;" >>"$dir/nginx.out" 2>&1 &
  echo $! >"$BN_DIR/pids/$name"
  local tries=0
  until curl -s -o /dev/null "http://127.0.0.1:$port/health/live"; do
    tries=$((tries + 1)); [ "$tries" -le 100 ] || { cat "$dir/nginx.out" "$dir/error.log" >&2; die "nginx ($name) did not start"; }
    sleep 0.1
  done
}

# CPU ticks of a process and its children, live and reaped (PostgreSQL's backends, nginx has none here).
bn_ticks() {
  local pid="$1" total child
  [ "$pid" != 0 ] && [ -e "/proc/$pid/stat" ] || { echo 0; return; }
  total="$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
  for child in $(pgrep -P "$pid" 2>/dev/null || true); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# Ticks of a side's parts: "app nginx postgres redis" (one: app and nginx only).
bn_snapshot() {
  if [ "$1" = one ]; then
    echo "$(bn_ticks "$(bn_pid one)") $(bn_ticks "$(bn_pid nginx-one)") 0 0"
  else
    echo "$(( $(bn_ticks "$(bn_pid node-a)") + $(bn_ticks "$(bn_pid node-b)") )) $(bn_ticks "$(bn_pid nginx-two)")" \
      "$(bn_ticks "$(head -n 1 "$PG_DIR/data/postmaster.pid")") $(bn_ticks "$(cat "$REDIS_DIR/redis.pid")")"
  fi
}

# wrk through a side's nginx (BENCH_* from the caller): "rps p50 p99 errors app_us nginx_us postgres_us redis_us",
# the last four CPU µs per request.
bn_measure() {
  local side="$1" path="$2" connections="$3" seconds="$4" port="$BN_NGINX_ONE" before after result
  [ "$side" = two ] && port="$BN_NGINX_TWO"
  before="$(bn_snapshot "$side")"
  result="$(bw_wrk "http://127.0.0.1:$port$path" "$connections" "$seconds")"
  after="$(bn_snapshot "$side")"
  awk -v r="$result" -v b="$before" -v a="$after" -v s="$seconds" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(r, x); split(b, p); split(a, q); n = x[1] * s
    printf "%s %s %s %s", x[1], x[2], x[3], x[4]
    for (i = 1; i <= 4; i++) printf " %.0f", (n > 0 ? (q[i] - p[i]) / hz * 1e6 / n : 0)
    printf "\n" }'
}
