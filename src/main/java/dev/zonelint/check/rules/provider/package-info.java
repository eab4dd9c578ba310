/**
 * Provider-profile rules: which alias records, targets and CNAME flattening the DNS provider chosen
 * with {@code --provider} can serve (providers.md in the shared reference).
 */
package dev.zonelint.check.rules.provider;
