# t45_host_rules.sh: the web server snippets inside a host site that has rules of its own
# (issue 20).  nginx: a regex location for static files (.xml, .ics, .csv, .atom ...) must
# not take c2c's paths, at the root (NGINX_ROOT) or under /c2c/ (NGINX_HOST), nor let an
# editing path skip auth_basic.  Apache (no PATH_INFO): dot-segments are routed as Apache
# matched them, and its editing snippet demands the sign-in.

H45="http://127.0.0.1:$NGINX_HOST/c2c"
A45="http://127.0.0.1:$APACHE_SUB/c2c"
AR45="http://127.0.0.1:$APACHE_ROOT"
pid45=$(sql "SELECT MIN(id) FROM partnerships")

# from_c2c NAME URL CONTENT-TYPE-PREFIX [curl args]: 200 from c2c (its Vary or
# Content-Disposition, the type it sends), not the host's static rule.
from_c2c() {
	name=$1 url=$2 type=$3; shift 3
	fetch "$url" "$@"
	if [ "$STATUS" != 200 ]; then
		nok "$name" "GET $url: status $STATUS, wanted 200" "$(head -c 200 "$TMP_BODY")"
	elif [ -n "$(header X-Host-Static)" ]; then
		nok "$name" "GET $url: answered by the host's static location"
	else
		case "$(header Content-Type)" in
		"$type"*) ok "$name" ;;
		*) nok "$name" "GET $url: Content-Type '$(header Content-Type)', wanted $type" ;;
		esac
	fi
}

for base in "$H45" "$N"; do
	case $base in "$N") where="nginx root" ;; *) where="nginx /c2c/ of a host site" ;; esac
	from_c2c "$where: cities.xml reaches c2c" "$base/cities.xml?limit=2" application/xml
	from_c2c "$where: feeds/events.ics reaches c2c" "$base/feeds/events.ics" text/calendar
	from_c2c "$where: feeds/partnerships.atom reaches c2c" "$base/feeds/partnerships.atom" application/atom+xml
	from_c2c "$where: partnerships/$pid45.csv reaches c2c" "$base/partnerships/$pid45.csv" text/csv
	from_c2c "$where: a dot-segment is normalised by nginx" "$base/x/../cities" text/html --path-as-is
	fetch "$base/edit/x.csv"
	expect_eq "$where: edit/x.csv asks for the sign-in (401 from nginx)" \
		"$STATUS $(header WWW-Authenticate | cut -c1-5)" "401 Basic"
	fetch "$base/edit/kpi-values"
	expect_eq "$where: edit/kpi-values asks for the sign-in" "$STATUS $(header WWW-Authenticate | cut -c1-5)" "401 Basic"
	from_c2c "$where: edit/kpi-values signed in reaches c2c" "$base/edit/kpi-values" text/html -u mallory:pw-mallory
done
fetch "http://127.0.0.1:$NGINX_HOST/.hidden"
expect_eq "nginx host site: its other rules still apply outside /c2c/ (hidden files denied)" "$STATUS" 403
echo 'body { }' > "$VAR/nginx/static/site.css"
fetch "http://127.0.0.1:$NGINX_HOST/site.css"
expect_eq "... and its static location serves its own files" "$STATUS $(header X-Host-Static)" "200 yes"

# Apache passes REQUEST_URI as the client sent it; c2c removes the dot-segments as Apache
# did before matching its <Location>s.
from_c2c "Apache /c2c/: /c2c/x/../cities" "$A45/x/../cities" text/html --path-as-is
from_c2c "Apache /c2c/: /c2c/./cities.xml" "$A45/./cities.xml?limit=1" application/xml --path-as-is
from_c2c "Apache root: /a/b/../../cities" "$AR45/a/b/../../cities" text/html --path-as-is
from_c2c "Apache /c2c/: /c2c/edit/../cities needs no sign-in" "$A45/edit/../cities" text/html --path-as-is
for base in "$A45" "$AR45"; do
	case $base in "$A45") where="Apache /c2c/" ;; *) where="Apache root" ;; esac
	fetch "$base/edit/kpi-values"
	expect_eq "$where: edit/kpi-values asks for the sign-in" "$STATUS $(header WWW-Authenticate | cut -c1-5)" "401 Basic"
	fetch "$base/x/../edit/kpi-values" --path-as-is
	expect_eq "$where: x/../edit/kpi-values asks for the sign-in" "$STATUS" 401
	fetch "$base/edit/kpi-values" -u mallory:nope
	expect_eq "$where: a wrong password: 401" "$STATUS" 401
	from_c2c "$where: edit/kpi-values signed in reaches c2c" "$base/edit/kpi-values" text/html -u mallory:pw-mallory
done
