package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xbill.DNS.Type;

class CommonTypesTest {
  @Test
  void agreesWithDnsjavaOnEveryTypeNumber() {
    for (int type = 0; type <= 0xFFFF; type++) {
      String name = CommonTypes.name(type);
      assertEquals(Type.string(type), name, "type " + type);
      int read = CommonTypes.value(name);
      if (read >= 0) {
        assertEquals(type, read, name);
      }
    }
  }

  @Test
  void readsEveryTypeItNamesOnItsOwn() {
    int[] common = {
      Type.A,
      Type.AAAA,
      Type.NS,
      Type.CNAME,
      Type.MX,
      Type.TXT,
      Type.SRV,
      Type.PTR,
      Type.SOA,
      Type.CAA,
      Type.DS,
      Type.RRSIG,
      Type.NSEC,
      Type.NSEC3,
      Type.DNSKEY
    };
    for (int type : common) {
      assertEquals(type, CommonTypes.value(Type.string(type)), Type.string(type));
    }
    assertEquals(-1, CommonTypes.value("a"), "lower case is left to dnsjava");
    assertEquals(-1, CommonTypes.value("HINFO"));
  }
}
