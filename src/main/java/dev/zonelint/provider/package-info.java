/**
 * DNS provider profiles: which alias-like record each provider offers and where, which targets it
 * accepts, and which CNAMEs it flattens. Shared by the provider-aware rules, the fixer and the
 * inventory.
 */
package dev.zonelint.provider;
