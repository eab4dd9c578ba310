package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** The fast RDATA path accepts only what dnsjava accepts, and encodes it to the same bytes. */
class FastRdataTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final int[] TYPES = {
    Type.A, Type.AAAA, Type.NS, Type.CNAME, Type.DNAME, Type.PTR, Type.MX, Type.SRV, Type.TXT
  };
  private static final String[] PIECES = {
    "192.0.2.1",
    "10.0.0.255",
    "256.1.1.1",
    "01.2.3.4",
    "1.2.3",
    "1.2.3.4.5",
    "2001:db8::1",
    "::ffff:192.0.2.1",
    "2001:db8:::1",
    "host",
    "host.example.net.",
    "a\\.b",
    "\\065bc",
    "@",
    "-",
    "0",
    "10",
    "65535",
    "65536",
    "-1",
    "x\\",
    "\\999",
    "\\#",
    "é",
    "\\\"",
    "*",
    "..",
    "a..b",
    "\\é"
  };

  /** Only inside quotes can a token hold these (the lexer splits words on them). */
  private static final String[] QUOTED_ONLY = {"a b", ";", "(x)"};

  @Test
  void agreesWithDnsjava() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              int type = TYPES[rnd.nextInt(TYPES.length)];
              List<Token> tokens = new ArrayList<>();
              int n = 1 + rnd.nextInt(4);
              for (int i = 0; i < n; i++) {
                boolean quoted = type == Type.TXT && rnd.nextBoolean();
                String piece =
                    quoted && rnd.nextInt(4) == 0
                        ? QUOTED_ONLY[rnd.nextInt(QUOTED_ONLY.length)]
                        : PIECES[rnd.nextInt(PIECES.length)];
                tokens.add(new Token(piece, quoted, 1, 1, 0));
              }
              byte[] fast = FastRdata.encode(type, tokens, ORIGIN);
              byte[] slow = viaDnsjava(type, tokens);
              if (fast != null) {
                assertArrayEquals(slow, fast, () -> Type.string(type) + " " + tokens);
              }
            });
  }

  @Test
  void leavesGenericDataToDnsjava() {
    assertNull(FastRdata.encode(Type.A, List.of(new Token("\\#", false, 1, 1, 0)), ORIGIN));
  }

  private static byte[] viaDnsjava(int type, List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      text.append(t.source()).append(' ');
    }
    try {
      Record r = RecordReader.dnsjava(ORIGIN, type, 1, 300, text.toString(), ORIGIN);
      return RecordReader.wireRdata(r);
    } catch (Exception e) {
      return null;
    }
  }
}
