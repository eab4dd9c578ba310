package dev.zonelint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .zonelint.yaml} with the YAML streaming parser, so that every mistake (unknown key,
 * bad value, unknown rule) is reported with its file and line.
 */
public final class ConfigReader {
  public static final String FILE_NAME = ".zonelint.yaml";
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final List<String> TOP =
      List.of("files", "origins", "provider", "rules", "options");
  private static final List<String> OPTIONS =
      List.of("cname-chain", "spf-known", "max-diagnostics", "include-root");

  private final Path file;
  private final Set<String> knownRules;
  private JsonParser p;

  private ConfigReader(Path file, Set<String> knownRules) {
    this.file = file;
    this.knownRules = knownRules;
  }

  /** Reads a configuration file; {@code knownRules} are the ids {@code rules} may name. */
  public static ZoneConfig read(Path file, Set<String> knownRules)
      throws IOException, ConfigException {
    try (InputStream in = Files.newInputStream(file)) {
      return new ConfigReader(file, knownRules).parse(in);
    }
  }

  private ZoneConfig parse(InputStream in) throws IOException, ConfigException {
    List<PathMatcher> files = new ArrayList<>();
    Map<PathMatcher, String> origins = new LinkedHashMap<>();
    Map<String, Severity> rules = new LinkedHashMap<>();
    Map<String, Object> options = new LinkedHashMap<>();
    Provider provider = null;
    try (JsonParser parser = YAML.createParser(in)) {
      p = parser;
      JsonToken first = p.nextToken();
      if (first == null) {
        return new ZoneConfig(file, files, origins, null, rules, null, null, null, null);
      }
      expect(first == JsonToken.START_OBJECT, "the file must be a mapping of keys");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = key(TOP);
        p.nextToken();
        switch (key) {
          case "files":
            for (String glob : strings()) {
              files.add(glob(glob));
            }
            break;
          case "origins":
            for (Map.Entry<String, String> e : mapping().entrySet()) {
              origins.put(glob(e.getKey()), e.getValue());
            }
            break;
          case "provider":
            String id = scalar();
            provider = Provider.byId(id);
            expect(provider != null, "unknown provider '" + id + "' (see README: Providers)");
            break;
          case "rules":
            rules(rules);
            break;
          default:
            options(options);
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(file + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
    }
    return new ZoneConfig(
        file,
        List.copyOf(files),
        origins,
        provider,
        rules,
        (Integer) options.get("cname-chain"),
        (Path) options.get("spf-known"),
        (Integer) options.get("max-diagnostics"),
        (Path) options.get("include-root"));
  }

  private void rules(Map<String, Severity> rules) throws IOException, ConfigException {
    expect(p.currentToken() == JsonToken.START_OBJECT, "rules must map rule ids to a severity");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String id = p.currentName().toLowerCase(Locale.ROOT);
      expect(
          knownRules.contains(id), "unknown rule '" + p.currentName() + "' (see `zonelint rules`)");
      p.nextToken();
      String level = scalar().toLowerCase(Locale.ROOT);
      if (level.equals("off") || level.equals("false")) {
        rules.put(id, null);
      } else {
        expect(
            List.of("info", "warning", "error").contains(level),
            "rule " + id + " takes off, info, warning or error, not '" + level + "'");
        rules.put(id, Severity.parse(level));
      }
    }
  }

  private void options(Map<String, Object> options) throws IOException, ConfigException {
    expect(p.currentToken() == JsonToken.START_OBJECT, "options must be a mapping");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = key(OPTIONS);
      p.nextToken();
      if (key.equals("spf-known") || key.equals("include-root")) {
        options.put(key, folder().resolve(scalar()).normalize());
      } else {
        String value = scalar();
        int n;
        try {
          n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          n = 0;
        }
        expect(n >= 1, key + " takes a whole number >= 1, not '" + value + "'");
        options.put(key, n);
      }
    }
  }

  private String key(List<String> known) throws ConfigException, IOException {
    String key = p.currentName();
    expect(
        known.contains(key), "unknown key '" + key + "' (known: " + String.join(", ", known) + ")");
    return key;
  }

  private List<String> strings() throws IOException, ConfigException {
    List<String> out = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      out.add(scalar());
      return out;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(scalar());
    }
    return out;
  }

  private Map<String, String> mapping() throws IOException, ConfigException {
    expect(p.currentToken() == JsonToken.START_OBJECT, "expected a mapping of glob: value");
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      out.put(key, scalar());
    }
    return out;
  }

  private String scalar() throws IOException, ConfigException {
    expect(p.currentToken().isScalarValue(), "expected a single value");
    return p.getText().strip();
  }

  private PathMatcher glob(String glob) throws ConfigException, IOException {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      expect(false, "bad glob '" + glob + "': " + e.getMessage());
      return null;
    }
  }

  private Path folder() {
    return file.toAbsolutePath().getParent();
  }

  private void expect(boolean ok, String message) throws ConfigException {
    if (!ok) {
      throw new ConfigException(file + ":" + p.currentTokenLocation().getLineNr() + ": " + message);
    }
  }
}
