import { describe, expect, it } from 'vitest';
import { SIM_COLOURS, defaultColour, isHexColour } from '../../../shared/db/colours';

describe('colours', () => {
  it('cycles through the palette', () => {
    expect(defaultColour(0)).toBe(SIM_COLOURS[0]);
    expect(defaultColour(SIM_COLOURS.length)).toBe(SIM_COLOURS[0]);
    expect(defaultColour(SIM_COLOURS.length + 2)).toBe(SIM_COLOURS[2]);
  });

  it('has only distinct #rrggbb colours', () => {
    expect(SIM_COLOURS.every(isHexColour)).toBe(true);
    expect(new Set(SIM_COLOURS).size).toBe(SIM_COLOURS.length);
  });

  it('recognises #rrggbb and nothing else', () => {
    expect(isHexColour('#1E6fd9')).toBe(true);
    expect(isHexColour('#1e6fd')).toBe(false);
    expect(isHexColour('1e6fd9')).toBe(false);
    expect(isHexColour('red')).toBe(false);
  });
});
