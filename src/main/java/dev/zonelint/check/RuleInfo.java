package dev.zonelint.check;

import dev.zonelint.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A rule's metadata as read from its {@link RuleMeta}, plus its documentation page. */
public record RuleInfo(
    String id, String summary, Severity severity, Category category, List<String> references) {

  /** Annotations are read reflectively; callers ask for a rule's info several times per run. */
  private static final ClassValue<RuleInfo> CACHE =
      new ClassValue<>() {
        @Override
        protected RuleInfo computeValue(Class<?> ruleClass) {
          return read(ruleClass);
        }
      };

  /** The metadata of a rule class, read once per class. */
  public static RuleInfo of(Class<?> ruleClass) {
    return CACHE.get(ruleClass);
  }

  private static RuleInfo read(Class<?> ruleClass) {
    RuleMeta meta = ruleClass.getAnnotation(RuleMeta.class);
    if (meta == null) {
      throw new IllegalArgumentException(ruleClass + " has no @RuleMeta");
    }
    return new RuleInfo(
        meta.id(), meta.summary(), meta.severity(), meta.category(), List.of(meta.references()));
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
