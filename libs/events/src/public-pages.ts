import { dateFormat, readableButton } from '#tutti/common';
import { esc } from '#tutti/dispatch';
import type { ResolvedTenant } from '#tutti/tenancy';

export type Lang = 'sv' | 'en';

/** ?lang= wins, then the browser's first language we speak, then the ensemble's. */
export function pickLanguage(
  query: unknown,
  acceptLanguage: string | undefined,
  locale: string,
): Lang {
  if (query === 'sv' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'sv' || tag === 'en') return tag;
  }
  return locale.startsWith('en') ? 'en' : 'sv';
}

const T = {
  sv: {
    events: 'Evenemang',
    more: 'Mer om oss',
    none: 'Inga kommande evenemang just nu.',
    when: 'När',
    where: 'Var',
    directions: 'Vägbeskrivning',
    parking: 'Parkering',
    map: 'Visa på karta',
    programme: 'Program',
    cancelled: 'Inställt',
    places: (n: number) => `${n} platser`,
    join: 'Anmäl dig',
    joinWaitlist: 'Ställ dig i kö',
    full: 'Fullbokat: ställ dig i kön så får du en plats om någon lämnar.',
    email: 'E-postadress',
    consent:
      'Jag samtycker till att min e-postadress sparas för det här evenemanget och används för att meddela mig om min plats.',
    submit: 'Skicka',
    checkEmail:
      'Tack! Vi har skickat ett mejl till adressen. Öppna länken i det för att bekräfta (länken gäller ett dygn).',
    emailInvalid: 'Skriv en giltig e-postadress.',
    consentMissing: 'Kryssa i samtycket för att anmäla dig.',
    closed: 'Anmälan är stängd för det här evenemanget.',
    confirmTitle: 'Bekräfta din e-postadress',
    confirmButton: 'Bekräfta',
    confirmedPlace:
      'Klart! Du har en plats. Vi har skickat en bekräftelse med en länk om du vill lämna din plats.',
    confirmedWaiting: (n: number) =>
      `Klart! Du står i kön som nummer ${n}. Vi mejlar dig om en plats blir ledig.`,
    yourPlace: 'Du har en plats.',
    yourTurn: 'Du står i kön. Vi mejlar dig om en plats blir ledig.',
    leaveButton: 'Lämna min plats / kön',
    left: 'Du har lämnat listan. Tack för att du sa till!',
    unknown: 'Länken är ogiltig, har gått ut eller har redan använts.',
    back: 'Alla evenemang',
    calendar: 'Prenumerera på kalendern',
    notFound: 'Evenemanget finns inte.',
  },
  en: {
    events: 'Events',
    more: 'More about us',
    none: 'No upcoming events right now.',
    when: 'When',
    where: 'Where',
    directions: 'Directions',
    parking: 'Parking',
    map: 'Show on a map',
    programme: 'Programme',
    cancelled: 'Cancelled',
    places: (n: number) => `${n} places`,
    join: 'Sign up',
    joinWaitlist: 'Join the waitlist',
    full: 'Fully booked: join the waitlist and get a place if someone leaves.',
    email: 'Email address',
    consent:
      'I agree that my email address is kept for this event and used to tell me about my place.',
    submit: 'Send',
    checkEmail:
      'Thank you! We have sent an email to that address. Open its link to confirm (the link works for a day).',
    emailInvalid: 'Enter a valid email address.',
    consentMissing: 'Tick the consent box to sign up.',
    closed: 'Sign-up is closed for this event.',
    confirmTitle: 'Confirm your email address',
    confirmButton: 'Confirm',
    confirmedPlace:
      'Done! You have a place. We have sent a confirmation with a link in case you want to leave.',
    confirmedWaiting: (n: number) =>
      `Done! You are number ${n} on the waitlist. We will email you if a place frees up.`,
    yourPlace: 'You have a place.',
    yourTurn: 'You are on the waitlist. We will email you if a place frees up.',
    leaveButton: 'Leave my place / the waitlist',
    left: 'You have left the list. Thank you for letting us know!',
    unknown: 'This link is not valid, has expired or has been used.',
    back: 'All events',
    calendar: 'Subscribe to the calendar',
    notFound: 'There is no such event.',
  },
};
export type PublicText = typeof T.sv;

