/**
 * Reads zone file versions from a git repository by running the {@code git} binary, which every
 * repository that uses hooks has anyway: no JGit, and no command that touches the network.
 */
package dev.zonelint.git;
