/**
 * The rule framework: {@link dev.zonelint.check.RuleInfo} declared at the top of each rule class,
 * the {@link dev.zonelint.check.Checker} that walks a zone once and dispatches every node to every
 * rule, and the {@link dev.zonelint.check.RuleRegistry} listing the built-in rules. Rules live in
 * {@code check.rules.*}, one class each; they query the zone tree and never re-parse text or touch
 * the network.
 */
package dev.zonelint.check;
