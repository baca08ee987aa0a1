// What each source module costs in the .vsix: `node scripts/size-report.mjs [bundle] [--top N]`
// (bundle: dist/server.js, dist/extension.js or dist/lsp.js; default all three). Builds the bundle
// minified as `npm run package` does, maps every output byte to its source module through the
// source map, and reports per module its minified bytes and its share of the deflated bundle:
// the deflated size of the whole less that of the whole without the module's bytes. The shares
// do not add up to the whole (modules compress against each other), but they rank what to look at.
// zlib's best level stands in for the packer's zopfli (about 3% larger, and 100 times faster).
import { build } from 'esbuild';
import { deflateRawSync } from 'zlib';
import { bundles } from './bundles.mjs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
const chosen = args.filter((a, i) => a.startsWith('dist/') && i !== topAt + 1);
const files = chosen.length ? chosen : ['dist/server.js', 'dist/extension.js', 'dist/lsp.js'];
const all = bundles({ minify: true });
const deflated = (text) => deflateRawSync(Buffer.from(text, 'latin1'), { level: 9, memLevel: 9 }).length;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The source index of every output byte (-1: none), from a version 3 source map's mappings. */
function owners(text, map) {
  const owner = new Int32Array(text.length).fill(-1);
  const lineStart = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStart.push(i + 1);
  const starts = [];
  let source = 0;
  map.mappings.split(';').forEach((line, l) => {
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      starts.push([lineStart[l] + column, fields.length > 1 ? source : -1]);
    }
  });
  starts.forEach(([at, s], i) => owner.fill(s, at, i + 1 < starts.length ? starts[i + 1][0] : text.length));
  return owner;
}

const shortName = (s) => s.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
const packageOf = (s) =>
  s.includes('node_modules/') ? s.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : dirnameOf(shortName(s));
const dirnameOf = (s) => s.split('/').slice(0, -1).join('/') || s;

for (const file of files) {
  const r = await build({ ...all[file], outfile: file, write: false, sourcemap: 'external', logLevel: 'silent' });
  const text = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map')).text);
  const owner = owners(text, map);
  const whole = deflated(text);
  const bytes = new Map();
  for (const s of owner) bytes.set(s, (bytes.get(s) ?? 0) + 1);
  const rows = [...bytes].map(([s, n]) => {
    let rest = '';
    for (let i = 0, from = 0; i <= text.length; i++)
      if (i === text.length || (owner[i] === s) !== (owner[from] === s)) {
        if (owner[from] !== s) rest += text.slice(from, i);
        from = i;
      }
    return { name: s < 0 ? '(bundler glue)' : map.sources[s], bytes: n, share: whole - deflated(rest) };
  });
  rows.sort((a, b) => b.share - a.share);
  console.log(`\n${file}: ${text.length} bytes minified, ${whole} deflated (zlib -9)`);
  console.log('  share  minified  module');
  for (const r of rows.slice(0, top))
    console.log(`${String(r.share).padStart(7)} ${String(r.bytes).padStart(9)}  ${shortName(r.name)}`);
  const groups = new Map();
  for (const r of rows) {
    const g = groups.get(packageOf(r.name)) ?? { bytes: 0, share: 0 };
    g.bytes += r.bytes;
    g.share += r.share;
    groups.set(packageOf(r.name), g);
  }
  console.log('  by package or folder:');
  for (const [g, v] of [...groups].sort((a, b) => b[1].share - a[1].share).slice(0, top))
    console.log(`${String(v.share).padStart(7)} ${String(v.bytes).padStart(9)}  ${g}`);
}
