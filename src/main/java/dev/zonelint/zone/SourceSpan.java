package dev.zonelint.zone;

/**
 * Where a record was written: its file (an index into the zone's file list), the line and column of
 * its first token, and the byte range of its whole entry (for the fixer).
 */
public record SourceSpan(int file, int line, int column, long startOffset, long endOffset) {}
