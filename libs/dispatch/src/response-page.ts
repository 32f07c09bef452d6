import type { ResolvedTenant } from '#tutti/tenancy';

type Lang = 'sv' | 'en';

const T = {
  sv: {
    title: 'Förfrågan',
    project: 'Projekt',
    position: 'Stämma',
    start: 'Start',
    week: 'Vecka',
    schedule: 'Repetitionsschema',
    concert: 'Konsert',
    deadline: 'Svara senast',
    accept: 'Ja, jag kommer',
    decline: 'Nej, tyvärr',
    message: 'Meddelande (valfritt)',
    hello: 'Hej',
    asks: 'frågar om du kan spela',
    accepted: 'Tack! Du är bokad. En bekräftelse skickas till dig.',
    declined: 'Tack för ditt svar. Vi frågar någon annan.',
    answeredAccepted: 'Du har redan tackat ja till den här förfrågan.',
    answeredDeclined: 'Du har redan tackat nej till den här förfrågan.',
    closed: 'Förfrågan är inte längre öppen.',
    withdrawn: 'Förfrågan har återkallats. Du behöver inte svara.',
    expired: 'Svarstiden har gått ut. Ditt svar har inte registrerats.',
    full: 'Platsen är redan tillsatt. Ditt svar har inte registrerats.',
    paused: 'Förfrågan är pausad just nu. Ditt svar har inte registrerats.',
    unknown: 'Länken är ogiltig eller har gått ut.',
    timeout: 'Svarstiden gick ut innan vi fick ditt svar.',
  },
  en: {
    title: 'Request',
    project: 'Project',
    position: 'Part',
    start: 'Starts',
    week: 'Week',
    schedule: 'Rehearsal schedule',
    concert: 'Concert',
    deadline: 'Please answer by',
    accept: 'Yes, I can play',
    decline: 'No, sorry',
    message: 'Message (optional)',
    hello: 'Hi',
    asks: 'asks whether you can play',
    accepted: 'Thank you! You are booked. A confirmation is on its way.',
    declined: 'Thank you for answering. We will ask someone else.',
    answeredAccepted: 'You have already accepted this request.',
    answeredDeclined: 'You have already declined this request.',
    closed: 'This request is no longer open.',
    withdrawn: 'This request has been withdrawn. No answer is needed.',
    expired: 'The time to answer has passed. Your answer was not recorded.',
    full: 'The place has already been filled. Your answer was not recorded.',
    paused: 'This request is paused. Your answer was not recorded.',
    unknown: 'This link is not valid or has expired.',
    timeout: 'The time to answer ran out before we had your answer.',
  },
} as const;

export type PageText = keyof (typeof T)['sv'];

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

function shell(tenant: ResolvedTenant | null, lang: Lang, body: string): string {
  const primary =
    tenant && COLOR.test(tenant.branding.primaryColor) ? tenant.branding.primaryColor : '#3B82F6';
  const secondary =
    tenant && COLOR.test(tenant.branding.secondaryColor)
      ? tenant.branding.secondaryColor
      : '#1E40AF';
  const logo =
    tenant?.branding.logoUrl && /^https:\/\//.test(tenant.branding.logoUrl)
      ? `<img src="${esc(tenant.branding.logoUrl)}" alt="" class="logo">`
      : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(tenant?.name ?? 'Tutti')}</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24}
header{background:${primary};color:#fff;padding:16px 20px}header h1{margin:0;font-size:1.2rem}.logo{max-height:40px;display:block;margin-bottom:8px}
main{max-width:560px;margin:0 auto;padding:20px}dl{background:#fff;border-radius:8px;padding:12px 16px}dt{font-weight:600;margin-top:8px}dd{margin:0;white-space:pre-line}
.notice{background:#fff;border-left:4px solid ${secondary};padding:12px 16px;border-radius:4px}
form{margin-top:16px}textarea{width:100%;box-sizing:border-box;min-height:70px;font:inherit}
button{display:block;width:100%;padding:14px;margin-top:10px;font-size:1.05rem;border:0;border-radius:8px;color:#fff;cursor:pointer}
.yes{background:${primary}}.no{background:#6b7280}
</style></head><body><header>${logo}<h1>${esc(tenant?.name ?? 'Tutti')}</h1></header><main>${body}</main></body></html>`;
}

export interface RequestPageData {
  token: string;
  status: string;
  musicianFirstName: string;
  projectName: string;
  positionName: string;
  startDate: string;
  weekNumber: number;
  rehearsalSchedule: string | null;
  concertInfo: string | null;
  deadline: string;
  open: boolean;
}

export function requestPage(
  tenant: ResolvedTenant,
  lang: Lang,
  d: RequestPageData,
  notice?: PageText,
): string {
  const t = T[lang];
  const details = `<p>${t.hello} ${esc(d.musicianFirstName)}! ${esc(tenant.name)} ${t.asks}:</p>
<dl><dt>${t.project}</dt><dd>${esc(d.projectName)}</dd><dt>${t.position}</dt><dd>${esc(d.positionName)}</dd>
<dt>${t.start}</dt><dd>${esc(d.startDate)} (${t.week} ${esc(d.weekNumber)})</dd>
${d.rehearsalSchedule ? `<dt>${t.schedule}</dt><dd>${esc(d.rehearsalSchedule)}</dd>` : ''}
${d.concertInfo ? `<dt>${t.concert}</dt><dd>${esc(d.concertInfo)}</dd>` : ''}
<dt>${t.deadline}</dt><dd>${esc(d.deadline)}</dd></dl>`;
  const form = d.open
    ? `<form method="post" action="/r/${esc(d.token)}"><label for="m">${t.message}</label><textarea id="m" name="message" maxlength="1000"></textarea>
<button class="yes" name="answer" value="accept">${t.accept}</button><button class="no" name="answer" value="decline">${t.decline}</button></form>`
    : '';
  return shell(
    tenant,
    lang,
    `${notice ? `<p class="notice">${esc(t[notice])}</p>` : ''}${details}${form}`,
  );
}

export function noticePage(tenant: ResolvedTenant | null, lang: Lang, notice: PageText): string {
  return shell(tenant, lang, `<p class="notice">${esc(T[lang][notice])}</p>`);
}
