package dev.zonelint.mail.spf;

/**
 * The optional prefix lengths of {@code a} and {@code mx} (RFC 7208 §5.6): {@code /24}, {@code
 * //64} or {@code /24//64}.
 *
 * @param ip4 the IPv4 prefix length as written, or -1 when absent (then 32 applies)
 * @param ip6 the IPv6 prefix length as written, or -1 when absent (then 128 applies)
 */
public record DualCidr(int ip4, int ip6) {
  public static final DualCidr NONE = new DualCidr(-1, -1);

  public int ip4Prefix() {
    return ip4 < 0 ? 32 : ip4;
  }

  public int ip6Prefix() {
    return ip6 < 0 ? 128 : ip6;
  }
}
