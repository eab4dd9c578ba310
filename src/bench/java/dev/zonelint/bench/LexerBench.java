package dev.zonelint.bench;

import dev.zonelint.parse.Lexer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/** Tokenising a zone: the byte-level lexer alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LexerBench {
  @Param("10000")
  int hosts;

  byte[] zone;

  @Setup
  public void setUp() {
    zone = BenchZones.zone(hosts);
  }

  @Benchmark
  public int lex() throws IOException {
    Lexer lexer = new Lexer(new ByteArrayInputStream(zone));
    int entries = 0;
    while (lexer.next() != null) {
      entries++;
    }
    return entries;
  }
}
