package dev.zonelint.mail.dkim;

import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The value rules of the key record tags other than p= (RFC 6376 §3.6.1, RFC 8301 §3.1). */
final class TagChecks {
  private TagChecks() {}

  static void check(
      String text,
      List<DkimKeyRecord.Tag> tags,
      Map<String, DkimKeyRecord.Tag> byName,
      List<DkimIssue> issues) {
    DkimKeyRecord.Tag v = byName.get("v");
    if (v != null) {
      int first = TagList.skipFws(text, 0, text.length()) + 1;
      if (v.column() != first) {
        error(issues, v, "v=DKIM1 must be the first tag: verifiers may discard the record");
      }
      if (!v.value().equals("DKIM1")) {
        error(
            issues,
            v,
            "'v="
                + TagList.shorten(v.value())
                + "' is not DKIM1 (in capitals): verifiers discard the record");
      }
    }
    for (DkimKeyRecord.Tag t : tags) {
      switch (t.name()) {
        case "v":
        case "n":
        case "p":
          break;
        case "k":
          String k = t.value().toLowerCase(Locale.ROOT);
          if (!k.equals("rsa") && !k.equals("ed25519")) {
            error(
                issues,
                t,
                "'k="
                    + TagList.shorten(t.value())
                    + "' is not a key type verifiers know (rsa, ed25519): they cannot use the"
                    + " key");
          }
          break;
        case "h":
          hashes(t, issues);
          break;
        case "s":
          List<String> services = words(t, issues, "*");
          if (services != null && !services.contains("*") && !services.contains("email")) {
            warn(
                issues,
                t,
                "'s="
                    + t.value()
                    + "' lists neither email nor *: verifiers do not"
                    + " use this key for mail");
          }
          break;
        case "t":
          List<String> flags = words(t, issues, null);
          if (flags != null) {
            for (String f : flags) {
              if (!f.equals("y") && !f.equals("s")) {
                warn(
                    issues,
                    t,
                    "unknown flag '"
                        + f
                        + "' in t=: verifiers ignore it (y and s are"
                        + " defined)");
              }
            }
          }
          break;
        case "g":
          warn(issues, t, "g= was removed by RFC 6376 and is ignored by verifiers: delete it");
          break;
        default:
          String lower = t.name().toLowerCase(Locale.ROOT);
          String hint =
              DkimKeyRecord.knownTags().contains(lower)
                  ? " (tag names are case-sensitive: write '" + lower + "')"
                  : "";
          warn(
              issues,
              t,
              "unknown tag '" + TagList.shorten(t.name()) + "': verifiers ignore it" + hint);
      }
    }
  }

  private static void hashes(DkimKeyRecord.Tag t, List<DkimIssue> issues) {
    List<String> algorithms = words(t, issues, null);
    if (algorithms == null) {
      return;
    }
    for (String a : algorithms) {
      if (!a.equals("sha1") && !a.equals("sha256")) {
        warn(issues, t, "unknown hash '" + a + "' in h=: verifiers ignore it");
      }
    }
    if (!algorithms.contains("sha256")) {
      warn(
          issues,
          t,
          "h= does not allow sha256: since RFC 8301 §3.1 verifiers reject rsa-sha1,"
              + " so no signature with this key verifies");
    }
  }

  /** A {@code :}-separated list of hyphenated words (or {@code extra}); null if malformed. */
  private static List<String> words(DkimKeyRecord.Tag t, List<DkimIssue> issues, String extra) {
    String[] parts = t.value().split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip().toLowerCase(Locale.ROOT);
      if (!TagList.isHyphenatedWord(parts[i]) && !parts[i].equals(extra)) {
        error(
            issues,
            t,
            "'"
                + t.name()
                + "="
                + TagList.shorten(t.value())
                + "' is not a ':'-separated list of words: verifiers may reject the record");
        return null;
      }
    }
    return List.of(parts);
  }

  private static void error(List<DkimIssue> issues, DkimKeyRecord.Tag t, String message) {
    issues.add(new DkimIssue(Severity.ERROR, t.column(), message));
  }

  private static void warn(List<DkimIssue> issues, DkimKeyRecord.Tag t, String message) {
    issues.add(new DkimIssue(Severity.WARNING, t.column(), message));
  }
}
