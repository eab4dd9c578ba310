/**
 * The DKIM key record grammar (RFC 6376 §3.6.1, Ed25519 keys from RFC 8463), with no dependency on
 * zones or rules: {@link dev.zonelint.mail.dkim.DkimKeyRecord#parse(String)} splits the tag list,
 * checks each tag and decodes the public key with {@code java.security} to learn its real size.
 */
package dev.zonelint.mail.dkim;
