// A slim document reads an ifcfg file's identity (type, DEVICE, UUID, MASTER…) from the few
// assignments it depends on, without parsing the rest. Whatever the text (line breaks, a BOM,
// lone CRs, comments, repeated and indented keys, quotes), that reading must be the full parse's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  effectiveOf,
  IDENTITY_KEYS,
  ifcfgIdentity,
  ParsedDocument,
  parseDocument,
  profileOf,
  SlimDocument,
} from '../../server/src/engine';

const URI = 'file:///etc/sysconfig/network-scripts/ifcfg-bond0';
const IDENTITY = ['format', 'type', 'device', 'uuid', 'portType', 'slave', 'autoconnect', 'autoconnectPorts'] as const;
const identityOf = (p: ReturnType<typeof profileOf>) => ({
  ...Object.fromEntries(IDENTITY.map((k) => [k, p[k]])),
  master: p.master && { value: p.master.value, viaUuid: p.master.viaUuid },
});

/** The identity keys' effective assignments of the full parse, and of effectiveOf. */
function both(text: string) {
  const full = parseDocument(URI, text);
  const want = [...IDENTITY_KEYS].flatMap((k) => (full.effective.has(k) ? [[k, full.effective.get(k)]] : []));
  const got = [...effectiveOf(text, IDENTITY_KEYS)].sort(
    (a, b) => [...IDENTITY_KEYS].indexOf(a[0]) - [...IDENTITY_KEYS].indexOf(b[0]),
  );
  const strip = (a: unknown) => ({ ...(a as object), index: undefined });
  return {
    want: want.map(([k, a]) => [k, strip(a)]),
    got: got.map(([k, a]) => [k, strip(a)]),
    full,
  };
}

test('the identity assignments are the full parse’s: breaks, BOM, lone CRs, comments, quotes', () => {
  const texts = [
    'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
    '\ufeffDEVICE=bond0\r\nTYPE=Bond\r\n',
    '\ufeff  DEVICE=bond0\n',
    'DEVICE=bond0\rTYPE=Team\nMASTER=bond1\n', // TYPE follows a lone CR: the rest of line 0
    'DEVICE=eth0\r\rMASTER=bond0\r\n',
    '# DEVICE=eth9\n\t DEVICE=eth1 \nDEVICE="eth2"\nDEVICE=\n',
    'MASTER_UUID=\nMASTER=bond0\nSLAVE=yes\nONBOOT=no\nAUTOCONNECT_SLAVES=yes\n',
    'DEVICETYPE=TeamPort\nTEAM_CONFIG=\'{"runner":{"name":"lacp"}}\'\n',
    'export DEVICE=eth0\nDEVICE =eth1\n DEVICE= eth2 # x\nDEVICE_X=eth3\nXDEVICE=eth4\n',
    'VLAN=yes\nDEVICE=eth0.10\nUUID=5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03\n',
    'DEVICE=eth0\\\nTYPE=Bond\n',
    'TYPE=Ethernet\nBONDING_OPTS="mode=4"\nBONDING_MASTER=no\n',
    '',
    '\r',
    '\n\n',
    'DEVICE=bond0',
  ];
  for (const t of texts) {
    const { want, got } = both(t);
    assert.deepEqual(got, want, JSON.stringify(t));
  }
});

test('random texts of identity and other lines read the same identity either way', () => {
  const line = fc.oneof(
    fc
      .constantFrom(...IDENTITY_KEYS)
      .chain((k) =>
        fc
          .tuple(fc.constantFrom('', ' ', '\t', '\ufeff'), fc.constant(k), fc.constantFrom('=', ' =', '=='))
          .map((p) => p.join('')),
      ),
    fc.constantFrom('# c', '', '  ', 'NAME=x', 'IPADDR=10.0.0.1', 'DEVICE_TYPE=x', 'garbage'),
  );
  const value = fc.constantFrom(
    '',
    'bond0',
    'eth1',
    '"Bond"',
    "'team'",
    'yes',
    'no',
    '"mode=1 miimon=100"',
    '$(x)',
    '"a',
    'Ethernet',
  );
  const brk = fc.constantFrom('\n', '\r\n', '\r', '\r\r\n');
  fc.assert(
    fc.property(fc.array(fc.tuple(line, value, brk), { maxLength: 12 }), (parts) => {
      const text = parts.map(([l, v, b]) => l + v + b).join('');
      const { want, got, full } = both(text);
      assert.deepEqual(got, want);
      const slim = new SlimDocument(URI, text);
      assert.deepEqual(identityOf(profileOf(slim)), identityOf(profileOf(full)));
    }),
    { numRuns: 2000 },
  );
});

test('an identity reads no key outside IDENTITY_KEYS', () => {
  const read = new Set<string>();
  class Watched extends Map<string, never> {
    override get(k: string) {
      read.add(k);
      return undefined;
    }
    override has(k: string) {
      read.add(k);
      return false;
    }
  }
  for (const kind of ['ifcfg', 'alias'] as const)
    ifcfgIdentity({ file: { kind, base: 'ifcfg-x', suffix: 'x' }, effective: new Watched() } as Pick<
      ParsedDocument,
      'file' | 'effective'
    >);
  assert.deepEqual(
    [...read].filter((k) => !IDENTITY_KEYS.has(k)),
    [],
  );
  assert.ok(read.size >= 10);
});
