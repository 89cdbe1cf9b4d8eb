/**
 * The findings module held to the rules module's own checks (test/shared/rules/regulations-cited.test.ts
 * reads only the top folder): each file opens by citing a real regulation, documents its exports,
 * stays pure, imports only from shared/rules, and has its test beside it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { undocumentedExports, unknownCitations } from '../regulations-cited.test';

const dir = fileURLToPath(new URL('../../../../shared/rules/findings/', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const source = (name: string) => readFileSync(dir + name, 'utf8');

describe('shared/rules/findings', () => {
  it.each(files)('%s opens by citing a regulation that exists', (name) => {
    const opening = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source(name))?.[1] ?? '';
    expect(opening).toMatch(/\bregs? \d+/);
    expect(unknownCitations(source(name))).toEqual([]);
  });
  it.each(files)('%s documents every exported function', (name) => expect(undocumentedExports(source(name))).toEqual([]));
  it.each(files)('%s stays pure and inside shared/rules', (name) => {
    const code = source(name).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/Date\.now|new Date|window\.|document\.|indexedDB|localStorage|navigator\.|from 'dexie'|from 'node:|from '\.\.\/\.\.\//);
  });
  it.each(files.filter((name) => name !== 'index.ts'))('%s has its test beside it', (name) => {
    expect(readdirSync(fileURLToPath(new URL('.', import.meta.url)))).toContain(name.replace(/\.ts$/, '.test.ts'));
  });
});
