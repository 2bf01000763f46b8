#!/bin/sh
# calendars.sh: a private nginx that serves calendars to the importer over real HTTP, as a
# city's web server would: static files with ETag and Last-Modified (so 304s), gzip, and
# the misbehaviours the importer must survive.
#   calendars.sh start DIR PORT [CORPUS] [TLS_PORT]
#       serves DIR/www on 127.0.0.1:PORT and 127.0.0.2:PORT; CORPUS under /corpus/; with
#       TLS_PORT, the same over https on 127.0.0.1:TLS_PORT with a self-signed
#       certificate for 127.0.0.1, DIR/tls.crt (which no system trusts)
#   calendars.sh stop DIR
# Locations:
#   /NAME                  DIR/www/NAME, gzip when asked
#   /slow/NAME             the same at 200 bytes a second (a server that stalls)
#   /redirect-private      302 to http://127.0.0.2:PORT/city.ics (an address not allowed)
#   /redirect-loop         302 to itself
#   /redirect-ftp          302 to an ftp:// URL
#   /busy.ics              503 with Retry-After: 120
#   /corpus/PATH           CORPUS/PATH
set -eu

cmd=${1:?usage: calendars.sh start|stop DIR ...}
dir=$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)
pidf="$dir/nginx.pid"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

case "$cmd" in
start)
	port=${3:?PORT}
	corpus=${4:-}
	tls_port=${5:-}
	running && { echo "calendars: already running (pid $(cat "$pidf"))"; exit 0; }
	mkdir -p "$dir/tmp" "$dir/www"
	# nginx's workers (nobody) serve the corpus: a copy under DIR, which they can enter
	# (tests/harness/vardir.sh), since ../shared may sit in a directory closed to them.
	if [ -n "$corpus" ]; then
		rm -rf "$dir/corpus"
		cp -R "$corpus" "$dir/corpus"
		chmod -R a+rX "$dir/corpus"
		corpus=$dir/corpus
	fi
	if [ -n "$tls_port" ] && [ ! -f "$dir/tls.crt" ]; then
		openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
			-addext subjectAltName=IP:127.0.0.1 -keyout "$dir/tls.key" -out "$dir/tls.crt" 2>/dev/null
	fi
	{
		echo "worker_processes 1;"
		echo "pid $pidf;"
		echo "error_log $dir/error.log;"
		echo "events { worker_connections 256; }"
		echo "http {"
		echo "  access_log $dir/access.log;"
		echo "  client_body_temp_path $dir/tmp/body; fastcgi_temp_path $dir/tmp/fastcgi;"
		echo "  proxy_temp_path $dir/tmp/proxy; uwsgi_temp_path $dir/tmp/uwsgi; scgi_temp_path $dir/tmp/scgi;"
		echo "  types { text/calendar ics; text/html html; }"
		echo "  default_type application/octet-stream;"
		echo "  gzip on; gzip_types text/calendar; gzip_min_length 256;"
		echo "  server {"
		echo "    listen 127.0.0.1:$port; listen 127.0.0.2:$port;"
		[ -n "$tls_port" ] &&
			echo "    listen 127.0.0.1:$tls_port ssl; ssl_certificate $dir/tls.crt; ssl_certificate_key $dir/tls.key;"
		echo "    root $dir/www;"
		echo "    location /slow/ { alias $dir/www/; gzip off; limit_rate 200; }"
		echo "    location = /redirect-private { return 302 http://127.0.0.2:$port/city.ics; }"
		echo "    location = /redirect-loop { return 302 http://127.0.0.1:$port/redirect-loop; }"
		echo "    location = /redirect-ftp { return 302 ftp://127.0.0.1/city.ics; }"
		echo "    location = /busy.ics { add_header Retry-After 120 always; return 503; }"
		[ -n "$corpus" ] && echo "    location /corpus/ { alias $corpus/; }"
		echo "  }"
		echo "}"
	} > "$dir/nginx.conf"
	nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
	echo "calendars: serving $dir/www on 127.0.0.1:$port (pid $(cat "$pidf"))"
	;;
stop)
	# The same pid file as any private nginx of the harness.
	"$(dirname "$0")/nginx.sh" stop "$dir" >/dev/null
	;;
*)
	echo "usage: calendars.sh start|stop DIR ..." >&2; exit 2 ;;
esac
