#!/bin/sh
# gen_ics.sh: writes a calendar of N events to standard output, for the import tests and
# the benchmark.  Events are one hour each, an hour apart from 2027-01-04 09:00 UTC, in
# Europe/Berlin; every tenth has a Chinese title, every seventh a location.
#   gen_ics.sh N [UID-PREFIX] [TITLE-PREFIX]
#   UID-PREFIX "random" gives every event a new random UID on each run (a feed whose UIDs
#   are not stable).
set -eu
n=${1:?usage: gen_ics.sh N [UID-PREFIX] [TITLE-PREFIX]}
prefix=${2:-gen}
title=${3:-Generated event}
# Plain POSIX awk (Debian's mawk has no strftime): dates by Howard Hinnant's civil_from_days.
awk -v n="$n" -v prefix="$prefix" -v title="$title" -v seed="$$" '
function stamp(t,    d, s, z, era, doe, yoe, y, doy, mp, dd, m) {
	d = int(t / 86400); s = t - d * 86400
	z = d + 719468; era = int(z / 146097); doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153); dd = doy - int((153 * mp + 2) / 5) + 1
	m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++
	return sprintf("%04d%02d%02dT%02d%02d%02dZ", y, m, dd, int(s / 3600), int(s % 3600 / 60), s % 60)
}
BEGIN {
	ORS = "\r\n"
	srand(seed)
	print "BEGIN:VCALENDAR"; print "VERSION:2.0"; print "PRODID:-//c2c tests//gen_ics//EN"
	print "X-WR-CALNAME:" n " generated events"
	base = 1799053200   # 2027-01-04T09:00:00Z
	for (i = 0; i < n; i++) {
		t = base + i * 7200
		print "BEGIN:VEVENT"
		if (prefix == "random")
			printf "UID:%08x-%08x-%d@gen.c2c.test\r\n", int(rand() * 2^31), int(rand() * 2^31), i
		else
			printf "UID:%s-%d@gen.c2c.test\r\n", prefix, i
		print "DTSTAMP:20261201T000000Z"
		printf "DTSTART:%s\r\n", stamp(t)
		printf "DTEND:%s\r\n", stamp(t + 3600)
		if (i % 10 == 0)
			printf "SUMMARY:城市合作活动 %d\r\n", i
		else
			printf "SUMMARY:%s %d\r\n", title, i
		if (i % 7 == 0)
			printf "LOCATION:Hall %d\\, Gothenburg\r\n", i % 50
		print "END:VEVENT"
	}
	print "END:VCALENDAR"
}'
