package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zone files written by anyone (CI on pull requests): every input ends in a verdict with
 * diagnostics at the right place, never a stack trace or exit 2, and never reads files outside the
 * include root.
 */
class HostileInputTest {
  @TempDir Path dir;

  private static final String APEX =
      "$TTL 300\n@ SOA ns1 hm 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n";

  private MainTest.Run check(Path file, String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "check";
    args[1] = "--origin";
    args[2] = "example.com.";
    args[3] = "--format=json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    args[args.length - 1] = file.toString();
    MainTest.Run r = MainTest.run(args);
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertTrue(r.exit() == 0 || r.exit() == 1, "exit " + r.exit() + ": " + r.err());
    return r;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void emptyFileAndOnlyComments() throws IOException {
    MainTest.Run empty = check(write("empty.zone", new byte[0]));
    assertTrue(empty.out().contains("\"rule\" : \"missing-soa\""), empty.out());
    assertTrue(empty.out().contains("\"line\" : 1"), empty.out());
    MainTest.Run comments =
        check(write("c.zone", "; nothing\n;; here\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(comments.out().contains("\"rule\" : \"missing-soa\""), comments.out());
  }

  @Test
  void binaryNulAndInvalidUtf8() throws IOException {
    byte[] bytes = (APEX + "bad\u0000name A 192.0.2.9\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = {
      (byte) 0xC3, (byte) 0x28, ' ', 'A', ' ', '1', '\n', (byte) 0xFF, (byte) 0xFE, '\n'
    };
    byte[] all = new byte[bytes.length + tail.length];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(tail, 0, all, bytes.length, tail.length);
    MainTest.Run r = check(write("bin.zone", all));
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("\"line\" : 6"), r.out());
  }

  @Test
  void fiftyMegabyteLine() throws IOException {
    Path p = dir.resolve("long.zone");
    try (OutputStream out = Files.newOutputStream(p)) {
      out.write(APEX.getBytes(StandardCharsets.UTF_8));
      out.write("t TXT ".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write('\n');
    }
    MainTest.Run r = check(p);
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("\"rule\" : \"syntax\""), r.out());
    assertTrue(r.out().length() < 100_000, "the message must not echo the line");
  }

  @Test
  void hundredThousandUnclosedParentheses() throws IOException {
    String text = APEX + "p TXT " + "(".repeat(100_000) + " \"x\"\n";
    MainTest.Run r = check(write("paren.zone", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("never closed"), r.out());
    assertTrue(r.out().contains("\"column\" : 7"), r.out());
  }

  @Test
  void crAndCrlfLineEndsAndBom() throws IOException {
    String text = "\uFEFF" + APEX.replace("\n", "\r") + "bad A 192.0.2.999\r";
    MainTest.Run r = check(write("cr.zone", text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(r.out().contains("\"line\" : 5"), r.out());
    assertTrue(r.out().contains("\"column\" : 7"), r.out());
  }

  @Test
  void includesOutsideTheRootAreRefusedWithoutEchoingThem() throws IOException {
    Path secret = Files.createTempFile("zonelint-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT A 192.0.2.1\n");
    Path zones = Files.createDirectories(dir.resolve("zones"));
    Files.writeString(dir.resolve("outside.inc"), "o A 192.0.2.2\n");
    Files.createSymbolicLink(zones.resolve("link.inc"), secret);
    Path zone = zones.resolve("z.zone");
    Files.writeString(
        zone, APEX + "$INCLUDE " + secret + "\n$INCLUDE ../outside.inc\n$INCLUDE link.inc\n");
    MainTest.Run r = check(zone);
    assertEquals(1, r.exit());
    assertEquals(3, r.out().split("\"rule\" : \"include\"", -1).length - 1, r.out());
    assertFalse(r.out().contains("TOP-SECRET"), r.out());
    MainTest.Run allowed = check(zone, "--include-root=" + dir);
    assertEquals(2, allowed.out().split("\"rule\" : \"include\"", -1).length - 1, allowed.out());
    Files.delete(secret);
  }

  @Test
  void generateAboveTheLimitIsRefusedBeforeAnyWork() throws IOException {
    String text = APEX + "$GENERATE 1-4000000000 h$ A 192.0.2.1\n";
    MainTest.Run r = check(write("gen.zone", text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(r.out().contains("\"rule\" : \"generate\""), r.out());
    assertTrue(r.out().contains("\"records\" : 3"), r.out());
  }

  @Test
  void findingsOfOneRuleAreCappedPerFile() throws IOException {
    StringBuilder text = new StringBuilder(APEX);
    for (int i = 0; i < 1500; i++) {
      text.append("h").append(i).append(" A 192.0.2.999\n");
    }
    MainTest.Run r =
        check(
            write("many.zone", text.toString().getBytes(StandardCharsets.UTF_8)),
            "--max-diagnostics=1000");
    assertEquals(1001, r.out().split("\"rule\" : \"syntax\"", -1).length - 1);
    assertTrue(
        r.out().contains("500 more syntax findings in this file are not shown"),
        r.out().substring(r.out().length() - 3000));
  }

  /** With nothing shown the findings are still counted, and a hidden error still fails. */
  @Test
  void aCapOfZeroCountsEveryFindingAndKeepsTheExitCode() throws IOException {
    MainTest.Run r =
        check(
            write(
                "two.zone",
                (APEX + "a A 192.0.2.999\nb A 192.0.2.998\n").getBytes(StandardCharsets.UTF_8)),
            "--max-diagnostics=0");
    assertEquals(1, r.exit(), r.out());
    assertEquals(1, r.out().split("\"rule\" : \"syntax\"", -1).length - 1, r.out());
    assertTrue(r.out().contains("2 more syntax findings in this file are not shown"), r.out());
    assertTrue(r.out().contains("\"severity\" : \"error\""), r.out());
  }

  @Test
  void recordLimit() throws IOException {
    MainTest.Run r =
        check(
            write("lim.zone", (APEX + "a A 192.0.2.3\n").getBytes(StandardCharsets.UTF_8)),
            "--max-records=3");
    assertTrue(r.out().contains("more than 3 records"), r.out());
  }
}
