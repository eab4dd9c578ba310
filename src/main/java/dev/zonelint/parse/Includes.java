package dev.zonelint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * {@code $INCLUDE file [origin]}: a relative path is tried against the including file's folder
 * (Knot, dnsjava), then the working folder (BIND, NSD). Whatever the path, the file read must lie
 * below the include root (by default the top-level zone's folder) once symlinks are resolved, so a
 * zone under review cannot make zonelint read other files. The origin and current owner are
 * restored after the included file, as RFC 1035 §5.1 asks for the origin.
 */
final class Includes {
  private final ZoneParser parser;

  Includes(ZoneParser parser) {
    this.parser = parser;
  }

  Problem include(List<Token> tokens, Path including, String includingDisplay) {
    if (tokens.size() < 2 || tokens.size() > 3) {
      return Problem.at(
          ZoneParser.INCLUDE, tokens.get(0), "$INCLUDE takes a file name and an optional origin");
    }
    Token fileToken = tokens.get(1);
    ZoneParser.OwnerState state = parser.state();
    Name includeOrigin = state.origin;
    if (tokens.size() == 3) {
      try {
        includeOrigin = RecordReader.name(tokens.get(2).text(), state.origin);
      } catch (TextParseException e) {
        return Problem.at(ZoneParser.INCLUDE, tokens.get(2), e.getMessage());
      }
    }
    Path target;
    try {
      target = resolve(unescape(fileToken.text()), including);
    } catch (InvalidPathException e) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "'" + Text.display(fileToken.text()) + "' is not a valid file name");
    }
    if (target == null) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "included file '" + Text.display(fileToken.text()) + "' not found");
    }
    Path real = ZoneParser.realPath(target);
    Path root = parser.includeRoot();
    if (root != null && !real.startsWith(root)) {
      // Say nothing of the file itself: zone files under review may be written by anyone.
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "refused to include '"
              + Text.display(fileToken.text())
              + "': it is outside the include root '"
              + root
              + "' (set --include-root to allow it)");
    }
    if (parser.includeStack().contains(real)) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "include loop: '" + Text.display(fileToken.text()) + "' is already being read");
    }
    if (parser.includeStack().size() > parser.maxIncludeDepth()) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "includes nested deeper than " + parser.maxIncludeDepth() + " levels");
    }
    Name savedOrigin = state.origin;
    Name savedOwner = state.owner;
    state.origin = includeOrigin;
    parser.includeStack().push(real);
    try (InputStream in = parser.options().includeSource().open(real)) {
      parser.readIncluded(in, target, displayPath(target, includingDisplay, including));
    } catch (NoSuchFileException e) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "included file '" + Text.display(fileToken.text()) + "' not found");
    } catch (IOException e) {
      return Problem.at(
          ZoneParser.INCLUDE,
          fileToken,
          "cannot read included file '" + Text.display(fileToken.text()) + "'");
    } finally {
      parser.includeStack().pop();
      state.origin = savedOrigin;
      state.owner = savedOwner;
    }
    return null;
  }

  /** File names take master-file escapes too: {@code \DDD} is a decimal byte, {@code \X} is X. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
      } else if (i + 3 < text.length()
          && Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i + 2))
          && Character.isDigit(text.charAt(i + 3))) {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 4)));
        i += 3;
      } else {
        out.append(text.charAt(++i));
      }
    }
    return out.toString();
  }

  private Path resolve(String name, Path including) {
    Path path = Path.of(name);
    if (path.isAbsolute()) {
      return Files.isRegularFile(path) ? path : null;
    }
    Path folder = including.toAbsolutePath().getParent();
    if (folder != null && Files.isRegularFile(folder.resolve(path))) {
      return folder.resolve(path);
    }
    Path fromWorkingDirectory = parser.options().workingDirectory().resolve(path);
    return Files.isRegularFile(fromWorkingDirectory) ? fromWorkingDirectory : null;
  }

  /** Names an included file the way its includer is named: relative if that one was. */
  private static String displayPath(Path target, String includingDisplay, Path including) {
    Path includingFolder = including.toAbsolutePath().getParent();
    Path displayFolder = Path.of(includingDisplay).getParent();
    if (includingFolder != null && target.toAbsolutePath().startsWith(includingFolder)) {
      Path rel = includingFolder.relativize(target.toAbsolutePath());
      return displayFolder == null ? rel.toString() : displayFolder.resolve(rel).toString();
    }
    return target.toString();
  }
}
