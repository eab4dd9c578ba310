package dev.zonelint.parse;

/**
 * One lexical token of a master file.
 *
 * @param text the bytes of the token as ISO-8859-1 characters (one char per byte), escapes kept as
 *     written, so that dnsjava sees exactly the bytes of the file; for a quoted string, the text
 *     between the quotes
 * @param quoted whether the token was a quoted string
 * @param offset byte offset of the token's first byte in its file
 */
public record Token(String text, boolean quoted, int line, int column, long offset) {

  /** The token as it would be written back: quoted strings regain their quotes. */
  public String source() {
    return quoted ? '"' + text + '"' : text;
  }
}
