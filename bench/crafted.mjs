// Crafted inputs for the scaling check: each builds a hostile file of about n bytes (or n
// files). Shared by bench/run.mjs (4× the input must cost ≤ 6× the time).
export const CRAFTED = [
  ['$( nesting, unquoted', (n) => `DEVICE=${'$('.repeat(n / 2)}\n`],
  ['$( nesting, in double quotes', (n) => `DEVICE="${'$('.repeat(n / 2)}"\n`],
  ['backticks', (n) => `DEVICE=${'`'.repeat(n)}\n`],
  ['||| metacharacters', (n) => `DEVICE=${'|'.repeat(n)}\n`],
  ['||| in BONDING_OPTS', (n) => `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS=${'|'.repeat(n)}\n`],
  ['digits key name', (n) => `${'1'.repeat(n)}=x\n`],
  ['letter + digits + letter key name', (n) => `A${'1'.repeat(n)}x=1\n`],
  ['spaced assignment', (n) => `ONBOOT ${' '.repeat(n)}= yes\n`],
  ['export + blanks', (n) => `export ${' '.repeat(n)}x\n`],
  ['suppression comment with blanks', (n) => `# ifcfg-lint: ignore ${' '.repeat(n)}!\n`],
  ['suppression comment with capitals', (n) => `# ifcfg-lint: ignore ${'A'.repeat(n)}\n`],
  ['BONDING_OPTS of empty options', (n) => `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="${'x= '.repeat(n / 3)}"\n`],
  ['BONDING_OPTS repeated option', (n) => `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="${'miimon=1 '.repeat(n / 9)}"\n`],
  [
    'arp_ip_target list',
    (n) =>
      `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=${'10.0.0.1,'.repeat(n / 9)}"\n`,
  ],
  ['single quotes', (n) => `DEVICE=${"'".repeat(n)}\n`],
  ['double quotes', (n) => `DEVICE=${'"'.repeat(n)}\n`],
  ['backslashes', (n) => `DEVICE=${'\\'.repeat(n)}\n`],
  ['ANSI-C escapes', (n) => `DEVICE=$'${'\\x'.repeat(n / 2)}'\n`],
  ['ETHTOOL_OPTS', (n) => `DEVICE=eth0\nETHTOOL_OPTS="${'-K eth0 tso on; '.repeat(n / 16)}"\n`],
  ['IPADDR of dots', (n) => `IPADDR=${'1.'.repeat(n / 2)}\n`],
  ['HWADDR of colons', (n) => `HWADDR=${'0:'.repeat(n / 2)}\n`],
  ['lone CRs', (n) => `DEVICE=eth0\n${'ONBOOT=yes\r'.repeat(n / 11)}\n`],
  ['duplicate keys', (n) => 'ONBOOT=yes\n'.repeat(n / 11)],
  ['route file line', (n) => `${'10.0.0.0/8 via 10.0.0.1 '.repeat(n / 24)}\n`],
  ['binary noise', (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919) % 256)).toString('utf8')],
];

/** A directory of one bond with `ports` ports, all sharing one HWADDR (the duplicate-MAC check). */
export function bondWithPorts(ports) {
  const files = [
    { uri: '/b/network-scripts/ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n' },
  ];
  for (let i = 0; i < ports; i++)
    files.push({
      uri: `/b/network-scripts/ifcfg-eth${i}`,
      text: `DEVICE=eth${i}\nHWADDR=08:00:27:00:00:01\nMASTER=bond0\nSLAVE=yes\n`,
    });
  return files;
}
