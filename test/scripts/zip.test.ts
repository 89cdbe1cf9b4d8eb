import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, zipFiles } from '../../scripts/zip';

describe('the zip writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a zip that another tool (Python\'s zipfile) reads back byte for byte', () => {
    const files = { 'manifest.json': '{"name":"SIM Keeper"}\n', 'assets/app.js': 'console.log("हिंदी");\n'.repeat(50) };
    const path = join(mkdtempSync(join(tmpdir(), 'zip-')), 'out.zip');
    writeFileSync(path, zipFiles(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) }))));
    const read = execFileSync('python3', ['-c', 'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))', path]);
    expect(JSON.parse(read.toString())).toEqual(files);
  });
});
