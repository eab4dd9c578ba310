/**
 * The SPF record grammar of RFC 7208 §12 as a typed model: {@link dev.zonelint.mail.spf.SpfParser}
 * turns the text of a {@code v=spf1} record into a {@link dev.zonelint.mail.spf.SpfRecord} of
 * {@link dev.zonelint.mail.spf.Directive}s and {@link dev.zonelint.mail.spf.Modifier}s, with an
 * {@link dev.zonelint.mail.spf.SpfError} (and its offset in the text) for every term that does not
 * parse. {@link dev.zonelint.mail.spf.SpfKnownIncludes} holds the published records of common
 * providers for offline lookup counting.
 *
 * <p>Self-contained: depends on the JDK only, not on the zone model or the rule framework.
 */
package dev.zonelint.mail.spf;
