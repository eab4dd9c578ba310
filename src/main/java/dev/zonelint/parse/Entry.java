package dev.zonelint.parse;

import java.util.List;

/**
 * A logical line: the tokens of one record or directive, which may span several physical lines
 * inside parentheses.
 *
 * @param blankOwner the entry's first physical line starts with white space, so the record inherits
 *     the previous owner
 * @param startOffset byte offset of the start of the entry's first physical line
 * @param endOffset byte offset just past the entry's final line ending (or end of file)
 * @param problems lexical problems found in this entry (unbalanced parentheses, open quotes)
 */
public record Entry(
    List<Token> tokens,
    boolean blankOwner,
    long startOffset,
    long endOffset,
    List<LexProblem> problems) {

  /** A lexical error at a position. */
  public record LexProblem(int line, int column, String message) {}
}
