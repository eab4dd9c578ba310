package dev.zonelint.inventory;

import dev.zonelint.inventory.TargetCategories.Category;
import org.xbill.DNS.Name;

/**
 * One owner name with address, alias or mail data.
 *
 * @param zone the zone's origin, absolute with trailing dot
 * @param file the zone file's display path
 * @param target what the name points at: the CNAME or alias target, the first NS host of a
 *     delegation, the addresses of a host, the first mail exchanger of a mail-only name; or ""
 * @param region the AWS region the target's host name carries, or ""
 */
public record InventoryRow(
    String zone,
    String file,
    Name name,
    Kind kind,
    String target,
    Category category,
    String region,
    MailPosture mail,
    Hardening hardening) {

  /** The category as reports show it, with the region when there is one. */
  public String categoryLabel() {
    return region.isEmpty() ? category.label() : category.label() + " (" + region + ")";
  }
}
