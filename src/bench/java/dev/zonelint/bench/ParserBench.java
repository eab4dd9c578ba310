package dev.zonelint.bench;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
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

/** Parsing a zone into the tree: lexer, RDATA encoding, canonical sort and linking. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBench {
  @Param("10000")
  int hosts;

  byte[] zone;
  ParseOptions options;

  @Setup
  public void setUp() {
    zone = BenchZones.zone(hosts);
    options = ParseOptions.defaults(Path.of("example.com.zone"), null);
  }

  @Benchmark
  public ParseResult parse() throws IOException {
    return ZoneParser.parse(
        new ByteArrayInputStream(zone), Path.of("example.com.zone"), options);
  }
}
