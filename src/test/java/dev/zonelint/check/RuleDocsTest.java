package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.provider.Provider;
import dev.zonelint.register.Register;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

/**
 * Docs are tests (ESLint's check-rule-examples): each page's Example, appended to the standard
 * apex, must make its rule fire with lower-case messages and a help text, and its Use instead block
 * must give no diagnostic from any rule. A block fenced {@code ```zone provider=NAME} runs under
 * that provider profile.
 */
class RuleDocsTest {
  private static final Pattern BLOCK =
      Pattern.compile(
          "## (Example|Use instead)\\n+```zone(?: provider=([a-z0-9-]+))?\\n(.*?)```"
              + "(?:\\n+```csv\\n(.*?)```)?",
          Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> examplesBehaveAsDocumented() {
    List<Rule> all = RuleRegistry.builtIn().rules();
    return all.stream()
        .filter(r -> r.info().documentation() != null)
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.info().id(),
                    () -> {
                      Matcher m = BLOCK.matcher(r.info().documentation());
                      int blocks = 0;
                      while (m.find()) {
                        blocks++;
                        // A block that sets its own $ORIGIN is a whole zone (e.g. for
                        // missing-soa); any other block is records under the standard apex.
                        String zone =
                            m.group(3).startsWith("$ORIGIN")
                                ? m.group(3)
                                : RuleTester.APEX + m.group(3);
                        // A provider rule's blocks name the profile they run under.
                        Provider provider =
                            m.group(2) == null ? Provider.BIND : Provider.byId(m.group(2));
                        // A csv block after the zone is the service register of the register rules.
                        Register register =
                            m.group(4) == null ? null : Register.parse(m.group(4), "register.csv");
                        List<Diagnostic> found = runAll(all, r, zone, provider, register);
                        boolean fires =
                            found.stream().anyMatch(d -> d.rule().equals(r.info().id()));
                        if (m.group(1).equals("Example")) {
                          assertTrue(fires, r.info().id() + " example does not fire: " + found);
                          for (Diagnostic d : found) {
                            String firstWord = d.message().split("[^A-Za-z0-9-]", 2)[0];
                            assertTrue(
                                firstWord.isEmpty()
                                    || !Character.isUpperCase(firstWord.charAt(0))
                                    || firstWord.equals(firstWord.toUpperCase(Locale.ROOT)),
                                "message starts with a capital (acronyms aside): " + d.message());
                            boolean parser = r.info().category() == Category.PARSING;
                            assertTrue(parser || !d.help().isBlank(), "no help: " + d.message());
                          }
                        } else {
                          assertTrue(
                              found.isEmpty(), r.info().id() + " good example gives " + found);
                        }
                      }
                      assertTrue(
                          blocks == 2, r.info().id() + " needs an Example and a Use instead");
                    }));
  }

  /**
   * Runs every rule under the provider; if the documented rule is a {@link VersionRule}, it
   * compares the block with the standard apex as the previous version.
   */
  private static List<Diagnostic> runAll(
      List<Rule> rules, Rule documented, String zone, Provider provider, Register register) {
    CheckOptions options =
        new CheckOptions(
                CheckOptions.DEFAULTS.maxCnameChain(), CheckOptions.DEFAULTS.spfKnown(), provider)
            .withRegister(register);
    List<Diagnostic> out = new java.util.ArrayList<>();
    for (Rule rule : rules) {
      String previous = rule == documented && rule instanceof VersionRule ? RuleTester.APEX : null;
      for (Diagnostic d :
          RuleTester.run(rule, Name.fromConstantString("example.com."), options, zone, previous)) {
        if (!out.contains(d)) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
