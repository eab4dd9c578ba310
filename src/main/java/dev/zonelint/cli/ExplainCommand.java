package dev.zonelint.cli;

import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.RuleRegistry;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint explain ID}: the rule's documentation page. */
final class ExplainCommand implements Callable<Integer> {
  private CommandSpec spec;
  String id;

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec = Specs.command(this, "explain", "Show what a rule checks, why, and how to fix it.");
    spec.addPositional(
        Specs.positional(String.class, () -> id, v -> id = v)
            .required(true)
            .paramLabel("ID")
            .description("A rule id, as listed by `zonelint rules`.")
            .build());
    return spec;
  }

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
