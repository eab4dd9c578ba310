package dev.zonelint.inventory;

/** The output formats of {@code zonelint inventory}. */
public enum InventoryFormat {
  TEXT,
  CSV,
  JSON,
  MARKDOWN
}
