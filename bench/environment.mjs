// The environment the measured processes run in. Some machines (this one among them) set
// NODE_EXTRA_CA_CERTS to a CA bundle, and Node then parses every certificate in it at start-up,
// before any JavaScript runs: here the system bundle, ~40 ms of a 61 ms `node -e ''`, against
// ~22 ms without. Neither the CLI nor the server opens a TLS connection, and a machine without
// the setting does not pay it, so every process the benchmarks start runs without it; section 3
// measures what it costs where it is set.

/** The machine's setting, if any (read when this module loads, before anything removes it). */
export const MACHINE_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS || undefined;

/** Removes the setting from this process's environment, which the processes it starts inherit. */
export function withoutExtraCaCerts() {
  delete process.env.NODE_EXTRA_CA_CERTS;
}
