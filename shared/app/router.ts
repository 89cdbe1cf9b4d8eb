/**
 * Hash routes, so that reload and the back button work offline with any static server:
 * #/  #/add  #/add?number=…  #/settings  #/welcome  #/sim/:id  #/sim/:id/edit  #/sim/:id/log?type=recharge  #/sim/:id/log?event=:eventId
 * #/sim/:id/complaint?code=:code&date=:date  #/sim/:id/rights  #/sim/:id/closed (its operator closed)
 * and the manifest's shortcuts #/quick/used, #/quick/recharge.
 * #/sms  #/sms?sim=:id: paste or confirm operator SMS (issue 9), from a SIM's page with its id.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  /** `number`: filled in from elsewhere, e.g. the extension's "Add this SIM" on a recharge page. */
  | { name: 'add'; number?: string }
  | { name: 'settings' }
  | { name: 'welcome' }
  | { name: 'sim'; simId: string }
  | { name: 'edit'; simId: string }
  | { name: 'log'; simId: string; type: string | null; eventId: string | null }
  | { name: 'quick'; action: 'used' | 'recharge' }
  /** Issue 10: the complaint for one finding (its code and date), and the rights page of a SIM. */
  | { name: 'complaint'; simId: string; code: string | null; date: string | null }
  | { name: 'rights'; simId: string }
  /** The operator of this SIM closed its services: record it for its SIMs (closure.ts). */
  | { name: 'closed'; simId: string }
  /** Operator SMS pasted or shared (issue 9); `simId`: the SIM page it was opened from. */
  | { name: 'sms'; simId: string | null }
  | { name: 'not_found' };

/** The route of a location hash such as '#/sim/abc/log?type=recharge'. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'add') {
    const number = params.get('number');
    return number ? { name: 'add', number } : { name: 'add' };
  }
  if (parts.length === 1 && parts[0] === 'settings') return { name: 'settings' };
  if (parts.length === 1 && parts[0] === 'welcome') return { name: 'welcome' };
  // The app shortcuts of the manifest (long-press on the icon).
  if (parts.length === 2 && parts[0] === 'quick' && (parts[1] === 'used' || parts[1] === 'recharge')) return { name: 'quick', action: parts[1] };
  if (parts.length === 1 && parts[0] === 'sms') return { name: 'sms', simId: params.get('sim') };
  if (parts[0] === 'sim' && parts[1]) {
    const simId = parts[1];
    if (parts.length === 2) return { name: 'sim', simId };
    if (parts.length === 3 && parts[2] === 'edit') return { name: 'edit', simId };
    if (parts.length === 3 && parts[2] === 'log') return { name: 'log', simId, type: params.get('type'), eventId: params.get('event') };
    if (parts.length === 3 && parts[2] === 'complaint') return { name: 'complaint', simId, code: params.get('code'), date: params.get('date') };
    if (parts.length === 3 && parts[2] === 'rights') return { name: 'rights', simId };
    if (parts.length === 3 && parts[2] === 'closed') return { name: 'closed', simId };
  }
  return { name: 'not_found' };
}

/** The hash of a route, for links: hrefOf({ name: 'sim', simId: 'x' }) === '#/sim/x'. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home': return '#/';
    case 'add': return route.number ? `#/add?${new URLSearchParams({ number: route.number })}` : '#/add';
    case 'settings': return '#/settings';
    case 'welcome': return '#/welcome';
    case 'quick': return `#/quick/${route.action}`;
    case 'sms': return route.simId ? `#/sms?${new URLSearchParams({ sim: route.simId })}` : '#/sms';
    case 'sim': return `#/sim/${encodeURIComponent(route.simId)}`;
    case 'edit': return `#/sim/${encodeURIComponent(route.simId)}/edit`;
    case 'log': {
      const params = new URLSearchParams();
      if (route.type) params.set('type', route.type);
      if (route.eventId) params.set('event', route.eventId);
      const query = params.toString();
      return `#/sim/${encodeURIComponent(route.simId)}/log${query ? `?${query}` : ''}`;
    }
    case 'complaint': {
      const params = new URLSearchParams();
      if (route.code) params.set('code', route.code);
      if (route.date) params.set('date', route.date);
      const query = params.toString();
      return `#/sim/${encodeURIComponent(route.simId)}/complaint${query ? `?${query}` : ''}`;
    }
    case 'rights': return `#/sim/${encodeURIComponent(route.simId)}/rights`;
    case 'closed': return `#/sim/${encodeURIComponent(route.simId)}/closed`;
    default: return '#/';
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (options.replace) location.replace(href);
  else location.hash = href;
}

/**
 * The current route, following hash changes, and which visit of it this is. Each hash change is a
 * new visit, so its screen starts afresh even when two quick changes land on the route already
 * shown before a render (add -> sim -> add would otherwise keep the old form, mid-save).
 */
export function useRoute(): { route: Route; visit: number } {
  const [current, setCurrent] = useState(() => ({ route: parseRoute(location.hash), visit: 0, hash: location.hash }));
  useEffect(() => {
    let visit = 0;
    const onChange = () => setCurrent({ route: parseRoute(location.hash), visit: ++visit, hash: location.hash });
    addEventListener('hashchange', onChange);
    // A hash change between the first render and now would otherwise be missed.
    if (location.hash !== current.hash) onChange();
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return current;
}
