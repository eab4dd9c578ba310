package dev.zonelint.check;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xbill.DNS.Name;

/** What a rule sees of the run: the zone, the options, and a way to report findings. */
public final class RuleContext {
  private final Zone zone;
  private final CheckOptions options;
  private final RuleInfo rule;
  private final Consumer<Diagnostic> sink;
  private final TargetMemo targets;

  RuleContext(Zone zone, CheckOptions options, RuleInfo rule, Consumer<Diagnostic> sink) {
    this(zone, options, rule, sink, new TargetMemo(zone));
  }

  /** A context whose decoded targets are shared with the other rules checking names on a thread. */
  RuleContext(
      Zone zone,
      CheckOptions options,
      RuleInfo rule,
      Consumer<Diagnostic> sink,
      TargetMemo targets) {
    this.zone = zone;
    this.options = options;
    this.rule = rule;
    this.sink = sink;
    this.targets = targets;
  }

  public Zone zone() {
    return zone;
  }

  public CheckOptions options() {
    return options;
  }

  /**
   * The host name a record points at ({@link Zone#target}), found once for every node rule that
   * asks about the same record.
   */
  public Name target(ZoneRecord record) {
    return targets.target(record);
  }

  /** Where a record was written. */
  public Location location(ZoneRecord record) {
    return new Location(zone.files().get(record.file()), record.line(), record.column());
  }

  public void report(ZoneRecord at, String message) {
    report(at, message, "");
  }

  public void report(ZoneRecord at, String message, String help) {
    emit(at, message, help, List.of());
  }

  /**
   * Reports a finding whose text is made only if it may be shown: for rules that can report on most
   * names of a zone, where a capped report shows the first of them.
   */
  public void report(ZoneRecord at, Supplier<String> message, Supplier<String> help) {
    if (sink instanceof FindingSink capped
        && capped.countIfHidden(rule.id(), rule.severity(), location(at))) {
      return;
    }
    emit(at, message.get(), help.get(), List.of());
  }

  /** Reports a conflict: {@code at} is the record that is wrong to keep, {@code other} explains. */
  public void report(
      ZoneRecord at, String message, String help, ZoneRecord other, String otherNote) {
    emit(at, message, help, List.of(new Related(location(other), otherNote)));
  }

  /**
   * Reports at a severity other than the rule's default, for rules whose catalogue entry grades
   * findings (e.g. {@code dkim-weak-key}: error below 1024 bits, warning below 2048).
   */
  public void report(Severity severity, ZoneRecord at, String message, String help) {
    emit(severity, at, message, help, List.of());
  }

  /** Reports a finding with several related records. */
  public void report(ZoneRecord at, String message, String help, List<Related> related) {
    emit(at, message, help, related);
  }

  /** Reports a finding about the file rather than one record (e.g. the zone has no SOA). */
  public void reportFile(int line, int column, String message, String help) {
    String path = zone.files().isEmpty() ? "" : zone.files().get(0);
    sink.accept(
        new Diagnostic(
            rule.id(),
            rule.severity(),
            new Location(path, line, column),
            zone.origin() == null ? "" : zone.origin().toString(),
            "",
            message,
            help,
            List.of()));
  }

  /**
   * Reports a finding located outside the zone files, e.g. at a row of the service register; {@code
   * owner} is the name it is about.
   */
  public void report(Location at, Name owner, String message, String help, List<Related> related) {
    sink.accept(
        new Diagnostic(
            rule.id(), rule.severity(), at, owner.toString(), "", message, help, related));
  }

  private void emit(ZoneRecord at, String message, String help, List<Related> related) {
    emit(rule.severity(), at, message, help, related);
  }

  private void emit(
      Severity severity, ZoneRecord at, String message, String help, List<Related> related) {
    sink.accept(
        new Diagnostic(
            rule.id(),
            severity,
            location(at),
            at.owner().toString(),
            at.typeName(),
            message,
            help,
            related));
  }
}
