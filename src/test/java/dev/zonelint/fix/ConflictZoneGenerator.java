package dev.zonelint.fix;

import java.util.Random;

/**
 * Random zones full of what the fixer repairs: CNAMEs at the apex, CNAMEs beside MX, SPF and
 * verification TXT, MX/NS/SRV pointing at CNAME chains, written with varied layout (relative and
 * absolute names, blank owners, tabs or spaces, comments, parentheses, CRLF).
 */
final class ConflictZoneGenerator {
  private static final String[] TARGETS = {
    "d111111abcdef8.cloudfront.net.", "shops.myshopify.com.", "app.herokudns.com.", "cdn", "host1"
  };

  private ConflictZoneGenerator() {}

  static String generate(long seed) {
    Random rnd = new Random(seed);
    String nl = rnd.nextInt(5) == 0 ? "\r\n" : "\n";
    String sep = rnd.nextBoolean() ? "\t" : "   ";
    StringBuilder z = new StringBuilder();
    z.append("$ORIGIN example.com.").append(nl).append("$TTL 300").append(nl);
    z.append("@").append(sep).append("IN SOA ns1 hm 2024010101 7200 3600 1209600 300").append(nl);
    z.append("@").append(sep).append("IN NS ns1").append(nl);
    z.append("ns1").append(sep).append("IN A 192.0.2.1").append(nl);
    z.append("host1").append(sep).append("IN A 192.0.2.2").append(nl);
    z.append("cdn").append(sep).append("IN AAAA 2001:db8::2").append(nl);
    if (rnd.nextBoolean()) {
      z.append("@").append(sep).append("IN CNAME ").append(target(rnd)).append(nl);
    }
    int count = 1 + rnd.nextInt(12);
    for (int i = 0; i < count; i++) {
      String name = "n" + rnd.nextInt(6);
      String owner = rnd.nextBoolean() ? name : name + ".example.com.";
      switch (rnd.nextInt(7)) {
        case 0:
        case 1:
          z.append(owner).append(sep).append("IN CNAME ").append(target(rnd)).append(comment(rnd));
          z.append(nl);
          for (int k = rnd.nextInt(3); k > 0; k--) {
            z.append(rnd.nextBoolean() ? sep : owner + sep).append(other(rnd)).append(nl);
          }
          break;
        case 2:
          z.append(owner).append(sep).append(other(rnd)).append(comment(rnd)).append(nl);
          break;
        case 3:
          z.append("@").append(sep).append("IN MX 10 ").append(name).append(nl);
          break;
        case 4:
          z.append("_s._tcp").append(sep).append("IN SRV 0 5 443 ( ").append(owner).append(" )");
          z.append(nl);
          break;
        case 5:
          z.append(name)
              .append(sep)
              .append("IN CNAME ")
              .append(rnd.nextBoolean() ? "host1" : "cdn");
          z.append(nl);
          break;
        default:
          z.append("; a comment line").append(nl).append(nl);
      }
    }
    return z.toString();
  }

  private static String target(Random rnd) {
    return TARGETS[rnd.nextInt(TARGETS.length)];
  }

  private static String comment(Random rnd) {
    return rnd.nextInt(4) == 0 ? " ; note" : "";
  }

  private static String other(Random rnd) {
    switch (rnd.nextInt(5)) {
      case 0:
        return "IN MX 10 mx.example.net.";
      case 1:
        return "IN TXT \"v=spf1 -all\"";
      case 2:
        return "IN TXT \"site-verification=" + rnd.nextInt(1000) + "\"";
      case 3:
        return "IN A 192.0.2." + (10 + rnd.nextInt(200));
      default:
        return "300 IN TXT ( \"split\" \"token\" )";
    }
  }
}
