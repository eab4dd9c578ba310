package dev.zonelint.check.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

/**
 * Each rule page of this section has the fixed headings, the summary of its {@code @RuleMeta}, an
 * Example that fires the rule and a Use instead that fires nothing. A block whose first line is
 * {@code $ORIGIN} is a complete zone (rules about the apex itself); any other block is appended to
 * {@link RuleTester#APEX}.
 */
class StructureRuleDocsTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final List<String> HEADINGS =
      List.of(
          "## What it checks",
          "## Why it matters",
          "## Example",
          "## Use instead",
          "## Fix",
          "## Options",
          "## References");
  private static final Pattern ZONE_BLOCK = Pattern.compile("```zone\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> pages() {
    return StructureRules.all().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> checkPage(rule)));
  }

  private static void checkPage(Rule rule) {
    RuleInfo info = rule.info();
    String doc = info.documentation();
    assertNotNull(doc, "no page for " + info.id());
    String[] lines = doc.split("\n", -1);
    assertEquals("# " + info.id(), lines[0]);
    assertEquals("", lines[1]);
    assertEquals(info.summary(), lines[2]);
    List<String> headings = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("## ")) {
        headings.add(line);
      }
    }
    assertEquals(HEADINGS, headings);
    assertTrue(section(doc, "## Fix").startsWith("Not fixable by `zonelint fix` yet."));
    for (String line : section(doc, "## References").split("\n")) {
      assertTrue(line.startsWith("- [RFC "), line);
      assertTrue(line.contains("](https://www.rfc-editor.org/rfc/rfc"), line);
    }

    String bad = zone(section(doc, "## Example"));
    List<Diagnostic> fired = RuleTester.run(rule, ORIGIN, CheckOptions.DEFAULTS, bad);
    assertTrue(
        fired.stream().anyMatch(d -> d.rule().equals(info.id())),
        () -> "Example does not fire " + info.id() + ": " + fired);
    for (Diagnostic d : fired) {
      assertTrue(!Character.isUpperCase(d.message().charAt(0)), "capitalised: " + d.message());
      assertTrue(!d.help().isBlank(), "no help: " + d.message());
    }

    String good = zone(section(doc, "## Use instead"));
    for (Rule any : RuleRegistry.builtIn().rules()) {
      List<Diagnostic> found = RuleTester.run(any, ORIGIN, CheckOptions.DEFAULTS, good);
      assertEquals(List.of(), found, () -> "Use instead fires " + any.info().id());
    }
  }

  private static String section(String doc, String heading) {
    int start = doc.indexOf(heading + "\n");
    int end = doc.indexOf("\n## ", start + heading.length());
    return doc.substring(start + heading.length(), end < 0 ? doc.length() : end).strip();
  }

  private static String zone(String section) {
    Matcher m = ZONE_BLOCK.matcher(section);
    assertTrue(m.find(), "no ```zone block");
    String block = m.group(1);
    assertTrue(!m.find(), "more than one ```zone block");
    return block.startsWith("$ORIGIN") ? block : RuleTester.APEX + block;
  }
}
