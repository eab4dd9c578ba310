package dev.zonelint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Severity;
import dev.zonelint.parse.InlineComment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Findings kept as they arrive, from two threads in any order, are those a report of all of them
 * sorted and cut per rule would show, and the rest are counted as seriously as the worst of them
 * (with a cap of 0, only counted); suppressed and disabled findings count for nothing.
 */
class CappedFindingsTest {
  private static final String PATH = "db.example";
  private static final List<Severity> SEVERITIES =
      List.of(Severity.INFO, Severity.WARNING, Severity.ERROR);

  @Test
  void keepsWhatSortingEverythingAndCuttingWouldKeep() throws InterruptedException {
    Random random = new Random(20261207);
    for (int trial = 0; trial < 300; trial++) {
      int max = random.nextInt(6);
      List<Diagnostic> all = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        // Few lines, rules and messages: ties in report order that only other fields break.
        all.add(
            finding(
                    "rule-" + random.nextInt(3),
                    1 + random.nextInt(6),
                    "message " + random.nextInt(2),
                    "help " + random.nextInt(3))
                .withSeverity(SEVERITIES.get(random.nextInt(SEVERITIES.size()))));
      }
      CappedFindings kept = new CappedFindings(noSuppressions(), RuleSelection.DEFAULTS, max);
      List<Diagnostic> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      // Half the findings are offered by place first, as rules that report on most names do.
      long lazy = random.nextLong();
      Thread other =
          new Thread(
              () -> shuffled.subList(0, shuffled.size() / 2).forEach(d -> offer(kept, d, lazy)));
      other.start();
      shuffled.subList(shuffled.size() / 2, shuffled.size()).forEach(d -> offer(kept, d, lazy));
      other.join();
      assertEquals(sortedAndCut(all, max), kept.result(id -> true), "max " + max + ": " + all);
    }
  }

  @Test
  void findingsOfferedByPlaceAreCountedWithoutTheirTextOnlyWhenSurelyHidden() {
    Suppressions suppressions =
        Suppressions.of(
            List.of(new InlineComment(PATH, 9, 20, "zonelint-disable-line rule-c", false, 10)),
            Set.of("rule-a", "rule-b", "rule-c"));
    RuleSelection selection = new RuleSelection(Set.of(), Map.of("rule-b", Severity.ERROR));
    CappedFindings kept = new CappedFindings(suppressions, selection, 1);
    Location line3 = new Location(PATH, 3, 1);
    Location line5 = new Location(PATH, 5, 1);
    // Nothing kept yet, or not after the last kept: the finding must be made and accepted.
    assertFalse(kept.countIfHidden("rule-a", Severity.WARNING, line5));
    kept.accept(finding("rule-a", 3, "first", ""));
    assertFalse(kept.countIfHidden("rule-a", Severity.WARNING, line3));
    assertTrue(kept.countIfHidden("rule-a", Severity.INFO, line5));
    // Counted at the severity the selection gives the rule.
    kept.accept(finding("rule-b", 3, "first", ""));
    assertTrue(kept.countIfHidden("rule-b", Severity.INFO, line5));
    // A rule some comment suppresses goes the whole way: the comment may cover it.
    kept.accept(finding("rule-c", 3, "first", ""));
    assertFalse(kept.countIfHidden("rule-c", Severity.WARNING, line5));
    List<Diagnostic> got = kept.result(id -> true);
    assertEquals(
        List.of(
            notShown("rule-a", Severity.INFO, 1),
            finding("rule-a", 3, "first", ""),
            notShown("rule-b", Severity.ERROR, 1),
            finding("rule-b", 3, "first", "").withSeverity(Severity.ERROR),
            finding("rule-c", 3, "first", ""),
            unusedSuppressionOfRuleC(9)),
        got);
  }

  @Test
  void suppressedAndDisabledFindingsDoNotCountAgainstTheCap() {
    Suppressions suppressions =
        Suppressions.of(
            List.of(
                new InlineComment(PATH, 5, 20, "zonelint-disable-line rule-a", false, 6),
                new InlineComment(PATH, 7, 20, "zonelint-disable-line rule-c", false, 8)),
            Set.of("rule-a", "rule-b", "rule-c"));
    RuleSelection selection = new RuleSelection(Set.of("rule-b"), Map.of("rule-a", Severity.ERROR));
    CappedFindings kept = new CappedFindings(suppressions, selection, 2);
    List.of(
            finding("rule-a", 5, "suppressed", ""),
            finding("rule-a", 3, "second", ""),
            finding("rule-a", 2, "first", ""),
            finding("rule-b", 1, "disabled", ""))
        .forEach(kept);
    List<Diagnostic> got = kept.result(id -> true);
    assertEquals(
        List.of(
            finding("rule-a", 2, "first", "").withSeverity(Severity.ERROR),
            finding("rule-a", 3, "second", "").withSeverity(Severity.ERROR),
            unusedSuppressionOfRuleC(7)),
        got);
  }

  /**
   * Sort all, cut each rule, and count the rest at the last one shown (the first when none is) as
   * serious as the worst of them.
   */
  private static List<Diagnostic> sortedAndCut(List<Diagnostic> all, int max) {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(
        (a, b) -> {
          int c = Diagnostic.ORDER.compare(a, b);
          return c != 0 ? c : a.toString().compareTo(b.toString());
        });
    Map<String, List<Diagnostic>> byRule = new HashMap<>();
    for (Diagnostic d : sorted) {
      byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d);
    }
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> findings : byRule.values()) {
      int shown = Math.min(max, findings.size());
      out.addAll(findings.subList(0, shown));
      List<Diagnostic> hidden = findings.subList(shown, findings.size());
      if (!hidden.isEmpty()) {
        Diagnostic at = findings.get(Math.max(0, shown - 1));
        Severity worst = Severity.INFO;
        for (Diagnostic d : hidden) {
          worst = d.severity().atLeast(worst) ? d.severity() : worst;
        }
        out.add(
            new Diagnostic(
                at.rule(),
                worst,
                at.location(),
                "",
                "",
                hidden.size() + " more " + at.rule() + " findings in this file are not shown",
                "raise --max-diagnostics (now " + max + ") to see them all",
                List.of()));
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** Offers by place first when the finding's bit of {@code lazy} says so, else accepts it. */
  private static void offer(CappedFindings kept, Diagnostic d, long lazy) {
    boolean byPlace = (lazy >>> (d.location().line() + 8 * d.rule().hashCode() & 63) & 1) != 0;
    if (!byPlace || !kept.countIfHidden(d.rule(), d.severity(), d.location())) {
      kept.accept(d);
    }
  }

  private static Diagnostic unusedSuppressionOfRuleC(int line) {
    return new Diagnostic(
        Suppressions.UNUSED,
        Severity.INFO,
        new Location(PATH, line, 20),
        "",
        "",
        "this suppression of rule-c matches no finding",
        "remove the comment: the finding it silenced is gone",
        List.of());
  }

  private static Diagnostic notShown(String rule, Severity worst, int more) {
    return new Diagnostic(
        rule,
        worst,
        new Location(PATH, 3, 1),
        "",
        "",
        more + " more " + rule + " findings in this file are not shown",
        "raise --max-diagnostics (now 1) to see them all",
        List.of());
  }

  private static Suppressions noSuppressions() {
    return Suppressions.of(List.of(), Set.of());
  }

  private static Diagnostic finding(String rule, int line, String message, String help) {
    return new Diagnostic(
        rule,
        Severity.WARNING,
        new Location(PATH, line, 1),
        "www.example.com.",
        "TXT",
        message,
        help,
        List.of());
  }
}
