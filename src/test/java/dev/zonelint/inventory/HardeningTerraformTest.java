package dev.zonelint.inventory;

import static dev.zonelint.check.RuleTester.APEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.fix.Hcl;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

class HardeningTerraformTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  private static String render(Provider provider, String records, String rua) {
    Zone zone = Zones.parse("example.com.", APEX.replace("ns2  A    192.0.2.2\n", "") + records);
    Inventory inventory = Inventory.of(List.of(zone), List.of("z"), provider);
    return HardeningTerraform.render(
        provider, ORIGIN, HardeningPlan.steps(zone, inventory.rows(), rua));
  }

  private static final String VERIFIED =
      """
      @      MX  10 mx.example.net.
      @      TXT "v=spf1 mx -all"
      _dmarc TXT "v=DMARC1; p=reject"
      site   A   192.0.2.10
      site   TXT "site-verification=abc"
      """;

  @Test
  void recordSetProvidersExtendAnExistingTxtSetInsteadOfClashingWithIt() {
    for (Provider p : List.of(Provider.ROUTE53, Provider.AZURE, Provider.GOOGLE, Provider.NS1)) {
      String tf = render(p, VERIFIED, null);
      assertTrue(
          tf.contains(
              "# site.example.com. already has TXT records: add \"v=spf1 -all\" to that record"
                  + " set\n"),
          p + ":\n" + tf);
      assertTrue(!tf.contains("\"site_txt\""), p + ":\n" + tf);
    }
  }

  @Test
  void recordProvidersAddTheTxtRecordBesideTheOthers() {
    for (Provider p : List.of(Provider.CLOUDFLARE, Provider.DNSIMPLE)) {
      String tf = render(p, VERIFIED, null);
      assertTrue(tf.contains("\"site_txt\""), p + ":\n" + tf);
      assertTrue(!tf.contains("already has"), p + ":\n" + tf);
    }
  }

  @Test
  void ruaIsEscapedForHcl() {
    String tf = render(Provider.CLOUDFLARE, "host A 192.0.2.10\n", "mailto:d@x.test?${var.x}");
    assertTrue(tf.contains("content = \"v=DMARC1; p=reject; rua=mailto:d@x.test?$${var.x};\""), tf);
  }

  @Test
  void resourceNamesAreValidTerraformNames() {
    String tf = render(Provider.ROUTE53, "1host A 192.0.2.10\n", null);
    assertTrue(tf.contains("resource \"aws_route53_record\" \"_1host_mx\" {"), tf);
    assertTrue(tf.contains("resource \"aws_route53_record\" \"_dmarc_1host_txt\" {"), tf);
  }

  @Test
  void nothingToAddIsEmpty() {
    assertEquals("", HardeningTerraform.render(Provider.ROUTE53, ORIGIN, List.of()));
  }

  @Test
  void providersWithoutResourcesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HardeningTerraform.render(Provider.BIND, ORIGIN, List.of()));
  }

  @Test
  void hclStringsEscapeQuotesBackslashesAndTemplates() {
    assertEquals("\"a\\\"b\\\\c$${d}%%{e}\"", Hcl.string("a\"b\\c${d}%{e}"));
  }
}
