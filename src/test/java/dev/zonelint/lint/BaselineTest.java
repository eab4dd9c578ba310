package dev.zonelint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.OriginSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final UnaryOperator<String> SAME = UnaryOperator.identity();

  @TempDir Path dir;

  private static Diagnostic finding(String owner, int line) {
    return new Diagnostic(
        "dangling-cname",
        Severity.WARNING,
        new Location("zones/a.zone", line, 1),
        owner,
        "CNAME",
        owner + " points at nothing",
        "",
        List.of());
  }

  private static List<FileReport> report(Diagnostic... ds) {
    return List.of(new FileReport("zones/a.zone", "a.", OriginSource.OPTION, 3, List.of(ds)));
  }

  @Test
  void acceptedFindingsStayAcceptedWhenLinesMove() throws IOException {
    Path file = dir.resolve("baseline.json");
    assertEquals(2, Baseline.write(file, report(finding("x.a.", 5), finding("y.a.", 6)), SAME));
    Baseline b = Baseline.read(file);
    List<FileReport> fresh =
        b.newFindings(report(finding("y.a.", 16), finding("z.a.", 17), finding("x.a.", 15)), SAME);
    assertEquals(List.of(finding("z.a.", 17)), fresh.get(0).diagnostics());
    assertEquals(0, b.gone());
  }

  @Test
  void aRepeatBeyondTheAcceptedCountIsNew() throws IOException {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, report(finding("x.a.", 5)), SAME);
    Baseline b = Baseline.read(file);
    List<FileReport> fresh = b.newFindings(report(finding("x.a.", 5), finding("x.a.", 9)), SAME);
    assertEquals(List.of(finding("x.a.", 9)), fresh.get(0).diagnostics());
  }

  @Test
  void fixedFindingsAreCounted() throws IOException {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, report(finding("x.a.", 5), finding("y.a.", 6)), SAME);
    Baseline b = Baseline.read(file);
    b.newFindings(report(finding("x.a.", 5)), SAME);
    assertEquals(1, b.gone());
  }

  @Test
  void theFileIsReadableAndSorted() throws IOException {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, report(finding("x.a.", 5), finding("x.a.", 8)), SAME);
    String text = Files.readString(file);
    assertTrue(text.contains("\"count\" : 2"), text);
    assertTrue(text.contains("\"message\" : \"x.a. points at nothing\""), text);
    assertTrue(!text.contains("\"line\""), "no line numbers: " + text);
  }

  @Test
  void garbageIsAnIoError() throws IOException {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, "[1, 2]");
    assertThrows(IOException.class, () -> Baseline.read(file));
    Files.writeString(file, "{\"findings\": [{\"rule\": \"x\"}]}");
    assertThrows(IOException.class, () -> Baseline.read(file));
  }
}
