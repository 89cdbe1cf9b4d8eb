/**
 * shared/sms is pure, like shared/rules: the received date is an argument, never the clock, and it
 * reaches no DOM, storage or node module; it reuses the store's phone-number normaliser and the
 * rules' money and date helpers rather than writing them again. Every file has its test here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const smsDir = fileURLToPath(new URL('../../../shared/sms/', import.meta.url));
const files = readdirSync(smsDir).filter((name) => name.endsWith('.ts'));
const code = (name: string) => readFileSync(smsDir + name, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('shared/sms', () => {
  it.each(files)('%s reads no clock, DOM, storage or node module', (name) => {
    expect(code(name)).not.toMatch(/Date\.now|new Date|performance\.now|window\.|document\.|indexedDB|localStorage|navigator\.|innerHTML|from 'dexie'|from 'node:/);
  });
  it.each(files)('%s imports only from shared/sms, the rules and the store\'s types and phone numbers', (name) => {
    const imports = [...code(name).matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) expect(spec).toMatch(/^\.\/|^\.\.\/rules\/|^\.\.\/db\/(?:types|phone-number)$/);
  });
  it('reuses the store\'s phone-number normaliser and the rules\' money helpers', () => {
    expect(code('mobile-number.ts')).toContain("from '../db/phone-number'");
    expect(code('amounts.ts')).toContain("from '../rules/money'");
  });
  it.each(files.filter((name) => !['index.ts', 'types.ts'].includes(name)))('%s has its test beside this one', (name) => {
    expect(readdirSync(fileURLToPath(new URL('.', import.meta.url)))).toContain(name.replace(/\.ts$/, '.test.ts'));
  });
});
