package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every token's position agrees with its offset: the line is one more than the line breaks before
 * it (CR LF counting once), the column one more than the bytes since the last break that start a
 * UTF-8 character, and an unquoted word without escapes is exactly the bytes there. Input arrives a
 * few bytes per read, so runs of bytes cross the lexer's buffer refills everywhere.
 */
class LexerPositionsTest {
  private static final String[] PIECES = {
    "a",
    "www",
    "example.com.",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    ";",
    "; note\n",
    "(",
    ")",
    "\"",
    "\"quoted text\"",
    "\\",
    "\\.",
    "\\\\",
    "\\065",
    "é",
    "日本",
    "\u0000",
    "\u007f",
    "3600",
    "IN",
    "TXT",
    "v=spf1 -all",
    "0123456789abcdef"
  };

  @Test
  void tokenPositionsMatchTheirOffsets() {
    qt().withExamples(1000)
        .forAll(longs().all(), integers().between(1, 7))
        .checkAssert(
            (seed, chunk) -> {
              Random rnd = new Random(seed);
              StringBuilder text = new StringBuilder();
              for (int i = rnd.nextInt(60); i > 0; i--) {
                text.append(PIECES[rnd.nextInt(PIECES.length)]);
              }
              byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
              try {
                check(bytes, new Trickle(bytes, chunk));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void check(byte[] bytes, InputStream in) throws IOException {
    Lexer lexer = new Lexer(in);
    for (Entry entry = lexer.next(); entry != null; entry = lexer.next()) {
      for (Token token : entry.tokens()) {
        int at = (int) token.offset();
        String where = "token '" + token.text() + "' at offset " + at;
        assertEquals(lineAt(bytes, at), token.line(), where);
        assertEquals(columnAt(bytes, at), token.column(), where);
        if (token.quoted()) {
          assertEquals('"', bytes[at], where);
        } else if (token.text().indexOf('\\') < 0) {
          assertEquals(
              token.text(),
              new String(bytes, at, token.text().length(), StandardCharsets.ISO_8859_1),
              where);
        }
      }
    }
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static int columnAt(byte[] bytes, int offset) {
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  /** A stream that hands out at most {@code chunk} bytes per read. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, chunk));
    }
  }
}
