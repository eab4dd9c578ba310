package dev.zonelint.mail.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the MTA-STS and TLS-RPT grammars over generated records. */
class StsPropertiesTest {
  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private static String word(Random r, String alphabet, int min, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = min + r.nextInt(max - min + 1); i > 0; i--) {
      out.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static String sep(Random r) {
    return (r.nextInt(3) == 0 ? " " : "") + ";" + (r.nextBoolean() ? " " : "");
  }

  private static List<String> extensions(Random r) {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      // "x" first, so that an extension never takes the name of v, id or rua.
      out.add("x" + word(r, ALNUM + "_-.", 0, 31) + "=" + word(r, "abc!#:<>?~", 1, 8));
    }
    return out;
  }

  static String validMtaSts(Random r) {
    List<String> fields = extensions(r);
    fields.add(r.nextInt(fields.size() + 1), "id=" + word(r, ALNUM, 1, 32));
    return "v=STSv1" + sep(r) + String.join(sep(r), fields) + (r.nextBoolean() ? sep(r) : "");
  }

  static String validTlsRpt(Random r) {
    List<String> uris = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      uris.add(
          r.nextBoolean()
              ? "mailto:" + word(r, ALNUM, 1, 8) + "@" + word(r, ALNUM, 1, 8) + ".example"
              : "https://" + word(r, ALNUM, 1, 8) + ".example/" + word(r, ALNUM, 0, 8));
    }
    List<String> fields = extensions(r);
    fields.add("rua=" + String.join(r.nextBoolean() ? "," : " , ", uris));
    Collections.shuffle(fields, r);
    return "v=TLSRPTv1" + sep(r) + String.join(sep(r), fields);
  }

  @Test
  void generatedValidRecordsParseClean() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String sts = validMtaSts(r);
              assertEquals(List.of(), MtaStsRecord.parse(sts).issues(), sts);
              assertTrue(MtaStsRecord.isMtaSts(sts), sts);
              String rpt = validTlsRpt(r);
              assertEquals(List.of(), TlsRptRecord.parse(rpt).issues(), rpt);
              assertTrue(TlsRptRecord.isTlsRpt(rpt), rpt);
            });
  }

  @Test
  void mutatedRecordsNeverThrowAndPointInside() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              for (String text : List.of(mutate(r, validMtaSts(r)), mutate(r, validTlsRpt(r)))) {
                List<StsIssue> issues = new ArrayList<>(MtaStsRecord.parse(text).issues());
                issues.addAll(TlsRptRecord.parse(text).issues());
                MtaStsRecord.isMtaSts(text);
                TlsRptRecord.isTlsRpt(text);
                for (StsIssue i : issues) {
                  assertTrue(i.column() >= 1 && i.column() <= text.length() + 1, text + " " + i);
                  assertFalse(i.message().isBlank() || i.message().endsWith("."), i.message());
                }
              }
            });
  }

  private static final String NOISE = ";=, :\t/@.-_\u00e9\u0000v";

  private static String mutate(Random r, String text) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      int at = r.nextInt(s.length());
      char c = r.nextBoolean() ? NOISE.charAt(r.nextInt(NOISE.length())) : (char) r.nextInt(256);
      if (r.nextBoolean()) {
        s.insert(at, c);
      } else {
        s.setCharAt(at, c);
      }
    }
    return s.toString();
  }
}
