package dev.zonelint.report;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import dev.zonelint.zone.OriginSource;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiler-style text: {@code path:line:col: severity[rule]: message}, the source line with a
 * caret, a {@code note:} line per related location, an indented {@code help:} line and a pointer to
 * {@code zonelint explain}; then a closing summary. Colour only when asked (a terminal).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String BLUE = "\u001b[34m";

  private final boolean color;

  public TextReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    SourceLines sources = loadQuotedLines(files);
    for (FileReport f : files) {
      // Say where the origin came from when it was a guess; an explicit one needs no comment.
      if (f.originSource() != OriginSource.OPTION && f.originSource() != OriginSource.DIRECTIVE) {
        out.println(
            paint(BLUE, f.path() + ": origin ")
                + (f.origin().isEmpty() ? "unknown" : "'" + f.origin() + "'")
                + paint(BLUE, " from " + f.originSource().description()));
      }
      for (Diagnostic d : f.diagnostics()) {
        print(d, sources, out);
      }
    }
    out.println(paint(BOLD, Summary.of(files).line()));
    out.flush();
  }

  private void print(Diagnostic d, SourceLines sources, PrintWriter out) {
    out.println(
        paint(BOLD, d.location() + ":")
            + " "
            + paint(colorOf(d.severity()), d.severity().label() + "[" + d.rule() + "]")
            + ": "
            + paint(BOLD, d.message()));
    quote(sources, d.location().path(), d.location().line(), d.location().column(), out);
    for (Related r : d.related()) {
      out.println(paint(BOLD, r.location() + ":") + " " + paint(CYAN, "note") + ": " + r.message());
      quote(sources, r.location().path(), r.location().line(), r.location().column(), out);
    }
    if (!d.help().isEmpty()) {
      out.println("    " + paint(CYAN, "help") + ": " + d.help());
    }
    out.println("    = see `zonelint explain " + d.rule() + "`");
  }

  private void quote(SourceLines sources, String path, int line, int column, PrintWriter out) {
    String text = sources.line(path, line);
    if (text == null) {
      return;
    }
    String number = Integer.toString(line);
    String gutter = " ".repeat(number.length());
    out.println(" " + paint(BLUE, number + " |") + " " + text);
    out.println(" " + paint(BLUE, gutter + " |") + " " + caretPrefix(text, column) + "^");
  }

  /** White space up to the column, keeping tabs so the caret lines up under the token. */
  private static String caretPrefix(String text, int column) {
    StringBuilder out = new StringBuilder();
    int cp = 1;
    for (int i = 0; i < text.length() && cp < column; cp++) {
      int c = text.codePointAt(i);
      out.append(c == '\t' ? '\t' : ' ');
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static SourceLines loadQuotedLines(List<FileReport> files) {
    Map<String, Set<Integer>> wanted = new HashMap<>();
    for (FileReport f : files) {
      for (Diagnostic d : f.diagnostics()) {
        wanted.computeIfAbsent(d.location().path(), k -> new HashSet<>()).add(d.location().line());
        for (Related r : d.related()) {
          wanted
              .computeIfAbsent(r.location().path(), k -> new HashSet<>())
              .add(r.location().line());
        }
      }
    }
    SourceLines sources = new SourceLines();
    wanted.forEach(sources::load);
    return sources;
  }

  private static String colorOf(Severity s) {
    switch (s) {
      case ERROR:
        return RED;
      case WARNING:
        return YELLOW;
      default:
        return CYAN;
    }
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
