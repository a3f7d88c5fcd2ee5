// Writes file.br and file.gz beside every text file of the build (dist/), so the C++
// server sends them with Content-Encoding instead of compressing on each request
// (src/http/static_files.h). Run after `vite build` and copy-swagger.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist');
const kText = /\.(html|js|css|svg|json|map|txt)$/;
// Below this the headers outweigh the saving.
const kMinBytes = 512;

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

let raw = 0;
let brotli = 0;
for (const file of files(dist)) {
  if (!kText.test(file)) continue;
  const data = fs.readFileSync(file);
  if (data.length < kMinBytes) continue;
  const br = zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  const gz = zlib.gzipSync(data, { level: 9 });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  raw += data.length;
  brotli += br.length;
}
console.log(`precompressed ${(raw / 1024).toFixed(0)} KB of text to ${(brotli / 1024).toFixed(0)} KB (brotli)`);
