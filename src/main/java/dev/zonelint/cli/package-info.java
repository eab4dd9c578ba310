/**
 * The command line: a thin picocli layer over {@link dev.zonelint.lint.ZoneLint}. Only this package
 * imports picocli, and only {@link dev.zonelint.cli.Main#main} ends the process, or touches {@code
 * System.out} and {@code System.err}.
 */
package dev.zonelint.cli;
