// Identity across the workspace, over the profile model (ifcfg files and keyfiles alike): a UUID
// used twice, and two profiles that both start one interface at boot.
import type { Profile } from '../model/profile';
import type { RuleContext } from './context';

/** How a profile says it starts at boot, in its own format. */
const bootKey = (p: Profile) => (p.format === 'keyfile' ? 'autoconnect' : 'ONBOOT=yes');

export function checkProfileIdentity(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.keyfile ? doc.keyfile.errors.length > 0 : doc.file.kind !== 'ifcfg') return;
  const p = ctx.profile;
  const sys = ctx.system;
  if (p.uuid && p.uuidRange) {
    const same = sys.withUuid(p.uuid).filter((o) => o !== p);
    if (same.length) {
      ctx.report(
        'IFCFG-045',
        p.uuidRange,
        `UUID ${p.uuid} is also used by ${same.map((o) => o.doc.file.base).join(', ')}: NetworkManager loads only one of them.`,
        {
          related: same
            .filter((o) => o.uuidRange)
            .map((o) => ({ uri: o.doc.uri, range: o.uuidRange!, message: 'same UUID' })),
        },
      );
    }
  }
  if (p.device && p.deviceRange && p.autoconnect) {
    const rivals = sys.withDevice(p.device).filter((o) => o !== p && o.autoconnect);
    if (rivals.length) {
      ctx.report(
        'BOND-038',
        p.deviceRange,
        `${rivals.map((o) => `${o.doc.file.base} (${bootKey(o)})`).join(', ')} also configure${rivals.length === 1 ? 's' : ''} ${p.device} at boot: NetworkManager loads every profile and activates only one of them on the device, and initscripts brings up each file in turn, so which settings end up on ${p.device} depends on order.`,
        {
          related: rivals
            .filter((o) => o.deviceRange)
            .map((o) => ({ uri: o.doc.uri, range: o.deviceRange!, message: 'same interface' })),
        },
      );
    }
  }
}
