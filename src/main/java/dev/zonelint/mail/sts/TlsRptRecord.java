package dev.zonelint.mail.sts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The SMTP TLS reporting record at {@code _smtp._tls.<domain>} (RFC 8460 §3): {@code v=TLSRPTv1;
 * rua=<URIs>}, each URI {@code mailto:} or {@code https:}, separated by {@code ,}. Never throws,
 * whatever the text.
 */
public final class TlsRptRecord {
  static final String VERSION = "v=TLSRPTv1";

  private final List<String> rua;
  private final List<StsIssue> issues;

  private TlsRptRecord(List<String> rua, List<StsIssue> issues) {
    this.rua = Collections.unmodifiableList(rua);
    this.issues = Collections.unmodifiableList(issues);
  }

  public static TlsRptRecord parse(String text) {
    List<StsIssue> issues = new ArrayList<>();
    List<String> rua = new ArrayList<>();
    boolean seenRua = false;
    List<Fields.Field> fields = Fields.split(text, VERSION, issues);
    if (fields == null) {
      return new TlsRptRecord(rua, issues);
    }
    for (Fields.Field f : fields) {
      if (f.name().equals("rua")) {
        if (seenRua) {
          issues.add(new StsIssue(f.column(), "rua= appears twice: senders ignore the record"));
        }
        seenRua = true;
        for (String part : f.value().split(",", -1)) {
          String uri = part.strip();
          String problem = uriProblem(uri);
          if (problem != null) {
            issues.add(new StsIssue(f.column(), problem));
          }
          rua.add(uri);
        }
      } else if (f.name().equals("v")) {
        issues.add(new StsIssue(f.column(), "v= appears twice"));
      } else if (!Fields.isExtensionValue(f.value())) {
        issues.add(
            new StsIssue(
                f.column(),
                "the value of '"
                    + f.name()
                    + "' must be printable ASCII without spaces, ';' or '='"));
      }
    }
    if (!seenRua) {
      issues.add(new StsIssue(1, "the record has no rua= field: nobody receives TLS reports"));
    }
    issues.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return new TlsRptRecord(rua, issues);
  }

  /** Whether the text is meant as a TLS-RPT record: it has {@code v=TLSRPTv1} in any case. */
  public static boolean mentionsTlsRpt(String text) {
    return Fields.mentions(text, VERSION);
  }

  /** Whether senders count this record: it starts with {@code v=TLSRPTv1} then a separator. */
  public static boolean isTlsRpt(String text) {
    int i = Fields.skipWsp(text, VERSION.length());
    return text.startsWith(VERSION) && i < text.length() && text.charAt(i) == ';';
  }

  /** What is wrong with one reporting URI (RFC 8460 §3: mailto: or https:), or null. */
  static String uriProblem(String uri) {
    if (uri.isEmpty()) {
      return "rua= has an empty address";
    }
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c < 0x21 || c > 0x7E || c == ';') {
        return "'"
            + Fields.shorten(uri)
            + "' contains a space or a character outside printable"
            + " ASCII";
      }
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      return isMailbox(uri.substring(7))
          ? null
          : "'" + Fields.shorten(uri) + "' is not a mail" + " address";
    }
    if (lower.startsWith("https://")) {
      String rest = uri.substring(8);
      int slash = rest.indexOf('/');
      String host = slash < 0 ? rest : rest.substring(0, slash);
      return host.isEmpty() || host.startsWith(":") || host.contains("@")
          ? "'" + Fields.shorten(uri) + "' has no host name"
          : null;
    }
    if (uri.indexOf(':') < 0 && uri.contains("@")) {
      return "'" + Fields.shorten(uri) + "' lacks the 'mailto:' scheme";
    }
    return "'" + Fields.shorten(uri) + "' is neither a mailto: nor an https: URI";
  }

  /** local@domain with a domain of two labels or more; a query ('?subject=...') is allowed. */
  static boolean isMailbox(String s) {
    int query = s.indexOf('?');
    String address = query < 0 ? s : s.substring(0, query);
    int at = address.indexOf('@');
    if (at <= 0 || address.indexOf('@', at + 1) >= 0) {
      return false;
    }
    String domain = address.substring(at + 1);
    int dot = domain.indexOf('.');
    if (dot <= 0 || domain.startsWith(".") || domain.contains("..")) {
      return false;
    }
    for (int i = 0; i < domain.length(); i++) {
      char c = domain.charAt(i);
      if (!Fields.isAlnum(c) && c != '-' && c != '.' && c != '_') {
        return false;
      }
    }
    return !domain.endsWith("-");
  }

  /** The reporting URIs as written. */
  public List<String> rua() {
    return rua;
  }

  /** Errors in column order; empty when senders accept the record. */
  public List<StsIssue> issues() {
    return issues;
  }

  public boolean isValid() {
    return issues.isEmpty();
  }
}
