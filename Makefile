# zonelint: every target runs offline once Maven has its dependencies.
MVN ?= mvn -B -q
JAR := target/zonelint.jar
SHARED ?= ../shared

.PHONY: build test demo clean conformance fmt fuzz bench jmh docs install

build: target/zonelint.jsa

# A JDK 24+ (Temurin 25 here), when installed: it retargets picocli's Java 5 classes so class-data
# sharing can archive them, and its AOT cache (JEP 483/515) starts the launcher fastest.
AOT_JAVA ?= $(lastword $(sort $(wildcard /usr/lib/jvm/*-2[4-9]*/bin/java)))

$(JAR): pom.xml $(shell find src/main -type f)
	$(MVN) package -DskipTests -Djacoco.skip=true

# The start-up caches (tools/train.sh) and the native crypto library beside the jar, remade
# whenever a build (also `mvn verify`) rewrote the jar, which makes the old caches unusable. The
# launcher loads the library from there: its provider would otherwise inflate 9.6 MB from the jar
# into the temporary folder on every signed check (and fail where that folder is mounted noexec).
ACCP_LIB := com/amazon/corretto/crypto/provider/libamazonCorrettoCryptoProvider.so
target/zonelint.jsa: $(JAR) tools/Retarget.java tools/train.sh tools/SignedTraining.java $(wildcard tools/training/*)
	rm -rf target/native && mkdir -p target/native
	cd target/native && jar xf ../zonelint.jar $(ACCP_LIB) && mv $(ACCP_LIB) . && rm -r com
	$(if $(AOT_JAVA),$(AOT_JAVA) tools/Retarget.java $(JAR))
	tools/train.sh "$(AOT_JAVA)"

# Man pages (picocli's ManPageGenerator writes AsciiDoc, asciidoctor turns it into roff) and the
# bash/zsh completion script (picocli's AutoComplete, behind a hidden subcommand).
PICOCLI := $(shell sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' pom.xml)
CODEGEN ?= $(HOME)/.m2/repository/info/picocli/picocli-codegen/$(PICOCLI)/picocli-codegen-$(PICOCLI).jar
docs: $(JAR)
	@command -v asciidoctor >/dev/null || { echo "make docs: install asciidoctor (apt-get install asciidoctor)" >&2; exit 2; }
	test -f $(CODEGEN) || $(MVN) dependency:get -Dartifact=info.picocli:picocli-codegen:$(PICOCLI) -Dtransitive=false
	rm -rf target/man-adoc target/man target/completion
	mkdir -p target/man-adoc target/man target/completion
	java -cp $(JAR):$(CODEGEN) tools/ManPages.java target/man-adoc
	rm -f target/man-adoc/zonelint-generate-completion.adoc
	asciidoctor -b manpage -D target/man target/man-adoc/*.adoc
	java -jar $(JAR) generate-completion > target/completion/zonelint.bash

# Installs the launcher, jar, man pages and completion below PREFIX (DESTDIR for packagers), and
# trains the start-up caches there as `make build` does in target/, whose caches name target's jar
# (with DESTDIR, run `tools/train.sh JAVA LIB` again at the final path after moving the files).
PREFIX ?= /usr/local
install: build docs
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/zonelint $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 $(JAR) $(DESTDIR)$(PREFIX)/share/zonelint/zonelint.jar
	install -d $(DESTDIR)$(PREFIX)/share/zonelint/native
	install -m 644 target/native/*.so $(DESTDIR)$(PREFIX)/share/zonelint/native/
	install -m 755 zonelint $(DESTDIR)$(PREFIX)/bin/zonelint
	install -m 644 target/man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 target/completion/zonelint.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/zonelint
	tools/train.sh "$(AOT_JAVA)" $(DESTDIR)$(PREFIX)/share/zonelint

# The full gate CI runs: compile with Error Prone, every test, formatting check.
test:
	mvn -B verify

# Check the bundled sample zones; findings (exit 1) are the point of the demo.
demo: build
	./zonelint check zones-samples/ ; test $$? -le 1
	@# The fixer on two samples: a diff on standard output, nothing changed.
	./zonelint fix zones-samples/mx-to-cname.example.com.zone ; test $$? -le 1
	./zonelint fix --provider route53 zones-samples/staging-cloudfront.example.com.zone ; test $$? -le 1

# Parser/checker conformance against the shared corpus of other projects' test zones.
conformance:
	$(MVN) test -Dtest=ConformanceTest -Dzonelint.shared=$(abspath $(SHARED)) -Dzonelint.conformance.verbose=true -Djacoco.skip=true -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false

# Whole-process benchmark against installed peers (see tools/bench.sh and the README), then signed
# zones against kzonecheck and ldns-verify-zone: SIZES=0 for signed zones only, SIGNED_RECORDS=0
# to skip them.
bench: build
	SHARED=$(SHARED) tools/bench.sh $(SIZES)

# JMH microbenchmarks (lexer, parser, rule pass, signature verification per provider); JMH_ARGS
# picks and tunes, e.g.
# make jmh JMH_ARGS='ParserBench -p hosts=100000'
jmh:
	$(MVN) -Pbench test-compile -Djacoco.skip=true
	java -cp target/bench-classes:target/classes:$$(cat target/bench.classpath) org.openjdk.jmh.Main $(JMH_ARGS)

fmt:
	$(MVN) spotless:apply

clean:
	$(MVN) clean

# Coverage-guided fuzzing of every @FuzzTest harness, each for its maxDuration (30 min);
# findings land in src/test/resources/**/<Class>Inputs and replay in every `make test`.
fuzz:
	JAZZER_FUZZ=1 mvn -B test -Dtest='*FuzzTest' -Djacoco.skip=true -Dspotless.check.skip=true
