package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import org.xbill.DNS.Name;

/** Keys and records for the key, DS and CDS rule tests, built from the ECDSA fixture's keys. */
final class KeyFixtures {
  /** The ECDSA fixture's KSK (tag 1648) and ZSK (tag 39205) key data. */
  static final String KSK =
      "72qtygE4YywHf5B6RjI0n8PxsYM9vXewHNhjnhq8caHz8nh9sG0ZZZcngRj/X+A/1XAZOm00zlhszyWFp5cj/g==";

  static final String ZSK =
      "s1+hUWdP0Lrc6kIKdiXALTCaJbyAlaDCOj69A+4GpxKP9vuqYcCjMXfsPCprpyoeYNj9C+S4PXAngcrwPbkkYg==";

  /** {@code ldns-key2ds -n -2} (and {@code -4}, {@code -1}) of the fixture's KSK line. */
  static final String KSK_SHA256 =
      "1648 13 2 35a0f74111013c6f793944f1aac7d5bf46c295ec69accad2f5a7f14bc2a09086";

  static final String KSK_SHA384 =
      "1648 13 4 9647c6f42e5c7c3f67b109c1af0c76c9950fedd8a9f9458afae023cfb0a164d8"
          + "63d55d406e1dea24da4df7c0fbcf5c98";
  static final String KSK_SHA1 = "1648 13 1 e2c1b8cba33e243745f10d9162dec5779f7eb8f2";

  /** {@code ldns-key2ds -f -n -2} of the fixture's ZSK line. */
  static final String ZSK_SHA256 =
      "39205 13 2 ac887e75b3d5ac22596c658dd6fcb201fff1589d5f916f3087f6b864091395ae";

  /** A delegation under the standard apex: lines 8 and 9; a DS appended is line 10. */
  static final String DELEGATION = RuleTester.APEX + "sub  NS  ns1.sub\nns1.sub  A  192.0.2.53\n";

  static final String SHA256_HEX = "0123456789abcdef".repeat(4);

  private KeyFixtures() {}

  /** The key data with the octets at i and i + 2 swapped: the key tag stays the same. */
  static String sameTag(String base64, int i) {
    byte[] b = Base64.getDecoder().decode(base64);
    byte t = b[i];
    b[i] = b[i + 2];
    b[i + 2] = t;
    return Base64.getEncoder().encodeToString(b);
  }

  /** RSA key data (RFC 3110) with this exponent and a modulus of exactly this many bits. */
  static String rsaKey(long exponent, int modulusBits) {
    byte[] e = BigInteger.valueOf(exponent).toByteArray();
    byte[] n =
        BigInteger.ONE.shiftLeft(modulusBits - 1).add(BigInteger.valueOf(12345)).toByteArray();
    int nStart = n[0] == 0 ? 1 : 0;
    byte[] out = new byte[1 + e.length + n.length - nStart];
    out[0] = (byte) e.length;
    System.arraycopy(e, 0, out, 1, e.length);
    System.arraycopy(n, nStart, out, 1 + e.length, n.length - nStart);
    return Base64.getEncoder().encodeToString(out);
  }

  /** The severities of a rule's findings on a zone under the standard origin, in order. */
  static List<Severity> severities(Rule rule, String zone) {
    return RuleTester.run(rule, Name.fromConstantString("example.com."), Signed.IN_WINDOW, zone)
        .stream()
        .filter(d -> d.rule().equals(rule.info().id()))
        .map(Diagnostic::severity)
        .toList();
  }
}
