package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --named-conf} and {@code --nsd-conf} on the fixtures, end to end. */
class ServerConfCheckTest {
  @TempDir Path dir;

  private static String fixture(String name) throws Exception {
    return Path.of(ServerConfCheckTest.class.getResource("/dev/zonelint/server/" + name).toURI())
        .toString();
  }

  @Test
  void namedConfChecksEveryPrimaryWithItsOrigin() throws Exception {
    Run r = MainTest.run("check", "--named-conf", fixture("bind/named.conf"));
    assertEquals(1, r.exit(), r.out() + r.err());
    // Only the external view's apex CNAME is wrong; the $INCLUDE below `directory` is read.
    assertTrue(r.out().contains("external/example.com.zone:7:1: error[cname-at-apex]"), r.out());
    assertTrue(
        r.out().endsWith("1 problem (1 error, 0 warnings, 0 info) in 3 files, 18 records\n"),
        r.out());
  }

  @Test
  void nsdConfChecksEveryPrimary() throws Exception {
    Run r = MainTest.run("check", "--nsd-conf", fixture("nsd/nsd.conf"));
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("in 2 files, 12 records"), r.out());
  }

  @Test
  void brokenConfIsAUsageErrorWithItsLine() throws Exception {
    Path conf = dir.resolve("named.conf");
    Files.writeString(conf, "options {\n  directory \"z\"\n};\n");
    Run r = MainTest.run("check", "--named-conf", conf.toString());
    assertEquals(2, r.exit());
    assertEquals("zonelint: " + conf.toAbsolutePath() + ":3: missing ';' before '}'\n", r.err());
  }

  @Test
  void oneSourceOfZonesAtATime() throws Exception {
    Run r = MainTest.run("check", "--named-conf", fixture("bind/named.conf"), "--staged");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("give one of them and no FILE|DIR"), r.err());
  }
}
