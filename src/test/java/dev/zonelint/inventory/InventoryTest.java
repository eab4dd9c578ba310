package dev.zonelint.inventory;

import static dev.zonelint.check.RuleTester.APEX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.fix.Strategy;
import dev.zonelint.inventory.TargetCategories.Category;
import dev.zonelint.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {
  private static final String ZONE =
      APEX
          + """
          @            MX   10 mail
          @            TXT  "v=spf1 mx -all"
          _dmarc       TXT  "v=DMARC1; p=quarantine; sp=reject"
          s1._domainkey TXT "v=DKIM1; p="
          s2._domainkey CNAME s2.domainkey.u1.wl.sendgrid.net.
          mail         A    192.0.2.25
          mail         MX   0 .
          mail         TXT  "v=spf1 -all"
          www          CNAME d111111abcdef8.cloudfront.net.
          api          CNAME my-lb-1.eu-west-1.elb.amazonaws.com.
          docs         CNAME www
          parked       A    192.0.2.30
          parked       TXT  "v=spf1 ~all"
          news         MX   10 aspmx.l.google.com.
          news         TXT  "v=spf1 include:_spf.google.com ~all"
          apex2        ALIAS lb.example.net.
          sub          NS   ns1.sub
          ns1.sub      A    192.0.2.53
          _acme-challenge TXT "token"
          """;

  private static List<String> describe(Provider provider) {
    Inventory inventory =
        Inventory.of(List.of(Zones.parse("example.com.", ZONE)), List.of("z"), provider);
    List<String> out = new ArrayList<>();
    for (InventoryRow r : inventory.rows()) {
      Hardening h = r.hardening();
      out.add(
          r.name()
              + " "
              + r.kind()
              + " "
              + r.categoryLabel()
              + " "
              + r.mail().mx()
              + "/"
              + r.mail().spf()
              + "/"
              + r.mail().dmarc()
              + (r.mail().dmarcOrganisational() ? "(org)" : "")
              + r.mail().dkimSelectors()
              + " "
              + h.status().id()
              + (h.missing().isEmpty() ? "" : " " + h.missing())
              + (h.strategy() == null ? "" : " " + h.strategy().id()));
    }
    return out;
  }

  @Test
  void oneRowPerHostAliasOrMailName() {
    assertEquals(
        List.of(
            "example.com. MAIL_ONLY in-zone MX/HARD_FAIL/QUARANTINE[s1, s2] hardened",
            "apex2.example.com. ALIAS other third party NONE/NONE/REJECT(org)[] missing"
                + " [NULL_MX, SPF_FAIL_ALL]",
            "api.example.com. CNAME AWS ELB/ALB/NLB (eu-west-1) NONE/NONE/REJECT(org)[]"
                + " blocked-by-cname split-web",
            "docs.example.com. CNAME in-zone NONE/NONE/REJECT(org)[] blocked-by-cname split-web",
            "mail.example.com. ADDRESS - NULL_MX/HARD_FAIL/REJECT(org)[] hardened",
            "news.example.com. MAIL_ONLY ESP MX/SOFT_FAIL/REJECT(org)[] hardened",
            "ns1.example.com. ADDRESS - NONE/NONE/REJECT(org)[] missing [NULL_MX, SPF_FAIL_ALL]",
            "ns2.example.com. ADDRESS - NONE/NONE/REJECT(org)[] missing [NULL_MX, SPF_FAIL_ALL]",
            "parked.example.com. ADDRESS - NONE/SOFT_FAIL/REJECT(org)[] missing"
                + " [NULL_MX, SPF_FAIL_ALL]",
            "sub.example.com. DELEGATION in-zone NONE/NONE/REJECT(org)[] delegated",
            "www.example.com. CNAME AWS CloudFront NONE/NONE/REJECT(org)[] blocked-by-cname"
                + " split-web"),
        describe(Provider.BIND));
  }

  @Test
  void blockedCnameNamesTheProvidersWayOut() {
    List<String> route53 = describe(Provider.ROUTE53);
    // Route 53 aliases AWS resources (this load balancer, CloudFront) and its own records.
    assertEquals(
        List.of("alias", "alias", "alias"),
        List.of(strategy(route53, "api."), strategy(route53, "docs."), strategy(route53, "www.")));
    assertEquals("alias", strategy(describe(Provider.DNSIMPLE), "api."));
    assertEquals("split-web", strategy(describe(Provider.GOOGLE), "api."));
    // Azure alias record sets point at Azure resources only.
    assertEquals("split-web", strategy(describe(Provider.AZURE), "www."));
    assertEquals(
        Strategy.HTTPS_ALIAS, Hardening.strategy(Provider.BIND, true, null, Category.OTHER, false));
    assertEquals(
        Strategy.SPLIT_MAIL, Hardening.strategy(Provider.BIND, false, null, Category.OTHER, true));
  }

  @Test
  void onlyMailBesideACnameMakesTheWayOutSplitMail() {
    String zone =
        APEX
            + """
            verified CNAME x.example.net.
            verified TXT "site-verification=abc"
            mailing CNAME y.example.net.
            mailing MX 10 mx.example.net.
            """;
    List<String> strategies = new ArrayList<>();
    for (InventoryRow r :
        Inventory.of(List.of(Zones.parse("example.com.", zone)), List.of("z"), Provider.BIND)
            .rows()) {
      if (r.hardening().strategy() != null) {
        strategies.add(r.name() + " " + r.hardening().strategy().id());
      }
    }
    assertEquals(
        List.of("mailing.example.com. split-mail", "verified.example.com. split-web"), strategies);
  }

  @Test
  void summaryCountsStatusesAndCategories() {
    Inventory.Summary s =
        Inventory.of(List.of(Zones.parse("example.com.", ZONE)), List.of("z"), Provider.BIND)
            .summary();
    assertEquals(
        "{HARDENED=3, MISSING=4, BLOCKED_BY_CNAME=3, DELEGATED=1}", s.byStatus().toString());
    assertEquals(
        "{NONE=4, IN_ZONE=3, AWS_CLOUDFRONT=1, AWS_ELB=1, ESP=1, OTHER=1}",
        s.byCategory().toString());
  }

  private static String strategy(List<String> rows, String prefix) {
    for (String r : rows) {
      if (r.startsWith(prefix)) {
        return r.substring(r.lastIndexOf(' ') + 1);
      }
    }
    return null;
  }
}
