# c2c: build, test, demo, install.  GNU make; every library through pkg-config.
# Local overrides (CC, CFLAGS, PREFIX, ...) may go in Makefile.local.
-include Makefile.local

VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     ?= $(PREFIX)/bin
SBINDIR    ?= $(PREFIX)/sbin
DATADIR    ?= $(PREFIX)/share/c2c
MANDIR     ?= $(PREFIX)/share/man
DOCDIR     ?= $(PREFIX)/share/doc/c2c
SYSCONFDIR ?= /etc/c2c

# BUILD selects the output tree, so that the sanitizer build never mixes with the normal one.
BUILD      ?= build
CC         ?= cc
PKGS       := fcgi libmariadb libxml-2.0 libxslt libexslt libical libcurl openssl
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# Empty when a -dev package is missing: the build then stops at once and names it (below).
PKG_OK     := $(shell pkg-config --exists $(PKGS) 2>/dev/null && echo yes)
# Check is needed by the unit tests only: no complaint when it is absent.
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)

# -Werror only in the project's own builds (make check, make asan, CI: WERROR=1), never
# for a package or a user's build: a newer compiler's new warning must not stop them.
WERROR     ?= 0
WARN       := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
              -Wformat=2 -Wno-format-nonliteral -Wvla $(if $(filter 1,$(WERROR)),-Werror)
OPT        ?= -O2 -g
# CPPFLAGS, CFLAGS and LDFLAGS come from the environment or the command line (what
# dpkg-buildflags exports); they go after ours, so that they win.
CPPFLAGS   ?=
CFLAGS     ?=
LDFLAGS    ?=
# Hardening as dpkg-buildflags gives every Debian package, on by default (HARDEN=0 turns it
# off): stack protector, _FORTIFY_SOURCE (only with optimisation and without sanitizers,
# which it confuses; not twice when CPPFLAGS has it), PIE, full RELRO with BIND_NOW, and
# where the compiler and architecture have them, stack clash and control-flow protection.
HARDEN     ?= 1
cc_has      = $(shell $(CC) $(1) -Werror -E -x c /dev/null >/dev/null 2>&1 && echo $(1))
SANITIZED  := $(findstring -fsanitize,$(OPT) $(CFLAGS))
OPTIMISED  := $(filter -O1 -O2 -O3 -Os -Og,$(OPT) $(CFLAGS))
ifeq ($(HARDEN),1)
HARDEN_CPPFLAGS := $(if $(and $(OPTIMISED),$(if $(SANITIZED),,yes),$(if $(findstring _FORTIFY_SOURCE,$(CPPFLAGS)),,yes)),-D_FORTIFY_SOURCE=2)
HARDEN_CFLAGS   := -fstack-protector-strong -fPIE $(call cc_has,-fstack-clash-protection) \
                   $(call cc_has,-fcf-protection)
