package dev.zonelint.bench;

import java.nio.charset.StandardCharsets;

/** A synthetic zone of the shape genzone.py writes: hosts with A, AAAA, MX, TXT and CNAMEs. */
final class BenchZones {
  private BenchZones() {}

  static byte[] zone(int hosts) {
    StringBuilder z = new StringBuilder(hosts * 64);
    z.append("$ORIGIN example.com.\n$TTL 3600\n")
        .append("@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600\n")
        .append("@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n")
        .append("@ IN MX 10 mail\nmail IN A 192.0.2.3\n")
        .append("@ IN TXT \"v=spf1 mx -all\"\n");
    for (int i = 0; i < hosts; i++) {
      String h = "host" + i;
      z.append(h).append(" IN A 10.").append((i >> 16) & 255).append('.');
      z.append((i >> 8) & 255).append('.').append(i & 255).append('\n');
      if (i % 3 == 0) {
        z.append(h).append(" IN AAAA 2001:db8::").append(Integer.toHexString(i)).append('\n');
      }
      if (i % 5 == 0) {
        z.append("www.").append(h).append(" IN CNAME ").append(h).append('\n');
      }
      if (i % 7 == 0) {
        z.append(h).append(" IN TXT \"site-verification=").append(i).append("\"\n");
      }
    }
    return z.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
