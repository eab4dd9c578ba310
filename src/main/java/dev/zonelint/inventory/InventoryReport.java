package dev.zonelint.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.fix.Strategy;
import dev.zonelint.inventory.TargetCategories.Category;
import dev.zonelint.report.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an inventory, with the service-register findings if any, as a text table, CSV, JSON or a
 * Markdown table. Every format has the same columns; CSV has the rows only.
 */
public final class InventoryReport {
  /** The columns, in order, as CSV headers and JSON field names. */
  public static final List<String> COLUMNS =
      List.of(
          "zone",
          "name",
          "kind",
          "target",
          "category",
          "mx",
          "spf",
          "dmarc",
          "dkim",
          "status",
          "todo");

  private InventoryReport() {}

  public static void write(
      InventoryFormat format, Inventory inventory, List<Diagnostic> findings, PrintWriter out)
      throws IOException {
    switch (format) {
      case CSV -> csv(inventory, out);
      case JSON -> json(inventory, findings, out);
      case MARKDOWN -> markdown(inventory, findings, out);
      case TEXT -> text(inventory, findings, out);
    }
    out.flush();
  }

  /** A row's cells, in {@link #COLUMNS} order. */
  static List<String> cells(InventoryRow r) {
    MailPosture m = r.mail();
    return List.of(
        r.zone(),
        r.name().toString(),
        r.kind().label(),
        r.target(),
        r.categoryLabel(),
        m.mx().label(),
        m.spf().label(),
        m.dmarc().label() + (m.dmarcOrganisational() ? " (org)" : ""),
        String.join(" ", m.dkimSelectors()),
        r.hardening().status().id(),
        todo(r.hardening()));
  }

  /** What to do: the records to add, or the fixer's strategy for a blocking CNAME. */
  static String todo(Hardening h) {
    if (h.strategy() != null) {
      return "fix: " + h.strategy().id();
    }
    List<String> labels = new ArrayList<>();
    for (Hardening.Missing m : h.missing()) {
      labels.add(m.label());
    }
    return labels.isEmpty() ? "" : "add " + String.join(", ", labels);
  }

  private static void csv(Inventory inventory, PrintWriter out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (InventoryRow r : inventory.rows()) {
      printer.printRecord(cells(r));
    }
    printer.flush();
  }

  private static void text(Inventory inventory, List<Diagnostic> findings, PrintWriter out) {
    List<List<String>> table = new ArrayList<>();
    table.add(COLUMNS);
    for (InventoryRow r : inventory.rows()) {
      table.add(cells(r));
    }
    int[] widths = new int[COLUMNS.size()];
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : table) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i).isEmpty() ? "-" : row.get(i);
        line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length() + 2)));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    summary(inventory.summary(), out);
    findingsText(findings, "", out);
  }

  private static void markdown(Inventory inventory, List<Diagnostic> findings, PrintWriter out) {
    out.println("| " + String.join(" | ", COLUMNS) + " |");
    out.println("|" + "---|".repeat(COLUMNS.size()));
    for (InventoryRow r : inventory.rows()) {
      List<String> escaped = new ArrayList<>();
      for (String c : cells(r)) {
        escaped.add(c.replace("|", "\\|"));
      }
      out.println("| " + String.join(" | ", escaped) + " |");
    }
    out.println();
    summary(inventory.summary(), out);
    findingsText(findings, "- ", out);
  }

  private static void summary(Inventory.Summary s, PrintWriter out) {
    int total = 0;
    List<String> statuses = new ArrayList<>();
    for (Map.Entry<Status, Integer> e : s.byStatus().entrySet()) {
      total += e.getValue();
      statuses.add(e.getValue() + " " + e.getKey().id());
    }
    List<String> categories = new ArrayList<>();
    for (Map.Entry<Category, Integer> e : s.byCategory().entrySet()) {
      categories.add(e.getValue() + " " + e.getKey().label());
    }
    out.println(total + (total == 1 ? " name: " : " names: ") + String.join(", ", statuses));
    out.println("targets: " + (categories.isEmpty() ? "none" : String.join(", ", categories)));
  }

  private static void findingsText(List<Diagnostic> findings, String bullet, PrintWriter out) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    for (Diagnostic d : findings) {
      out.println(
          bullet
              + d.location()
              + ": "
              + d.severity().label()
              + "["
              + d.rule()
              + "] "
              + d.message());
    }
  }

  private static void json(Inventory inventory, List<Diagnostic> findings, PrintWriter out)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "zonelint");
      g.writeStringField("version", Version.VALUE);
      g.writeArrayFieldStart("names");
      for (InventoryRow r : inventory.rows()) {
        row(g, r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Diagnostic d : findings) {
        g.writeStartObject();
        g.writeStringField("rule", d.rule());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("path", d.location().path());
        g.writeNumberField("line", d.location().line());
        g.writeNumberField("column", d.location().column());
        g.writeStringField("owner", d.owner());
        g.writeStringField("message", d.message());
        g.writeStringField("help", d.help());
        g.writeEndObject();
      }
      g.writeEndArray();
      Inventory.Summary s = inventory.summary();
      g.writeObjectFieldStart("summary");
      g.writeObjectFieldStart("status");
      for (Map.Entry<Status, Integer> e : s.byStatus().entrySet()) {
        g.writeNumberField(e.getKey().id(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("category");
      for (Map.Entry<Category, Integer> e : s.byCategory().entrySet()) {
        g.writeNumberField(e.getKey().label(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
  }

  private static void row(JsonGenerator g, InventoryRow r) throws IOException {
    MailPosture m = r.mail();
    g.writeStartObject();
    g.writeStringField("zone", r.zone());
    g.writeStringField("file", r.file());
    g.writeStringField("name", r.name().toString());
    g.writeStringField("kind", r.kind().label());
    g.writeStringField("target", r.target());
    g.writeStringField("category", r.category().label());
    g.writeStringField("region", r.region());
    g.writeStringField("mx", m.mx().label());
    g.writeStringField("spf", m.spf().label());
    g.writeStringField("dmarc", m.dmarc().label());
    g.writeBooleanField("dmarcOrganisational", m.dmarcOrganisational());
    g.writeArrayFieldStart("dkimSelectors");
    for (String s : m.dkimSelectors()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("status", r.hardening().status().id());
    g.writeArrayFieldStart("missing");
    for (Hardening.Missing missing : r.hardening().missing()) {
      g.writeString(missing.label());
    }
    g.writeEndArray();
    Strategy strategy = r.hardening().strategy();
    g.writeStringField("strategy", strategy == null ? null : strategy.id());
    g.writeEndObject();
  }
}
