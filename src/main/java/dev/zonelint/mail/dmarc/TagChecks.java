package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.Locale;

/** The value rules of each DMARC tag (RFC 7489 §6.3, DMARCbis for np, psd and t). */
final class TagChecks {
  private static final List<String> KNOWN =
      List.of(
          "v", "p", "sp", "np", "psd", "t", "pct", "adkim", "aspf", "rua", "ruf", "fo", "rf", "ri");

  private TagChecks() {}

  static void check(List<DmarcRecord.Tag> tags, List<DmarcIssue> issues) {
    for (DmarcRecord.Tag t : tags) {
      String name = t.name().toLowerCase(Locale.ROOT);
      switch (name) {
        case "v":
          break; // RecordChecks
        case "p":
          policy(
              issues,
              t,
              "receivers apply no DMARC policy at all, or p=none if rua= holds a"
                  + " valid address");
          break;
        case "sp":
          policy(
              issues,
              t,
              "receivers treat the record as having no valid policy (RFC 7489" + " §6.6.3)");
          break;
        case "np":
          policy(issues, t, "receivers ignore it and apply sp= or p= to non-existent subdomains");
          break;
        case "pct":
          number(
              issues,
              t,
              100,
              "a whole number from 0 to 100: receivers may ignore it or the" + " whole record");
          break;
        case "ri":
          number(
              issues,
              t,
              0xFFFFFFFFL,
              "a number of seconds from 0 to 4294967295: receivers" + " ignore it");
          break;
        case "adkim":
        case "aspf":
          keyword(issues, t, "r (relaxed) or s (strict)", "r", "s");
          break;
        case "psd":
          keyword(issues, t, "y, n or u", "y", "n", "u");
          break;
        case "t":
          keyword(issues, t, "y or n", "y", "n");
          break;
        case "fo":
          list(issues, t, "0, 1, d or s", "0", "1", "d", "s");
          break;
        case "rf":
          list(issues, t, "afrf, the only report format defined", "afrf");
          break;
        case "rua":
        case "ruf":
          Uris.check(t, issues);
          break;
        default:
          issues.add(
              new DmarcIssue(
                  Severity.WARNING,
                  t.column(),
                  "unknown tag '" + t.name() + "': receivers ignore it" + suggestion(name)));
      }
    }
  }

  private static void policy(List<DmarcIssue> issues, DmarcRecord.Tag t, String consequence) {
    if (DmarcRecord.Policy.of(t.value()) == null) {
      error(issues, t, shown(t) + " is not a policy (none, quarantine or reject): " + consequence);
    }
  }

  /** Decimal digits only (as many as {@code max} has at most) and at most {@code max}. */
  private static void number(List<DmarcIssue> issues, DmarcRecord.Tag t, long max, String what) {
    String v = t.value();
    if (!digits(v) || v.length() > String.valueOf(max).length() || Long.parseLong(v) > max) {
      error(issues, t, shown(t) + " must be " + what);
    }
  }

  private static void keyword(
      List<DmarcIssue> issues, DmarcRecord.Tag t, String allowed, String... words) {
    for (String w : words) {
      if (w.equalsIgnoreCase(t.value())) {
        return;
      }
    }
    error(issues, t, shown(t) + " must be " + allowed + ": receivers ignore it");
  }

  /** A ':'-separated list of keywords (RFC 7489 §6.4 fo and rf). */
  private static void list(
      List<DmarcIssue> issues, DmarcRecord.Tag t, String allowed, String... words) {
    String[] parts = t.value().split(":", -1);
    for (String part : parts) {
      String item = part.strip();
      boolean known = false;
      for (String w : words) {
        known |= w.equalsIgnoreCase(item);
      }
      if (!known) {
        error(
            issues,
            t,
            shown(t)
                + " has "
                + (item.isEmpty() ? "an empty item" : "'" + item + "'")
                + " where it needs "
                + allowed
                + ", separated by ':': receivers ignore it");
        return;
      }
    }
  }

  /** " (did you mean 'rua'?)" when one edit turns the name into a known tag. */
  private static String suggestion(String name) {
    for (String k : KNOWN) {
      if (name.length() >= 3 && oneEditApart(name, k)) {
        return " (did you mean '" + k + "'?)";
      }
    }
    return "";
  }

  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }

  static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  static String shown(DmarcRecord.Tag t) {
    String v = t.value().length() > 60 ? t.value().substring(0, 57) + "..." : t.value();
    return "'" + t.name() + "=" + v + "'";
  }

  static void error(List<DmarcIssue> issues, DmarcRecord.Tag t, String message) {
    issues.add(new DmarcIssue(Severity.ERROR, t.column(), message));
  }
}
