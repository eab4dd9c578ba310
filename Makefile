# zonelint: every target runs offline once Maven has its dependencies.
MVN ?= mvn -B -q
JAR := target/zonelint.jar
SHARED ?= ../shared

.PHONY: build test demo clean conformance fmt fuzz bench docs install

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f)
	$(MVN) package -DskipTests -Djacoco.skip=true
	@# Class-data archive of what a check loads: the launcher starts faster with it.
	rm -f target/zonelint.jsa
	java -XX:ArchiveClassesAtExit=target/zonelint.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
	  -jar $(JAR) check zones-samples/ > /dev/null || test $$? -eq 1

# Man pages (picocli's ManPageGenerator writes AsciiDoc, asciidoctor turns it into roff) and the
# bash/zsh completion script (picocli's AutoComplete, behind a hidden subcommand).
PICOCLI := $(shell sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' pom.xml)
CODEGEN ?= $(HOME)/.m2/repository/info/picocli/picocli-codegen/$(PICOCLI)/picocli-codegen-$(PICOCLI).jar
docs: $(JAR)
	@command -v asciidoctor >/dev/null || { echo "make docs: install asciidoctor (apt-get install asciidoctor)" >&2; exit 2; }
	rm -rf target/man-adoc target/man target/completion
	mkdir -p target/man-adoc target/man target/completion
	java -cp $(JAR):$(CODEGEN) picocli.codegen.docgen.manpage.ManPageGenerator -d target/man-adoc dev.zonelint.cli.RootCommand
	rm target/man-adoc/zonelint-generate-completion.adoc
	asciidoctor -b manpage -D target/man target/man-adoc/*.adoc
	java -jar $(JAR) generate-completion > target/completion/zonelint.bash

# Installs the launcher, jar, man pages and completion below PREFIX (DESTDIR for packagers), and
# writes the class-data archive there: the one in target/ names target's jar.
PREFIX ?= /usr/local
install: build docs
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/zonelint $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 $(JAR) $(DESTDIR)$(PREFIX)/share/zonelint/zonelint.jar
	install -m 755 zonelint $(DESTDIR)$(PREFIX)/bin/zonelint
	install -m 644 target/man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 target/completion/zonelint.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/zonelint
	rm -f $(DESTDIR)$(PREFIX)/share/zonelint/zonelint.jsa
	java -XX:ArchiveClassesAtExit=$(DESTDIR)$(PREFIX)/share/zonelint/zonelint.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
	  -jar $(DESTDIR)$(PREFIX)/share/zonelint/zonelint.jar check zones-samples/ > /dev/null || test $$? -eq 1

# The full gate CI runs: compile with Error Prone, every test, formatting check.
test:
	mvn -B verify

# Check the bundled sample zones; findings (exit 1) are the point of the demo.
demo: $(JAR)
	./zonelint check zones-samples/ ; test $$? -le 1

# Parser/checker conformance against the shared corpus of other projects' test zones.
conformance:
	$(MVN) test -Dtest=ConformanceTest -Dzonelint.shared=$(abspath $(SHARED)) -Dzonelint.conformance.verbose=true -Djacoco.skip=true -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false

# Whole-process benchmark against installed peers (see tools/bench.sh and the README).
bench: $(JAR)
	SHARED=$(SHARED) tools/bench.sh $(SIZES)

fmt:
	$(MVN) spotless:apply

clean:
	$(MVN) clean

# Coverage-guided fuzzing of every @FuzzTest harness, each for its maxDuration (30 min);
# findings land in src/test/resources/**/<Class>Inputs and replay in every `make test`.
fuzz:
	JAZZER_FUZZ=1 mvn -B test -Dtest='*FuzzTest' -Djacoco.skip=true -Dspotless.check.skip=true
