package dev.zonelint.server;

import java.nio.file.Path;
import org.xbill.DNS.Name;

/**
 * A primary zone a server configuration loads.
 *
 * @param origin the zone's name, absolute
 * @param file its zone file, resolved against the server's directory
 * @param directory where the server resolves relative names in the zone file ({@code $INCLUDE})
 * @param view the BIND view it belongs to, or empty
 */
public record ServerZone(Name origin, Path file, Path directory, String view) {}
