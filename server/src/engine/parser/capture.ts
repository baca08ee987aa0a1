// Reads a /proc/net/bonding/bondN capture (what `cat /proc/net/bonding/bond0` prints) into
// fields with exact ranges, grouped into the bond section, the 802.3ad info and one section
// per slave. Tolerates pasted fragments (a capture starting at "Bonding Mode:") and noise.

export interface CaptureField {
  line: number;
  /** Field name as printed ("MII Status"). */
  name: string;
  value: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  section: 'bond' | 'ad' | 'slave';
}

export interface CaptureSlave {
  name: string;
  header: CaptureField;
  fields: Map<string, CaptureField>;
}

export interface Capture {
  fields: CaptureField[];
  bond: Map<string, CaptureField>;
  ad: Map<string, CaptureField>;
  slaves: CaptureSlave[];
}

export const CAPTURE_HEADER = /^\s*(Ethernet Channel Bonding Driver:|Bonding Mode:)/;

const FIELD = /^(\s*)([A-Za-z0-9][^:]{0,60}?)\s*:\s*(.*?)\s*$/;

/** Takes only the document's lines, so the document parser can use CAPTURE_HEADER without a cycle. */
export function parseCapture(doc: { readonly lines: readonly { readonly text: string }[] }): Capture {
  const fields: CaptureField[] = [];
  const bond = new Map<string, CaptureField>();
  const ad = new Map<string, CaptureField>();
  const slaves: CaptureSlave[] = [];
  let section: CaptureField['section'] = 'bond';
  let slave: CaptureSlave | undefined;
  for (let i = 0; i < doc.lines.length; i++) {
    const text = doc.lines[i].text;
    if (/^\s*802\.3ad info\s*$/.test(text)) {
      section = 'ad';
      continue;
    }
    const m = FIELD.exec(text);
    if (!m) continue;
    const nameStart = m[1].length;
    const name = m[2];
    const colon = text.indexOf(':', nameStart + name.length);
    let valueStart = colon + 1;
    while (valueStart < text.length && /\s/.test(text[valueStart])) valueStart++;
    const f: CaptureField = {
      line: i,
      name,
      value: m[3],
      nameStart,
      nameEnd: nameStart + name.length,
      valueStart,
      valueEnd: valueStart + m[3].length,
      section: name === 'Slave Interface' ? 'slave' : section,
    };
    fields.push(f);
    if (name === 'Slave Interface') {
      section = 'slave';
      slave = { name: f.value, header: f, fields: new Map() };
      slaves.push(slave);
      continue;
    }
    if (section === 'slave' && slave) {
      if (!slave.fields.has(name)) slave.fields.set(name, f);
    } else if (section === 'ad') {
      if (!ad.has(name)) ad.set(name, f);
    } else if (!bond.has(name)) bond.set(name, f);
  }
  return { fields, bond, ad, slaves };
}
