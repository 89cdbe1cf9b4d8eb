import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rulesDir = fileURLToPath(new URL('../../../shared/rules/', import.meta.url));
/** Plumbing that states no rule of its own. */
const PLUMBING = new Set(['dates.ts', 'money.ts', 'index.ts', 'event-order.ts', 'project.ts', 'scenario.ts']);
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !PLUMBING.has(name));

describe('the rules module', () => {
  it.each(ruleFiles)('%s cites the regulation it implements', (name) => {
    expect(readFileSync(rulesDir + name, 'utf8')).toMatch(/reg(s)? \d+/);
  });
  it.each(readdirSync(rulesDir).filter((name) => name.endsWith('.ts')))('%s stays pure: no clock, DOM or storage', (name) => {
    const source = readFileSync(rulesDir + name, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).not.toMatch(/Date\.now|new Date|performance\.now|window\.|document\.|indexedDB|localStorage|navigator\.|from 'dexie'|from 'node:/);
  });
  it.each(readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !['index.ts', 'types.ts'].includes(name)))('%s has a test beside it in test/rules', (name) => {
    const testName = name.replace(/\.ts$/, '.test.ts');
    expect(readdirSync(fileURLToPath(new URL('.', import.meta.url)))).toContain(testName);
  });
});
