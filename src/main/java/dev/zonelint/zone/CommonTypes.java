package dev.zonelint.zone;

import dev.zonelint.types.ExtraTypes;
import org.xbill.DNS.Type;

/**
 * The record types nearly every zone uses, named and read without dnsjava's {@link Type} tables:
 * its lookup upper-cases the text and probes a map (a twentieth of a large zone's parse), and
 * initialising it links 62 record-factory lambdas (13 ms of a small check on JDK 17).
 */
public final class CommonTypes {
  private CommonTypes() {}

  /** The type a mnemonic as zone files write it names, or -1 for others (rare or lower-case). */
  public static int value(String mnemonic) {
    switch (mnemonic) {
      case "A":
        return Type.A;
      case "AAAA":
        return Type.AAAA;
      case "NS":
        return Type.NS;
      case "CNAME":
        return Type.CNAME;
      case "MX":
        return Type.MX;
      case "TXT":
        return Type.TXT;
      case "SRV":
        return Type.SRV;
      case "PTR":
        return Type.PTR;
      case "SOA":
        return Type.SOA;
      case "CAA":
        return Type.CAA;
      case "DS":
        return Type.DS;
      case "RRSIG":
        return Type.RRSIG;
      case "NSEC":
        return Type.NSEC;
      case "NSEC3":
        return Type.NSEC3;
      case "DNSKEY":
        return Type.DNSKEY;
      default:
        return -1;
    }
  }

  /** The mnemonic of a type, as {@link Type#string} spells it (types dnsjava lacks included). */
  public static String name(int type) {
    switch (type) {
      case Type.A:
        return "A";
      case Type.AAAA:
        return "AAAA";
      case Type.NS:
        return "NS";
      case Type.CNAME:
        return "CNAME";
      case Type.MX:
        return "MX";
      case Type.TXT:
        return "TXT";
      case Type.SRV:
        return "SRV";
      case Type.PTR:
        return "PTR";
      case Type.SOA:
        return "SOA";
      case Type.CAA:
        return "CAA";
      case Type.DS:
        return "DS";
      case Type.RRSIG:
        return "RRSIG";
      case Type.NSEC:
        return "NSEC";
      case Type.NSEC3:
        return "NSEC3";
      case Type.DNSKEY:
        return "DNSKEY";
      default:
        return ExtraTypes.name(type);
    }
  }
}
