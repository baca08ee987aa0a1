// Command-line options of ifcfg-lint.
import {
  NM_VERSION,
  RULE_BY_CODE,
  VIRTUALIZATION_SETTINGS,
  type Settings,
  type SeverityOverride,
  type Target,
  type Virtualization,
} from '../engine';

export interface CliOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  summary: boolean;
  color: boolean;
  settings: Settings;
  help: boolean;
  version: boolean;
  /** Write NetworkManager keyfiles into this directory instead of linting. */
  toKeyfile?: string;
  readiness: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: ifcfg-lint [options] <files or directories>

Checks Red Hat/CentOS/Fedora network configuration: network-scripts files (ifcfg-*, route-*, rule-*)
and NetworkManager keyfiles (*.nmconnection).
Each directory is analysed as one system, so bonds and their ports are checked together.
A machine snapshot (an sosreport or a tree laid out like a machine's root) is one machine:
its config files, /proc/net/bonding captures, ip/ethtool/lspci/dmidecode outputs are judged together.

Options:
  --format text|json|sarif     Output format (default: text)
  --fix                        Apply all safe fixes in place (same inode; the original is kept in a
                               backup until the new bytes are on disk; a file changed meanwhile is left alone)
  --target auto|initscripts|networkmanager
                               Whose behaviour to judge by (default: auto = report where they differ)
  --virtualization auto|none|${VIRTUALIZATION_SETTINGS.filter((v) => v !== 'auto' && v !== 'none').join('|')}
                               The platform the config runs on (default: auto = from MAC prefixes)
  --rule CODE=error|warning|information|hint|off
                               Override a rule's severity (repeatable)
  --minimum-nm-version VERSION The oldest NetworkManager the profiles must work with (e.g. 1.40 for
                               RHEL 8): adds advisories about keys older versions do not know
  --summary                    Add a summary of each bond (mode, monitoring, ports, findings) to text output
  --to-keyfile OUTDIR          Write, for every profile NetworkManager would load, the keyfile
                               \`nmcli connection migrate\` would write (mode 0600, atomic)
  --readiness                  Report what blocks or breaks a move to a release without ifcfg
                               support (RHEL 10), per file and per directory, and a snapshot's
                               initscripts hook scripts (/sbin/ifup-local…) NetworkManager never runs
  --no-color                   Plain text output even on a terminal
  -h, --help                   Show this help
  -v, --version                Show the version

Exit status: 0 no errors, 1 errors found, 2 usage or I/O problems.`;

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

export function parseArgs(argv: string[], isTTY: boolean): CliOptions {
  const o: CliOptions = {
    paths: [],
    format: 'text',
    fix: false,
    summary: false,
    color: isTTY && !process.env.NO_COLOR,
    help: false,
    version: false,
    readiness: false,
    settings: { target: 'auto', virtualization: 'auto', rules: {} },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--summary':
        o.summary = true;
        break;
      case '--to-keyfile':
        o.toKeyfile = value();
        break;
      case '--readiness':
        o.readiness = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}"`);
        o.format = f;
        break;
      }
      case '--target': {
        const t = value();
        if (!['auto', 'initscripts', 'networkmanager'].includes(t)) throw new UsageError(`unknown target "${t}"`);
        o.settings.target = t as Target;
        break;
      }
      case '--virtualization': {
        const v = value();
        if (!VIRTUALIZATION_SETTINGS.includes(v))
          throw new UsageError(`unknown virtualization "${v}" (one of ${VIRTUALIZATION_SETTINGS.join(', ')})`);
        o.settings.virtualization = v as Virtualization;
        break;
      }
      case '--minimum-nm-version': {
        const v = value();
        if (!NM_VERSION.test(v))
          throw new UsageError(`--minimum-nm-version expects a version such as 1.40, got "${v}"`);
        o.settings.minimumNmVersion = v;
        break;
      }
      case '--rule': {
        const spec = value();
        const m = /^([A-Za-z]+-\d+)=(\w+)$/.exec(spec);
        if (!m || !SEVERITIES.includes(m[2]))
          throw new UsageError(`--rule expects CODE=${SEVERITIES.join('|')}, got "${spec}"`);
        const code = m[1].toUpperCase();
        if (!RULE_BY_CODE.has(code)) throw new UsageError(`unknown rule code ${code}`);
        o.settings.rules[code] = m[2] as SeverityOverride;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        o.paths.push(arg);
    }
  }
  return o;
}
