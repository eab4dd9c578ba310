package dev.zonelint.diag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits elsewhere in the file: a hash of rule, path, owner, type
 * and message, never of line or column. SARIF, GitLab and the baseline use it to match a finding of
 * today with the same finding of an earlier run.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The fingerprint of a finding, given the path as the report names it (relative to the repository
   * root, so that it does not depend on where the repository is checked out).
   */
  public static String of(Diagnostic d, String path) {
    return sha256(String.join("\n", d.rule(), path, d.owner(), d.type(), d.message()));
  }

  /**
   * The fingerprint of the {@code n}-th (0-based) finding with the same {@link #of} value in one
   * report, for formats that need every finding to have its own.
   */
  public static String occurrence(String fingerprint, int n) {
    return n == 0 ? fingerprint : sha256(fingerprint + "#" + n);
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
