package dev.zonelint.server;

import java.nio.file.Path;

/** A configuration that cannot be read, with the file and line at fault. */
public final class ConfException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfException(Path file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
