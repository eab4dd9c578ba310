package dev.zonelint.fix;

import java.util.Locale;
import org.xbill.DNS.Name;

/** Names and strings as Terraform configuration (HCL) writes them. */
public final class Hcl {
  private Hcl() {}

  /** A Terraform resource name: the owner's labels relative to the zone joined by underscores. */
  public static String resourceId(Name owner, Name origin) {
    String text = owner.equals(origin) ? "apex" : owner.relativize(origin).toString();
    String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    // Terraform names start with a letter or an underscore.
    return Character.isDigit(id.charAt(0)) ? "_" + id : id;
  }

  /** The owner relative to the zone, {@code @} for the apex. */
  public static String relative(Name name, Name origin) {
    return name.equals(origin) ? "@" : name.relativize(origin).toString();
  }

  /**
   * A quoted HCL string literal. Backslash and quote are escaped, and so are the dollar and percent
   * signs that would start an interpolation or a template directive.
   */
  public static String string(String value) {
    return "\""
        + value
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("${", "$${")
            .replace("%{", "%%{")
        + "\"";
  }
}
