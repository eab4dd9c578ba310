package dev.zonelint.fix;

/**
 * One text edit on the original bytes of a zone file: the bytes {@code [start, end)} become {@code
 * replacement}; {@code start == end} inserts.
 *
 * @param file index of the file in {@link dev.zonelint.zone.Zone#files()}
 * @param path the file's display path, as diagnostics name it
 * @param replacement ISO-8859-1 text, one char per byte, as the lexer reads the file
 */
public record Edit(int file, String path, long start, long end, String replacement) {
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }
  }

  static Edit insert(int file, String path, long at, String text) {
    return new Edit(file, path, at, at, text);
  }

  /**
   * Whether applying both would touch the same bytes: an insertion inside a replaced range, or two
   * insertions at one point (two fixes writing an owner into the same blank-owner entry).
   */
  boolean overlaps(Edit other) {
    if (file != other.file) {
      return false;
    }
    if (start == end && other.start == other.end) {
      return start == other.start;
    }
    if (start == end || other.start == other.end) {
      long point = start == end ? start : other.start;
      Edit range = start == end ? other : this;
      return range.start != range.end && point >= range.start && point < range.end;
    }
    return start < other.end && other.start < end;
  }
}
