package dev.zonelint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.provider.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before/after pairs per strategy and provider (src/test/resources/dev/zonelint/fix/CASE/): the
 * fixer turns {@code before.zone} (and any included {@code NAME.zone}) into {@code after.zone} (and
 * {@code NAME.after.zone}) byte for byte, under the options in {@code options} ({@code provider=ID
 * strategy=ID unsafe=true}); every invariant holds on each case. Run with {@code
 * -Dzonelint.fix.update=true} to write the after files for review.
 */
class FixCasesTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> cases() throws IOException, URISyntaxException {
    Path root = Path.of(FixCasesTest.class.getResource("").toURI());
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> list = Files.list(root)) {
      list.filter(d -> Files.exists(d.resolve("before.zone"))).sorted().forEach(dirs::add);
    }
    assertTrue(dirs.size() >= 15, "fix cases found: " + dirs);
    return dirs.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
  }

  private void run(Path caseDir) throws IOException {
    Path work = Files.createDirectories(temp.resolve(caseDir.getFileName().toString()));
    try (Stream<Path> files = Files.list(caseDir)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().contains("after")) {
          Files.copy(f, work.resolve(f.getFileName()));
        }
      }
    }
    FixOptions options = options(Files.readString(caseDir.resolve("options")));
    Path zone = work.resolve("before.zone");
    ZoneFix fix = ZoneFix.of(zone, FixHarness.parseOptions(zone), options);
    Map<Integer, byte[]> changed = fix.apply(null);
    boolean update = Boolean.getBoolean("zonelint.fix.update");
    Path source = Path.of("src/test/resources/dev/zonelint/fix").resolve(caseDir.getFileName());
    for (int i = 0; i < fix.zone().files().size(); i++) {
      Path file = Path.of(fix.zone().files().get(i));
      byte[] after = changed.getOrDefault(i, Files.readAllBytes(file));
      String name = file.getFileName().toString();
      String expectedName =
          name.equals("before.zone") ? "after.zone" : name.replace(".zone", ".after.zone");
      if (update) {
        Files.write(source.resolve(expectedName), after);
      } else {
        assertEquals(
            Files.readString(caseDir.resolve(expectedName)),
            FixHarness.latin1(after),
            name + " of " + caseDir.getFileName());
      }
      Files.write(file, after);
    }
    if (fix.zone().files().size() == 1) {
      FixHarness.fixAndCheck(Files.readAllBytes(caseDir.resolve("before.zone")), zone, options);
    } else {
      // Fixed files are on disk now: fixing them again changes nothing.
      ZoneFix again = ZoneFix.of(zone, FixHarness.parseOptions(zone), options);
      assertEquals(Map.of(), again.apply(null), "second fix of " + caseDir.getFileName());
    }
  }

  static FixOptions options(String text) {
    Map<String, String> kv = new HashMap<>();
    for (String pair : text.trim().split("\\s+")) {
      String[] p = pair.split("=", 2);
      kv.put(p[0], p[1]);
    }
    String strategy = kv.get("strategy");
    return new FixOptions(
        Provider.byId(kv.getOrDefault("provider", "bind")),
        strategy == null ? null : Strategy.byId(strategy),
        Boolean.parseBoolean(kv.get("unsafe")));
  }
}
