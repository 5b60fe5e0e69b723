# image-catalog: see README.md. Every target is safe to run on a fresh clone.
MVN ?= mvn -B -q
JAR := target/image-catalog.jar
ARCHIVE := target/image-catalog.jsa
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
RUN := bin/image-catalog

.PHONY: build test generate check validate bench approve clean

build: $(JAR) $(ARCHIVE)

# Rebuild the jar only when a source changed.
$(JAR): $(SOURCES)
	$(MVN) package -DskipTests
	@touch $@

# The class-data-sharing archive the launcher uses; it must be rebuilt with the jar.
$(ARCHIVE): $(JAR) bin/build-class-archive
	bin/build-class-archive

test:
	mvn -B verify

generate: build
	$(RUN) generate

validate: build
	$(RUN) validate

# CI's gate: the catalog is valid and generated/ is exactly what the catalog and templates give.
check: build
	$(RUN) validate
	$(RUN) check

# Times whole runs against the peers in ../shared/bench; installs the peers' Debian packages.
bench: build
	bench/install-peers
	$(MVN) dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	$(MVN) test-compile
	python3 bench/run.py

# After reading the .received. files' diffs: accept them as the new golden files.
approve:
	@find src/test -name '*.received.*' | while read -r f; do \
	  a=$$(echo "$$f" | sed 's/\.received\./.approved./'); mv "$$f" "$$a"; echo "approved $$a"; done

clean:
	rm -rf target
