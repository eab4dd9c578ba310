package dev.zonelint.check.rules.mail;

import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.ZoneRecord;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports a finding at a severity other than its rule's default: an unknown DMARC tag is a warning
 * under the error rule {@code dmarc-syntax}, a 1024-bit key a warning under {@code dkim-weak-key}
 * (the catalogue's "error (< 1024 bits), warning (< 2048)"), a revoked DKIM key an info.
 *
 * <p>Temporary adapter: {@link RuleContext} has no per-report severity yet. Until it gains {@code
 * report(Severity, ZoneRecord, String, String)}, this builds the diagnostic exactly as the context
 * would and hands it to the context's private {@code sink} field, reached by reflection. Should the
 * context ever change shape, findings fall back to the rule's default severity rather than get lost
 * (the rule tests pin the severities, so that would not go unnoticed). Delete this class once the
 * context has the overload.
 */
final class Findings {
  private static final Field SINK = sinkField();

  private Findings() {}

  static void report(
      RuleContext context,
      RuleInfo rule,
      Severity severity,
      ZoneRecord at,
      String message,
      String help) {
    Consumer<Diagnostic> sink = severity == rule.severity() ? null : sink(context);
    if (sink == null) {
      context.report(at, message, help);
      return;
    }
    sink.accept(
        new Diagnostic(
            rule.id(),
            severity,
            context.location(at),
            at.owner().toString(),
            at.typeName(),
            message,
            help,
            List.of()));
  }

  @SuppressWarnings("unchecked")
  private static Consumer<Diagnostic> sink(RuleContext context) {
    if (SINK == null) {
      return null;
    }
    try {
      return (Consumer<Diagnostic>) SINK.get(context);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  private static Field sinkField() {
    try {
      Field f = RuleContext.class.getDeclaredField("sink");
      f.setAccessible(true);
      return f.getType() == Consumer.class ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
