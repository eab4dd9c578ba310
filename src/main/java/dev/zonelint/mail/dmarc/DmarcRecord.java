package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DMARC policy record (RFC 7489 §6.3, grammar §6.4), parsed once: its tags as written and what is
 * wrong with them. Tags are a {@code ;}-separated tag-value list with optional spaces around {@code
 * ;} and {@code =}; {@code v=DMARC1} must come first, {@code p} is required. Tag names and keyword
 * values are matched in any letter case (ABNF strings are case-insensitive); the version value
 * {@code DMARC1} is not. Never throws, whatever the text.
 */
public final class DmarcRecord {

  /** A requested policy: {@code p}, {@code sp}, {@code np}. */
  public enum Policy {
    NONE,
    QUARANTINE,
    REJECT;

    /** The policy a value names in any letter case, or null. */
    public static Policy of(String value) {
      for (Policy p : values()) {
        if (p.label().equalsIgnoreCase(value)) {
          return p;
        }
      }
      return null;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One tag as written.
   *
   * @param name the tag name as written
   * @param value the value without surrounding spaces
   * @param column 1-based position of the tag name in the record text
   */
  public record Tag(String name, String value, int column) {}

  private final List<Tag> tags;
  private final Map<String, Tag> byName;
  private final List<DmarcIssue> issues;

  private DmarcRecord(List<Tag> tags, Map<String, Tag> byName, List<DmarcIssue> issues) {
    this.tags = Collections.unmodifiableList(tags);
    this.byName = byName;
    this.issues = Collections.unmodifiableList(issues);
  }

  /** Parses the text of one TXT record (its strings joined without separators). */
  public static DmarcRecord parse(String text) {
    List<DmarcIssue> issues = new ArrayList<>();
    List<Tag> tags = TagList.split(text, issues);
    Map<String, Tag> byName = RecordChecks.check(text, tags, issues);
    TagChecks.check(tags, issues);
    issues.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return new DmarcRecord(tags, byName, issues);
  }

  /**
   * Whether receivers keep this TXT record as a DMARC record (RFC 7489 §6.6.3): it starts with
   * {@code v=DMARC1}, spaces allowed around {@code =}, version in capitals.
   */
  public static boolean isDmarc(String text) {
    int n = text.length();
    int i = TagList.skipWsp(text, 0, n);
    if (i == n || (text.charAt(i) != 'v' && text.charAt(i) != 'V')) {
      return false;
    }
    i = TagList.skipWsp(text, i + 1, n);
    if (i >= n || text.charAt(i) != '=') {
      return false;
    }
    i = TagList.skipWsp(text, i + 1, n);
    if (!text.startsWith("DMARC1", i)) {
      return false;
    }
    i += 6;
    return i == n || text.charAt(i) == ';' || text.charAt(i) == ' ' || text.charAt(i) == '\t';
  }

  /**
   * Whether the text is meant as a DMARC record: it has a {@code v=DMARC1} tag anywhere, in any
   * letter case. Broader than {@link #isDmarc}, to report records that receivers silently discard.
   */
  public static boolean mentionsDmarc(String text) {
    int n = text.length();
    int start = 0;
    while (start <= n) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = n;
      }
      int a = TagList.skipWsp(text, start, end);
      if (a < end && (text.charAt(a) == 'v' || text.charAt(a) == 'V')) {
        int eq = TagList.skipWsp(text, a + 1, end);
        if (eq < end && text.charAt(eq) == '=') {
          int v = TagList.skipWsp(text, eq + 1, end);
          if (text.regionMatches(true, v, "DMARC1", 0, 6)
              && TagList.skipWsp(text, v + 6, end) == end) {
            return true;
          }
        }
      }
      start = end + 1;
    }
    return false;
  }

  public List<Tag> tags() {
    return tags;
  }

  /** Findings in column order. */
  public List<DmarcIssue> issues() {
    return issues;
  }

  public boolean hasErrors() {
    for (DmarcIssue i : issues) {
      if (i.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The value of a tag (name in any case), or null when absent. */
  public String value(String name) {
    Tag t = byName.get(name.toLowerCase(Locale.ROOT));
    return t == null ? null : t.value();
  }

  /** The valid {@code p} policy, or null when missing or invalid. */
  public Policy policy() {
    String p = value("p");
    return p == null ? null : Policy.of(p);
  }

  /** The policy for subdomains: {@code sp} when valid, else {@code p} (RFC 7489 §6.3). */
  public Policy subdomainPolicy() {
    String sp = value("sp");
    Policy parsed = sp == null ? null : Policy.of(sp);
    return sp == null ? policy() : parsed;
  }

  /** The percentage of mail the policy applies to: {@code pct} when valid, else 100. */
  public int percent() {
    String pct = value("pct");
    if (pct == null || pct.isEmpty() || pct.length() > 3 || !TagChecks.digits(pct)) {
      return 100;
    }
    int v = Integer.parseInt(pct);
    return v > 100 ? 100 : v;
  }
}
