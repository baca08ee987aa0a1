// Rule metadata: NetworkManager keyfiles (*.nmconnection). Only NetworkManager reads them,
// so every rule describes NetworkManager (and GLib's key-file parser underneath it).
import { DiagnosticTag } from '../../types';
import type { RuleSpec } from './types';

export const KEYFILE_RULES = {
  'KEYFILE-001': {
    severity: 'error',
    title: 'Line GLib cannot read: NetworkManager ignores the file',
  },
  'KEYFILE-002': { severity: 'warning', title: 'Carriage return without line feed' },
  'KEYFILE-003': { severity: 'warning', title: 'Invalid escape sequence' },
  'KEYFILE-004': { severity: 'warning', title: 'Invalid UTF-8 or NUL byte' },
  'KEYFILE-010': {
    severity: 'warning',
    title: 'Unknown group',
    fixes: [{ title: 'Rename the group to [', safe: false }],
  },
  'KEYFILE-011': {
    severity: 'warning',
    title: 'Unknown key',
    fixes: [
      {
        title: 'Rename to ',
        safe: false,
      },
    ],
  },
  'KEYFILE-012': {
    severity: 'hint',
    title: 'Key NetworkManager does not read from keyfiles',
    tags: [DiagnosticTag.Unnecessary],
  },
  'KEYFILE-013': {
    severity: 'hint',
    title: 'Deprecated spelling (master, slave-type, …)',
    tags: [DiagnosticTag.Deprecated],
    fixes: [
      {
        title: 'Remove ',
        safe: false,
      },
      {
        title: 'Rename to ',
        safe: false,
      },
    ],
  },
  'KEYFILE-014': {
    severity: 'warning',
    title: 'Group present under both its name and its alias',
  },
  'KEYFILE-015': {
    severity: 'warning',
    title: 'Key set twice (the last wins)',
    tags: [DiagnosticTag.Unnecessary],
    fixes: [
      {
        title: 'Remove this ',
        safe: true,
      },
    ],
  },
  'KEYFILE-016': { severity: 'information', title: 'Teaming is removed in RHEL 10' },
  'KEYFILE-020': {
    severity: 'warning',
    title: 'Invalid boolean (only true/false/1/0)',
    fixes: [
      {
        title: 'Write ',
        safe: false,
      },
    ],
  },
  'KEYFILE-021': { severity: 'warning', title: 'Invalid or out-of-range number' },
  'KEYFILE-022': {
    severity: 'warning',
    title: 'Enum or flags value NetworkManager cannot read',
    fixes: [
      {
        title: 'Write ',
        safe: false,
      },
    ],
  },
  'KEYFILE-023': { severity: 'warning', title: 'Invalid MAC address' },
  'KEYFILE-024': { severity: 'warning', title: 'Invalid address' },
  'KEYFILE-025': { severity: 'warning', title: 'Invalid route or route options' },
  'KEYFILE-026': { severity: 'warning', title: 'Invalid DNS server' },
  'KEYFILE-027': {
    severity: 'error',
    title: 'Value verify() refuses',
    fixes: [{ title: 'Write ', safe: false }],
  },
  'KEYFILE-028': {
    severity: 'information',
    title: 'Trailing whitespace in a value',
    fixes: [
      {
        title: 'Remove the trailing whitespace',
        safe: false,
      },
    ],
  },
  'KEYFILE-029': {
    severity: 'warning',
    title: 'Number read as octal',
    fixes: [
      {
        title: 'Write ',
        safe: true,
      },
    ],
  },
  'KEYFILE-030': {
    severity: 'error',
    title: 'Profile NetworkManager rejects (type, id, uuid, interface-name, refused number)',
  },
  'KEYFILE-031': {
    severity: 'error',
    title: 'Controller and port-type do not fit together',
    fixes: [
      { title: 'Add port-type=bond', safe: false },
      { title: 'Add port-type=bridge', safe: false },
    ],
  },
  'KEYFILE-032': { severity: 'error', title: 'IP method and addresses/DNS conflict' },
  'KEYFILE-033': {
    severity: 'warning',
    title: 'IP settings on a port profile (removed)',
  },
  'KEYFILE-034': {
    severity: 'information',
    title: 'controller= without master= (NetworkManager < 1.46)',
    messages: {
      main: 'Only controller= names the controller, and NetworkManager before 1.46 (RHEL 8, RHEL 9 before 9.4) does not know this key: {version}, the oldest version these profiles must support (ifcfg.minimumNetworkManagerVersion), loads the profile as a standalone interface. Add master={value} as well; newer versions read both.',
    },
  },
  'KEYFILE-035': {
    severity: 'error',
    title: 'Required property or setting is missing',
    fixes: [
      {
        title: 'Add transport-mode=datagram',
        safe: false,
      },
    ],
  },
  'KEYFILE-036': { severity: 'information', title: 'No uuid: derived from the file path' },
  'KEYFILE-037': {
    severity: 'error',
    title: 'Properties verify() refuses together',
  },
  'KEYFILE-040': { severity: 'warning', title: 'File name NetworkManager skips' },
  'KEYFILE-041': {
    severity: 'error',
    title: 'Ownership or permissions NetworkManager refuses',
  },
  'KEYFILE-042': {
    severity: 'information',
    title: 'File name NetworkManager reads but tools do not expect',
  },
} satisfies Record<string, RuleSpec>;
