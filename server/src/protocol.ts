// Custom requests and notifications between the ifcfg server and its clients, typed with the
// LSP library's message types (the client imports the same definitions).
import { NotificationType0, RequestType0 } from 'vscode-languageserver-protocol';
import { type BondSummary } from './engine';

/** Every bond of the workspace with its ports, running state and findings (the Bonds view). */
export const BONDS_REQUEST = new RequestType0<BondSummary[], void>('ifcfg/bonds');

/** Sent after diagnostics were recomputed: the answer to ifcfg/bonds may have changed. */
export const BONDS_CHANGED = new NotificationType0('ifcfg/bondsChanged');
