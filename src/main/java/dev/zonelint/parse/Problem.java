package dev.zonelint.parse;

/** A problem with one entry, located at the token it is about, with the record it concerns. */
record Problem(String rule, int line, int column, String message, String owner, String type) {
  Problem(String rule, int line, int column, String message) {
    this(rule, line, column, message, "", "");
  }

  static Problem at(String rule, Token token, String message) {
    return new Problem(rule, token.line(), token.column(), message);
  }

  /** The same problem, naming the record's owner and type. */
  Problem about(Object ownerName, String typeName) {
    return new Problem(rule, line, column, message, String.valueOf(ownerName), typeName);
  }
}
