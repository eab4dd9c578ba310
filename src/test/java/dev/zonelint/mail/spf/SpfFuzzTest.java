package dev.zonelint.mail.spf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the SPF parser: any text ends in a record with errors, never an
 * exception, and every column points at its term. In a normal test run this replays the committed
 * seeds (src/test/resources/dev/zonelint/mail/spf/SpfFuzzTestInputs/parseRecord/).
 */
class SpfFuzzTest {

  @FuzzTest(maxDuration = "30m")
  void parseRecord(byte[] input) {
    String raw = new String(input, StandardCharsets.ISO_8859_1);
    check(raw);
    check("v=spf1 " + raw);
  }

  private static void check(String text) {
    SpfRecord r = SpfParser.parse(text);
    for (SpfError e : r.errors()) {
      assertTrue(text.startsWith(e.term(), e.column()), e.toString());
    }
    for (Term t : r.terms()) {
      assertTrue(text.startsWith(t.text(), t.column()), t.toString());
    }
    r.lookupTerms();
  }
}
