package dev.zonelint.fix;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zonelint.provider.Provider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fixer's invariants (see {@link FixHarness}) on generated zones full of conflicts, for every
 * provider and strategy, safe only and unsafe.
 */
class FixerPropertiesTest {
  private static final Path FILE = Path.of("generated.zone");
  private static final List<Provider> PROVIDERS = List.of(Provider.values());
  private static final List<Strategy> STRATEGIES = List.of(Strategy.values());

  @Test
  void invariantsHoldOnGeneratedZones() {
    AtomicInteger fixed = new AtomicInteger();
    qt().withExamples(400)
        .forAll(
            longs().all(),
            integers().between(0, Provider.values().length - 1),
            integers().between(-1, Strategy.values().length - 1),
            integers().between(0, 1))
        .checkAssert(
            (seed, provider, strategy, unsafe) -> {
              FixOptions options =
                  new FixOptions(
                      PROVIDERS.get(provider),
                      strategy < 0 ? null : STRATEGIES.get(strategy),
                      unsafe == 1);
              String zone = ConflictZoneGenerator.generate(seed);
              byte[] before = zone.getBytes(StandardCharsets.ISO_8859_1);
              if (!Arrays.equals(before, FixHarness.fixAndCheck(before, FILE, options))) {
                fixed.incrementAndGet();
              }
            });
    // The generator must give the fixer work, or the property says nothing.
    assertTrue(fixed.get() > 100, "zones changed: " + fixed.get());
  }
}