export const textOf = (lang: Lang): PublicText => T[lang];

const COLOR = /^#[0-9a-fA-F]{6}$/;

export interface PublicEvent {
  slug: string;
  title: string;
  type: string;
  status: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  venue: {
    name: string;
    address: string | null;
    city: string | null;
    directions: string | null;
    parking: string | null;
    latitude: number | null;
    longitude: number | null;
  } | null;
  programme?: Array<{ title: string; composer: string | null }>;
}

export function when(
  e: Pick<PublicEvent, 'startsAt' | 'endsAt'>,
  lang: Lang,
  timeZone: string,
): string {
  const f = dateFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const end = dateFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${f.format(e.startsAt)}–${end.format(e.endsAt)}`;
}

/** The ensemble's public page frame: its colours and logo, no script, readable on a phone. */
export function page(tenant: ResolvedTenant, lang: Lang, title: string, body: string): string {
  const primary = COLOR.test(tenant.branding.primaryColor)
    ? tenant.branding.primaryColor
    : '#3B82F6';
  const head = readableButton(primary);
  const logo =
    tenant.branding.logoUrl && /^(https:\/\/|\/public\/branding\/)/.test(tenant.branding.logoUrl)
      ? `<img src="${esc(tenant.branding.logoUrl)}" alt="" class="logo">`
      : '';
  const other = lang === 'sv' ? 'en' : 'sv';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(tenant.name)}</title>
<link rel="alternate" type="text/calendar" href="/calendar/public.ics">
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24;line-height:1.5}
header{background:${head.bg};color:${head.fg};padding:16px 20px;display:flex;justify-content:space-between;align-items:center;gap:12px}
header a{color:${head.fg}}header h1{margin:0;font-size:1.2rem}.logo{max-height:40px;display:block;margin-bottom:8px}
main{max-width:640px;margin:0 auto;padding:20px}ul.events{list-style:none;padding:0}ul.events li{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:10px}
dl{background:#fff;border-radius:8px;padding:12px 16px}dt{font-weight:600;margin-top:8px}dd{margin:0;white-space:pre-line}
.notice{background:#fff;border-left:4px solid ${head.bg};padding:12px 16px;border-radius:4px}.error{border-left-color:#b91c1c}
.cancelled{color:#b91c1c;font-weight:600}form{margin-top:16px;background:#fff;border-radius:8px;padding:12px 16px}
label{display:block;font-weight:600;margin-top:8px}input[type=email],textarea{width:100%;box-sizing:border-box;padding:10px;font:inherit}
.consent{display:flex;gap:8px;font-weight:400}button{display:block;width:100%;padding:14px;margin-top:12px;font-size:1.05rem;border:0;border-radius:8px;background:${head.bg};color:${head.fg};cursor:pointer}
</style></head><body><header><div>${logo}<h1><a href="/public?lang=${lang}">${esc(tenant.name)}</a></h1></div>
<a href="?lang=${other}" lang="${other}">${other === 'sv' ? 'Svenska' : 'English'}</a></header><main>${body}</main></body></html>`;
}

export function eventsPage(
  tenant: ResolvedTenant,
  lang: Lang,
  events: PublicEvent[],
  links: Array<{ href: string; title: string }> = [],
): string {
  const t = T[lang];
  const items = events.length
    ? `<ul class="events">${events
        .map(
          (e) =>
            `<li><a href="/public/events/${esc(e.slug)}?lang=${lang}"><strong>${esc(e.title)}</strong></a>${
              e.status === 'cancelled' ? ` <span class="cancelled">${t.cancelled}</span>` : ''
            }<br>${esc(when(e, lang, tenant.timeZone))}${e.venue ? ` · ${esc(e.venue.name)}` : ''}</li>`,
        )
        .join('')}</ul>`
    : `<p class="notice">${t.none}</p>`;
  return page(
    tenant,
    lang,
    t.events,
    `${links.length ? `<nav aria-label="${t.more}"><ul class="events">${links.map((l) => `<li><a href="${esc(l.href)}?lang=${lang}">${esc(l.title)}</a></li>`).join('')}</ul></nav>` : ''}<h2>${t.events}</h2>${items}<p><a href="/calendar/public.ics">${t.calendar}</a></p>`,
  );
}

