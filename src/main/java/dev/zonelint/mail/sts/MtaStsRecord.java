package dev.zonelint.mail.sts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The MTA-STS policy indicator at {@code _mta-sts.<domain>} (RFC 8461 §3.1): {@code v=STSv1; id=<1
 * to 32 letters or digits>}, optional extensions. Senders fetch the HTTPS policy again only when
 * {@code id} changes. Never throws, whatever the text.
 */
public final class MtaStsRecord {
  static final String VERSION = "v=STSv1";

  private final String id;
  private final List<StsIssue> issues;

  private MtaStsRecord(String id, List<StsIssue> issues) {
    this.id = id;
    this.issues = Collections.unmodifiableList(issues);
  }

  public static MtaStsRecord parse(String text) {
    List<StsIssue> issues = new ArrayList<>();
    String id = null;
    List<Fields.Field> fields = Fields.split(text, VERSION, issues);
    if (fields == null) {
      return new MtaStsRecord(null, issues);
    }
    for (Fields.Field f : fields) {
      if (f.name().equals("id")) {
        if (id != null) {
          issues.add(new StsIssue(f.column(), "id= appears twice: senders ignore the record"));
        } else if (!isId(f.value())) {
          issues.add(
              new StsIssue(
                  f.column(),
                  "'id="
                      + Fields.shorten(f.value())
                      + "' must be 1 to 32 letters or digits (no '-', '.' or spaces)"));
        }
        id = f.value();
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
    if (id == null) {
      issues.add(new StsIssue(1, "the record has no id= field, which RFC 8461 §3.1 requires"));
    }
    issues.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return new MtaStsRecord(id, issues);
  }

  /** Whether the text is meant as an MTA-STS record: it has {@code v=STSv1} in any letter case. */
  public static boolean mentionsMtaSts(String text) {
    return Fields.mentions(text, VERSION);
  }

  /** Whether senders count this record (RFC 8461 §3.1 keeps records starting "v=STSv1;"). */
  public static boolean isMtaSts(String text) {
    return text.startsWith(VERSION)
        && Fields.skipWsp(text, VERSION.length()) < text.length()
        && text.charAt(Fields.skipWsp(text, VERSION.length())) == ';';
  }

  static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 32) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Fields.isAlnum(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The id as written, or null. */
  public String id() {
    return id;
  }

  /** Errors in column order; empty when senders accept the record. */
  public List<StsIssue> issues() {
    return issues;
  }

  public boolean isValid() {
    return issues.isEmpty();
  }
}
