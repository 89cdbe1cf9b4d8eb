/**
 * The rules module as a test: each rule file opens with a comment naming the regulation it
 * implements, every regulation cited anywhere in shared/rules exists in the regulation text, every
 * exported function says what it does in a doc comment, nothing reaches for the clock, the DOM or
 * storage, and every file has its test beside it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rulesDir = fileURLToPath(new URL('../../../shared/rules/', import.meta.url));
const source = (name: string) => readFileSync(rulesDir + name, 'utf8');
const allFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts'));
/** Plumbing that states no rule of its own. */
const PLUMBING = new Set(['dates.ts', 'money.ts', 'index.ts', 'event-order.ts', 'project.ts', 'scenario.ts']);
const ruleFiles = allFiles.filter((name) => !PLUMBING.has(name));

/**
 * The regulations of the TCP Regulations 2012 (as amended) the rules rest on, each with the
 * sub-regulations or clauses it has, copied from the consolidated text: reg 2 (definitions), reg 4
 * (vouchers) and Chapter IV, regs 11-15. Reg 11 has no sub-regulations.
 */
export const REGULATIONS: Readonly<Record<number, readonly string[]>> = {
  2: ['a', 'aa', 'b', 'ba', 'bb', 'bc', 'c', 'ca', 'd', 'e', 'f', 'g', 'h', 'ha', 'i', 'j', 'k', 'l', 'la', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'ta', 'u', 'v', 'w'],
  4: ['1', '2', '3'],
  11: [],
  12: ['1', '2', '3'],
  13: ['1', '2', '3', '4', '5'],
  14: ['1'],
  15: ['1', '2', '3'],
};

/** "reg 12(1)", "reg 4(2)(b)(ii)", "regs 11-14", "regs 11–15": number, first sub-level, range end. */
const CITATION = /\bregs? (\d+)((?:\([a-z0-9]+\))*)(?:\s*[-–]\s*(\d+))?/g;

/** What is wrong with each citation in `text`, or nothing when each names a real regulation. */
export function unknownCitations(text: string): string[] {
  const wrong: string[] = [];
  for (const [whole, number, subs, rangeEnd] of text.matchAll(CITATION)) {
    const parts = REGULATIONS[Number(number)];
    const first = /^\(([a-z0-9]+)\)/.exec(subs ?? '')?.[1];
    if (parts === undefined) wrong.push(`${whole}: no regulation ${number} among regs 2, 4, 11-15`);
    else if (first !== undefined && !parts.includes(first)) wrong.push(`${whole}: regulation ${number} has no (${first})`);
    if (rangeEnd !== undefined && REGULATIONS[Number(rangeEnd)] === undefined) wrong.push(`${whole}: no regulation ${rangeEnd}`);
  }
  return wrong;
}

/** The comment a file opens with, or '' when it opens with code. */
function header(text: string): string {
  return /^\s*\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
}

/** Exported functions with no doc comment right above them. */
export function undocumentedExports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/^export (?:async )?function (\w+)/gm)) {
    const before = text.slice(0, match.index).trimEnd();
    if (!before.endsWith('*/') || !/\/\*\*(?:(?!\*\/)[\s\S])*\*\/$/.test(before)) found.push(match[1]!);
  }
  return found;
}

describe('the check itself', () => {
  it('knows a real citation from a made-up one', () => {
    expect(unknownCitations('reg 12(1) proviso, regs 11-14, reg 2(aa), reg 4(2)(b)(ii), reg 13(5)')).toEqual([]);
    expect(unknownCitations('reg 16')).toHaveLength(1);
    expect(unknownCitations('reg 11(2)')).toHaveLength(1);
    expect(unknownCitations('reg 12(4)')).toHaveLength(1);
    expect(unknownCitations('regs 11-17')).toHaveLength(1);
  });
  it('finds an exported function with no doc comment, and not one with', () => {
    expect(undocumentedExports('/** Why. */\nexport function a() {}\n// a line comment\nexport function b() {}\nexport function c() {}')).toEqual(['b', 'c']);
  });
});

describe('the rules module', () => {
  it.each(ruleFiles)('%s opens by naming the regulation it implements', (name) => {
    const opening = header(source(name));
    expect(opening, `${name} opens with no /** */ comment`).not.toBe('');
    expect(opening).toMatch(new RegExp(CITATION.source));
  });
  it.each(allFiles.filter((name) => name !== 'scenario.ts'))('%s cites only regulations that exist', (name) => {
    expect(unknownCitations(source(name))).toEqual([]);
  });
  it.each(allFiles.filter((name) => name !== 'scenario.ts'))('%s gives every exported function a doc comment', (name) => {
    expect(undocumentedExports(source(name))).toEqual([]);
  });
  it.each(allFiles)('%s stays pure: no clock, DOM or storage', (name) => {
    const code = source(name).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/Date\.now|new Date|performance\.now|window\.|document\.|indexedDB|localStorage|navigator\.|from 'dexie'|from 'node:|from '\.\.\//);
  });
  it.each(allFiles.filter((name) => !['index.ts', 'types.ts'].includes(name)))('%s has a test beside it in test/shared/rules', (name) => {
    const testName = name.replace(/\.ts$/, '.test.ts');
    expect(readdirSync(fileURLToPath(new URL('.', import.meta.url)))).toContain(testName);
  });
});
