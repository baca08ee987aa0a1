// What the verify() functions of NetworkManager's 802.1X, Wi-Fi, Wi-Fi security and GSM
// settings (and WireGuard's key flags) demand of a profile, as data: required properties (some
// only for a given EAP method or mode), properties that exclude each other, and values with a
// shape to respect. One failure makes NetworkManager refuse the whole profile. Read at
// NetworkManager 355bc902994f in libnm-core-impl/nm-setting-8021x.c, nm-setting-wireless.c,
// nm-setting-wireless-security.c, nm-setting-gsm.c, nm-setting-wireguard.c and nm-utils.c: in
// the setting's verify() unless a comment on the rule names the function (a comment, so the
// shipped table does not carry it). `nm` is the error text verify() gives ({value}: the value that
// triggered the rule), `why` our explanation ({keys}: the missing keys, {value} as in `nm`).

/** A fact about the profile as NetworkManager holds it after reading the file. `key` is a key of
 *  the rule's setting, or `setting.key` for another setting. */
export type NmCond =
  /** Set, and the value (for a list: one of its entries) is one of these. */
  | { key: string; in: string[] }
  /** Unset, or a value that is none of these. */
  | { key: string; notIn: string[] }
  /** Has a value other than the default (an empty string counts, an empty list does not). */
  | { key: string; set: true }
  | { key: string; unset: true }
  /** Set to a value that does not start with this. */
  | { key: string; notPrefix: string }
  | { type: string[] }
  | { notType: string[] };

interface RuleBase {
  /** The setting whose verify() checks this; the rule runs only when the profile has it. */
  s: string;
  /** Every condition must hold for the rule to apply. */
  when?: NmCond[];
}

interface Said {
  why: string;
  nm: string;
}

/** Named checks of one value (rules/keyfile/verifyValues.ts). */
export type NmValueTest =
  | 'apn'
  | 'apn-nonempty'
  | 'network-id'
  | 'sim-operator-id'
  | 'ssid'
  | 'wifi-channel'
  | 'wake-on-lan'
  | 'wake-on-wlan'
  | 'vlan-id'
  | 'vlan-parent'
  | 'bridge-forward-delay'
  | 'bridge-hello-time'
  | 'bridge-max-age'
  | 'bridge-group-forward-mask'
  | 'wps-method'
  | 'auth-flags'
  | 'secret-flags';

export type NmVerifyRule = RuleBase &
  (
    | (Omit<Said, 'nm'> & {
        /** Every key must be set. Reported on the line of the first condition (else the group). */
        check: 'required';
        /** Default: NetworkManager's `<setting>.<first missing key>: property is missing`. */
        nm?: string;
        keys: string[];
        /** NetworkManager's text for a key that is present but empty; `false`: another rule
         *  reports the empty value; absent: an empty value counts as missing. */
        nmEmpty?: string | false;
      })
    /** The profile must have another setting (group). */
    | (Said & { check: 'setting'; setting: string })
    /** Exactly one of two keys must be present (an empty value counts as present). */
    | (Said & { check: 'one-of'; keys: [string, string]; whyBoth: string })
    /** The conditions describe a combination verify() refuses; reported on `key`. */
    | (Said & { check: 'conflict'; key: string })
    /** The value must pass a named test, which words the problem itself. */
    | { check: 'value'; key: string; test: NmValueTest }
  );

const X = '802-1x';
const W = '802-11-wireless';
const WS = '802-11-wireless-security';
const EAP_IDENTITY = ['leap', 'md5', 'peap', 'ttls', 'fast', 'pwd'];
const KEY_MGMT_8021X = ['ieee8021x', 'wpa-eap', 'wpa-eap-suite-b-192'];
const KEY_MGMT_PMF = ['wpa-eap', 'wpa-eap-suite-b-192', 'wpa-psk', 'sae', 'owe'];

const certPassword = (cert: string): NmVerifyRule => ({
  s: X,
  check: 'conflict',
  key: `${cert}-password`,
  when: [
    { key: `${cert}-password`, set: true },
    { key: cert, notPrefix: 'pkcs11:' },
  ],
  // verify() / _cert_verify_property()
  why: `${cert}-password= is for a certificate on a PKCS#11 token (pkcs11:…) only`,
  nm: `802-1x.${cert}-password: password is not supported when certificate is not on a PKCS#11 token`,
});

/** verify() tells an empty string from an unset property and refuses the empty one. */
const nonempty = (s: string, key: string, what: string): NmVerifyRule => ({
  s,
  check: 'conflict',
  key,
  when: [{ key, in: [''] }],
  why: `An empty ${key}= is not the same as none: ${what}`,
  nm: `${s}.${key}: property is empty`,
});

