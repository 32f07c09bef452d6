import type { SeedContribution } from '#tutti/tenancy';

type Section = { instrument: string; positions: string[] };

const SYMPHONY: Section[] = [
  {
    instrument: 'Violin',
    positions: [
      'Förste konsertmästare',
      'Andre konsertmästare',
      'Stämledare violin 2',
      'Tutti violin 1',
      'Tutti violin 2',
    ],
  },
  { instrument: 'Viola', positions: ['Stämledare', 'Alternerande stämledare', 'Tutti'] },
  { instrument: 'Cello', positions: ['Solocellist', 'Alternerande solocellist', 'Tutti'] },
  { instrument: 'Kontrabas', positions: ['Stämledare', 'Tutti'] },
  { instrument: 'Flöjt', positions: ['Soloflöjt', 'Stämledare 2', 'Piccolaflöjt'] },
  { instrument: 'Oboe', positions: ['Solooboe', 'Stämledare 2', 'Engelskt horn'] },
  { instrument: 'Klarinett', positions: ['Soloklarinett', 'Stämledare 2', 'Basklarinett'] },
  { instrument: 'Fagott', positions: ['Solofagott', 'Stämledare 2', 'Kontrafagott'] },
  {
    instrument: 'Valthorn',
    positions: ['Solohorn', 'Stämledare 2', 'Stämledare 3', 'Stämledare 4'],
  },
  { instrument: 'Trumpet', positions: ['Solotrumpet', 'Stämledare 2', 'Tutti'] },
  { instrument: 'Trombon', positions: ['Solotrombon', 'Stämledare 2', 'Bastrombon'] },
  { instrument: 'Tuba', positions: ['Solotuba'] },
  { instrument: 'Slagverk', positions: ['Solopukist', 'Slagverk'] },
  { instrument: 'Harpa', positions: ['Soloharpa'] },
];

const CONCERT_BAND: Section[] = [
  { instrument: 'Flöjt', positions: ['Flöjt 1', 'Flöjt 2', 'Piccolaflöjt'] },
  { instrument: 'Oboe', positions: ['Oboe'] },
  { instrument: 'Fagott', positions: ['Fagott'] },
  {
    instrument: 'Klarinett',
    positions: ['Ess-klarinett', 'Klarinett 1', 'Klarinett 2', 'Klarinett 3', 'Basklarinett'],
  },
  {
    instrument: 'Saxofon',
    positions: ['Altsaxofon 1', 'Altsaxofon 2', 'Tenorsaxofon', 'Barytonsaxofon'],
  },
  { instrument: 'Kornett', positions: ['Kornett 1', 'Kornett 2', 'Kornett 3'] },
  { instrument: 'Trumpet', positions: ['Trumpet 1', 'Trumpet 2'] },
  { instrument: 'Valthorn', positions: ['Valthorn 1', 'Valthorn 2', 'Valthorn 3', 'Valthorn 4'] },
  { instrument: 'Trombon', positions: ['Trombon 1', 'Trombon 2', 'Bastrombon'] },
  { instrument: 'Euphonium', positions: ['Euphonium'] },
  { instrument: 'Tuba', positions: ['Tuba'] },
  { instrument: 'Slagverk', positions: ['Pukor', 'Slagverk 1', 'Slagverk 2'] },
];

/** The instruments and positions of a symphony orchestra or a concert band. */
export const seedInstruments: SeedContribution = async (tx, { kind }) => {
  const sections = kind === 'band' ? CONCERT_BAND : SYMPHONY;
  for (const [i, section] of sections.entries()) {
    await tx.instrument.create({
      data: {
        name: section.instrument,
        displayOrder: i + 1,
        positions: {
          create: section.positions.map((name, level) => ({ name, hierarchyLevel: level + 1 })),
        },
      },
    });
  }
};