HARDEN_LDFLAGS  := -pie -Wl,-z,relro -Wl,-z,now
endif
ALL_CFLAGS := -std=c11 -D_GNU_SOURCE $(HARDEN_CPPFLAGS) $(OPT) $(WARN) $(HARDEN_CFLAGS) -pthread -MMD -MP \
              -Ilib $(PKG_CFLAGS) \
              -DC2C_VERSION='"$(VERSION)"' \
              -DC2C_DATADIR='"$(DATADIR)"' -DC2C_SYSCONFDIR='"$(SYSCONFDIR)"' $(CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS := $(HARDEN_LDFLAGS) $(LDFLAGS)
LDLIBS     := $(PKG_LIBS) -lm -pthread

LIB_SRC    := $(wildcard lib/*.c)
FCGI_SRC   := $(filter-out fcgi/c2cctl%.c,$(wildcard fcgi/*.c))
CTL_SRC    := $(wildcard fcgi/c2cctl*.c)
UNIT_SRC   := $(wildcard tests/unit/*.c)

LIB_OBJ    := $(LIB_SRC:%.c=$(BUILD)/%.o)
FCGI_OBJ   := $(FCGI_SRC:%.c=$(BUILD)/%.o)
CTL_OBJ    := $(CTL_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ   := $(UNIT_SRC:%.c=$(BUILD)/%.o)

LIBC2C     := $(BUILD)/libc2c.a
PROGS      := $(BUILD)/c2c.fcgi $(BUILD)/c2cctl
UNIT       := $(BUILD)/unit-tests
TOOLS      := $(BUILD)/ics_check

.PHONY: all deps check check-unit check-integration check-scale check-fresh check-fuzz asan bench bench-large demo demo-stop \
        install uninstall purge check-install deb check-deb clean distclean fuzz fuzz-build fuzz-bins
all: $(PROGS) $(TOOLS)

# Rebuild everything when the flags change (a stamp of the effective flags).
$(BUILD)/.flags: FORCE
ifneq ($(PKG_OK),yes)
	@m=$$(tests/harness/deps.sh missing); \
	echo "c2c: cannot build without the Debian packages $$m; as root: apt-get install $$m" >&2; exit 1
endif
	@mkdir -p $(@D)
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LDLIBS)' | cmp -s - $@ || echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LDLIBS)' > $@
FORCE:

# V=1 shows the commands.
ifeq ($(V),1)
Q :=
say = @:
else
Q := @
say = @echo '  $(1)	$(2)'
endif

$(BUILD)/%.o: %.c $(BUILD)/.flags
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBC2C): $(LIB_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/c2c.fcgi: $(FCGI_OBJ) $(LIBC2C)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(FCGI_OBJ) $(LIBC2C) $(LDLIBS)

$(BUILD)/c2cctl: $(CTL_OBJ) $(LIBC2C)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(CTL_OBJ) $(LIBC2C) $(LDLIBS)

# The matching benchmark: 100,000 generated candidate cities (make bench runs it).
$(BUILD)/match_bench: $(BUILD)/tests/bench/match_bench.o $(LIBC2C)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBC2C) $(LDLIBS)
-include $(BUILD)/tests/bench/match_bench.d

# Test tools: ics_check parses an .ics file with libical (the integration tests use it).
$(BUILD)/ics_check: $(BUILD)/tests/tools/ics_check.o $(LIBC2C)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(BUILD)/tests/tools/ics_check.o $(LIBC2C) $(LDLIBS)
-include $(BUILD)/tests/tools/ics_check.d

$(BUILD)/tests/unit/%.o: ALL_CFLAGS += $(CHECK_CFLAGS) -DC2C_SRCDIR='"$(CURDIR)"'
$(UNIT): $(UNIT_OBJ) $(LIBC2C)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(UNIT_OBJ) $(LIBC2C) $(LDLIBS) $(CHECK_LIBS)

# Install the Debian packages the build, the tests and the demo need (as root; no-op when
# present).  The targets that install call make again for the build, so that pkg-config's
# flags are read after the -dev packages exist (a Makefile's variables are read once).
deps:
	@tests/harness/deps.sh check

# The project's own test runs build with -Werror (their sub-makes read WERROR from the
# environment).
check asan: export WERROR = 1

# CHECK_SCALE=0 leaves out the scale-out test (about a minute: two MariaDB servers).
check: deps
	@$(MAKE) --no-print-directory all $(UNIT)
	$(MAKE) check-unit check-install check-integration
	$(MAKE) check-fuzz
	$(if $(filter 0,$(CHECK_SCALE)),@echo 'check-scale skipped (CHECK_SCALE=0)',$(MAKE) check-scale)

check-unit: $(UNIT)
	$(UNIT)
	tests/layering.sh

check-integration: $(PROGS)
	BUILD=$(BUILD) tests/integration/run.sh

# Scale-out: a MariaDB primary and replica, two c2c.fcgi behind one nginx upstream
# (tests/scale/run.sh; ports from C2C_SCALE_PORT, default 27700).
check-scale: $(PROGS)
	BUILD=$(BUILD) tests/scale/run.sh

# The README's quick start on a fresh Debian 12 chroot, clone under /root (as root; about
# 10 minutes the first time; CHECK=1 adds make check).  Not part of make check: run it
# whenever the Makefile, the dependencies or the harness change.
check-fresh:
	tests/harness/fresh.sh $(if $(filter 1,$(CHECK)),--check)

# --- Fuzzing (tests/fuzz/, docs/testing.md) ----------------------------------------------
# libFuzzer harnesses, one per parser of untrusted bytes, built with clang and ASan+UBSan in
# build-fuzz/ (libc2c instrumented for coverage with -fsanitize=fuzzer-no-link; only the
# harness itself links libFuzzer's main).
FUZZ_NAMES := ics xml_body csv form params route cfg headers
FUZZ_CC    ?= clang
FUZZ_OPT   := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=all
FUZZ_BINS  := $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%)

$(BUILD)/tests/fuzz/%.o: ALL_CFLAGS += -DC2C_SRCDIR='"$(CURDIR)"'
$(BUILD)/fuzz/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/fuzz_util.o $(LIBC2C)
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/tests/fuzz/fuzz_util.o $(LIBC2C) $(LDLIBS)
-include $(wildcard $(BUILD)/tests/fuzz/*.d)
fuzz-bins: $(FUZZ_BINS)
# Keep the harness objects (intermediate files of a pattern chain make would delete).
.SECONDARY: $(FUZZ_NAMES:%=$(BUILD)/tests/fuzz/fuzz_%.o) $(BUILD)/tests/fuzz/fuzz_util.o

# Builds the harnesses in build-fuzz/ (nothing when clang's fuzzer runtime is absent).
fuzz-build:
	@if tests/fuzz/run.sh --probe; then \
		$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) OPT='$(FUZZ_OPT)' fuzz-bins; fi

# make fuzz FUZZ_SECONDS=3600 [FUZZ=ics,csv]: each harness for that long, corpora in
# var/fuzz/, seeds from tests/fuzz/seeds, tests/fixtures and ../shared/corpus.
fuzz: deps fuzz-build
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) tests/fuzz/run.sh $(subst $(comma), ,$(FUZZ))

# The short run of make check: the regression inputs, then about a second per harness.
check-fuzz: fuzz-build
	FUZZ_SECONDS=$(or $(FUZZ_CHECK_SECONDS),1) tests/fuzz/run.sh --check
comma := ,

# The same tests with AddressSanitizer and UndefinedBehaviorSanitizer, in build-asan/.
asan: deps
	$(MAKE) BUILD=build-asan OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
		all build-asan/unit-tests
	# The 60-second soak of make check is for throughput and memory growth; under the
	# sanitizers 15 seconds of the same mix look for invalid accesses in less CI time.
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		SOAK_SECONDS=$(or $(SOAK_SECONDS),15) C2C_BROWSER=$(or $(C2C_BROWSER),0) $(MAKE) BUILD=build-asan OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
		check-unit check-integration

# Throughput and latency of c2c against nginx static files and a minimal libfcgi responder
# serving the same bytes (report in $(BUILD)/bench/; BENCH_SECONDS per run, default 5).
bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/match_bench
	BUILD=$(BUILD) tests/bench/run.sh

# Every public page's build time with 2 million events, 5,000 partnerships and 2,000 cities
# generated in a private MariaDB (tests/bench/large.sh; LARGE_EVENTS etc. for other sizes;
# report in $(BUILD)/bench-large/).
bench-large: deps
	@$(MAKE) --no-print-directory all
	BUILD=$(BUILD) tests/bench/large.sh

# The demo installs what it builds and runs with, not what only the tests need.
demo:
	@tests/harness/deps.sh demo
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) PORT=$(or $(PORT),8080) tests/harness/demo.sh start

demo-stop:
	tests/harness/demo.sh stop

# What make install puts, so that make uninstall removes exactly that.
SQL_FILES   := $(notdir $(wildcard sql/*.sql))
SEED_FILES  := $(notdir $(wildcard sql/seed/*.sql))
XSLT_FILES  := $(notdir $(wildcard conf/xslt/*))
EXAMPLES    := c2c.conf.example nginx-c2c.conf nginx-c2c-root.conf nginx-c2c-edit.conf \
               nginx-c2c-feeds-cache.conf nginx-c2c-upstream.conf apache-c2c.conf \
               apache-c2c-root.conf apache-c2c-edit.conf c2c.socket c2c-import.timer
# Expressions of interest (issue 19): the notifications' timer and service.
EXAMPLES    += c2c-notify.timer
# The two services name the programs' and the configuration's paths: rewritten for both.
UNITS_SED   := c2c.service c2c-import.service
UNITS_SED   += c2c-notify.service
MAN_FILES   := man1/c2cctl.1 man5/c2c.conf.5 man8/c2c.fcgi.8
DOC_FILES   := LICENSE NOTICE NEWS README.md

# Idempotent: run again (every upgrade) it replaces the same files.  An existing
# configuration is the administrator's: never replaced.
install: all
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/sql/seed \
		$(DESTDIR)$(DATADIR)/xslt $(DESTDIR)$(DATADIR)/schema $(DESTDIR)$(DATADIR)/examples \
		$(DESTDIR)$(SYSCONFDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(DOCDIR)
	install -m 755 $(BUILD)/c2c.fcgi $(DESTDIR)$(SBINDIR)/c2c.fcgi
	install -m 755 $(BUILD)/c2cctl $(DESTDIR)$(BINDIR)/c2cctl
	install -m 644 $(SQL_FILES:%=sql/%) $(DESTDIR)$(DATADIR)/sql/
	install -m 644 $(SEED_FILES:%=sql/seed/%) $(DESTDIR)$(DATADIR)/sql/seed/
	install -m 644 $(XSLT_FILES:%=conf/xslt/%) $(DESTDIR)$(DATADIR)/xslt/
	install -m 644 docs/schema/c2c.rng $(DESTDIR)$(DATADIR)/schema/
	install -m 644 $(EXAMPLES:%=conf/%) $(DESTDIR)$(DATADIR)/examples/
	sed 's|/usr/local/sbin|$(SBINDIR)|g; s|/usr/local/bin|$(BINDIR)|g; s|/etc/c2c|$(SYSCONFDIR)|g' \
		conf/c2c.service > $(DESTDIR)$(DATADIR)/examples/c2c.service
	sed 's|/usr/local/sbin|$(SBINDIR)|g; s|/usr/local/bin|$(BINDIR)|g; s|/etc/c2c|$(SYSCONFDIR)|g' \
		conf/c2c-import.service > $(DESTDIR)$(DATADIR)/examples/c2c-import.service
	sed 's|/usr/local/sbin|$(SBINDIR)|g; s|/usr/local/bin|$(BINDIR)|g; s|/etc/c2c|$(SYSCONFDIR)|g' \
		conf/c2c-notify.service > $(DESTDIR)$(DATADIR)/examples/c2c-notify.service
	for m in $(MAN_FILES); do install -m 644 docs/man/$${m#*/} $(DESTDIR)$(MANDIR)/$$m || exit 1; done
	install -m 644 $(DOC_FILES) $(DESTDIR)$(DOCDIR)/
	if [ ! -e $(DESTDIR)$(SYSCONFDIR)/c2c.conf ]; then \
		sed 's|^# views_dir = .*|views_dir = $(DATADIR)/xslt|; s|^# sql_dir = .*|sql_dir = $(DATADIR)/sql|' \
		conf/c2c.conf.example > $(DESTDIR)$(SYSCONFDIR)/c2c.conf.new && \
		chmod 640 $(DESTDIR)$(SYSCONFDIR)/c2c.conf.new && \
		mv $(DESTDIR)$(SYSCONFDIR)/c2c.conf.new $(DESTDIR)$(SYSCONFDIR)/c2c.conf; fi

# Removes what make install put, and the directories of c2c's own (DATADIR) once empty;
# keeps the configuration directory and what is in it (the administrator's, like the copies
# of snippets and units section 9 of docs/install.md makes).
uninstall:
	rm -f $(DESTDIR)$(SBINDIR)/c2c.fcgi $(DESTDIR)$(BINDIR)/c2cctl \
		$(SQL_FILES:%=$(DESTDIR)$(DATADIR)/sql/%) $(SEED_FILES:%=$(DESTDIR)$(DATADIR)/sql/seed/%) \
		$(XSLT_FILES:%=$(DESTDIR)$(DATADIR)/xslt/%) $(DESTDIR)$(DATADIR)/schema/c2c.rng \
		$(EXAMPLES:%=$(DESTDIR)$(DATADIR)/examples/%) $(UNITS_SED:%=$(DESTDIR)$(DATADIR)/examples/%) \
		$(MAN_FILES:%=$(DESTDIR)$(MANDIR)/%) $(DOC_FILES:%=$(DESTDIR)$(DOCDIR)/%)
	if [ -d $(DESTDIR)$(DOCDIR) ]; then rmdir $(DESTDIR)$(DOCDIR); fi
	for d in sql/seed sql xslt schema examples ""; do \
		if [ -d $(DESTDIR)$(DATADIR)/$$d ]; then rmdir $(DESTDIR)$(DATADIR)/$$d || exit 1; fi; done

# As apt's purge after its remove: uninstall, then the configuration that install wrote
# (and its directory, when nothing of the administrator's is left in it).
purge: uninstall
	rm -f $(DESTDIR)$(SYSCONFDIR)/c2c.conf $(DESTDIR)$(SYSCONFDIR)/c2c.conf.new
	if [ -d $(DESTDIR)$(SYSCONFDIR) ]; then rmdir $(DESTDIR)$(SYSCONFDIR) 2>/dev/null || \
		echo "purge: $(DESTDIR)$(SYSCONFDIR) kept: it holds files make install did not write"; fi

# make install twice into a staging directory, then make uninstall: nothing may be left
# but the configuration; then make purge: nothing at all (tests/harness/install-check.sh).
check-install: all
	BUILD=$(BUILD) tests/harness/install-check.sh

# The Debian package (debian/), built by dpkg-buildpackage from a copy of the tracked files
# in $(BUILD)/deb/, then checked by lintian; the .deb and its .changes end up there.
# Installs debhelper, dpkg-dev and lintian when missing (deps.sh deb).
deb:
	@tests/harness/deps.sh deb
	rm -rf $(BUILD)/deb && mkdir -p $(BUILD)/deb/c2c-$(VERSION)
	@# Not build-dev/: binaries committed by mistake (df1fde8), which a source package must not carry.
	git ls-files -z | grep -zv '^build' | tar --null -T - -cf - | tar -C $(BUILD)/deb/c2c-$(VERSION) -xf -
	cd $(BUILD)/deb/c2c-$(VERSION) && dpkg-buildpackage -us -uc
	lintian --info $(BUILD)/deb/c2c_$(VERSION)_*.changes

# The package on a fresh Debian 12 chroot, installed and serving pages through its nginx
# snippet (as root; tests/harness/deb-fresh.sh; after make deb); then booted with systemd
# (systemd-nspawn), its units started with their confinement in force
# (tests/harness/deb-systemd.sh).
check-deb:
	tests/harness/deb-fresh.sh $(BUILD)/deb/c2c_$(VERSION)_$$(dpkg --print-architecture).deb
	tests/harness/deb-systemd.sh $(BUILD)/deb/c2c_$(VERSION)_$$(dpkg --print-architecture).deb

clean:
	rm -rf build build-asan build-fuzz

# var/ may be a link to /var/tmp/c2c-* (tests/harness/vardir.sh): both go.
distclean: clean
	if [ -L var ]; then rm -rf "$$(readlink var)"; fi
	rm -rf var

-include $(LIB_OBJ:.o=.d) $(FCGI_OBJ:.o=.d) $(CTL_OBJ:.o=.d) $(UNIT_OBJ:.o=.d)
