package dev.zonelint.report;

import dev.zonelint.check.RuleInfo;
import java.util.regex.Pattern;

/**
 * Pieces of a rule's Markdown page that machine-readable formats show. Callers pass the page in,
 * read once per rule: {@link RuleInfo#documentation()} reads a resource of the jar at each call.
 */
final class RuleDocs {
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

  /** Where each rule's page is published, as {@code explain} prints it. */
  static final String BASE_URI = Version.HOME + "/blob/main/src/main/resources/dev/zonelint/rules/";

  private RuleDocs() {}

  static String uri(String ruleId) {
    return BASE_URI + ruleId + ".md";
  }

  /** The rule's whole page, or its summary when it has none. */
  static String page(RuleInfo info, String doc) {
    return doc == null ? info.summary() : doc.strip();
  }

  /** The text of the page's "What it checks" section as one paragraph, or the summary. */
  static String whatItChecks(RuleInfo info, String doc) {
    String heading = "## What it checks";
    int start = doc == null ? -1 : doc.indexOf(heading);
    if (start < 0) {
      return info.summary();
    }
    start += heading.length();
    int end = doc.indexOf("\n## ", start);
    String section = doc.substring(start, end < 0 ? doc.length() : end).strip();
    return section.isEmpty() ? info.summary() : LINE_BREAK.matcher(section).replaceAll(" ");
  }
}
