package dev.zonelint.parse;

/** A problem with one entry, located at the token it is about. */
record Problem(String rule, int line, int column, String message) {
  static Problem at(String rule, Token token, String message) {
    return new Problem(rule, token.line(), token.column(), message);
  }
}
