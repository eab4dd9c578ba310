package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The registry's contract (Error Prone's BugPatternValidator): ids unique and kebab-case, summaries
 * without a trailing period, RFC references on errors, a doc page with the fixed headings, a test
 * class per rule, and every catalogue id of the implemented sections present.
 */
class RuleRegistryTest {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final List<String> HEADINGS =
      List.of(
          "## What it checks",
          "## Why it matters",
          "## Example",
          "## Use instead",
          "## Fix",
          "## Options",
          "## References");

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Rule r : RuleRegistry.builtIn().rules()) {
      RuleInfo info = r.info();
      assertTrue(ID.matcher(info.id()).matches(), info.id());
      assertTrue(seen.add(info.id()), "duplicate id " + info.id());
      assertFalse(info.summary().endsWith("."), info.id() + " summary ends with a period");
      assertEquals(
          info.id(), kebab(r.getClass().getSimpleName()), "class name is the id in CamelCase");
      if (info.severity() == Severity.ERROR) {
        assertFalse(info.references().isEmpty(), info.id() + " has no reference");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasADocPageAndATest() {
    return RuleRegistry.builtIn().rules().stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.info().id(),
                    () -> {
                      String doc = r.info().documentation();
                      assertNotNull(doc, "no doc page for " + r.info().id());
                      assertTrue(
                          doc.startsWith("# " + r.info().id() + "\n\n" + r.info().summary()));
                      int at = 0;
                      for (String h : HEADINGS) {
                        int next = doc.indexOf("\n" + h + "\n", at);
                        assertTrue(next >= 0, r.info().id() + " lacks or misorders " + h);
                        at = next;
                      }
                      assertTrue(
                          testClassExists(r.getClass()) || r.info().category() == Category.PARSING,
                          "no test class for " + r.getClass().getSimpleName());
                    }));
  }

  @Test
  void catalogueIdsOfImplementedSectionsArePresent() throws IOException {
    Path catalogue =
        Path.of(System.getProperty("zonelint.shared", "../shared"), "reference/rules.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(catalogue));
    String text = Files.readString(catalogue);
    Set<String> implemented = new HashSet<>();
    RuleRegistry.builtIn().rules().forEach(r -> implemented.add(r.info().id()));
    for (String section :
        List.of(
            "## Parsing",
            "## Zone structure",
            "## Aliases and coexistence",
            "## Targets that",
            "## Provider profiles")) {
      int start = text.indexOf(section);
      int next = text.indexOf("\n## ", start + 1);
      int end = next < 0 ? text.length() : next; // the last section runs to the end
      Matcher m =
          Pattern.compile("(?m)^\\| ([a-z][a-z0-9-]*) \\|").matcher(text.substring(start, end));
      while (m.find()) {
        if (m.group(1).equals("id")) {
          continue; // the table's header row
        }
        assertTrue(implemented.contains(m.group(1)), "catalogue rule missing: " + m.group(1));
      }
    }
  }

  private static boolean testClassExists(Class<?> ruleClass) {
    try {
      Class.forName(ruleClass.getName() + "Test");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
