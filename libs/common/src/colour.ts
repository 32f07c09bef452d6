/** Colours of an ensemble's brand, as typed: `#rgb` or `#rrggbb`. */
export const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

function rgb(hex: string): [number, number, number] {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/**
 * A button's colours from a brand colour, readable at WCAG AA (4.5:1): white or near-black
 * text, whichever reads better; when neither does, the background is darkened until white
 * text does.
 */
export function readableButton(brand: string): { bg: string; fg: string } {
  const dark = '#111827';
  if (contrast(brand, '#ffffff') >= 4.5) return { bg: brand, fg: '#ffffff' };
  if (contrast(brand, dark) >= 4.5) return { bg: brand, fg: dark };
  let [r, g, b] = rgb(brand);
  let bg = brand;
  while (contrast(bg, '#ffffff') < 4.5) {
    [r, g, b] = [r, g, b].map((c) => Math.floor(c * 0.9)) as [number, number, number];
    bg = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return { bg, fg: '#ffffff' };
}
