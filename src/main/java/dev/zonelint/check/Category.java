package dev.zonelint.check;

/** The catalogue's sections. */
public enum Category {
  PARSING("Parsing"),
  STRUCTURE("Zone structure"),
  ALIAS("Aliases and coexistence"),
  TARGETS("Targets"),
  RECORDS("Record data"),
  MAIL("Mail authentication"),
  PROVIDER("Provider profiles"),
  DNSSEC("DNSSEC"),
  REGISTER("Service register");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
