/**
 * The layout as a test, not a sentence: arrows point into shared/, never out of it, and pwa/ and
 * extension/ never import each other. Each import of every source file is resolved and checked.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = ['shared', 'pwa', 'extension'] as const;
type Area = (typeof APPS)[number];

/** Where each area may import from (besides itself and packages). */
const ALLOWED: Record<Area, readonly Area[]> = { shared: [], pwa: ['shared'], extension: ['shared'] };

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names: static imports and exports, dynamic import(), CSS @import. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s+['"]([^'"]+)['"]/gm, /@import\s+['"]([^'"]+)['"]/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function areaOf(path: string): Area | 'outside' {
  const top = relative(ROOT, path).split(sep)[0];
  return (APPS as readonly string[]).includes(top!) ? (top as Area) : 'outside';
}

/** The imports of `file` that leave what its area may reach. */
function crossings(file: string): string[] {
  const from = areaOf(file);
  if (from === 'outside') return [];
  return importsOf(readFileSync(file, 'utf8'))
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const to = areaOf(resolve(dirname(file), spec));
      return to !== from && !(to !== 'outside' && ALLOWED[from].includes(to));
    })
    .map((spec) => `${relative(ROOT, file)} imports ${spec}`);
}

describe('the boundaries between shared/, pwa/ and extension/', () => {
  it.each(APPS)('no file in %s/ imports what it may not reach', (area) => {
    const files = sourceFiles(join(ROOT, area));
    if (area !== 'extension') expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(crossings)).toEqual([]);
  });

  it('finds every kind of import it checks', () => {
    const source = `import a from '../a';\nexport { b } from "./b";\nconst c = import('../../c');\nimport './d.css';\n@import '../e.css';`;
    expect(importsOf(source)).toEqual(['../a', './b', '../../c', './d.css', '../e.css']);
  });
});
