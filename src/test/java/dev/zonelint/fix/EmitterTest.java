package dev.zonelint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.provider.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files of {@code --emit}: for each provider that keeps aliases outside the zone file and
 * each format, src/test/resources/dev/zonelint/fix/emit/PROVIDER.FORMAT holds the expected text.
 * Run with {@code -Dzonelint.fix.update=true} to rewrite them for review.
 */
class EmitterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/zonelint/fix/emit");

  private static final String ZONE =
      """
      $ORIGIN example.com.
      $TTL 300
      @     IN SOA ns1 hostmaster 1 7200 3600 1209600 300
      @     IN NS  ns1
      @     IN CNAME d111111abcdef8.cloudfront.net.
      ns1   IN A   192.0.2.1
      shop  600 IN CNAME dualstack.shop-lb.example.net.
      shop  IN TXT "v=spf1 -all"
      """;

  @TestFactory
  Stream<DynamicTest> golden() {
    List<Provider> providers = List.of(Provider.ROUTE53, Provider.AZURE, Provider.CLOUDFLARE);
    return providers.stream()
        .flatMap(
            p ->
                Stream.of(Emitter.Format.values())
                    .map(f -> DynamicTest.dynamicTest(p.id() + " " + f, () -> check(p, f))));
  }

  private static void check(Provider provider, Emitter.Format format) throws IOException {
    // Cloudflare flattens a CNAME at the apex by itself; only the CNAME beside TXT needs a setting.
    String zone =
        provider == Provider.CLOUDFLARE
            ? ZONE.replace("@     IN CNAME d111111abcdef8.cloudfront.net.\n", "")
            : ZONE;
    ZoneFix fix =
        ZoneFix.of(
            zone.getBytes(StandardCharsets.UTF_8),
            Path.of("example.com.zone"),
            FixHarness.parseOptions(Path.of("example.com.zone")),
            new FixOptions(provider, null, false));
    List<AliasIntent> intents = Emitter.intents(fix.zone(), fix.diagnostics(), provider);
    String text = Emitter.render(format, provider, FixHarness.ORIGIN, intents).orElse("");
    Path golden =
        GOLDEN.resolve(provider.id() + "." + format.name().toLowerCase(java.util.Locale.ROOT));
    if (Boolean.getBoolean("zonelint.fix.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text);
    }
    assertEquals(Files.readString(golden), text, golden.toString());
  }
}
