package dev.zonelint.diag;

/**
 * A point in a source file. Line and column are 1-based; columns count Unicode code points with a
 * tab counting as one, so they match what editors show.
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

  @Override
  public int compareTo(Location o) {
    int c = path.compareTo(o.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
