// NetworkManager's own test fixtures, vendored as test data (see test/corpus/networkmanager/NOTICE).
import { join } from 'path';

const ROOT = join(__dirname, '..', 'corpus', 'networkmanager');
export const IFCFG_RH_DIR = join(ROOT, 'ifcfg-rh');
export const KEYFILE_DIR = join(ROOT, 'keyfile');
export const NM_WELL_KNOWN_KEYS = join(ROOT, 'ifcfg-rh-well-known-keys.txt');
