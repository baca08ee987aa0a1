// The headline fix: make an active-backup bond keep each port's own MAC.
import { BOND_OPTION_BY_NAME } from '../catalog/bonding';
import { BondConfig } from '../model/profile';
import { FixDraft } from '../types';
import { styled } from './bondingOpts';

export function failOverMacFix(b: BondConfig): FixDraft {
  const o = BOND_OPTION_BY_NAME.get('fail_over_mac')!;
  const value = styled(b, o, 'active');
  const existing = b.opts.get('fail_over_mac');
  if (existing) {
    return {
      title: `Set fail_over_mac=${value}`,
      preferred: true,
      edits: [b.edits.replaceValue(existing, value)],
    };
  }
  return {
    title: `Add fail_over_mac=${value}`,
    preferred: true,
    edits: [b.edits.append(`fail_over_mac=${value}`)],
  };
}

/** True when the bond is active-backup and does not already keep port MACs. */
export function lacksFailOverMac(b: BondConfig): boolean {
  return b.effectiveMode.name === 'active-backup' && (b.fom === 'none' || b.fom === 'follow');
}
