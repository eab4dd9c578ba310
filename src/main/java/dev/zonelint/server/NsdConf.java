package dev.zonelint.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * NSD's nsd.conf: {@code key: value} lines in {@code server:}, {@code pattern:} and {@code zone:}
 * sections, {@code #} comments, {@code include:} anywhere. A zone is primary unless it or one of
 * its patterns has {@code request-xfr} (then its zone file is a secondary's copy); its {@code
 * zonefile}, perhaps from a pattern, may use {@code %s} (the zone name) and {@code %1 %2 %3} (its
 * first letters), and counts from {@code server: zonesdir}.
 */
public final class NsdConf {
  /** One section's settings, with the line each started on. */
  private record Section(String kind, Map<String, List<String>> values, Path file, int line) {
    String first(String key) {
      List<String> v = values.get(key);
      return v == null ? null : v.get(0);
    }
  }

  private final List<Section> sections = new ArrayList<>();
  private final Set<Path> reading = new HashSet<>();

  private NsdConf() {}

  /**
   * The primary zones of an nsd.conf and its includes. Relative {@code include} and {@code
   * zonesdir} paths count from the folder of {@code conf}.
   */
  public static List<ServerZone> read(Path conf) throws IOException, ConfException {
    NsdConf reader = new NsdConf();
    Path top = conf.toAbsolutePath().normalize();
    reader.file(top);
    Path base = top.getParent();
    Path zonesdir = base;
    Map<String, Section> patterns = new HashMap<>();
    for (Section s : reader.sections) {
      if (s.kind().equals("server") && s.first("zonesdir") != null) {
        zonesdir = base.resolve(s.first("zonesdir"));
      } else if (s.kind().equals("pattern") && s.first("name") != null) {
        patterns.put(s.first("name"), s);
      }
    }
    Map<String, ServerZone> out = new LinkedHashMap<>();
    for (Section s : reader.sections) {
      if (!s.kind().equals("zone")) {
        continue;
      }
      String name = s.first("name");
      if (name == null) {
        throw new ConfException(s.file(), s.line(), "zone: without a name");
      }
      List<Section> chain = new ArrayList<>();
      collect(s, patterns, chain, 0);
      String zonefile = null;
      boolean secondary = false;
      for (Section c : chain) {
        secondary |= c.values().containsKey("request-xfr");
        if (zonefile == null) {
          zonefile = c.first("zonefile");
        }
      }
      if (secondary || zonefile == null) {
        continue;
      }
      Name origin;
      try {
        origin = Name.fromString(name, Name.root);
      } catch (TextParseException e) {
        throw new ConfException(
            s.file(), s.line(), "bad zone name '" + name + "': " + e.getMessage());
      }
      Path file = zonesdir.resolve(expand(zonefile, name)).normalize();
      out.putIfAbsent(origin + " " + file, new ServerZone(origin, file, zonesdir, ""));
    }
    return List.copyOf(out.values());
  }

  /** The zone's own settings first, then its patterns' depth first, as NSD applies them. */
  private static void collect(
      Section s, Map<String, Section> patterns, List<Section> out, int depth) throws ConfException {
    if (depth > 16) {
      throw new ConfException(s.file(), s.line(), "include-pattern nested too deep (a loop?)");
    }
    out.add(s);
    for (String p : s.values().getOrDefault("include-pattern", List.of())) {
      Section pattern = patterns.get(p);
      if (pattern == null) {
        throw new ConfException(s.file(), s.line(), "no pattern named '" + p + "'");
      }
      collect(pattern, patterns, out, depth + 1);
    }
  }

  /** NSD's zonefile substitutions for the ones a file name needs: %s, %1, %2, %3 and %%. */
  static String expand(String zonefile, String zone) {
    String name =
        zone.endsWith(".") && zone.length() > 1 ? zone.substring(0, zone.length() - 1) : zone;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < zonefile.length(); i++) {
      char c = zonefile.charAt(i);
      if (c != '%' || i + 1 == zonefile.length()) {
        out.append(c);
        continue;
      }
      char k = zonefile.charAt(++i);
      if (k == 's') {
        out.append(name);
      } else if (k >= '1' && k <= '3') {
        int n = k - '1';
        out.append(n < name.length() ? name.charAt(n) : '.');
      } else {
        out.append(k == '%' ? "%" : "%" + k);
      }
    }
    return out.toString();
  }

  private void file(Path path) throws IOException, ConfException {
    reading.add(path);
    List<String> lines = Files.readAllLines(path);
    Section current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new ConfException(path, i + 1, "expected 'key: value', found '" + line + "'");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(colon + 1).strip());
      if (key.equals("include")) {
        Path included = path.getParent().resolve(value).normalize();
        if (reading.contains(included)) {
          throw new ConfException(path, i + 1, "'" + included + "' includes itself");
        }
        if (!Files.isReadable(included)) {
          throw new ConfException(path, i + 1, "cannot read included '" + included + "'");
        }
        file(included);
        current = null;
      } else if (value.isEmpty()) {
        current = new Section(key, new LinkedHashMap<>(), path, i + 1);
        sections.add(current);
      } else if (current == null) {
        throw new ConfException(path, i + 1, "'" + key + ":' outside a section such as zone:");
      } else {
        current.values().computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    reading.remove(path);
  }

  private static String stripComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '#' && !quoted) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
