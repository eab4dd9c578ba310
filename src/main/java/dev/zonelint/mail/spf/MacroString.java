package dev.zonelint.mail.spf;

import java.util.List;

/**
 * A {@code macro-string} (RFC 7208 §7.1): literal text, {@code %{...}} expansions and the escapes
 * {@code %%}, {@code %_} and {@code %-}.
 *
 * @param text as written
 * @param parts in order; adjacent literal characters form one {@link Literal}
 */
public record MacroString(String text, List<Part> parts) {

  public MacroString {
    parts = List.copyOf(parts);
  }

  /** Whether the string is plain text, without any expansion or escape. */
  public boolean isLiteral() {
    for (Part p : parts) {
      if (!(p instanceof Literal)) {
        return false;
      }
    }
    return true;
  }

  /** One piece of a macro string. */
  public sealed interface Part permits Literal, Expand, Escape {}

  /** Characters copied as they are. */
  public record Literal(String text) implements Part {}

  /**
   * {@code %{letter digits r delimiters}}.
   *
   * @param letter the macro letter in lower case ({@code s l o d i p h c r t v})
   * @param urlEscape the letter was written in upper case: the value is URL-escaped (§7.3)
   * @param digits how many right-hand labels to keep, or 0 for all
   * @param reverse {@code r}: the labels are reversed first
   * @param delimiters the characters that split the value into labels; empty means {@code .}
   */
  public record Expand(
      char letter, boolean urlEscape, int digits, boolean reverse, String delimiters)
      implements Part {}

  /**
   * {@code %%} (a percent sign), {@code %_} (a space) or {@code %-} (the URL-encoded space {@code
   * %20}).
   *
   * @param symbol the character after the {@code %}
   */
  public record Escape(char symbol) implements Part {
    /** What the escape stands for. */
    public String value() {
      return symbol == '%' ? "%" : symbol == '_' ? " " : "%20";
    }
  }
}
