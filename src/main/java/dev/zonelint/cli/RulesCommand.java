package dev.zonelint.cli;

import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint rules}: every rule with its id, default severity, section and summary. */
final class RulesCommand implements Callable<Integer> {
  private CommandSpec spec;
  String format = "text";

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec = Specs.command(this, "rules", "List every rule.");
    spec.addOption(
        Specs.option(String.class, () -> format, v -> format = v, "--format")
            .paramLabel("FORMAT")
            .description("text (default) or markdown (a table for documentation).")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = RuleRegistry.builtIn().rules();
    if (format.equalsIgnoreCase("markdown")) {
      markdown(rules, out);
      return ExitCode.CLEAN;
    }
    if (!format.equalsIgnoreCase("text")) {
      spec.commandLine().getErr().println("zonelint: --format takes text or markdown");
      return ExitCode.USAGE;
    }
    int width = 0;
    for (Rule r : rules) {
      width = Math.max(width, r.info().id().length());
    }
    String category = "";
    for (Rule r : rules) {
      RuleInfo info = r.info();
      if (!info.category().title().equals(category)) {
        category = info.category().title();
        out.println();
        out.println(category);
      }
      out.printf(
          "  %-" + width + "s  %-7s  %s%n", info.id(), info.severity().label(), info.summary());
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  private static void markdown(List<Rule> rules, PrintWriter out) {
    out.println("| id | section | default | what | references |");
    out.println("|---|---|---|---|---|");
    for (Rule r : rules) {
      RuleInfo info = r.info();
      out.printf(
          "| `%s` | %s | %s | %s | %s |%n",
          info.id(),
          info.category().title(),
          info.severity().label(),
          info.summary(),
          String.join(", ", info.references()));
    }
    out.flush();
  }
}
