// What a /proc/net/bonding capture says about the running bond.
import { PROC_MODE_BY_NAME } from '../catalog/capture';
import { MODE_BY_NAME, ModeInfo } from '../catalog/modes';
import { Capture, CaptureField, parseCapture } from '../parser/capture';
import { ParsedDocument } from '../parser/document';

export interface BondState {
  doc: ParsedDocument;
  capture: Capture;
  /** Bond the capture is about, from the file name ('' if unknown). */
  name: string;
  mode?: ModeInfo;
  modeField?: CaptureField;
  fom: 'none' | 'active' | 'follow';
  miimon?: number;
  arpInterval?: number;
}

const STATE = Symbol('bondState');
type WithState = ParsedDocument & { [STATE]?: BondState };

export function bondStateOf(doc: ParsedDocument): BondState {
  const d = doc as WithState;
  return (d[STATE] ??= derive(doc));
}

const num = (f: CaptureField | undefined): number | undefined =>
  f && /^\d+$/.test(f.value) ? Number(f.value) : undefined;

function derive(doc: ParsedDocument): BondState {
  const capture = parseCapture(doc);
  const modeField = capture.bond.get('Bonding Mode');
  let mode: ModeInfo | undefined;
  let fom: BondState['fom'] = 'none';
  if (modeField) {
    const v = modeField.value;
    const hit = [...PROC_MODE_BY_NAME.keys()].find((k) => v.startsWith(k));
    if (hit) mode = MODE_BY_NAME.get(PROC_MODE_BY_NAME.get(hit)!);
    const f = /\(fail_over_mac (active|follow)\)/.exec(v);
    if (f) fom = f[1] as BondState['fom'];
  }
  return {
    doc,
    capture,
    name: /^bond/.test(doc.file.suffix) ? doc.file.suffix : '',
    mode,
    modeField,
    fom,
    miimon: num(capture.bond.get('MII Polling Interval (ms)')),
    arpInterval: num(capture.bond.get('ARP Polling Interval (ms)')),
  };
}
