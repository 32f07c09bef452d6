import { esc } from '#tutti/dispatch';
import type { ResolvedTenant } from '#tutti/tenancy';

import { type Lang, page, when } from './public-pages.js';

const T = {
  sv: {
    title: (name: string) => `Hej ${name}!`,
    lead: 'Dina kommande repetitioner och konserter. Kan du inte komma? Meddela det här i förväg, gärna med en orsak.',
    none: 'Inga kommande evenemang just nu.',
    reason: 'Orsak (valfritt)',
    absent: 'Jag kan inte komma',
    noticed: (reason: string | null) => `Du har meddelat förhinder${reason ? `: ${reason}` : ''}.`,
    withdraw: 'Jag kan komma ändå',
    saved: 'Tack, det är noterat.',
    withdrawn: 'Ditt förhinder är borttaget.',
    tooLate: 'Evenemanget har redan börjat; prata med din sektionsledare.',
    alreadyMarked: 'Din närvaro är redan markerad av en ledare; prata med hen.',
    marked: 'Markerad av en ledare.',
    unknown: 'Länken gäller inte längre. Be om en ny.',
    cancelled: 'Inställt',
  },
  en: {
    title: (name: string) => `Hello ${name}!`,
    lead: 'Your coming rehearsals and concerts. Cannot come? Say so here ahead of time, with a reason if you like.',
    none: 'No coming events right now.',
    reason: 'Reason (optional)',
    absent: 'I cannot come',
    noticed: (reason: string | null) => `You have sent apologies${reason ? `: ${reason}` : ''}.`,
    withdraw: 'I can come after all',
    saved: 'Thank you, noted.',
    withdrawn: 'Your apologies are withdrawn.',
    tooLate: 'The event has already started; talk to your section leader.',
    alreadyMarked: 'A leader has already marked your attendance; talk to them.',
    marked: 'Marked by a leader.',
    unknown: 'This link no longer works. Ask for a new one.',
    cancelled: 'Cancelled',
  },
};
export const memberText = (lang: Lang) => T[lang];

export interface MemberEventRow {
  eventId: string;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  venue: { name: string } | null;
  /** The member's own notice (reason may be empty), or null. */
  notice: { reason: string | null } | null;
  /** A leader's mark, which the member cannot change here. */
  marked: string | null;
}

/** A member's own page: their coming events, each with "I cannot come" or its withdrawal. */
export function memberPage(
  tenant: ResolvedTenant,
  lang: Lang,
  token: string,
  firstName: string,
  events: MemberEventRow[],
  flash?: { text: string; error?: boolean },
  sections = '',
): string {
  const t = T[lang];
  const action = `/m/${esc(token)}`;
  const item = (e: MemberEventRow) => {
    const head = `<strong>${esc(e.title)}</strong>${e.status === 'cancelled' ? ` <span class="cancelled">${t.cancelled}</span>` : ''}<br>${esc(when(e, lang, tenant.timeZone))}${e.venue ? ` · ${esc(e.venue.name)}` : ''}`;
    if (e.status === 'cancelled') return `<li>${head}</li>`;
    if (e.marked) return `<li>${head}<p>${t.marked}</p></li>`;
    const hidden = `<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="eventId" value="${esc(e.eventId)}">`;
    const form = e.notice
      ? `<p>${esc(t.noticed(e.notice.reason))}</p><form method="post" action="${action}">${hidden}<input type="hidden" name="action" value="withdraw"><button type="submit">${t.withdraw}</button></form>`
      : `<form method="post" action="${action}">${hidden}<input type="hidden" name="action" value="absent">
<label for="r-${esc(e.eventId)}">${t.reason}</label><textarea id="r-${esc(e.eventId)}" name="reason" maxlength="500" rows="2"></textarea>
<button type="submit">${t.absent}</button></form>`;
    return `<li>${head}${form}</li>`;
  };
  return page(
    tenant,
    lang,
    t.title(firstName),
    `${flash ? `<p class="notice${flash.error ? ' error' : ''}" role="${flash.error ? 'alert' : 'status'}">${esc(flash.text)}</p>` : ''}
<h2>${esc(t.title(firstName))}</h2><p>${t.lead}</p>
${events.length ? `<ul class="events">${events.map(item).join('')}</ul>` : `<p class="notice">${t.none}</p>`}
${sections}`,
  );
}
