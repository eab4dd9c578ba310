# zonelint: every target runs offline once Maven has its dependencies.
MVN ?= mvn -B -q
JAR := target/zonelint.jar
SHARED ?= ../shared

.PHONY: build test demo clean conformance fmt fuzz bench

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f)
	$(MVN) package -DskipTests -Djacoco.skip=true
	@# Class-data archive of what a check loads: the launcher starts faster with it.
	rm -f target/zonelint.jsa
	java -XX:ArchiveClassesAtExit=target/zonelint.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
	  -jar $(JAR) check zones-samples/ > /dev/null || test $$? -eq 1

# The full gate CI runs: compile with Error Prone, every test, formatting check.
test:
	mvn -B verify

# Check the bundled sample zones; findings (exit 1) are the point of the demo.
demo: $(JAR)
	./zonelint check zones-samples/ ; test $$? -le 1
	@# The fixer on two samples: a diff on standard output, nothing changed.
	./zonelint fix zones-samples/mx-to-cname.example.com.zone ; test $$? -le 1
	./zonelint fix --provider route53 zones-samples/staging-cloudfront.example.com.zone ; test $$? -le 1

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
