package dev.zonelint.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * BIND's named.conf: statements of words, quoted strings and {@code { }} blocks, each ended by
 * {@code ;}, with {@code //}, {@code #} and C comments and {@code include} anywhere. Only what
 * locates primary zones is interpreted: {@code options { directory }}, {@code view} and {@code
 * zone} blocks with their {@code type} and {@code file}; everything else is skipped.
 */
public final class NamedConf {
  private static final Set<String> PRIMARY = Set.of("primary", "master");

  /** A word or quoted string, or a block of statements. */
  private record Item(String text, boolean quoted, List<Statement> block, int line) {}

  /** Items up to a {@code ;}, and where it starts. */
  private record Statement(List<Item> items, Path file, int line) {
    String keyword() {
      if (items.isEmpty() || items.get(0).block() != null) {
        return "";
      }
      return items.get(0).text().toLowerCase(Locale.ROOT);
    }

    /** The first block of this statement, or null. */
    List<Statement> block() {
      for (Item i : items) {
        if (i.block() != null) {
          return i.block();
        }
      }
      return null;
    }

    /** The {@code n}th item as text, or null if it is missing or a block. */
    String text(int n) {
      return n < items.size() && items.get(n).block() == null ? items.get(n).text() : null;
    }
  }

  private final Set<Path> reading = new HashSet<>();

  private NamedConf() {}

  /**
   * The primary zones of a named.conf and its includes, in file order, each (origin, file) once.
   * Relative paths of {@code include} and of {@code directory} count from the folder of {@code
   * conf}: offline, that is where the configuration's tree is.
   */
  public static List<ServerZone> read(Path conf) throws IOException, ConfException {
    NamedConf reader = new NamedConf();
    List<Statement> top = reader.file(conf.toAbsolutePath().normalize());
    Path base = conf.toAbsolutePath().normalize().getParent();
    Path directory = base;
    for (Statement s : top) {
      if (s.keyword().equals("options") && s.block() != null) {
        for (Statement o : s.block()) {
          if (o.keyword().equals("directory")) {
            directory = base.resolve(required(o, 1, "a folder after 'directory'"));
          }
        }
      }
    }
    Map<String, ServerZone> zones = new LinkedHashMap<>();
    for (Statement s : top) {
      if (s.keyword().equals("zone")) {
        zone(s, directory, "", zones);
      } else if (s.keyword().equals("view") && s.block() != null) {
        String view = required(s, 1, "a view name");
        for (Statement v : s.block()) {
          if (v.keyword().equals("zone")) {
            zone(v, directory, view, zones);
          }
        }
      }
    }
    return List.copyOf(zones.values());
  }

  private static void zone(Statement s, Path directory, String view, Map<String, ServerZone> out)
      throws ConfException {
    String name = required(s, 1, "a zone name");
    List<Statement> body = s.block();
    if (body == null) {
      throw new ConfException(s.file(), s.line(), "zone '" + name + "' has no { } block");
    }
    String type = null;
    String file = null;
    for (Statement z : body) {
      if (z.keyword().equals("type")) {
        type = required(z, 1, "a zone type").toLowerCase(Locale.ROOT);
      } else if (z.keyword().equals("file")) {
        file = required(z, 1, "a file name");
      }
    }
    if (type == null || !PRIMARY.contains(type)) {
      return; // secondaries, hints, forward, stub, mirror and in-view zones have no master file
    }
    if (file == null) {
      throw new ConfException(s.file(), s.line(), "primary zone '" + name + "' has no file");
    }
    Name origin;
    try {
      origin = Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new ConfException(
          s.file(), s.line(), "bad zone name '" + name + "': " + e.getMessage());
    }
    ServerZone zone = new ServerZone(origin, directory.resolve(file).normalize(), directory, view);
    out.putIfAbsent(origin + " " + zone.file(), zone);
  }

  private static String required(Statement s, int n, String what) throws ConfException {
    String text = s.text(n);
    if (text == null) {
      throw new ConfException(s.file(), s.line(), "expected " + what + " in '" + s.keyword() + "'");
    }
    return text;
  }

  private List<Statement> file(Path path) throws IOException, ConfException {
    reading.add(path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read '" + path + "': no such file", e);
    }
    Deque<Item> tokens = new Lexer(path, text).tokens();
    List<Statement> statements = statements(path, tokens, 0);
    reading.remove(path);
    return statements;
  }

  /**
   * Statements up to the end of the file or, inside a block opened on line {@code open} (0: not in
   * a block), its closing brace.
   */
  private List<Statement> statements(Path file, Deque<Item> tokens, int open)
      throws IOException, ConfException {
    List<Statement> out = new ArrayList<>();
    while (true) {
      Item next = tokens.peek();
      if (next == null) {
        if (open > 0) {
          throw new ConfException(file, open, "this '{' is never closed by '}'");
        }
        return out;
      }
      if (!next.quoted() && next.text().equals("}")) {
        if (open == 0) {
          throw new ConfException(file, next.line(), "'}' without a matching '{'");
        }
        tokens.pop();
        return out;
      }
      Statement s = statement(file, tokens);
      if (s.keyword().equals("include")) {
        Path included =
            file.getParent().resolve(required(s, 1, "a file after 'include'")).normalize();
        if (reading.contains(included)) {
          throw new ConfException(file, s.line(), "'" + included + "' includes itself");
        }
        if (!Files.isReadable(included)) {
          throw new ConfException(file, s.line(), "cannot read included '" + included + "'");
        }
        out.addAll(file(included));
      } else if (!s.items().isEmpty()) {
        out.add(s);
      }
    }
  }

  private Statement statement(Path file, Deque<Item> tokens) throws IOException, ConfException {
    List<Item> items = new ArrayList<>();
    int line = tokens.isEmpty() ? 0 : tokens.peek().line();
    while (true) {
      Item t = tokens.poll();
      if (t == null) {
        throw new ConfException(file, line, "statement not ended by ';'");
      }
      if (!t.quoted() && t.text().equals(";")) {
        return new Statement(items, file, line);
      }
      if (!t.quoted() && t.text().equals("}")) {
        throw new ConfException(file, t.line(), "missing ';' before '}'");
      }
      if (!t.quoted() && t.text().equals("{")) {
        items.add(new Item("", false, statements(file, tokens, t.line()), t.line()));
      } else {
        items.add(t);
      }
    }
  }

  /** Splits named.conf text into words, quoted strings and the punctuation { } ;. */
  private static final class Lexer {
    private final Path file;
    private final String text;
    private int at;
    private int line = 1;

    Lexer(Path file, String text) {
      this.file = file;
      this.text = text;
    }

    Deque<Item> tokens() throws ConfException {
      Deque<Item> out = new ArrayDeque<>();
      while (skipBlanksAndComments()) {
        char c = text.charAt(at);
        if (c == '{' || c == '}' || c == ';') {
          out.add(new Item(String.valueOf(c), false, null, line));
          at++;
        } else if (c == '"') {
          out.add(quoted());
        } else {
          int start = at;
          while (at < text.length() && !isBreak(text.charAt(at))) {
            at++;
          }
          out.add(new Item(text.substring(start, at), false, null, line));
        }
      }
      return out;
    }

    private static boolean isBreak(char c) {
      return Character.isWhitespace(c) || c == '{' || c == '}' || c == ';' || c == '"';
    }

    private Item quoted() throws ConfException {
      int startLine = line;
      StringBuilder value = new StringBuilder();
      at++;
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          c = text.charAt(at++);
        }
        if (c == '\n') {
          line++;
        }
        value.append(c);
      }
      if (at >= text.length()) {
        throw new ConfException(file, startLine, "unterminated quoted string");
      }
      at++;
      return new Item(value.toString(), true, null, startLine);
    }

    /** Moves past white space and comments; false at the end of the text. */
    private boolean skipBlanksAndComments() throws ConfException {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '\n') {
          line++;
          at++;
        } else if (Character.isWhitespace(c)) {
          at++;
        } else if (c == '#' || text.startsWith("//", at)) {
          while (at < text.length() && text.charAt(at) != '\n') {
            at++;
          }
        } else if (text.startsWith("/*", at)) {
          int end = text.indexOf("*/", at + 2);
          if (end < 0) {
            throw new ConfException(file, line, "unterminated /* comment");
          }
          line += (int) text.substring(at, end).chars().filter(ch -> ch == '\n').count();
          at = end + 2;
        } else {
          return true;
        }
      }
      return false;
    }
  }
}
