package dev.zonelint.mail.dkim;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DKIM key record (RFC 6376 §3.6.1), parsed once: its tags, what is wrong with them, and the real
 * size of its public key. The tag list follows RFC 6376 §3.2: {@code ;}-separated, white space
 * allowed around tags, names case-sensitive, no tag twice. Never throws, whatever the text.
 */
public final class DkimKeyRecord {
  private static final List<String> KNOWN = List.of("v", "g", "h", "k", "n", "p", "s", "t");

  /**
   * One tag as written.
   *
   * @param name the tag name
   * @param value the value without surrounding white space
   * @param column 1-based position of the tag name in the record text
   */
  public record Tag(String name, String value, int column) {}

  private final List<Tag> tags;
  private final Map<String, Tag> byName;
  private final List<DkimIssue> issues;
  private final String keyType;
  private final int keyBits;
  private final String keyFormat;
  private final DkimIssue keyProblem;

  private DkimKeyRecord(
      List<Tag> tags,
      Map<String, Tag> byName,
      List<DkimIssue> issues,
      String keyType,
      KeyData.Decoded key,
      DkimIssue keyProblem) {
    this.tags = Collections.unmodifiableList(tags);
    this.byName = byName;
    this.issues = Collections.unmodifiableList(issues);
    this.keyType = keyType;
    this.keyBits = key == null ? 0 : key.bits();
    this.keyFormat = key == null ? "" : key.format();
    this.keyProblem = keyProblem;
  }

  /** Parses the text of one TXT record (its strings joined without separators). */
  public static DkimKeyRecord parse(String text) {
    List<DkimIssue> issues = new ArrayList<>();
    List<Tag> tags = TagList.split(text, issues);
    Map<String, Tag> byName = new HashMap<>();
    for (Tag t : tags) {
      if (byName.putIfAbsent(t.name(), t) != null) {
        issues.add(
            new DkimIssue(
                Severity.ERROR,
                t.column(),
                "the tag '"
                    + t.name()
                    + "' appears twice, which makes the whole record invalid (RFC 6376 §3.2):"
                    + " verifiers cannot use the key"));
      }
    }
    TagChecks.check(text, tags, byName, issues);
    Tag k = byName.get("k");
    String keyType = k == null ? "rsa" : k.value().toLowerCase(Locale.ROOT);
    Tag p = byName.get("p");
    KeyData.Decoded key = null;
    DkimIssue keyProblem = null;
    if (p == null) {
      issues.add(
          new DkimIssue(
              Severity.ERROR,
              1,
              "the record has no p= tag: verifiers find no key, so every signature made with this"
                  + " selector fails"));
    } else if (p.value().isEmpty()) {
      issues.add(
          new DkimIssue(
              Severity.INFO,
              p.column(),
              "p= is empty, which revokes this key (RFC 6376 §3.6.1): signatures made with this"
                  + " selector fail"));
    } else if (keyType.equals("rsa") || keyType.equals("ed25519")) {
      key = KeyData.decode(p.value(), keyType.equals("ed25519"));
      if (key.error() != null) {
        DkimIssue issue =
            new DkimIssue(
                key.malformed() ? Severity.ERROR : Severity.WARNING, p.column(), key.error());
        if (key.malformed()) {
          issues.add(issue);
        } else {
          keyProblem = issue;
        }
      }
    }
    issues.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return new DkimKeyRecord(tags, byName, issues, keyType, key, keyProblem);
  }

  /**
   * Whether a TXT record is meant as a DKIM key: it starts with {@code v=DKIM1} (any letter case)
   * or has a {@code p=} tag.
   */
  public static boolean looksLikeKey(String text) {
    int n = text.length();
    int start = 0;
    while (start <= n) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = n;
      }
      int a = TagList.skipFws(text, start, end);
      int eq = text.indexOf('=', a);
      if (eq >= 0 && eq < end) {
        String name = text.substring(a, TagList.trimEnd(text, a, eq));
        if (name.equals("p")) {
          return true;
        }
        if (start == 0 && name.equalsIgnoreCase("v")) {
          int v = TagList.skipFws(text, eq + 1, end);
          if (text.regionMatches(true, v, "DKIM1", 0, 5)) {
            return true;
          }
        }
      }
      start = end + 1;
    }
    return false;
  }

  static List<String> knownTags() {
    return KNOWN;
  }

  public List<Tag> tags() {
    return tags;
  }

  /** Findings against the record's grammar, in column order. */
  public List<DkimIssue> issues() {
    return issues;
  }

  /**
   * Why the {@code p=} key, grammatical as text, does not decode into a key of type {@code k=}
   * (truncated base64, DER that is no public key, the other key type), or null.
   */
  public DkimIssue keyProblem() {
    return keyProblem;
  }

  public boolean hasErrors() {
    for (DkimIssue i : issues) {
      if (i.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The value of a tag (case-sensitive name), or null when absent. */
  public String value(String name) {
    Tag t = byName.get(name);
    return t == null ? null : t.value();
  }

  /** The key type in lower case: {@code k=} as written, {@code rsa} when absent. */
  public String keyType() {
    return keyType;
  }

  /** Whether {@code p=} is present and empty (RFC 6376 §3.6.1). */
  public boolean isRevoked() {
    Tag p = byName.get("p");
    return p != null && p.value().isEmpty();
  }

  /** The size of the decoded public key in bits (RSA modulus, 256 for Ed25519), or 0. */
  public int keyBits() {
    return keyBits;
  }

  /** How the key is encoded ({@code SubjectPublicKeyInfo}, {@code RSAPublicKey}, ...), or "". */
  public String keyFormat() {
    return keyFormat;
  }

  /** An RSA key that decoded. */
  public boolean hasRsaKey() {
    return keyType.equals("rsa") && keyBits > 0;
  }
}
