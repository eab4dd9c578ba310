package dev.zonelint.cli;

import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.RuleRegistry;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonelint explain ID}: the rule's documentation page. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show what a rule checks, why, and how to fix it.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A rule id, as listed by `zonelint rules`.")
  String id;

  @Override
  public Integer call() {
    Rule rule = RuleRegistry.builtIn().find(id.trim().toLowerCase(Locale.ROOT));
    if (rule == null) {
      spec.commandLine()
          .getErr()
          .println("zonelint: unknown rule '" + id + "' (see `zonelint rules`)");
      return ExitCode.USAGE;
    }
    RuleInfo info = rule.info();
    String doc = info.documentation();
    var out = spec.commandLine().getOut();
    out.println(doc != null ? doc.stripTrailing() : "# " + info.id() + "\n\n" + info.summary());
    out.println();
    out.println("Default severity: " + info.severity().label());
    if (!info.references().isEmpty()) {
      out.println("References: " + String.join(", ", info.references()));
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
