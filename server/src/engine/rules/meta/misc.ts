// Rule metadata: ETHTOOL_OPTS, BRIDGING_OPTS, /proc/net/bonding captures, route- and rule- files.
// Each entry: severity, whose behaviour it describes, sources, examples, fix safety.
import { DiagnosticTag } from '../../types';
import type { RuleSpec } from './types';

export const MISC_RULES = {
  'ETHTOOL-001': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'ETHTOOL_OPTS value NetworkManager cannot use',
    messages: {
      needsDevice: 'ETHTOOL_OPTS: "{cmd}" needs an interface name and then name/value pairs.',
      oddPairs: 'ETHTOOL_OPTS: "{fragment}" has a name without a value; NetworkManager ignores the rest.',
      onOff: 'ETHTOOL_OPTS: {name} takes on or off, not "{v}".',
      number: 'ETHTOOL_OPTS: {name} takes a number, not "{v}".',
      autoneg: 'ETHTOOL_OPTS: autoneg takes on or off, not "{v}" (NetworkManager: "Auto-negotiation unknown value").',
      speed: 'ETHTOOL_OPTS: speed takes a number of Mb/s, not "{v}".',
      duplex: 'ETHTOOL_OPTS: duplex takes half or full, not "{v}".',
      wol: 'ETHTOOL_OPTS: wol takes letters from "pumbagsd", not "{v}".',
      sopass: 'ETHTOOL_OPTS: sopass takes a MAC-formatted password, not "{v}".',
    },
  },
  'BRIDGE-001': {
    severity: 'warning',
    title: 'BRIDGING_OPTS option of the wrong side or unknown',
    fixes: [{ title: 'Rename to', safe: false }],
    messages: {
      bridgeOptOnPort:
        '{key} is an option of the bridge itself; in a port\'s BRIDGING_OPTS NetworkManager ignores it ("unhandled bridge option") and initscripts writes a brport attribute that does not exist. Put it in the bridge\'s file.',
      portOptOnBridge:
        "{key} is a bridge-port option; on the bridge NetworkManager ignores it and initscripts fails to write it. Put it in BRIDGING_OPTS of the port's file (the one with BRIDGE=).",
      unknown: 'Unknown {side} option "{key}"{guess}: NetworkManager ignores it and initscripts fails to write it.',
    },
  },
  'BRIDGE-002': {
    severity: 'warning',
    title: 'IP settings on a bridge port',
    fixes: [
      {
        title: 'Delete the IP settings of the port',
        safe: false,
      },
    ],
    messages: {
      main: 'This interface is a port of {bridge} (BRIDGE=): its own IP settings are not applied. initscripts flushes its addresses when it joins the bridge, and NetworkManager removes IP configuration from port profiles. Put the addresses on {bridge}.',
    },
  },
  'BRIDGE-003': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'STP on with a forward DELAY outside 2–30 seconds',
    messages: {
      low: 'With STP on, NetworkManager does not load this profile: DELAY={delay} is below 2 (bridge.forward-delay must be 2–30 seconds).',
      high: 'With STP on, NetworkManager ignores DELAY={delay} (above 30 seconds) and uses 15 s. Write a DELAY from 2 to 30.',
      centi:
        'initscripts 10.x hands DELAY to "ip link … forward_delay", which counts hundredths of a second: DELAY={delay} asks for {seconds} s, outside the 2–30 s the kernel allows with STP. The kernel moves it into that range when STP starts, and refuses it when ifup runs again on a bridge that already runs STP, so that ifup fails. (NetworkManager reads DELAY in seconds.)',
    },
  },
  'CAP-001': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Port or bond with MII status down',
  },
  'CAP-002': {
    severity: 'information',
    describes: 'kernel',
    title: 'Port link has failed',
  },
  'CAP-003': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Running bond without link monitoring',
  },
  'CAP-004': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Active-backup on virtual NICs without fail_over_mac (running)',
  },
  'CAP-005': {
    severity: 'warning',
    describes: 'kernel',
    title: 'No LACP partner',
  },
  'ROUTE-001': {
    severity: 'error',
    title: 'Route file mixes two formats',
    messages: {
      main: 'This file uses ADDRESSn= lines, so both tools read the whole file as KEY=value: this ip-route line is ignored.',
    },
  },
  'ROUTE-002': {
    severity: 'error',
    title: 'Route index gap',
    messages: {
      gap: 'ADDRESS{n} is never read: routes are numbered from ADDRESS0 without gaps and ADDRESS{gap} is missing.',
      noFirst:
        'ADDRESS{n} is never read: routes are numbered from ADDRESS0 without gaps and ADDRESS{gap} is missing (initscripts skips the whole file).',
    },
  },
  'ROUTE-003': {
    severity: 'error',
    title: 'Route without NETMASK',
    messages: {
      main: 'ADDRESS{n} has no NETMASK{n}: NetworkManager refuses the whole profile ("Missing IP4 route element").',
    },
  },
  'ROUTE-005': {
    severity: 'warning',
    title: 'Route line NetworkManager skips',
    messages: {
      options: '{problem} — NetworkManager refuses the profile.',
      line: '{problem} (initscripts hands the line to "ip route add" as it is.)',
    },
  },
  'ROUTE-006': {
    severity: 'information',
    describes: 'networkmanager',
    title: 'Route file ignored because a rule file exists',
    messages: {
      main: '{files} exist{s}: NetworkManager then ignores this route file (and route tables) for the profile and expects a dispatcher script to apply them.',
    },
  },
  'ROUTE-007': {
    severity: 'warning',
    title: 'Key that does not belong in a route file',
    messages: {
      main: '{key} does not belong in a route file; only ADDRESSn, NETMASKn, GATEWAYn, METRICn and OPTIONSn are read.',
    },
  },
  'ROUTE-008': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'Trailing comment on a route/rule line',
    fixes: [{ title: 'Remove the trailing comment', safe: false }],
    messages: {
      main: 'initscripts passes the whole line to "ip {what} add", comment included, and ip fails on it. Put comments on their own line.',
    },
  },
  'ROUTE-009': {
    severity: 'hint',
    title: 'Route or rule file that belongs to no interface',
    tags: [DiagnosticTag.Unnecessary],
    messages: {
      main: 'There is no ifcfg-{name} here and no ifcfg file with DEVICE={name}: NetworkManager reads {file} only with ifcfg-{name}, and initscripts only when an interface named {name} comes up, so it has no effect.',
    },
  },
  'RULE-001': {
    severity: 'warning',
    title: 'Unknown ip-rule word',
    messages: {
      main: '"{word}" is not an ip-rule selector or action: "ip rule add" fails on this line.',
    },
  },
} satisfies Record<string, RuleSpec>;
