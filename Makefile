# image-catalog: see README.md. Every target is safe to run on a fresh clone.
MVN ?= mvn -B -q
JAR := target/image-catalog.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
RUN := bin/image-catalog

.PHONY: build test generate check validate approve clean

build: $(JAR)

# Rebuild the jar only when a source changed.
$(JAR): $(SOURCES)
	$(MVN) package -DskipTests
	@touch $@

test:
	mvn -B verify

generate: $(JAR)
	$(RUN) generate

validate: $(JAR)
	$(RUN) validate

# CI's gate: the catalog is valid and generated/ is exactly what the catalog and templates give.
check: $(JAR)
	$(RUN) validate
	$(RUN) check

# After reading the .received. files' diffs: accept them as the new golden files.
approve:
	@find src/test -name '*.received.*' | while read -r f; do \
	  a=$$(echo "$$f" | sed 's/\.received\./.approved./'); mv "$$f" "$$a"; echo "approved $$a"; done

clean:
	rm -rf target
