package dev.zonelint.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.zonelint.provider.Provider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every name with address, alias or mail data appears exactly once, whatever the mix of records:
 * checked against an oracle that reads the generated records directly.
 */
class InventoryPropertiesTest {
  private static final String[] OWNERS = {
    "@", "www", "a.www", "mail", "sub", "h.sub", "*", "_dmarc", "s1._domainkey", "x._tcp.svc", "svc"
  };
  private static final String[] RECORDS = {
    "A 192.0.2.1",
    "AAAA 2001:db8::1",
    "CNAME target.example.net.",
    "ALIAS lb.example.net.",
    "MX 10 mx.example.net.",
    "MX 0 .",
    "TXT \"v=spf1 -all\"",
    "TXT \"v=DMARC1; p=reject\"",
    "TXT \"not spf\"",
    "NS ns.example.net.",
    "SRV 0 0 443 www"
  };
  private static final Set<Integer> HOST_DATA = Set.of(0, 1, 2, 3, 4, 5, 6, 9);

  @Test
  void everyHostAliasOrMailNameAppearsOnce() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(integers().between(0, OWNERS.length * RECORDS.length - 1))
                .ofSizeBetween(0, 12))
        .checkAssert(
            picks -> {
              StringBuilder zone =
                  new StringBuilder("$TTL 60\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1.example.net.\n");
              Set<String> delegated = new HashSet<>();
              List<int[]> records = new ArrayList<>();
              for (int p : picks) {
                int owner = p / RECORDS.length;
                int record = p % RECORDS.length;
                zone.append(OWNERS[owner]).append(' ').append(RECORDS[record]).append('\n');
                records.add(new int[] {owner, record});
                if (record == 9 && !OWNERS[owner].equals("@")) {
                  delegated.add(OWNERS[owner]);
                }
              }
              Set<String> expected = new HashSet<>();
              for (int[] r : records) {
                String owner = OWNERS[r[0]];
                boolean occluded =
                    delegated.stream().anyMatch(d -> owner.endsWith("." + d) && !owner.equals(d));
                boolean data = HOST_DATA.contains(r[1]) && (r[1] != 9 || !owner.equals("@"));
                if (data && !occluded && !owner.contains("_")) {
                  expected.add(owner.equals("@") ? "example.com." : owner + ".example.com.");
                }
              }
              List<String> names = new ArrayList<>();
              for (InventoryRow row :
                  Inventory.of(
                          List.of(Zones.parse("example.com.", zone.toString())),
                          List.of("z"),
                          Provider.BIND)
                      .rows()) {
                names.add(row.name().toString());
              }
              assertEquals(expected, new HashSet<>(names), zone::toString);
              assertEquals(expected.size(), names.size(), "a name appears twice:\n" + zone);
            });
  }
}
