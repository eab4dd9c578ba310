package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

class TargetMemoTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  @Test
  void eachRecordOfANameIsDecodedOnceAndForgottenAtTheNextName() {
    StringBuilder text = new StringBuilder("@ 300 IN SOA ns1 host 1 2 3 4 5\n");
    for (int i = 0; i < 10; i++) {
      text.append("sub 300 IN NS ns").append(i).append(".example.net.\n");
    }
    text.append("www 300 IN CNAME sub\n");
    Zone zone = RuleTester.parse(ORIGIN, text.toString(), "test.zone").zone();
    List<ZoneRecord> ns = zone.find(Name.fromConstantString("sub.example.com.")).records();
    ZoneRecord cname = zone.find(Name.fromConstantString("www.example.com.")).records().get(0);
    TargetMemo memo = new TargetMemo(zone);

    for (ZoneRecord r : ns) {
      assertEquals(r.target(), memo.target(r));
    }
    // The first eight are remembered, as the same objects; the ninth and tenth are decoded anew.
    for (int i = 0; i < ns.size(); i++) {
      Name first = memo.target(ns.get(i));
      if (i < 8) {
        assertSame(first, memo.target(ns.get(i)), "record " + i);
      } else {
        assertNotSame(first, memo.target(ns.get(i)), "record " + i);
      }
    }
    Name before = memo.target(ns.get(0));
    assertEquals(Name.fromConstantString("sub.example.com."), memo.target(cname));
    assertNotSame(before, memo.target(ns.get(0)), "another name's records are forgotten");
    assertEquals(before, memo.target(ns.get(0)));
  }
}
