/**
 * Companies a sentence names by their legal form, whether or not the gazetteer knows them:
 * "PVH Corp., the parent company of two fashion labels, and biotech firm Illumina Inc." →
 * PVH, Illumina. The name is the run of capitalised words before the suffix.
 */
const FIRM =
  /\b((?:[A-Z][\w&'’-]*\s+){0,3}?[A-Z][\w&'’-]*)\s*,?\s+(?:Inc|Corp|Corporation|Group|Ltd|Limited|Holdings|Technologies|Technology|Co)\b\.?/g;
/** Capitalised words that open a sentence or a list, not a name. */
const NOT_NAME = /^(?:The|A|An|It|Its|And|Including|Firms?|Companies)$/;

export function namedFirms(text: string): string[] {
  const names: string[] = [];
  FIRM.lastIndex = 0;
  for (let m = FIRM.exec(text); m !== null; m = FIRM.exec(text)) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_NAME.test(w));
    const name = words.join(' ');
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}
