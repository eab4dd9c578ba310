package dev.zonelint.parse;

import java.nio.file.Path;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Guesses a zone's origin from its file name, as admins name them: {@code example.com.zone}, {@code
 * example.com.db}, {@code db.example.com}. Only names of two labels or more are taken, so that a
 * file called {@code primary.zone} is not read as the zone {@code primary.}.
 */
final class FileOrigin {
  private FileOrigin() {}

  static Name guess(Path file) {
    Path fileName = file.getFileName();
    if (fileName == null) {
      return null;
    }
    String name = fileName.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("db.")) {
      name = name.substring(3);
    } else if (lower.endsWith(".zone") || lower.endsWith(".db")) {
      name = name.substring(0, name.lastIndexOf('.'));
    } else {
      return null;
    }
    if (name.indexOf('.') <= 0 || name.endsWith(".")) {
      return null;
    }
    try {
      Name origin = Name.fromString(name, Name.root);
      return origin.labels() >= 3 ? origin : null;
    } catch (TextParseException e) {
      return null;
    }
  }
}
