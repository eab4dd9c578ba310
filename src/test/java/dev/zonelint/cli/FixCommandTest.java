package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonelint fix} end to end. */
class FixCommandTest {
  @TempDir Path dir;

  private static final String ZONE =
      """
      $ORIGIN example.com.
      $TTL 300
      @     IN SOA ns1 hostmaster 2020010101 7200 3600 1209600 300
      @     IN NS  ns1
      @     IN CNAME d111111abcdef8.cloudfront.net.
      ns1   IN A   192.0.2.1
      host  IN A   192.0.2.2
      mx    IN CNAME host
      @     IN MX  10 mx ; mail
      """;

  private Path zone(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void defaultPrintsADiffAndChangesNothing() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    MainTest.Run r = MainTest.run("fix", p.toString());
    assertEquals(ZONE, Files.readString(p));
    assertTrue(r.out().contains("--- a/" + p), r.out());
    assertTrue(
        r.out().contains("-@     IN MX  10 mx ; mail\n+@     IN MX  10 host ; mail"), r.out());
    // The apex CNAME needs an unsafe fix under bind: a finding remains.
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("apply it with --unsafe-fixes"), r.err());
  }

  @Test
  void writeReplacesTheFileAndBumpsTheSerialOnce() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    MainTest.Run r = MainTest.run("fix", "--provider", "route53", "--write", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    String fixed = Files.readString(p);
    assertTrue(fixed.contains("AWS ALIAS A d111111abcdef8.cloudfront.net. Z2FDTNDATAQYW2 false"));
    assertTrue(fixed.contains("AWS ALIAS AAAA d111111abcdef8.cloudfront.net. Z2FDTNDATAQYW2"));
    assertTrue(!fixed.contains(" 2020010101 ") && fixed.contains(" 20"), fixed);
    assertEquals(0, MainTest.run("fix", "--provider", "route53", "--write", p.toString()).exit());
    assertEquals(fixed, Files.readString(p), "a second fix --write changes nothing");
  }

  @Test
  void outputWritesElsewhere() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    Path out = dir.resolve("fixed.zone");
    MainTest.Run r =
        MainTest.run("fix", "--strategy", "https-alias", "--output", out.toString(), p.toString());
    assertEquals(1, r.exit(), r.err()); // the MX stays: only https-alias was asked for
    assertEquals(ZONE, Files.readString(p));
    assertTrue(Files.readString(out).contains("@     IN HTTPS 0 d111111abcdef8.cloudfront.net."));
  }

  @Test
  void editsInIncludedFilesGoToThoseFiles() throws IOException {
    Path p =
        zone(
            "example.com.zone",
            """
            $ORIGIN example.com.
            @ 300 IN SOA ns1 hm 7 1 1 1 1
            @ 300 IN NS ns1
            ns1 300 IN A 192.0.2.1
            $INCLUDE web.inc web.example.com.
            """);
    Path inc =
        zone("web.inc", "@ 300 IN CNAME lb.example.net. ; load balancer\n  300 IN TXT \"x\"\n");
    String x = dir.resolve("x.zone").toString();
    assertEquals(
        2, MainTest.run("fix", "--provider", "powerdns", "--output", x, p.toString()).exit());
    MainTest.Run r = MainTest.run("fix", "--provider", "powerdns", "--write", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "@ 300 IN ALIAS lb.example.net. ; load balancer\n  300 IN TXT \"x\"\n",
        Files.readString(inc));
    assertTrue(Files.readString(p).contains("SOA ns1 hm 8 1 1 1 1"), Files.readString(p));
  }

  @Test
  void checkJsonCarriesTheFix() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    MainTest.Run r = MainTest.run("check", "--format", "json", p.toString());
    assertTrue(r.out().contains("\"strategy\" : \"retarget\""), r.out());
    assertTrue(r.out().contains("\"safety\" : \"safe\""), r.out());
    assertTrue(r.out().contains("\"strategy\" : \"https-alias\""), r.out());
    assertTrue(r.out().contains("\"replacement\" : \"host\""), r.out());
  }

  @Test
  void emitWritesTerraformForRoute53Aliases() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    Path out = dir.resolve("tf");
    MainTest.Run r =
        MainTest.run(
            "fix",
            "--provider",
            "route53",
            "--emit",
            "terraform",
            "--emit-dir",
            out.toString(),
            p.toString());
    assertEquals(0, r.exit(), r.err());
    String tf = Files.readString(out.resolve("example.com.aliases.tf"));
    assertTrue(tf.contains("resource \"aws_route53_record\" \"apex_a\""), tf);
    assertTrue(tf.contains("zone_id                = \"Z2FDTNDATAQYW2\""), tf);
    assertEquals(ZONE, Files.readString(p), "--emit alone leaves the zone as it is");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path p = zone("example.com.zone", ZONE);
    assertEquals(2, MainTest.run("fix", "--provider", "nope", p.toString()).exit());
    assertEquals(2, MainTest.run("fix", "--strategy", "nope", p.toString()).exit());
    assertEquals(
        2,
        MainTest.run("fix", "--write", "--output", dir.resolve("x").toString(), p.toString())
            .exit());
    assertEquals(2, MainTest.run("fix", dir.resolve("missing.zone").toString()).exit());
  }
}
