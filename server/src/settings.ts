// The `ifcfg` settings section as the server reads it, with defaults and validation.
import {
  NM_VERSION,
  RULE_BY_CODE,
  VIRTUALIZATION_SETTINGS,
  type Settings,
  type SeverityOverride,
  type Target,
  type Virtualization,
} from './engine';

export interface ServerSettings {
  engine: Settings;
  /** Read ifcfg files of the workspace that are not open (cross-file rules need them). */
  scanWorkspace: boolean;
  /** Publish diagnostics for workspace files that are not open. */
  reportUnopenedFiles: boolean;
  maxFiles: number;
  debounceMs: number;
}

export const DEFAULTS: ServerSettings = {
  engine: { target: 'auto', virtualization: 'auto', rules: {}, readiness: false },
  scanWorkspace: true,
  reportUnopenedFiles: true,
  maxFiles: 5000,
  debounceMs: 30,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts whatever the client sends; anything invalid falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const scan = (r.workspaceScan && typeof r.workspaceScan === 'object' ? r.workspaceScan : {}) as Record<
    string,
    unknown
  >;
  const target = ['auto', 'initscripts', 'networkmanager'].includes(r.target as string)
    ? (r.target as Target)
    : DEFAULTS.engine.target;
  const virtualization = VIRTUALIZATION_SETTINGS.includes(r.virtualization as string)
    ? (r.virtualization as Virtualization)
    : DEFAULTS.engine.virtualization;
  const rules: Record<string, SeverityOverride> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const code = k.toUpperCase();
      if (RULE_BY_CODE.has(code) && typeof v === 'string' && SEVERITIES.has(v)) rules[code] = v as SeverityOverride;
    }
  }
  const num = (v: unknown, d: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.floor(v))) : d;
  return {
    engine: {
      target,
      virtualization,
      rules,
      readiness: r.readiness === true,
      minimumNmVersion:
        typeof r.minimumNetworkManagerVersion === 'string' && NM_VERSION.test(r.minimumNetworkManagerVersion.trim())
          ? r.minimumNetworkManagerVersion.trim()
          : undefined,
    },
    scanWorkspace: typeof scan.enabled === 'boolean' ? scan.enabled : DEFAULTS.scanWorkspace,
    reportUnopenedFiles: typeof scan.reportProblems === 'boolean' ? scan.reportProblems : DEFAULTS.reportUnopenedFiles,
    maxFiles: num(scan.maxFiles, DEFAULTS.maxFiles, 0, 100000),
    debounceMs: num(r.debounceMs, DEFAULTS.debounceMs, 0, 2000),
  };
}
