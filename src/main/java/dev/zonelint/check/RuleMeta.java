package dev.zonelint.check;

import dev.zonelint.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's identity and defaults, declared on its class (Error Prone's {@code @BugPattern}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
  /** The public, kebab-case id from the rule catalogue. */
  String id();

  /** One line, no trailing period. */
  String summary();

  Severity severity();

  Category category();

  /** RFC sections, e.g. {@code "RFC 1034 §3.6.2"}. */
  String[] references() default {};
}
