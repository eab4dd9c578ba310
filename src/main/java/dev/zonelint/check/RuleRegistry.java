package dev.zonelint.check;

import dev.zonelint.check.rules.alias.AliasRules;
import dev.zonelint.check.rules.dnssec.DnssecRules;
import dev.zonelint.check.rules.history.HistoryRules;
import dev.zonelint.check.rules.mail.MailAuthRules;
import dev.zonelint.check.rules.mail.SpfRules;
import dev.zonelint.check.rules.parsing.ParsingRules;
import dev.zonelint.check.rules.provider.ProviderRules;
import dev.zonelint.check.rules.records.RecordRules;
import dev.zonelint.check.rules.register.RegisterRules;
import dev.zonelint.check.rules.structure.StructureRules;
import dev.zonelint.check.rules.targets.TargetRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every built-in rule, listed explicitly (no class-path scanning: it would slow start-up). */
public final class RuleRegistry {
  private final List<Rule> rules;
  private final Map<String, Rule> byId = new LinkedHashMap<>();

  private RuleRegistry(List<Rule> rules) {
    this.rules = Collections.unmodifiableList(rules);
    for (Rule r : rules) {
      byId.put(r.info().id(), r);
    }
  }

  /** The built-in rules in catalogue order. */
  public static RuleRegistry builtIn() {
    List<Rule> all = new ArrayList<>();
    all.addAll(ParsingRules.all());
    all.addAll(StructureRules.all());
    all.addAll(AliasRules.all());
    all.addAll(TargetRules.all());
    all.addAll(SpfRules.all());
    all.addAll(MailAuthRules.all());
    all.addAll(RecordRules.all());
    all.addAll(ProviderRules.all());
    all.addAll(HistoryRules.all());
    all.addAll(RegisterRules.all());
    all.addAll(DnssecRules.all());
    return new RuleRegistry(all);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The rule with this id, or null. */
  public Rule find(String id) {
    return byId.get(id);
  }
}
