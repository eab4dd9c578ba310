/**
 * The {@code .zonelint.yaml} configuration file: {@link dev.zonelint.config.ZoneConfig} is one
 * file's settings, read by {@link dev.zonelint.config.ConfigReader} and found by walking up from
 * each zone file with {@link dev.zonelint.config.ConfigFinder}.
 */
package dev.zonelint.config;
