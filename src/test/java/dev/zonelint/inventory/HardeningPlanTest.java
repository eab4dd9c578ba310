package dev.zonelint.inventory;

import static dev.zonelint.check.RuleTester.APEX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardeningPlanTest {

  private static List<String> block(String records, String rua) {
    Zone zone = Zones.parse("example.com.", APEX.replace("ns2  A    192.0.2.2\n", "") + records);
    Inventory inventory = Inventory.of(List.of(zone), List.of("z"), Provider.BIND);
    return HardeningPlan.block(zone, inventory.rows(), rua);
  }

  @Test
  void apexPolicySparesSubdomainsThatSendMail() {
    assertEquals(
        List.of(
            "",
            "; zonelint inventory --plan: names that send and receive no mail refuse it"
                + " (RFC 7505, RFC 7208, RFC 7489)",
            "; example.com. (A/AAAA host)",
            "example.com.\t3600\tIN\tMX\t0 .",
            "example.com.\t3600\tIN\tTXT\t\"v=spf1 -all\"",
            "_dmarc.example.com.\t3600\tIN\tTXT\t\"v=DMARC1; p=reject; sp=none; rua=mailto:r@x.test;\"",
            "; ns1.example.com. (A/AAAA host)",
            "ns1.example.com.\t3600\tIN\tMX\t0 .",
            "ns1.example.com.\t3600\tIN\tTXT\t\"v=spf1 -all\"",
            "_dmarc.ns1.example.com.\t3600\tIN\tTXT\t\"v=DMARC1; p=reject; rua=mailto:r@x.test;\""),
        block(
            """
            @     A   192.0.2.10
            news  MX  10 mx.example.net.
            """,
            "mailto:r@x.test"));
  }

  @Test
  void recordsThatWouldHaveToChangeBecomeComments() {
    assertEquals(
        List.of(
            "; *.example.com. (A/AAAA host)",
            "*.example.com.\t3600\tIN\tMX\t0 .",
            "; a wildcard has no _dmarc name: give the apex's DMARC record sp=reject",
            "; ns1.example.com. (A/AAAA host)",
            "ns1.example.com.\t3600\tIN\tMX\t0 .",
            "ns1.example.com.\t3600\tIN\tTXT\t\"v=spf1 -all\"",
            // The apex's sp=quarantine is not reject: ns1 gets a policy of its own.
            "_dmarc.ns1.example.com.\t3600\tIN\tTXT\t\"v=DMARC1; p=reject;\"",
            "; weak.example.com. (A/AAAA host)",
            "weak.example.com.\t300\tIN\tMX\t0 .",
            "; replace the SPF record on line 13 by \"v=spf1 -all\"",
            "; set p=reject (and no pct= below 100) in the DMARC record at _dmarc.weak.example.com."),
        block(
                """
            @            MX  0 .
            @            TXT "v=spf1 -all"
            _dmarc       TXT "v=DMARC1; p=reject; sp=quarantine"
            *            A   192.0.2.20
            *            TXT "v=spf1 -all"
            weak     300 A   192.0.2.30
            weak         TXT "v=spf1 ~all"
            _dmarc.weak  TXT "v=DMARC1; p=none"
            hardened     A   192.0.2.40
            hardened     MX  0 .
            hardened     TXT "v=spf1 -all"
            _dmarc.hardened TXT "v=DMARC1; p=reject"
            """,
                null)
            .subList(2, 13));
  }

  @Test
  void diffOfNothingIsEmpty() {
    assertEquals("", HardeningPlan.diff(List.of("a"), "f", List.of()));
  }
}
