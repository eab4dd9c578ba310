package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository of hundreds of zones: parallel, yet reported in one stable order. */
class ManyFilesTest {
  @TempDir Path dir;

  private static final int ZONES = 300;

  private void manyZones() throws IOException {
    for (int i = 0; i < ZONES; i++) {
      // Folders and names whose creation order differs from their sorted order.
      Path file = dir.resolve("r" + (i * 7 % 10)).resolve("z" + (i * 37 % ZONES) + ".zone");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          """
          $ORIGIN example.com.
          @ 300 SOA ns1 hm 1 7200 3600 1209600 300
          @ 300 NS ns1
          ns1 300 A 192.0.2.1
          @ 300 CNAME target.example.net.
          """);
    }
  }

  @Test
  void parallelRunsReportInSortedPathOrder() throws IOException {
    manyZones();
    MainTest.Run serial = MainTest.run("check", "-j", "1", dir.toString());
    MainTest.Run parallel = MainTest.run("check", "-j", "8", dir.toString());
    assertEquals(1, parallel.exit(), parallel.err());
    assertEquals(serial.out(), parallel.out());
    assertEquals(MainTest.run("check", "-j", "8", dir.toString()).out(), parallel.out());

    List<String> reported = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?m)^(\\S+\\.zone):5:1: error\\[cname-at-apex\\]").matcher(parallel.out());
    while (m.find()) {
      reported.add(m.group(1));
    }
    assertEquals(ZONES, reported.size());
    List<String> sorted = new ArrayList<>(reported);
    sorted.sort(null);
    assertEquals(sorted, reported);
  }

  @Test
  void noProgressBarForAQuickRunEvenOnATerminal() throws IOException {
    for (String name : List.of("a.zone", "b.zone", "c.zone")) {
      Files.writeString(dir.resolve(name), "$ORIGIN example.com.\n@ 300 CNAME x.example.net.\n");
    }
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"check", dir.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            false,
            true);
    assertEquals(1, code);
    assertEquals("", err.toString());
  }

  @Test
  void progressBarDrawsInPlaceAndErasesItself() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress bar = new Progress(new PrintWriter(err), 4, true, Duration.ZERO)) {
      bar.advance();
      Thread.sleep(300);
      assertTrue(
          err.toString().contains("\r[#######.......................] 1/4 zones"), err.toString());
    }
    assertTrue(err.toString().endsWith("\r"), err.toString());
    assertTrue(err.toString().matches("(?s).*\r +\r"), err.toString());
  }

  @Test
  void noProgressBarOffATerminal() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress bar = new Progress(new PrintWriter(err), 4, false, Duration.ZERO)) {
      bar.advance();
      Thread.sleep(200);
    }
    assertEquals("", err.toString());
  }
}
