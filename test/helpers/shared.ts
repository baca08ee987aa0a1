// Where the team's shared reference material lives: ../shared beside the project root, or
// wherever IFCFG_SHARED points (for clones elsewhere). Tests that need it skip when it is absent.
import { join } from 'path';

export const SHARED = process.env.IFCFG_SHARED ?? '../shared';
export const CORPUS_DIR = join(SHARED, 'corpus/networkmanager-ifcfg-rh');
export const NM_KEYS_FILE = join(SHARED, 'reference/nm-well-known-keys.txt');
