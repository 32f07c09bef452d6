export type { CalendarEvent, EngagementRow } from './ical.js';
export { engagementEvents, engagementSelect, icalFeed, locationOf } from './ical.js';
