import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, sameRecord } from '../../../shared/db/canonical';

describe('sameRecord', () => {
  it('ignores the order of keys, at every depth', () => {
    expect(sameRecord({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
  });

  it('treats an undefined field as absent', () => {
    expect(sameRecord({ a: 1, note: undefined }, { a: 1 })).toBe(true);
  });

  it('sees a changed value, a missing field and a reordered list', () => {
    expect(sameRecord({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameRecord({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameRecord({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
  });
});

describe('sameRecord agrees with canonicalJson', () => {
  it('on random JSON records', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const pair = fc.oneof(fc.tuple(json, json), json.map((value) => [value, JSON.parse(JSON.stringify(value)) as unknown] as const));
    fc.assert(fc.property(pair, ([a, b]) => {
      expect(sameRecord(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
    }));
  });
});
