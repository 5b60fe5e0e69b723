# image-catalog: see README.md. Every target is safe to run on a fresh clone.

# The release version: the tag vX.Y.Z when HEAD carries one, else the next version with the
# commit it was built from (0.2.0-dev+3f2a1c9).
BASE_VERSION := 0.2.0
VERSION ?= $(shell v=$$(git describe --tags --exact-match --match 'v*' 2>/dev/null) && echo $${v\#v} \
  || echo $(BASE_VERSION)-dev+$$(git rev-parse --short HEAD 2>/dev/null || echo unknown))

# Batch mode, no colour codes, and of Maven's own output only warnings (and, testing, the totals).
MVN := mvn -B -Dstyle.color=never -Drevision=$(VERSION) -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
JAR := target/image-catalog.jar
ARCHIVE := target/image-catalog.jsa
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
RUN := bin/image-catalog
DIST := target/dist/image-catalog-$(VERSION)

.PHONY: build test generate check validate bench approve dist dist-check fmt clean

build: $(JAR) $(ARCHIVE)

# Rebuild the jar only when a source changed.
$(JAR): $(SOURCES)
	$(MVN) package -DskipTests
	@touch $@

# The class-data-sharing archive the launcher uses; it must be rebuilt with the jar.
$(ARCHIVE): $(JAR) bin/build-class-archive
	@bin/build-class-archive

# The whole suite; the jar it builds gets a fresh start-up archive, so the launcher keeps using it.
test:
	@$(MVN) -Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire=info verify
	@bin/build-class-archive

generate: build
	$(RUN) generate

validate: build
	$(RUN) validate

# CI's gate: generated/ is exactly what the catalog and templates give. make reports any failed
# recipe as status 2; the tool's own status (1 stale, 2 bad input) is kept in target/check.status
# and its last line says which it was.
check: build
	@$(RUN) check; status=$$?; echo $$status > target/check.status; exit $$status

# Times whole runs against the peers in ../shared/bench; installs the peers' Debian packages.
bench: build
	bench/install-peers
	python3 bench/run.py

# A release another repository can vendor: the jar, the launcher, the default templates, the
# licence and change log, and SHA-256 checksums, as a folder and a tarball under target/dist.
dist:
	$(MVN) package -DskipTests
	@bin/build-class-archive
	rm -rf $(DIST) $(DIST).tar.gz
	mkdir -p $(DIST)/bin $(DIST)/lib
	cp bin/image-catalog $(DIST)/bin/
	cp $(JAR) $(DIST)/lib/image-catalog.jar
	cp -R templates $(DIST)/templates
	cp LICENSE CHANGELOG.md $(DIST)/
	cd $(DIST) && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | sed 's|^\./||' \
	  | xargs sha256sum > SHA256SUMS
	tar -C target/dist --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 \
	  -czf $(DIST).tar.gz image-catalog-$(VERSION)
	cd target/dist && sha256sum image-catalog-$(VERSION).tar.gz > image-catalog-$(VERSION).tar.gz.sha256
	@echo "$(DIST).tar.gz"

# The release as another repository gets it: unpacked in an empty folder, checksums verified, it
# must generate from this repository's catalog exactly the committed generated/.
dist-check: dist
	rm -rf target/dist-check && mkdir -p target/dist-check/repository
	tar -C target/dist-check -xzf $(DIST).tar.gz
	cd target/dist-check/image-catalog-$(VERSION) && sha256sum --quiet -c SHA256SUMS
	test "$$(target/dist-check/image-catalog-$(VERSION)/bin/image-catalog --version)" = \
	  "image-catalog $(VERSION)"
	cp catalog.conf target/dist-check/repository/
	cd target/dist-check/repository && XDG_CACHE_HOME=$(CURDIR)/target/dist-check/cache \
	  ../image-catalog-$(VERSION)/bin/image-catalog generate --quiet
	diff -r generated target/dist-check/repository/generated
	@echo "dist-check: the release generates the committed generated/, with its own templates"

# After reading the .received. files' diffs: accept them as the new golden files.
approve:
	@find src/test -name '*.received.*' | while read -r f; do \
	  a=$$(echo "$$f" | sed 's/\.received\./.approved./'); mv "$$f" "$$a"; echo "approved $$a"; done

# google-java-format over every Java file; make test fails on a file it would change.
fmt:
	$(MVN) spotless:apply

clean:
	rm -rf target
