package dev.zonelint.parse;

import dev.zonelint.zone.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $GENERATE start-stop[/step] lhs [ttl] [class] type rhs} (BIND). Every generated record
 * carries the directive's position. The record count is checked against the limit before any record
 * is made; a template that yields a bad record is reported once, not once per iteration.
 */
final class Generator {
  private final ZoneParser parser;

  Generator(ZoneParser parser) {
    this.parser = parser;
  }

  Problem generate(Entry entry, int fileIndex) {
    List<Token> tokens = entry.tokens();
    Token keyword = tokens.get(0);
    if (tokens.size() < 4) {
      return Problem.at(
          ZoneParser.GENERATE,
          keyword,
          "$GENERATE needs a range, an owner template, a type and RDATA");
    }
    Token rangeToken = tokens.get(1);
    long[] range = range(rangeToken.text());
    if (range == null) {
      return Problem.at(
          ZoneParser.GENERATE,
          rangeToken,
          "bad range '" + Text.display(rangeToken.text()) + "' (expected start-stop[/step])");
    }
    long start = range[0];
    long stop = range[1];
    long step = range[2];
    long count = (stop - start) / step + 1;
    int limit = parser.options().maxGenerate();
    if (count > limit) {
      return Problem.at(
          ZoneParser.GENERATE,
          rangeToken,
          "range makes " + count + " records, more than the limit of " + limit);
    }
    List<GenerateTemplate> templates = new ArrayList<>();
    List<Token> body = tokens.subList(2, tokens.size());
    for (int i = 0; i < body.size(); i++) {
      Token t = body.get(i);
      try {
        // TTL, class and type hold no '$', so every field can be treated as a template.
        templates.add(GenerateTemplate.of(t.text()));
      } catch (IllegalArgumentException e) {
        return Problem.at(ZoneParser.GENERATE, t, e.getMessage());
      }
    }
    SourceSpan span =
        new SourceSpan(
            fileIndex, keyword.line(), keyword.column(), entry.startOffset(), entry.endOffset());
    for (long v = start; v <= stop; v += step) {
      List<Token> record = new ArrayList<>(body.size());
      for (int i = 0; i < body.size(); i++) {
        Token t = body.get(i);
        GenerateTemplate template = templates.get(i);
        String text;
        try {
          text = template.expand(v);
        } catch (IllegalArgumentException e) {
          return Problem.at(ZoneParser.GENERATE, t, "for value " + v + ": " + e.getMessage());
        }
        record.add(new Token(text, t.quoted(), t.line(), t.column(), t.offset()));
      }
      Problem p = parser.generatedRecord(record, span);
      if (p != null) {
        return new Problem(
            ZoneParser.GENERATE,
            p.line(),
            p.column(),
            "record for value " + v + " is bad: " + p.message());
      }
    }
    return null;
  }

  private static long[] range(String text) {
    try {
      int dash = text.indexOf('-');
      if (dash <= 0) {
        return null;
      }
      int slash = text.indexOf('/', dash);
      long start = Long.parseLong(text.substring(0, dash));
      long stop = Long.parseLong(text.substring(dash + 1, slash < 0 ? text.length() : slash));
      long step = slash < 0 ? 1 : Long.parseLong(text.substring(slash + 1));
      if (start < 0 || stop < start || step < 1 || stop > 0x7FFFFFFFL) {
        return null;
      }
      return new long[] {start, stop, step};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
