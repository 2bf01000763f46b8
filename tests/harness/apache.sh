#!/bin/sh
# apache.sh: a private Apache 2.4 in front of c2c.fcgi with mod_proxy_fcgi, configured with
# conf/apache-c2c.conf (sub-path /c2c/) and conf/apache-c2c-root.conf (site root) exactly
# as a deployer includes them (only the socket path differs).
#   apache.sh start DIR SOCKET ROOT_PORT SUBPATH_PORT
#   apache.sh stop DIR
set -eu

cmd=${1:?usage: apache.sh start|stop DIR ...}
dir=$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)
conf=$(cd "$(dirname "$0")/../../conf" && pwd)
pidf="$dir/apache.pid"
mods=/usr/lib/apache2/modules

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

case "$cmd" in
start)
	sock=${3:?SOCKET}
	root_port=${4:?ROOT_PORT}
	sub_port=${5:?SUBPATH_PORT}
	if running; then
		echo "apache: already running from $dir (pid $(cat "$pidf"))"
		exit 0
	fi
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|" "$conf/apache-c2c-root.conf" > "$dir/c2c-root.conf"
	sed "s|unix:/run/c2c/c2c.sock|unix:$sock|" "$conf/apache-c2c.conf" > "$dir/c2c-subpath.conf"
	# The editing pages behind basic auth (conf/apache-c2c-edit.conf), under /c2c/ and,
	# as the snippet says to write it, at the root; the users of nginx.sh.
	sed "s|/etc/c2c/htpasswd|$dir/htpasswd|" "$conf/apache-c2c-edit.conf" > "$dir/c2c-subpath-edit.conf"
	sed "s|/c2c/edit/|/edit/|" "$dir/c2c-subpath-edit.conf" > "$dir/c2c-root-edit.conf"
	for u in alice bob carol mallory wei; do
		printf '%s:%s\n' "$u" "$(openssl passwd -6 "pw-$u")"
	done > "$dir/htpasswd"
	user=www-data
	id "$user" >/dev/null 2>&1 || user=nobody
	cat > "$dir/apache.conf" <<CONF
ServerRoot "$dir"
ServerName 127.0.0.1
PidFile "$pidf"
DefaultRuntimeDir "$dir"
ErrorLog "$dir/error.log"
LogLevel warn
Mutex file:$dir default
LoadModule mpm_event_module $mods/mod_mpm_event.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule authz_user_module $mods/mod_authz_user.so
LoadModule authn_core_module $mods/mod_authn_core.so
LoadModule authn_file_module $mods/mod_authn_file.so
LoadModule auth_basic_module $mods/mod_auth_basic.so
LoadModule alias_module $mods/mod_alias.so
LoadModule proxy_module $mods/mod_proxy.so
LoadModule proxy_fcgi_module $mods/mod_proxy_fcgi.so
User $user
Group $(id -gn "$user" 2>/dev/null || echo nogroup)
StartServers 1
ServerLimit 2
ThreadsPerChild 25
MaxRequestWorkers 50
CustomLog "$dir/access.log" "%h %l %u %t \"%r\" %>s %b"
Listen 127.0.0.1:$root_port
Listen 127.0.0.1:$sub_port
<VirtualHost 127.0.0.1:$root_port>
    Include "$dir/c2c-root.conf"
    Include "$dir/c2c-root-edit.conf"
</VirtualHost>
<VirtualHost 127.0.0.1:$sub_port>
    Include "$dir/c2c-subpath.conf"
    Include "$dir/c2c-subpath-edit.conf"
</VirtualHost>
CONF
	apache2 -f "$dir/apache.conf" -k start
	i=0
	until running; do
		i=$((i + 1)); [ $i -gt 100 ] && { echo "apache: did not start; see $dir/error.log" >&2; exit 1; }
		sleep 0.1
	done
	echo "apache: running from $dir on 127.0.0.1:$root_port and 127.0.0.1:$sub_port (/c2c/) (pid $(cat "$pidf"))"
	;;
stop)
	if running; then
		pid=$(cat "$pidf")
		kill -TERM "$pid"
		i=0
		while kill -0 "$pid" 2>/dev/null; do
			i=$((i + 1)); [ $i -gt 100 ] && break
			sleep 0.1
		done
		echo "apache: stopped (pid $pid)"
	fi
	;;
*)
	echo "usage: apache.sh start|stop DIR ..." >&2; exit 2 ;;
esac
