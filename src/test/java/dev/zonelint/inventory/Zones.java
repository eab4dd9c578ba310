package dev.zonelint.inventory;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.xbill.DNS.Name;

/** Parses zone text for the inventory tests. */
final class Zones {
  private Zones() {}

  static Zone parse(String origin, String text) {
    try {
      return ZoneParser.parse(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              Path.of(origin + "zone"),
              new ParseOptions(
                  Name.fromConstantString(origin),
                  origin + "zone",
                  Path.of("").toAbsolutePath(),
                  ParseOptions.DEFAULT_MAX_GENERATE,
                  ParseOptions.DEFAULT_MAX_RECORDS))
          .zone();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
