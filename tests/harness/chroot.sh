# chroot.sh: a fresh Debian 12 (bookworm, minbase) chroot for the fresh-machine checks
# (fresh.sh, deb-fresh.sh); sourced.  Needs root.
#   chroot_make ROOT TARBALL LOG   ROOT made afresh: from TARBALL when it exists, else by
#                                  debootstrap (then kept in TARBALL); /proc, /sys and /dev
#                                  bound; this machine's DNS, apt sources and local
#                                  certificate authorities (an egress proxy's, say)
#   chroot_unmount ROOT            undoes the binds (safe to call twice)
#   chroot_inside ROOT COMMAND     COMMAND by /bin/sh in ROOT, as root, in a bare environment

chroot_unmount() {
	for d in dev/pts dev sys proc; do
		mountpoint -q "$1/$d" 2>/dev/null && umount -l "$1/$d"
	done
	return 0
}

chroot_make() {
	chroot_unmount "$1"
	rm -rf "$1"
	mkdir -p "$1"
	if [ -s "$2" ]; then
		tar -C "$1" -xf "$2"
	else
		command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
		mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
		echo "chroot: debootstrap bookworm (minbase), kept in $2"
		debootstrap --variant=minbase bookworm "$1" ${mirror:+"$mirror"} >"$3" 2>&1 ||
			{ tail -5 "$3"; return 1; }
		tar -C "$1" -cf "$2" .
	fi
	for d in proc sys dev dev/pts; do mount --bind "/$d" "$1/$d"; done
	cp /etc/resolv.conf "$1/etc/"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		rm -f "$1/etc/apt/sources.list"
		cp /etc/apt/sources.list.d/debian.sources "$1/etc/apt/sources.list.d/"
	fi
	# Trusted by the chroot's ca-certificates when a package installs it.
	if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
		mkdir -p "$1/usr/local/share/ca-certificates"
		cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/"
	fi
}

chroot_inside() {
	chroot "$1" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
		DEBIAN_FRONTEND=noninteractive /bin/sh -c "$2"
}
