package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zonelint.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Record;

/** Properties of the parser over generated input. */
class ParserPropertiesTest {

  /** Rendering generated records to master-file text and parsing it gives the same records. */
  @Test
  void generatedZonesRoundTrip() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ZoneTextGenerator.Generated g = ZoneTextGenerator.generate(seed);
              ParseResult parsed =
                  ParserFixture.parse(g.text().getBytes(StandardCharsets.UTF_8), "example.com.");
              assertEquals(List.of(), parsed.diagnostics(), () -> "seed " + seed + "\n" + g.text());
              assertEquals(canonical(g.records()), canonical(parsed), () -> g.text());
            });
  }

  /** Any bytes at all end in diagnostics, never an exception, and every position is sane. */
  @Test
  void arbitraryBytesNeverThrow() {
    qt().withExamples(2000)
        .forAll(arrays().ofIntegers(integers().between(0, 255)).withLengthBetween(0, 400))
        .checkAssert(
            ints -> {
              byte[] bytes = new byte[ints.length];
              for (int i = 0; i < ints.length; i++) {
                bytes[i] = (byte) (int) ints[i];
              }
              ParseResult r = ParserFixture.parse(bytes, "example.com.");
              for (Diagnostic d : r.diagnostics()) {
                assertEquals(true, d.location().line() >= 1 && d.location().column() >= 1);
              }
            });
  }

  private static List<String> canonical(List<Record> records) {
    List<String> out = new ArrayList<>();
    for (Record r : records) {
      out.add(r.getName() + " " + r.getTTL() + " " + r.getType() + " " + r.rdataToString());
    }
    out.sort(null);
    return out;
  }

  private static List<String> canonical(ParseResult parsed) {
    List<Record> records = new ArrayList<>();
    parsed.zone().records().forEach(z -> records.add(z.toDns()));
    return canonical(records);
  }
}
