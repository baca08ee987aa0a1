// File-level rules NetworkManager applies before parsing: which names in a system-connections
// folder it skips, backup copies it does load, and the ownership and permissions it demands.
// Facts: nm-keyfile.c nm_keyfile_utils_ignore_filename (NMK L4553-4624), nms-keyfile-utils.c
// nms_keyfile_utils_check_file_permissions (KU L314-361), NetworkManager 355bc902994f.
import { basename } from '../../parser/fileKind';
import type { RuleContext } from '../context';
import type { Range } from '../../types';
import { lineSpan } from '../../util/lineSpan';

/** Which keyfile folder a path is in: /etc (any name but a few), /usr/lib and /run (.nmconnection only). */
export function keyfileFolder(uri: string): 'etc' | 'lib' | 'run' | undefined {
  // Without an escape the path is what it says: most are in no keyfile folder at all.
  if (!uri.includes('%') && !uri.includes('/NetworkManager/system-connections/')) return undefined;
  let p = uri.replace(/^file:\/\//, '');
  try {
    p = decodeURIComponent(p);
  } catch {
    // A malformed escape: the path is read as written.
  }
  if (/\/etc\/NetworkManager\/system-connections\/[^/]+$/.test(p)) return 'etc';
  if (/\/usr\/lib\/NetworkManager\/system-connections\/[^/]+$/.test(p)) return 'lib';
  if (/\/run\/NetworkManager\/system-connections\/[^/]+$/.test(p)) return 'run';
  return undefined;
}

/** Why NetworkManager skips a file name in a keyfile folder, if it does. */
export function skippedName(name: string, folder: 'etc' | 'lib' | 'run'): string | undefined {
  if (name.startsWith('.')) return 'it starts with a dot';
  if (folder !== 'etc') return /.\.nmconnection$/.test(name) ? undefined : 'only *.nmconnection files are read here';
  if (name.endsWith('~')) return 'it ends in ~ (an editor backup)';
  if (/\.[A-Za-z0-9]{6}$/.test(name)) return 'its extension is six letters or digits, like a temporary file of mkstemp';
  if (/\.(pem|der)$/i.test(name)) return 'certificates (.pem/.der) are skipped';
  return undefined;
}

export function checkKeyfileFile(ctx: RuleContext): void {
  if (!ctx.doc.keyfile) return;
  const LINE0 = (): Range => lineSpan(0, 0, ctx.doc.lines[0].text.length);
  const folder = keyfileFolder(ctx.doc.uri);
  if (folder) {
    const name = basename(ctx.doc.uri);
    const why = skippedName(name, folder);
    if (why)
      ctx.report(
        'KEYFILE-040',
        LINE0(),
        `NetworkManager never reads this file: ${why}. Name it <something>.nmconnection.`,
      );
    else if (folder === 'etc' && !/\.nmconnection$/.test(name))
      ctx.report(
        'KEYFILE-042',
        LINE0(),
        /\.nmconnection\./.test(name)
          ? 'NetworkManager also loads this copy (in /etc any file name counts): it competes with the original for the same UUID and the newer file wins.'
          : 'Without the .nmconnection suffix NetworkManager still loads this file from /etc, but nmcli and other tools do not recognise it; prefer <name>.nmconnection.',
      );
  }
  const st = ctx.settings.host?.keyfileStats?.[ctx.doc.uri];
  if (!st) return;
  // NetworkManager checks stat() of the file: a regular file, owned by root (or by the user NM
  // runs as), and no permission bit at all for group or others, not even read.
  const problems: string[] = [];
  if ((st.mode & 0o170000) !== 0o100000) problems.push('it is not a regular file');
  if (st.uid !== 0 && st.uid !== st.nmUid) problems.push(`the owner is uid ${st.uid}, not root`);
  if ((st.mode & 0o077) !== 0)
    problems.push(
      `the mode is ${(st.mode & 0o777).toString(8).padStart(4, '0')}: group or others have access, and NetworkManager allows them none`,
    );
  if (problems.length)
    ctx.report(
      'KEYFILE-041',
      LINE0(),
      `NetworkManager refuses to load this file: ${problems.join(' and ')}. Run: chown root:root <file>; chmod 0600 <file>.`,
    );
}
