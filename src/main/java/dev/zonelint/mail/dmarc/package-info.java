/**
 * The DMARC policy record grammar (RFC 7489 §6.3 and §6.4, plus the DMARCbis tags {@code np},
 * {@code psd} and {@code t}), with no dependency on zones or rules: {@link
 * dev.zonelint.mail.dmarc.DmarcRecord#parse(String)} turns the text of one TXT record into its tags
 * and a list of findings, each with the column of the tag at fault.
 */
package dev.zonelint.mail.dmarc;
