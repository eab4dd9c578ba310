package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The report addresses of {@code rua} and {@code ruf}: URIs separated by {@code ,}, each with an
 * optional size limit {@code !digits[kmgt]} (RFC 7489 §6.2, §6.4).
 */
final class Uris {
  private Uris() {}

  static void check(DmarcRecord.Tag t, List<DmarcIssue> issues) {
    String reports =
        t.name().equalsIgnoreCase("rua") ? "aggregate reports" : "failure (forensic) reports";
    if (t.value().isEmpty()) {
      issue(issues, t, Severity.ERROR, "'" + t.name() + "=' is empty: nobody receives " + reports);
      return;
    }
    for (String part : t.value().split(",", -1)) {
      String uri = part.strip();
      DmarcIssue problem = problem(uri, reports, t.column());
      if (problem != null) {
        issues.add(problem);
      }
    }
  }

  /** What is wrong with one address, or null. */
  static DmarcIssue problem(String uri, String reports, int column) {
    String error = error(uri, reports);
    if (error != null) {
      return new DmarcIssue(Severity.ERROR, column, error);
    }
    String base = uri.indexOf('!') < 0 ? uri : uri.substring(0, uri.indexOf('!'));
    if (!base.regionMatches(true, 0, "mailto:", 0, 7)) {
      return new DmarcIssue(
          Severity.WARNING,
          column,
          "'"
              + base
              + "' is not a mailto: URI: receivers need only support mail (RFC 7489 §6.2), so"
              + " most send no "
              + reports
              + " there");
    }
    return null;
  }

  private static String error(String uri, String reports) {
    if (uri.isEmpty()) {
      return "an empty address between two ',': receivers may drop the whole list";
    }
    for (int i = 0; i < uri.length(); i++) {
      if (uri.charAt(i) <= ' ' || uri.charAt(i) >= 0x7F) {
        return "'"
            + uri
            + "' contains a space or a character outside printable ASCII: receivers"
            + " send no "
            + reports
            + " to it";
      }
    }
    int bang = uri.indexOf('!');
    String base = bang < 0 ? uri : uri.substring(0, bang);
    if (bang >= 0 && !isSize(uri.substring(bang + 1))) {
      return "'"
          + uri.substring(bang)
          + "' is not a size limit (digits, then optionally k, m, g"
          + " or t): receivers may skip the address";
    }
    int colon = base.indexOf(':');
    if (colon <= 0 || !isScheme(base.substring(0, colon))) {
      return base.contains("@")
          ? "'" + base + "' lacks the 'mailto:' scheme: receivers send no " + reports + " to it"
          : "'" + base + "' is not a URI: receivers send no " + reports + " to it";
    }
    String scheme = base.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("mailto")) {
      return null;
    }
    String address = base.substring(colon + 1);
    int query = address.indexOf('?');
    if (query >= 0) {
      address = address.substring(0, query);
    }
    return isMailbox(address)
        ? null
        : "'" + base + "' is not a mail address: receivers send no " + reports + " to it";
  }

  private static boolean isSize(String s) {
    int n = s.length();
    if (n > 0 && "kmgtKMGT".indexOf(s.charAt(n - 1)) >= 0) {
      n--;
    }
    return n > 0 && TagChecks.digits(s.substring(0, n));
  }

  private static boolean isScheme(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alpha && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** local@domain, the domain a host name of two labels or more (percent-escapes allowed). */
  static boolean isMailbox(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0 || address.indexOf('@') != at) {
      return false;
    }
    String domain = address.substring(at + 1);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(Character.isLetterOrDigit(c) && c < 0x80) && c != '-' && c != '_' && c != '%') {
          return false;
        }
      }
    }
    return true;
  }

  private static void issue(
      List<DmarcIssue> issues, DmarcRecord.Tag t, Severity severity, String message) {
    issues.add(new DmarcIssue(severity, t.column(), message));
  }
}
