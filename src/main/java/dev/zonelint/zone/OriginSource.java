package dev.zonelint.zone;

/** Where the zone's origin came from, so the report can say which was used. */
public enum OriginSource {
  OPTION("--origin"),
  DIRECTIVE("the first $ORIGIN"),
  FILE_NAME("the file name"),
  SOA("the SOA owner"),
  NONE("nothing: no origin could be found");

  private final String description;

  OriginSource(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
