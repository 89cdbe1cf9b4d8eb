/**
 * The current instant, for createdAt/updatedAt/at stamps only. Calendar days never come from here:
 * the caller passes `today` (see shared/rules/dates.ts for why).
 */
export function nowTimestamp(): string {
  return new Date().toISOString();
}
