/**
 * "Add to calendar": every deadline ahead as an .ics file the user opens in their calendar app.
 * For all SIMs (Settings) or one (the SIM's page). Labels only, never numbers.
 */
import { eventsBySim, getSettings, listSims, type SimKeeperDb } from '../db/index';
import { calendarFileName, deadlineCalendar } from '../calendar/deadline-calendar';
import type { IsoDate } from '../rules/dates';
import { project } from '../rules/project';
import type { Projection } from '../rules/types';
import { loadLanguage } from '../i18n/translate';
import { downloadFile } from './download';
import { nowTimestamp } from '../clock/timestamp';

export const CALENDAR_MIME = 'text/calendar;charset=utf-8';

/** Builds the calendar of all SIMs (or the one with `simId`) and downloads it; returns the file name. */
export async function exportCalendar(db: SimKeeperDb, today: IsoDate, simId?: string): Promise<string> {
  const [all, settings] = await Promise.all([listSims(db), getSettings(db)]);
  await loadLanguage(settings.language); // the events' titles are in the user's language
  const sims = simId === undefined ? all : all.filter((sim) => sim.id === simId);
  const events = await eventsBySim(db, sims.map((sim) => sim.id));
  const projections = new Map<string, Projection>();
  for (const sim of sims) projections.set(sim.id, project(sim, sim.policy, events.get(sim.id) ?? [], today));
  const labelled = sims.map(({ id, label }) => ({ id, label }));
  const text = deadlineCalendar(labelled, projections, settings.language, settings.leadDays, nowTimestamp());
  const name = calendarFileName(simId === undefined ? undefined : labelled[0]);
  downloadFile(name, CALENDAR_MIME, text);
  return name;
}
