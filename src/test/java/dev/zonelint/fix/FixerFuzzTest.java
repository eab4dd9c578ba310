package dev.zonelint.fix;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.zonelint.provider.Provider;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the fixer: any zone text, any provider and strategy, the fixer never
 * throws and its invariants hold (see {@link FixHarness}). A normal test run replays the seeds in
 * src/test/resources/dev/zonelint/fix/FixerFuzzTestInputs/; {@code make fuzz} fuzzes.
 */
class FixerFuzzTest {
  private static final Path FILE = Path.of("fuzz.zone");
  private static final List<Provider> PROVIDERS = List.of(Provider.values());
  private static final List<Strategy> STRATEGIES = List.of(Strategy.values());

  @FuzzTest(maxDuration = "30m")
  void fixAnything(FuzzedDataProvider data) {
    Provider provider = data.pickValue(PROVIDERS);
    int strategy = data.consumeInt(-1, STRATEGIES.size() - 1);
    boolean unsafe = data.consumeBoolean();
    byte[] zone = data.consumeRemainingAsBytes();
    FixOptions options =
        new FixOptions(provider, strategy < 0 ? null : STRATEGIES.get(strategy), unsafe);
    FixHarness.fixAndCheck(zone, FILE, options);
  }
}
