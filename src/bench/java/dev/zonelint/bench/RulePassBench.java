package dev.zonelint.bench;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Every built-in rule over a parsed zone, on one thread (no slicing). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulePassBench {
  @Param("10000")
  int hosts;

  Zone zone;
  Checker checker;

  @Setup
  public void setUp() throws IOException {
    Path file = Path.of("example.com.zone");
    zone =
        ZoneParser.parse(
                new ByteArrayInputStream(BenchZones.zone(hosts)),
                file,
                ParseOptions.defaults(file, null))
            .zone();
    checker = new Checker(RuleRegistry.builtIn().rules(), CheckOptions.DEFAULTS);
  }

  @Benchmark
  public List<Diagnostic> check() {
    return checker.check(zone);
  }
}
