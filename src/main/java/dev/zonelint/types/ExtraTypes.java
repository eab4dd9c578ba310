package dev.zonelint.types;

import org.xbill.DNS.Type;

/**
 * Teaches dnsjava the types of this package. Registration happens once, on first use of this class,
 * and only on paths that already start dnsjava's type tables (a rare mnemonic, RDATA dnsjava
 * parses, a record decoded through dnsjava): a small check of common types never pays for it.
 */
public final class ExtraTypes {
  /** RFC 9859 §2. */
  public static final int DSYNC = 66;

  /** RFC 9886 §3 (DRIP entity tags). */
  public static final int HHIT = 67;

  /** RFC 9886 §4 (DRIP broadcast RID). */
  public static final int BRID = 68;

  /** RFC 9606 §2 (resolver information). */
  public static final int RESINFO = 261;

  /** IANA registry, 2024 (public wallet addresses). */
  public static final int WALLET = 262;

  static {
    Type.register(DSYNC, "DSYNC", DsyncRecord::new);
    Type.register(HHIT, "HHIT", Base64Record::new);
    Type.register(BRID, "BRID", Base64Record::new);
    Type.register(RESINFO, "RESINFO", StringsRecord::new);
    Type.register(Type.NINFO, "NINFO", StringsRecord::new);
    Type.register(Type.CSYNC, "CSYNC", CsyncRecord::new);
    Type.register(Type.AMTRELAY, "AMTRELAY", AmtrelayRecord::new);
    Type.register(WALLET, "WALLET", StringsRecord::new);
    Type.register(Type.NID, "NID", LocatorRecord::new);
    Type.register(Type.L32, "L32", LocatorRecord::new);
    Type.register(Type.L64, "L64", LocatorRecord::new);
    Type.register(Type.LP, "LP", LocatorRecord::new);
    Type.register(Type.EUI48, "EUI48", EuiRecord::new);
    Type.register(Type.EUI64, "EUI64", EuiRecord::new);
    Type.register(Type.ZONEMD, "ZONEMD", ZonemdRecord::new);
  }

  private ExtraTypes() {}

  /** Makes sure dnsjava knows these types before it parses, decodes or names one. */
  public static void register() {
    // The static initialiser above does the work, once.
  }

  /** The type a mnemonic or {@code TYPEnnn} names, in any letter case; -1 if none. */
  public static int value(String mnemonic) {
    return Type.value(mnemonic);
  }

  /** The mnemonic of a type, {@code TYPEnnn} for types without one. */
  public static String name(int type) {
    return Type.string(type);
  }
}
