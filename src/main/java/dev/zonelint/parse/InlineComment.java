package dev.zonelint.parse;

/**
 * A comment that starts with {@code zonelint-}, such as {@code ; zonelint-disable-next-line
 * cname-chain -- reason}; the parser keeps these for suppressions and drops all other comments.
 *
 * @param path the file it is in, as reports name it
 * @param line the comment's line
 * @param column the column of its {@code ;}
 * @param text the comment after {@code ;} and blanks, trimmed
 * @param beforeRecords it comes before the first record of its file (a file-wide directive)
 * @param nextLine the line of the next record after it (the line {@code -next-line} applies to)
 */
public record InlineComment(
    String path, int line, int column, String text, boolean beforeRecords, int nextLine) {
  static final String PREFIX = "zonelint-";

  /** A comment as the lexer sees it, before the parser places it. */
  public record Raw(int line, int column, String text) {}
}
