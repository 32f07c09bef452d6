import { COLOR, readableButton } from '#tutti/common';
import type { ResolvedTenant } from '#tutti/tenancy';

export type Lang = 'sv' | 'en';

const T = {
  sv: {
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
    about: 'Förfrågan gällde',
    contact: 'Frågor? Kontakta',
    // After an answer was sent now.
    accepted: 'Tack! Du är bokad. En bekräftelse skickas till dig.',
    declined: 'Tack för ditt svar. Vi frågar någon annan.',
    chooseAnswer: 'Välj Ja eller Nej för att svara.',
    expiredAnswer: 'Svarstiden har gått ut, så ditt svar har inte registrerats.',
    fullAnswer: 'Platsen tillsattes innan ditt svar kom, så det har inte registrerats.',
    pausedAnswer:
      'Förfrågan är pausad just nu, så ditt svar har inte registrerats. Du kan svara här när den öppnas igen.',
    // The request's state, whether or not anyone answered.
    answeredAccepted: 'Du har tackat ja till den här förfrågan. Du är bokad.',
    answeredDeclined: 'Du har tackat nej till den här förfrågan.',
    expired: 'Svarstiden för den här förfrågan har gått ut.',
    full: 'Platsen är tillsatt. Tack ändå!',
    paused: 'Förfrågan är pausad just nu. Du kan svara här när den öppnas igen.',
    withdrawn: 'Förfrågan har återkallats. Du behöver inte svara.',
    closed: 'Förfrågan är inte längre öppen.',
    unknown: 'Länken är ogiltig eller har gått ut.',
  },
  en: {
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
    about: 'The request was for',
    contact: 'Questions? Contact',
    accepted: 'Thank you! You are booked. A confirmation is on its way.',
    declined: 'Thank you for answering. We will ask someone else.',
    chooseAnswer: 'Choose Yes or No to answer.',
    expiredAnswer: 'The time to answer has passed, so your answer was not recorded.',
    fullAnswer: 'The place was filled before your answer arrived, so it was not recorded.',
    pausedAnswer:
      'This request is paused, so your answer was not recorded. You can answer here when it reopens.',
    answeredAccepted: 'You have accepted this request. You are booked.',
    answeredDeclined: 'You have declined this request.',
    expired: 'The time to answer this request has passed.',
    full: 'The place has been filled. Thank you anyway!',
    paused: 'This request is paused. You can answer here when it reopens.',
    withdrawn: 'This request has been withdrawn. No answer is needed.',
    closed: 'This request is no longer open.',
    unknown: 'This link is not valid or has expired.',
  },
} as const;

export type PageText = keyof (typeof T)['sv'];

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function shell(tenant: ResolvedTenant | null, lang: Lang, body: string): string {
  const primary =
    tenant && COLOR.test(tenant.branding.primaryColor) ? tenant.branding.primaryColor : '#3B82F6';
  const secondary =
    tenant && COLOR.test(tenant.branding.secondaryColor)
      ? tenant.branding.secondaryColor
      : '#1E40AF';
  const head = readableButton(primary);
  const logo =
    tenant?.branding.logoUrl && /^(https:\/\/|\/public\/branding\/)/.test(tenant.branding.logoUrl)
      ? `<img src="${esc(tenant.branding.logoUrl)}" alt="" class="logo">`
      : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(tenant?.name ?? 'Tutti')}</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24}
header{background:${head.bg};color:${head.fg};padding:16px 20px}header h1{margin:0;font-size:1.2rem}.logo{max-height:40px;display:block;margin-bottom:8px}
main{max-width:560px;margin:0 auto;padding:20px}dl{background:#fff;border-radius:8px;padding:12px 16px}dt{font-weight:600;margin-top:8px}dd{margin:0;white-space:pre-line}
.notice{background:#fff;border-left:4px solid ${secondary};padding:12px 16px;border-radius:4px}
form{margin-top:16px}label{display:block;font-weight:600}textarea{width:100%;box-sizing:border-box;min-height:70px;font:inherit}
button{display:block;width:100%;padding:14px;margin-top:10px;font-size:1.05rem;border:0;border-radius:8px;cursor:pointer}
.yes{background:${head.bg};color:${head.fg}}.no{background:#4b5563;color:#fff}
.contact{margin-top:20px;color:#374151}
</style></head><body><header>${logo}<h1>${esc(tenant?.name ?? 'Tutti')}</h1></header><main>${body}</main></body></html>`;
}

export interface RequestPageData {
  token: string;
  musicianFirstName: string;
  projectName: string;
  positionName: string;
  startDate: string;
  weekNumber: number;
  rehearsalSchedule: string | null;
  concertInfo: string | null;
  deadline: string;
  /** Whether the musician can still answer: then the question, the deadline and the form. */
  open: boolean;
  contactEmail: string | null;
}

export function requestPage(
  tenant: ResolvedTenant,
  lang: Lang,
  d: RequestPageData,
  notice?: PageText,
): string {
  const t = T[lang];
  const intro = d.open
    ? `<p>${t.hello} ${esc(d.musicianFirstName)}! ${esc(tenant.name)} ${t.asks}:</p>`
    : `<p>${t.about}:</p>`;
  const details = `${intro}
<dl><dt>${t.project}</dt><dd>${esc(d.projectName)}</dd><dt>${t.position}</dt><dd>${esc(d.positionName)}</dd>
<dt>${t.start}</dt><dd>${esc(d.startDate)} (${t.week} ${esc(d.weekNumber)})</dd>
${d.rehearsalSchedule ? `<dt>${t.schedule}</dt><dd>${esc(d.rehearsalSchedule)}</dd>` : ''}
${d.concertInfo ? `<dt>${t.concert}</dt><dd>${esc(d.concertInfo)}</dd>` : ''}
${d.open ? `<dt>${t.deadline}</dt><dd>${esc(d.deadline)}</dd>` : ''}</dl>`;
  const form = d.open
    ? `<form method="post" action="/r/${esc(d.token)}"><label for="m">${t.message}</label><textarea id="m" name="message" maxlength="1000"></textarea>
<button class="yes" name="answer" value="accept">${t.accept}</button><button class="no" name="answer" value="decline">${t.decline}</button></form>`
    : '';
  const contact = d.contactEmail
    ? `<p class="contact">${t.contact} <a href="mailto:${esc(d.contactEmail)}">${esc(d.contactEmail)}</a></p>`
    : '';
  return shell(
    tenant,
    lang,
    `${notice ? `<p class="notice" role="status">${esc(t[notice])}</p>` : ''}${details}${form}${contact}`,
  );
}

export function noticePage(
  tenant: ResolvedTenant | null,
  lang: Lang,
  notice: PageText,
  contactEmail: string | null = null,
): string {
  const contact = contactEmail
    ? `<p class="contact">${T[lang].contact} <a href="mailto:${esc(contactEmail)}">${esc(contactEmail)}</a></p>`
    : '';
  return shell(
    tenant,
    lang,
    `<p class="notice" role="status">${esc(T[lang][notice])}</p>${contact}`,
  );
}
