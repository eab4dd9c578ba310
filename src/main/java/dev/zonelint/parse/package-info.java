/**
 * Master-file (RFC 1035 §5, BIND extensions) lexer and parser. The lexer works on bytes and keeps
 * the line, column and byte offset of every token; the parser turns logical lines into records,
 * handing RDATA of each record to dnsjava, and recovers after every bad record so that one run
 * reports every problem of a file.
 */
package dev.zonelint.parse;