export const NM_VERIFY_RULES: readonly NmVerifyRule[] = [
  // nm-setting-8021x.c
  {
    s: X,
    check: 'required',
    keys: ['eap'],
    why: '[802-1x] needs eap= (e.g. peap or tls)',
  },
  {
    s: X,
    check: 'conflict',
    key: 'optional',
    when: [{ key: 'optional', in: ['true'] }, { notType: ['802-3-ethernet'] }],
    why: 'optional=true exists for Ethernet only',
    nm: `${X}.optional: can be enabled only on Ethernet connections`,
  },
  {
    s: X,
    check: 'required',
    keys: ['identity'],
    when: [{ key: 'eap', in: EAP_IDENTITY }],
    nmEmpty: `${X}.identity: property is empty`,
    // verify_identity()
    why: 'EAP method {value} needs identity= (the user name)',
  },
  {
    s: X,
    check: 'required',
    keys: ['client-cert', 'private-key'],
    when: [{ key: 'eap', in: ['tls'] }],
    // verify_tls()
    why: 'EAP method tls needs a client certificate and key: {keys} missing',
  },
  {
    s: X,
    check: 'one-of',
    keys: ['phase2-auth', 'phase2-autheap'],
    when: [{ key: 'eap', in: ['peap', 'ttls'] }],
    // verify_ttls()
    why: 'EAP method {value} needs its inner authentication: phase2-auth= or phase2-autheap=',
    whyBoth: 'PEAP and TTLS take one inner authentication, not both phase2-auth= and phase2-autheap=',
    nm: `${X}.phase2-auth, 802-1x.phase2-autheap: exactly one property must be set`,
  },
  {
    s: X,
    check: 'value',
    key: 'phase1-auth-flags',
    test: 'auth-flags',
  },
  certPassword('ca-cert'),
  certPassword('phase2-ca-cert'),
  certPassword('client-cert'),
  certPassword('phase2-client-cert'),

  // nm-setting-wireless-security.c
  {
    s: WS,
    check: 'required',
    keys: ['key-mgmt'],
    nmEmpty: false,
    why: '[wifi-security] needs key-mgmt=',
  },
  {
    s: WS,
    check: 'conflict',
    key: 'key-mgmt',
    when: [
      { key: `${W}.mode`, in: ['mesh'] },
      { key: 'key-mgmt', notIn: ['none', 'sae'] },
    ],
    why: 'A mesh takes key-mgmt=none or sae only',
    nm: `${WS}.key-mgmt: '{value}' is not a valid value for 'mesh' mode connections`,
  },
  {
    s: WS,
    check: 'conflict',
    key: 'auth-alg',
    when: [
      { key: 'auth-alg', in: ['leap'] },
      { key: 'key-mgmt', notIn: ['ieee8021x'] },
    ],
    why: 'auth-alg=leap needs key-mgmt=ieee8021x',
    nm: `${WS}.auth-alg: 'leap' security requires 'key-mgmt=ieee8021x'`,
  },
  {
    s: WS,
    check: 'required',
    keys: ['leap-username'],
    when: [{ key: 'auth-alg', in: ['leap'] }],
    nmEmpty: false,
    why: 'auth-alg=leap needs leap-username=',
    nm: `${WS}.leap-username: property is empty`,
  },
  {
    s: WS,
    check: 'setting',
    setting: X,
    when: [
      { key: 'key-mgmt', in: KEY_MGMT_8021X },
      { key: 'auth-alg', notIn: ['leap'] },
    ],
    why: 'key-mgmt={value} authenticates with 802.1X: the profile needs an [802-1x] group',
    nm: `${X}: '{value}' security requires '802-1x' setting presence`,
  },
  nonempty(WS, 'leap-username', 'remove the line or give the name'),
  {
    s: WS,
    check: 'conflict',
    key: 'auth-alg',
    when: [
      { key: 'auth-alg', in: ['shared'] },
      { key: 'key-mgmt', set: true },
      { key: 'key-mgmt', notIn: ['none'] },
    ],
    why: 'auth-alg=shared (WEP) needs key-mgmt=none',
    nm: `${WS}.auth-alg: 'shared' can only be used with 'key-mgmt=none' (WEP)`,
  },
  {
    s: WS,
    check: 'conflict',
    key: 'pmf',
    when: [
      { key: 'pmf', in: ['2', '3'] },
      { key: 'key-mgmt', notIn: KEY_MGMT_PMF },
    ],
    why: 'pmf=2 or 3 needs WPA key management',
    nm: `${WS}.pmf: '{value}' can only be used with 'owe', 'wpa-psk', 'sae', 'wpa-eap' or 'wpa-eap-suite-b-192' key management`,
  },
  {
    s: WS,
    check: 'conflict',
    key: 'pmf',
    when: [
      { key: 'key-mgmt', in: ['owe', 'sae', 'wpa-eap-suite-b-192'] },
      { key: 'pmf', in: ['1', '2'] },
    ],
    why: 'WPA3 always protects management frames: pmf=0 or 3 only',
    nm: `${WS}.pmf: pmf can only be 'default' or 'required' when using 'owe', 'sae' or 'wpa-eap-suite-b-192' key management`,
  },
  {
    s: WS,
    check: 'value',
    key: 'wps-method',
    test: 'wps-method',
    // verify() / _nm_utils_wps_method_validate() (nm-utils.c)
  },

  // nm-setting-wired.c
  { s: '802-3-ethernet', check: 'value', key: 'wake-on-lan', test: 'wake-on-lan' },

  // nm-setting-vlan.c
  { s: 'vlan', check: 'value', key: 'id', test: 'vlan-id' },
  { s: 'vlan', check: 'value', key: 'parent', test: 'vlan-parent' },

  // nm-setting-bridge.c verify / check_range
  { s: 'bridge', check: 'value', key: 'forward-delay', test: 'bridge-forward-delay' },
  { s: 'bridge', check: 'value', key: 'hello-time', test: 'bridge-hello-time' },
  { s: 'bridge', check: 'value', key: 'max-age', test: 'bridge-max-age' },
  { s: 'bridge', check: 'value', key: 'group-forward-mask', test: 'bridge-group-forward-mask' },

  // nm-setting-wireless.c
  {
    s: W,
    check: 'required',
    keys: ['ssid'],
    nmEmpty: false,
    why: '[wifi] needs ssid=',
  },
  { s: W, check: 'value', key: 'ssid', test: 'ssid' },
  {
    s: W,
    check: 'required',
    keys: ['band'],
    when: [{ key: 'channel', set: true }],
    nmEmpty: false,
    why: 'channel= needs band= (a, bg or 6GHz)',
    nm: `${W}.band: 'channel' requires setting 'band' property`,
  },
  { s: W, check: 'value', key: 'channel', test: 'wifi-channel' },
  {
    s: W,
    check: 'required',
    keys: ['band', 'channel'],
    when: [{ key: 'mode', in: ['mesh'] }],
    nmEmpty: false,
    why: 'A mesh needs a fixed band= and channel= ({keys} missing)',
    nm: `${W}.mode: 'mesh' requires 'band' and 'channel' property`,
  },
  {
    s: W,
    check: 'value',
    key: 'wake-on-wlan',
    test: 'wake-on-wlan',
  },
  {
    s: W,
    check: 'conflict',
    key: 'ap-isolation',
    when: [
      { key: 'ap-isolation', set: true },
      { key: 'mode', notIn: ['ap'] },
    ],
    why: 'ap-isolation needs mode=ap',
    nm: `${W}.ap-isolation: AP isolation can be set only in AP mode`,
  },
  {
    s: W,
    check: 'conflict',
    key: 'channel-width',
    when: [
      { key: 'channel-width', set: true },
      { key: 'mode', notIn: ['ap'] },
    ],
    why: 'channel-width needs mode=ap',
    nm: `${W}.channel-width: a specific channel width can be set only in AP mode`,
  },
  {
    s: W,
    check: 'conflict',
    key: 'channel-width',
    when: [
      { key: 'channel-width', set: true },
      { key: 'mode', in: ['ap'] },
      { key: 'channel', unset: true },
    ],
    why: 'channel-width needs a fixed channel=',
    nm: `${W}.channel-width: a specific channel width can be set only together with a fixed channel`,
  },
  {
    s: W,
    check: 'conflict',
    key: 'channel-width',
    when: [
      { key: 'channel-width', in: ['80'] },
      { key: 'mode', in: ['ap'] },
      { key: 'channel', set: true },
      { key: 'band', notIn: ['a', '6GHz'] },
    ],
    why: '80 MHz needs band=a or 6GHz',
    nm: `${W}.channel-width: 80MHz channels are only supported in the 5GHz and 6GHz bands`,
  },

  // nm-setting-wireguard.c: the one setting whose verify() checks its secret flags.
  {
    s: 'wireguard',
    check: 'value',
    key: 'private-key-flags',
    test: 'secret-flags',
    // verify() / _nm_utils_secret_flags_validate() (nm-utils.c)
  },

  // nm-setting-gsm.c
  nonempty('gsm', 'number', 'remove the line'),
  // verify() / _verify_apn()
  { s: 'gsm', check: 'value', key: 'apn', test: 'apn' },
  {
    s: 'gsm',
    check: 'value',
    key: 'initial-eps-bearer-apn',
    test: 'apn-nonempty',
    // verify() / _verify_apn()
  },
  nonempty('gsm', 'username', 'remove the line'),
  { s: 'gsm', check: 'value', key: 'network-id', test: 'network-id' },
  nonempty('gsm', 'device-id', 'remove the line'),
  nonempty('gsm', 'sim-id', 'remove the line'),
  { s: 'gsm', check: 'value', key: 'sim-operator-id', test: 'sim-operator-id' },
];