export type JoinState = { kind: 'form'; full: boolean } | { kind: 'closed' };

export function eventPage(
  tenant: ResolvedTenant,
  lang: Lang,
  e: PublicEvent,
  join: JoinState,
  flash?: { text: string; error?: boolean },
): string {
  const t = T[lang];
  const v = e.venue;
  const address = v ? [v.name, v.address, v.city].filter(Boolean).join(', ') : null;
  const programme = e.programme?.length
    ? `<h3>${t.programme}</h3><ol>${e.programme
        .map((p) => `<li>${esc(p.title)}${p.composer ? ` – ${esc(p.composer)}` : ''}</li>`)
        .join('')}</ol>`
    : '';
  const form =
    join.kind === 'form'
      ? `<form method="post" action="/public/events/${esc(e.slug)}/waitlist">
<input type="hidden" name="lang" value="${lang}">
${join.full ? `<p>${t.full}</p>` : ''}
<label for="email">${t.email}</label><input id="email" name="email" type="email" required autocomplete="email" maxlength="254">
<label class="consent"><input type="checkbox" name="consent" value="yes" required> ${t.consent}</label>
<button type="submit">${join.full ? t.joinWaitlist : t.join}</button></form>`
      : e.capacity
        ? `<p class="notice">${t.closed}</p>`
        : '';
  return page(
    tenant,
    lang,
    e.title,
    `${flash ? `<p class="notice${flash.error ? ' error' : ''}" role="${flash.error ? 'alert' : 'status'}">${esc(flash.text)}</p>` : ''}
<h2>${esc(e.title)}</h2>${e.status === 'cancelled' ? `<p class="cancelled">${t.cancelled}</p>` : ''}
<dl><dt>${t.when}</dt><dd>${esc(when(e, lang, tenant.timeZone))}</dd>
${address ? `<dt>${t.where}</dt><dd>${esc(address)}${mapLink(v, t.map)}</dd>` : ''}
${v?.directions ? `<dt>${t.directions}</dt><dd>${esc(v.directions)}</dd>` : ''}
${v?.parking ? `<dt>${t.parking}</dt><dd>${esc(v.parking)}</dd>` : ''}
${e.capacity ? `<dt>${t.places(e.capacity)}</dt>` : ''}</dl>
${e.description ? `<p>${esc(e.description)}</p>` : ''}${programme}${form}
<p><a href="/public?lang=${lang}">${t.back}</a></p>`,
  );
}

/** A link to the venue on OpenStreetMap, when its coordinates are known. */
function mapLink(v: PublicEvent['venue'], label: string): string {
  if (v?.latitude == null || v.longitude == null) return '';
  const [lat, lon] = [v.latitude.toFixed(5), v.longitude.toFixed(5)];
  return `<br><a href="https://www.openstreetmap.org/?mlat=${lat}&amp;mlon=${lon}#map=17/${lat}/${lon}">${label}</a>`;
}

export function notice(tenant: ResolvedTenant, lang: Lang, text: string, error = false): string {
  return page(
    tenant,
    lang,
    text,
    `<p class="notice${error ? ' error' : ''}" role="${error ? 'alert' : 'status'}">${esc(text)}</p><p><a href="/public?lang=${lang}">${T[lang].back}</a></p>`,
  );
}

/** What a waitlist link opens: the question and one button; GET never acts (link scanners). */
export function linkPage(
  tenant: ResolvedTenant,
  lang: Lang,
  token: string,
  eventTitle: string,
  kind: 'confirm' | 'leave',
  status: string,
): string {
  const t = T[lang];
  const lead =
    kind === 'confirm' ? t.confirmTitle : status === 'confirmed' ? t.yourPlace : t.yourTurn;
  return page(
    tenant,
    lang,
    eventTitle,
    `<h2>${esc(eventTitle)}</h2><p>${lead}</p><form method="post" action="/w/${esc(token)}">
<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="action" value="${kind}">
<button type="submit">${kind === 'confirm' ? t.confirmButton : t.leaveButton}</button></form>`,
  );
}
