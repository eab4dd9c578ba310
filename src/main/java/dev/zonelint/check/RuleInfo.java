package dev.zonelint.check;

import dev.zonelint.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A rule's identity and defaults, declared at the top of its class (Error Prone's {@code
 * BugPattern}, as a constant rather than an annotation: reading 96 annotations reflectively cost a
 * git hook's start 15-20 ms), plus its documentation page.
 *
 * @param id the public, kebab-case id from the rule catalogue
 * @param summary one line, no trailing period
 * @param references RFC sections, e.g. {@code "RFC 1034 §3.6.2"}
 */
public record RuleInfo(
    String id, String summary, Severity severity, Category category, List<String> references) {

  public RuleInfo {
    references = List.copyOf(references);
  }

  public RuleInfo(
      String id, String summary, Severity severity, Category category, String... references) {
    this(id, summary, severity, category, List.of(references));
  }

  /** The rule's Markdown documentation, or null if it has none. */
  public String documentation() {
    try (InputStream in = RuleInfo.class.getResourceAsStream("/dev/zonelint/rules/" + id + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
