package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A node rule's triggers (its types, pseudo-records) only skip names where it would find nothing:
 * on every bundled sample and fixer fixture, under every provider profile, the checker finds
 * exactly what it finds when every rule is called at every name.
 */
class TriggerSoundnessTest {

  @Test
  void triggersNeverHideAFinding() throws IOException {
    List<Rule> triggered = RuleRegistry.builtIn().rules();
    List<Rule> everywhere = new ArrayList<>();
    for (Rule rule : triggered) {
      everywhere.add(rule instanceof NodeRule nodeRule ? new EveryNode(nodeRule) : rule);
    }
    int findings = 0;
    for (Path file : zoneFiles()) {
      Zone zone = ZoneParser.parse(file, ParseOptions.defaults(file, null)).zone();
      for (Provider provider : Provider.values()) {
        CheckOptions options = new CheckOptions(8, CheckOptions.DEFAULTS.spfKnown(), provider);
        List<String> expected = render(new Checker(everywhere, options).check(zone, 1));
        assertEquals(
            expected,
            render(new Checker(triggered, options).check(zone, 1)),
            file + " with " + provider);
        findings += expected.size();
      }
    }
    assertTrue(findings > 1000, "the fixtures should give many findings: " + findings);
  }

  private static List<Path> zoneFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("zones-samples", "src/test/resources/dev/zonelint/fix")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".zone")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<String> render(List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    return sorted.stream().map(d -> d.location() + " " + d.rule() + " " + d.message()).toList();
  }

  /** A node rule called at every name. */
  private record EveryNode(NodeRule rule) implements NodeRule {
    @Override
    public RuleInfo info() {
      return rule.info();
    }

    @Override
    public void check(Node node, RuleContext context) {
      rule.check(node, context);
    }
  }
}
