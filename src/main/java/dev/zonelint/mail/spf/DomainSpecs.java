package dev.zonelint.mail.spf;

import java.util.List;

/**
 * Parses {@code domain-spec} (RFC 7208 §7.1): a macro string that ends in a top label ({@code
 * .com}) or a macro, and, when it has no macros, a name DNS can look up (RFC 1035 §2.3.4).
 */
final class DomainSpecs {
  private DomainSpecs() {}

  /** {@code domain-spec = macro-string domain-end}. */
  static DomainSpec parse(String s) throws SpfParser.Bad {
    MacroString macro = MacroStrings.parse(s, true);
    List<MacroString.Part> parts = macro.parts();
    if (parts.isEmpty()) {
      throw new SpfParser.Bad("empty domain");
    }
    MacroString.Part last = parts.get(parts.size() - 1);
    if (last instanceof MacroString.Literal literal) {
      String tail = literal.text();
      String t = tail.endsWith(".") ? tail.substring(0, tail.length() - 1) : tail;
      int dot = t.lastIndexOf('.');
      if (dot < 0) {
        throw new SpfParser.Bad(
            "'" + s + "' is not a fully qualified domain: it needs a dot and a top-level label");
      }
      String top = t.substring(dot + 1);
      String problem = topLabelProblem(top);
      if (problem != null) {
        throw new SpfParser.Bad(
            "'"
                + s
                + "' "
                + problem
                + (IpLiterals.ip4(s) != null ? ": use 'ip4:' for an address" : ""));
      }
    }
    if (macro.isLiteral()) {
      String labelProblem = labelProblem(s);
      if (labelProblem != null) {
        throw new SpfParser.Bad("'" + s + "' " + labelProblem);
      }
    }
    return new DomainSpec(s, macro);
  }

  /** RFC 7208 {@code toplabel}: letters, digits and inner hyphens, not all digits. */
  private static String topLabelProblem(String top) {
    if (top.isEmpty()) {
      return "ends in an empty label";
    }
    boolean letterOrHyphen = false;
    for (int i = 0; i < top.length(); i++) {
      char c = top.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && c != '-') {
        return "ends in the label '" + top + "', which may hold only letters, digits and hyphens";
      }
      letterOrHyphen |= !(c >= '0' && c <= '9');
    }
    if (top.startsWith("-") || top.endsWith("-")) {
      return "ends in the label '" + top + "', which must not start or end with a hyphen";
    }
    return letterOrHyphen ? null : "ends in the all-numeric label '" + top + "'";
  }

  /** DNS limits a literal name must meet to be looked up at all (RFC 1035 §2.3.4). */
  private static String labelProblem(String s) {
    String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    if (name.length() > 253) {
      return "is longer than 253 characters";
    }
    int start = 0;
    while (start <= name.length()) {
      int dot = name.indexOf('.', start);
      int end = dot < 0 ? name.length() : dot;
      if (end == start) {
        return "has an empty label";
      }
      if (end - start > 63) {
        return "has a label longer than 63 characters";
      }
      start = end + 1;
    }
    return null;
  }
}
