/** The languages Tutti speaks to musicians and staff. */
export type Language = 'sv' | 'en';

/** A stored preference as a language Tutti speaks; Swedish unless English was asked for. */
export function languageOf(preference: string | null | undefined): Language {
  return preference === 'en' ? 'en' : 'sv';
}

/** How a position is named to people: "Violin, Tutti violin 2". */
export function positionLabel(position: { name: string; instrument: { name: string } }): string {
  return `${position.instrument.name}, ${position.name}`;
}
