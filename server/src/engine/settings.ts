// What the host (editor, CLI, tests) tells the engine: whose behaviour to judge by, the
// platform, per-rule severities and evidence from the running machine.
import type { VendorId } from './catalog/vendors';
import type { SeverityOverride, Target } from './types';

export type Virtualization = 'auto' | 'none' | VendorId;

/** What the machine the files live on says about itself (read-only, gathered by the server). */
export interface HostEvidence {
  vendor?: VendorId;
  /** Human words for where it comes from ("DMI sys_vendor is innotek GmbH"). */
  basis?: string;
  /** Permanent MACs of interfaces, by name (from /sys/class/net/<dev>/bonding_slave/perm_hwaddr). */
  macs?: Record<string, string>;
  /** Owner and mode of keyfiles, by URI; only for a live system-connections folder. */
  keyfileStats?: Record<string, { mode: number; uid: number; nmUid?: number }>;
  /** initscripts hook scripts present on the machine ("/sbin/ifup-local"); existence only. */
  hookScripts?: string[];
}

/** A check that threw: which one, on which document, and the error. */
export interface CheckFailure {
  check: string;
  uri: string;
  error: unknown;
}

export interface Settings {
  target: Target;
  virtualization: Virtualization;
  /** Per-code severity overrides; `off` removes the rule. */
  rules: Record<string, SeverityOverride>;
  host?: HostEvidence;
  /** Called when a check throws; the other checks still run. Without it the error propagates. */
  onCheckError?: (failure: CheckFailure) => void;
  /** Opt-in: report what a migration to keyfiles loses (RHEL 10 readiness). */
  readiness?: boolean;
  /** The oldest NetworkManager the profiles must work with ("1.40"); unset, no advisory about
   *  what only older versions do not know (KEYFILE-034) is given. */
  minimumNmVersion?: string;
}

/** A NetworkManager version as settings and the command line accept it: "1.40" or "1.40.16". */
export const NM_VERSION = /^\d{1,4}\.\d{1,4}(\.\d{1,4})?$/;

/** Whether the oldest NetworkManager the profiles must work with is older than `version`
 *  ("1.46"); false when the host named none. */
export function nmOlderThan(settings: Settings, version: string): boolean {
  const v = settings.minimumNmVersion;
  if (!v || !NM_VERSION.test(v) || !NM_VERSION.test(version)) return false;
  const [a, b] = v.split('.').map(Number);
  const [major, minor] = version.split('.').map(Number);
  return a < major || (a === major && b < minor);
}

export const DEFAULT_SETTINGS: Settings = { target: 'auto', virtualization: 'auto', rules: {} };
