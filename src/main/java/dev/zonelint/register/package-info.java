/** The service register: which team owns which name, read from a CSV file. */
package dev.zonelint.register;
