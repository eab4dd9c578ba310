package dev.zonelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.ZoneLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Name;

/**
 * The performance issue's recall target on zones from {@code ../shared/bench/genzone.py} (skipped
 * when it or python3 is missing): every injected problem of a 100,000-record zone is reported at
 * the owner its manifest names, by the rule for its kind, and nothing else is an error; a zone
 * generated without problems gets no error, and warnings only from the rules whose findings in such
 * a zone the README explains (the generator's random DKIM keys, {@code ?all}, 1024-bit keys, one
 * SPF record past ten lookups).
 */
class GeneratedRecallTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  /** The rule that reports each kind of problem genzone injects. */
  private static final Map<String, String> RULE_OF_KIND =
      Map.of(
          "cname_and_other_data", "cname-and-other-data",
          "cname_at_apex", "cname-at-apex",
          "mx_to_cname", "mx-target-cname",
          "multiple_spf", "spf-multiple",
          "ns_to_cname", "ns-target-cname",
          "null_mx_mixed", "null-mx-mixed");

  private static final Set<String> WARNINGS_OF_A_CLEAN_ZONE =
      Set.of("dkim-key-invalid", "spf-permissive-all", "dkim-weak-key", "spf-too-many-lookups");

  @TempDir Path dir;

  @Test
  void everyInjectedProblemIsReportedAtItsOwnerAndNothingElseIsAnError() throws Exception {
    Path manifest = dir.resolve("manifest.tsv");
    Path zone = generate("0.02", manifest);
    List<Diagnostic> found = check(zone);

    Map<String, Set<String>> rulesAt = new HashMap<>();
    for (Diagnostic d : found) {
      rulesAt.computeIfAbsent(owner(d.owner()), k -> new HashSet<>()).add(d.rule());
    }
    Set<String> injectedOwners = new HashSet<>();
    List<String> missed = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      String owner = owner(cells[0]);
      String rule = RULE_OF_KIND.get(cells[1]);
      injectedOwners.add(owner);
      if (rule == null || !rulesAt.getOrDefault(owner, Set.of()).contains(rule)) {
        missed.add(cells[0] + " " + cells[1]);
      }
    }
    assertTrue(lines.size() > 500, "the generator injected problems: " + lines.size());
    assertEquals(List.of(), missed, "injected problems not reported at their owners");
    Set<String> strayErrors = new TreeSet<>();
    for (Diagnostic d : found) {
      if (d.severity() == Severity.ERROR && !injectedOwners.contains(owner(d.owner()))) {
        strayErrors.add(d.rule() + " at " + d.owner());
      }
    }
    assertEquals(Set.of(), strayErrors, "errors where nothing was injected");
  }

  @Test
  void aZoneWithoutProblemsHasNoErrorAndOnlyTheExplainedWarnings() throws Exception {
    List<Diagnostic> found = check(generate("0", null));
    Set<String> unexpected = new TreeSet<>();
    for (Diagnostic d : found) {
      boolean explained =
          d.severity() == Severity.INFO
              || (d.severity() == Severity.WARNING && WARNINGS_OF_A_CLEAN_ZONE.contains(d.rule()));
      if (!explained) {
        unexpected.add(d.severity() + " " + d.rule() + " at " + d.owner());
      }
    }
    assertEquals(Set.of(), unexpected);
  }

  private Path generate(String problems, Path manifest) throws IOException, InterruptedException {
    Path genzone = Conformance.sharedDir().resolve("bench").resolve("genzone.py");
    assumeTrue(Files.isRegularFile(genzone), "no genzone.py beside the checkout");
    Path zone = dir.resolve("gen-" + problems + ".zone");
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                genzone.toString(),
                "--records",
                "100000",
                "--seed",
                "1",
                "--problems",
                problems));
    if (manifest != null) {
      command.addAll(List.of("--manifest", manifest.toString()));
    }
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectOutput(zone.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "python3 cannot run here: " + e.getMessage());
      throw e;
    }
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "genzone.py did not finish");
    assertEquals(0, process.exitValue(), "genzone.py failed");
    return zone;
  }

  private static List<Diagnostic> check(Path zone) throws IOException {
    ZoneLint lint = new ZoneLint(RuleRegistry.builtIn(), LintOptions.defaults().withOrigin(ORIGIN));
    return lint.check(zone, zone.getFileName().toString()).diagnostics();
  }

  private static String owner(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }
}
