import { contrast, readableButton } from './colour.js';

describe('readableButton', () => {
  it('reaches WCAG AA (4.5:1) for the default blue and for any brand colour', () => {
    for (const brand of [
      '#3B82F6',
      '#FFD700',
      '#808080',
      '#00FF00',
      '#000000',
      '#FFFFFF',
      '#E11D48',
    ]) {
      const { bg, fg } = readableButton(brand);
      expect([brand, contrast(bg, fg) >= 4.5]).toEqual([brand, true]);
    }
    // Dark text on a light brand colour keeps the colour itself.
    expect(readableButton('#FFD700')).toEqual({ bg: '#FFD700', fg: '#111827' });
    // The default blue with white text is 3.7:1: it takes dark text instead.
    expect(contrast('#3B82F6', '#ffffff')).toBeLessThan(4.5);
    expect(readableButton('#3B82F6')).toEqual({ bg: '#3B82F6', fg: '#111827' });
    // A mid grey reads with neither: it is darkened until white text does.
    expect(readableButton('#777777').bg).not.toBe('#777777');
  });
});
