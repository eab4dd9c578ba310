package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules about the record as a whole: {@code v=DMARC1} opens it (RFC 7489 §6.3), {@code p} is
 * there, and no tag appears twice (the DKIM tag-list rule RFC 7489 builds on, RFC 6376 §3.2).
 */
final class RecordChecks {
  private RecordChecks() {}

  /** The tags by lower-case name, first occurrence, after reporting what is wrong. */
  static Map<String, DmarcRecord.Tag> check(
      String text, List<DmarcRecord.Tag> tags, List<DmarcIssue> issues) {
    Map<String, DmarcRecord.Tag> byName = new HashMap<>();
    for (DmarcRecord.Tag t : tags) {
      if (byName.putIfAbsent(t.name().toLowerCase(Locale.ROOT), t) != null) {
        TagChecks.error(
            issues,
            t,
            "the tag '"
                + t.name()
                + "' appears twice, which makes the whole tag list invalid (RFC 6376 §3.2):"
                + " receivers may ignore the record or use either value");
      }
    }
    version(text, byName.get("v"), issues);
    if (!byName.containsKey("p")) {
      issues.add(
          new DmarcIssue(
              Severity.ERROR,
              1,
              "the record has no p= tag: receivers apply no DMARC policy at all, or p=none if"
                  + " rua= holds a valid address (RFC 7489 §6.6.3)"));
    }
    return byName;
  }

  private static void version(String text, DmarcRecord.Tag v, List<DmarcIssue> issues) {
    if (v == null) {
      issues.add(
          new DmarcIssue(
              Severity.ERROR, 1, "the record does not start with v=DMARC1: receivers discard it"));
      return;
    }
    if (v.column() != TagList.skipWsp(text, 0, text.length()) + 1) {
      TagChecks.error(
          issues,
          v,
          "v=DMARC1 must be the first tag: receivers discard a record that does not start with"
              + " it");
    }
    if (v.value().equals("DMARC1")) {
      return;
    }
    TagChecks.error(
        issues,
        v,
        v.value().equalsIgnoreCase("DMARC1")
            ? "the version must be written DMARC1, in capitals: receivers discard a record with "
                + TagChecks.shown(v)
            : TagChecks.shown(v)
                + " is not the DMARC version DMARC1: receivers discard the record");
  }
}
