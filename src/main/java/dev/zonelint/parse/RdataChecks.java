package dev.zonelint.parse;

import dev.zonelint.zone.CommonTypes;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Checks on record data that dnsjava's parser lets through but the RFCs and BIND reject: these are
 * syntax errors in the sense of the catalogue (the server refuses the record).
 */
final class RdataChecks {
  /** The most RDATA a record can carry: its length is a 16-bit field. */
  static final int MAX_RDATA = 0xFFFF;

  private static final String BASE32HEX = "0123456789abcdefghijklmnopqrstuv";

  private RdataChecks() {}

  /**
   * A rejected record.
   *
   * @param token index of the RDATA token at fault, or -1 for the owner
   */
  record Invalid(String message, int token) {}

  /**
   * What is wrong with a record that parsed, or null.
   *
   * @param rdataTokens the RDATA as written
   * @param rdata the wire RDATA dnsjava produced
   */
  static Invalid check(Name owner, int type, List<Token> rdataTokens, byte[] rdata) {
    if (rdata.length > MAX_RDATA) {
      // RFC 1035 §3.2.1: RDLENGTH is 16 bits. BIND fails the load ("ran out of space").
      return new Invalid(
          CommonTypes.name(type)
              + " data is "
              + rdata.length
              + " bytes long; a record carries at most "
              + MAX_RDATA
              + " (RFC 1035 §3.2.1)",
          0);
    }
    switch (type) {
      case Type.NSEC3:
        return nsec3(owner, rdataTokens);
      case Type.NSAP:
        return rdata.length == 0 ? new Invalid("NSAP address is empty", 0) : null;
      default:
        return null;
    }
  }

  /** RFC 5155 §3.3: hashes are base32hex without padding, in the owner and in the RDATA. */
  private static Invalid nsec3(Name owner, List<Token> rdataTokens) {
    // Only padding is a syntax error in the owner: a label that is no hash at all is a broken
    // chain, which is for the DNSSEC checks (simdzone's xbounds.zone loads such a record).
    String label = owner.getLabelString(0);
    if (label.indexOf('=') >= 0) {
      return new Invalid("NSEC3 owner label '" + Text.display(label) + "' has base32 padding", -1);
    }
    if (rdataTokens.size() >= 5 && !rdataTokens.get(0).text().equals("\\#")) {
      String next = rdataTokens.get(4).text();
      if (!isUnpaddedBase32Hex(next)) {
        return new Invalid(
            "next hashed owner '" + Text.display(next) + "' is not unpadded base32hex", 4);
      }
    }
    return null;
  }

  private static boolean isUnpaddedBase32Hex(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (BASE32HEX.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
        return false;
      }
    }
    return true;
  }
}
