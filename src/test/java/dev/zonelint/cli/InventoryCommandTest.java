package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.report.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code zonelint inventory} end to end against golden files. The fixture zone has a name of every
 * kind and status; its register has every kind of mismatch (unlisted names, a stale row, a row
 * inside a delegation, a row of another zone, duplicates with the same and with conflicting
 * owners). Regenerate a golden file with the command in its test case and review the diff.
 */
class InventoryCommandTest {
  private static final String DIR = "src/test/resources/inventory/";
  private static final String ZONE = DIR + "example.com.zone";
  private static final String REGISTER = DIR + "register.csv";

  @TempDir Path tmp;

  private static String golden(String name) throws IOException {
    return Files.readString(Path.of(DIR, "golden", name), StandardCharsets.UTF_8)
        .replace("\"version\" : \"0.1.0\"", "\"version\" : \"" + Version.VALUE + "\"");
  }

  @ParameterizedTest(name = "--format {0}")
  @CsvSource({"text", "csv", "json", "markdown"})
  void everyFormatMatchesItsGoldenFile(String format) throws IOException {
    MainTest.Run r = MainTest.run("inventory", "--register", REGISTER, "--format", format, ZONE);
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertEquals(golden("inventory." + format), r.out());
  }

  @Test
  void providerChoosesTheWayOutOfACname() throws IOException {
    MainTest.Run r = MainTest.run("inventory", "--provider", "route53", "--format", "csv", ZONE);
    assertEquals(golden("inventory-route53.csv"), r.out());
  }

  @Test
  void planIsAUnifiedDiffThatOnlyAppends() throws IOException {
    MainTest.Run r = MainTest.run("inventory", "--plan", "--rua", "mailto:dmarc@example.com", ZONE);
    assertEquals(0, r.exit());
    assertEquals(golden("plan.diff"), r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(!line.startsWith("-") || line.startsWith("---"), "removes a line: " + line);
    }
  }

  @ParameterizedTest(name = "--emit terraform --provider {0}")
  // Under flatten-all a CNAME blocks nothing, so its names are planned too.
  @CsvSource({
    "route53",
    "cloudflare",
    "cloudflare-flatten-all",
    "azure",
    "google",
    "dnsimple",
    "ns1"
  })
  void planAsTerraformMatchesItsGoldenFile(String provider) throws IOException {
    MainTest.Run r =
        MainTest.run(
            "inventory",
            "--plan",
            "--emit",
            "terraform",
            "--provider",
            provider,
            "--rua",
            "mailto:dmarc@example.com",
            ZONE);
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertEquals(golden("plan-" + provider + ".tf"), r.out());
  }

  @Test
  void emitDirGetsOneFilePerZone() throws IOException {
    Path dir = tmp.resolve("tf");
    MainTest.Run r =
        MainTest.run(
            "inventory",
            "--plan",
            "--emit",
            "terraform",
            "--provider",
            "route53",
            "--rua",
            "mailto:dmarc@example.com",
            "--emit-dir",
            dir.toString(),
            ZONE);
    assertEquals(0, r.exit());
    assertEquals("", r.out());
    Path file = dir.resolve("example.com.hardening.tf");
    assertEquals("wrote " + file + "\n", r.err());
    assertEquals(golden("plan-route53.tf"), Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "--provider {0}")
  @CsvSource({"bind", "powerdns", "dnsmadeeasy", "gandi", "hetzner", "desec"})
  void terraformForAProviderWithoutResourcesIsAUsageError(String provider) {
    MainTest.Run r =
        MainTest.run("inventory", "--plan", "--emit", "terraform", "--provider", provider, ZONE);
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "zonelint: --emit terraform has no Terraform resources for --provider "
            + provider
            + "; use one of: route53, cloudflare, cloudflare-flatten-all, dnsimple, ns1, azure,"
            + " google\n",
        r.err());
  }

  @Test
  void emitOptionsGoTogether() {
    MainTest.Run noPlan =
        MainTest.run("inventory", "--emit", "terraform", "--provider", "route53", ZONE);
    assertEquals(2, noPlan.exit());
    assertEquals("zonelint: --emit goes with --plan\n", noPlan.err());
    MainTest.Run noEmit = MainTest.run("inventory", "--plan", "--emit-dir", tmp.toString(), ZONE);
    assertEquals(2, noEmit.exit());
    assertEquals("zonelint: --emit-dir goes with --emit\n", noEmit.err());
  }

  @Test
  void plannedZoneIsHardenedWhereTheZoneAloneCanBe() throws IOException {
    Path copy = tmp.resolve("example.com.zone");
    List<String> lines = Files.readAllLines(Path.of(ZONE));
    for (String l : golden("plan.diff").split("\n")) {
      if (l.startsWith("+") && !l.startsWith("+++")) {
        lines.add(l.substring(1));
      }
    }
    Files.write(copy, lines);
    MainTest.Run r = MainTest.run("inventory", "--format", "csv", copy.toString());
    // promo keeps its ~all: the plan only says to replace it.
    assertEquals(
        List.of("promo.example.com."),
        r.out().lines().filter(l -> l.contains(",missing,")).map(l -> l.split(",")[1]).toList());
    // Planning again adds no record, only the comment about promo's SPF record.
    assertEquals(
        List.of(),
        MainTest.run("inventory", "--plan", copy.toString())
            .out()
            .lines()
            .filter(l -> l.startsWith("+") && !l.startsWith("+++") && !l.startsWith("+;"))
            .filter(l -> !l.equals("+"))
            .toList());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, MainTest.run("inventory", "--provider", "nope", ZONE).exit());
    assertEquals(2, MainTest.run("inventory", "--rua", "dmarc@example.com", ZONE).exit());
    MainTest.Run missing = MainTest.run("inventory", "--register", DIR + "absent.csv", ZONE);
    assertEquals(2, missing.exit());
    assertEquals(
        "zonelint: cannot use --register '" + DIR + "absent.csv': no such file or not readable\n",
        missing.err());
    assertEquals(2, MainTest.run("inventory", DIR + "absent.zone").exit());
  }

  @Test
  void checkTakesTheRegisterToo() {
    MainTest.Run r =
        MainTest.run(
            "check", "--register", REGISTER, "--format", "json", "--fail-on", "info", ZONE);
    assertEquals(1, r.exit());
    assertEquals(3, r.out().split("\"not-in-register\"", -1).length - 1);
    assertEquals(1, r.out().split("\"stale-register-entry\"", -1).length - 1);
    assertEquals(2, r.out().split("\"duplicate-register-entry\"", -1).length - 1);
  }
}
