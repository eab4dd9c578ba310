package dev.zonelint.parse;

import dev.zonelint.diag.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.xbill.DNS.Name;

/** Parses zone text in memory for tests. */
final class ParserFixture {
  private ParserFixture() {}

  static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8), "example.com.");
  }

  static ParseResult parse(byte[] bytes, String origin) {
    return parse(bytes, origin, Path.of("test.zone"), ParseOptions.DEFAULT_MAX_GENERATE);
  }

  static ParseResult parse(byte[] bytes, String origin, Path file, int maxGenerate) {
    try {
      ParseOptions options =
          new ParseOptions(
              origin == null ? null : Name.fromConstantString(origin),
              file.toString(),
              Path.of("").toAbsolutePath(),
              maxGenerate,
              ParseOptions.DEFAULT_MAX_RECORDS);
      return ZoneParser.parse(new ByteArrayInputStream(bytes), file, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "line:column rule" for each diagnostic, for compact assertions. */
  static List<String> positions(ParseResult result) {
    return result.diagnostics().stream()
        .sorted(Diagnostic.ORDER)
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.rule())
        .collect(Collectors.toList());
  }

  /** Each record as "owner ttl TYPE rdata", in canonical order. */
  static List<String> records(ParseResult result) {
    return result.zone().records().stream().map(Object::toString).collect(Collectors.toList());
  }
}
