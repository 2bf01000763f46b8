#!/bin/sh
# nginx.sh: a private nginx in front of c2c.fcgi, configured with the snippets of conf/
# exactly as a deployer includes them (only the socket path differs).
#   nginx.sh start DIR SOCKET ROOT_PORT [SUBPATH_PORT [HOST_PORT]]
#       ROOT_PORT serves c2c at the site root (conf/nginx-c2c-root.conf), with the
#       editing pages behind basic auth (conf/nginx-c2c-edit.conf) and a regex location
#       for static files such as a host site has;
#       SUBPATH_PORT, when given, under /c2c/ (conf/nginx-c2c.conf), with the feeds
#       cached by nginx (conf/nginx-c2c-feeds-cache.conf);
#       HOST_PORT, when given, under /c2c/ of a site with regex locations of its own,
#       the editing pages at /c2c/edit/ (nginx-c2c-edit.conf as docs/install.md says to
#       write it for a sub-path).
#   nginx.sh stop DIR
set -eu

cmd=${1:?usage: nginx.sh start|stop DIR ...}
dir=$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)
conf=$(cd "$(dirname "$0")/../../conf" && pwd)
pidf="$dir/nginx.pid"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

case "$cmd" in
start)
	sock=${3:?SOCKET}
	root_port=${4:?ROOT_PORT}
	sub_port=${5:-}
	host_port=${6:-}
	if running; then
		echo "nginx: already running from $dir (pid $(cat "$pidf"))"
		exit 0
	fi
	mkdir -p "$dir/tmp"
	cp /etc/nginx/fastcgi_params "$dir/fastcgi_params"
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|" "$conf/nginx-c2c-root.conf" > "$dir/c2c-root.conf"
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|" "$conf/nginx-c2c.conf" > "$dir/c2c-subpath.conf"
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|" "$conf/nginx-c2c-feeds-cache.conf" > "$dir/c2c-feeds-cache.conf"
	# Editing pages behind basic auth (conf/nginx-c2c-edit.conf): five test users whose
	# password is "pw-" and their name.
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|; s|/etc/c2c/htpasswd|$dir/htpasswd|" \
		"$conf/nginx-c2c-edit.conf" > "$dir/c2c-edit.conf"
	for u in alice bob carol mallory wei; do
		printf '%s:%s\n' "$u" "$(openssl passwd -6 "pw-$u")"
	done > "$dir/htpasswd"
	sed 's|location ^~ /edit/|location ^~ /c2c/edit/|; s|\^()(/\.\*)\$|^(/c2c)(/.*)$|' "$dir/c2c-edit.conf" \
		> "$dir/c2c-subpath-edit.conf"
	# What a host site typically has: static files by extension, and hidden files denied.
	# c2c's snippets must win over both for their paths.
	mkdir -p "$dir/static"
	host_rules="location ~* \\.(css|js|xml|ics|csv|atom)\$ { root $dir/static; expires 7d; add_header X-Host-Static yes; } location ~ /\\. { deny all; }"
	{
		echo "worker_processes 1;"
		echo "pid $pidf;"
		echo "error_log $dir/error.log;"
		echo "events { worker_connections 1024; }"
		echo "http {"
		echo "  access_log $dir/access.log;"
		echo "  client_body_temp_path $dir/tmp/body; fastcgi_temp_path $dir/tmp/fastcgi;"
		echo "  proxy_temp_path $dir/tmp/proxy; uwsgi_temp_path $dir/tmp/uwsgi; scgi_temp_path $dir/tmp/scgi;"
		echo "  fastcgi_cache_path $dir/cache levels=1:2 keys_zone=c2c_feeds:10m max_size=64m inactive=1h use_temp_path=off;"
		echo "  server { listen 127.0.0.1:$root_port; server_name localhost; $host_rules include $dir/c2c-edit.conf; include $dir/c2c-root.conf; }"
		[ -n "$sub_port" ] &&
			echo "  server { listen 127.0.0.1:$sub_port; server_name localhost; include $dir/c2c-feeds-cache.conf; include $dir/c2c-subpath.conf; }"
		[ -n "$host_port" ] &&
			echo "  server { listen 127.0.0.1:$host_port; server_name localhost; root $dir/static; $host_rules include $dir/c2c-subpath-edit.conf; include $dir/c2c-subpath.conf; }"
		echo "}"
	} > "$dir/nginx.conf"
	nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
	echo "nginx: running from $dir on 127.0.0.1:$root_port${sub_port:+ and 127.0.0.1:$sub_port (/c2c/)}${host_port:+ and 127.0.0.1:$host_port (/c2c/ of a host site)} (pid $(cat "$pidf"))"
	;;
stop)
	if running; then
		pid=$(cat "$pidf")
		kill -QUIT "$pid"
		i=0
		while kill -0 "$pid" 2>/dev/null; do
			i=$((i + 1)); [ $i -gt 100 ] && { kill -TERM "$pid"; break; }
			sleep 0.1
		done
		echo "nginx: stopped (pid $pid)"
	fi
	;;
*)
	echo "usage: nginx.sh start|stop DIR ..." >&2; exit 2 ;;
esac
