package dev.zonelint.mail.spf;

/**
 * A term that does not follow the grammar.
 *
 * @param column 0-based offset of the bad term's first character in the record text
 * @param term the term as written (the whole record text when the version is wrong)
 * @param message what is wrong, lower case, without a trailing period
 */
public record SpfError(int column, String term, String message) {}
