/**
 * SIM colours: each SIM gets its own so that lists and calendars tell them apart at a glance.
 * Chosen to keep 4.5:1 contrast against white text and to stay distinct for common colour blindness.
 */
export const SIM_COLOURS: readonly string[] = [
  '#1e6fd9', // blue
  '#c2410c', // orange
  '#15803d', // green
  '#7e22ce', // purple
  '#be123c', // rose
  '#0f766e', // teal
  '#a16207', // ochre
  '#4338ca', // indigo
];

/** The colour for the n-th SIM (0-based), cycling through the palette. */
export function defaultColour(index: number): string {
  const size = SIM_COLOURS.length;
  return SIM_COLOURS[((index % size) + size) % size]!;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}
