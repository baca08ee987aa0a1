// Test helpers: lint in-memory files as if they sat in /etc/sysconfig/network-scripts.
import { analyzeFiles, applyEdits, type Finding, type Settings } from '../../server/src/engine';

export const DIR = '/etc/sysconfig/network-scripts';

export type Files = Record<string, string>;

export function lintDir(files: Files, settings: Partial<Settings> = {}, dir = DIR): Map<string, Finding[]> {
  const s: Settings = { target: 'auto', virtualization: 'auto', rules: {}, ...settings };
  const res = analyzeFiles(
    Object.entries(files).map(([name, text]) => ({ uri: `${dir}/${name}`, text })),
    s,
  );
  const out = new Map<string, Finding[]>();
  for (const [uri, f] of res) out.set(uri.slice(dir.length + 1), f);
  return out;
}

export function lint(files: Files, file?: string, settings: Partial<Settings> = {}, dir = DIR): Finding[] {
  const name = file ?? Object.keys(files)[0];
  return lintDir(files, settings, dir).get(name) ?? [];
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** Applies the preferred (or first) fix of the first finding with this code. */
export function applyFix(text: string, f: Finding): string {
  const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
  if (!fix) throw new Error(`${f.code} has no fix`);
  return applyEdits(text, fix.edits);
}

export const bond = (opts: string, extra = ''): string =>
  `DEVICE=bond0\nNAME=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\n${extra}BONDING_OPTS="${opts}"\n`;

export const port = (dev: string, mac?: string, extra = ''): string =>
  `DEVICE=${dev}\n${mac ? `HWADDR=${mac}\n` : ''}TYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n${extra}`;

/** The seed scenario: a VirtualBox active-backup bond with two ports. */
export const seed = (opts = 'mode=1 miimon=100', bondExtra = '', portExtra = ''): Files => ({
  'ifcfg-bond0': bond(opts, bondExtra),
  'ifcfg-enp0s8': port('enp0s8', '08:00:27:5c:b0:e5', portExtra),
  'ifcfg-enp0s9': port('enp0s9', '08:00:27:85:02:d8'),
});

/** The same bond on physical (Intel) NICs. */
export const physical = (opts = 'mode=1 miimon=100', bondExtra = '', portExtra = ''): Files => ({
  'ifcfg-bond0': bond(opts, bondExtra),
  'ifcfg-eth1': port('eth1', '00:1b:21:0a:0b:01', portExtra),
  'ifcfg-eth2': port('eth2', '00:1b:21:0a:0b:02'),
});
