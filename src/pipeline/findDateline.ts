import { MONTH, monthNumber } from './dates/calendarWords.ts';

const ORD = '(?:st|nd|rd|th)?';
const DMY = new RegExp(`\\b(\\d{1,2})${ORD}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const FOUR_DIGITS = /\d{4}/;

const LABEL =
  /^\s*(first\s+published|published|posted|dated?|updated|last\s+updated)\b\s*(?:on)?\s*[:\-–—]?\s*/i;
/**
 * "GENEVA, 12 May 2025 —", "WASHINGTON (Reuters) —", "BEIJING, May 12 (Xinhua) -", and two
 * cities of one story, "SEOUL/TOKYO, Feb. 7 (Agency) --".
 */
const CITY_PREFIX =
  /^\s*[A-Z][A-Z.'’/-]+(?:\s+[A-Z][A-Z.'’/-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?(?:,\s*[^—–\n]{3,40}?)?\s*(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s+/;

/** "May 16, 2019 (Agency)—The president ...": a date, not a city, opens the wire dateline. */
const DATE_PREFIX =
  /^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*(?:\([A-Za-z .]+\)\s*)?[—–]{1,2}\s*/;

/** A full calendar date (day, month and year) found in a line. */
export function parseFullDate(line: string): { iso: string; index: number; length: number } | null {
  // Each of the three forms has a four-digit year; most lines have none.
  if (!FOUR_DIGITS.test(line)) return null;
  const candidates: { iso: string; index: number; length: number }[] = [];
  const dmy = DMY.exec(line);
  if (dmy) pushDate(candidates, dmy[3], dmy[2], dmy[1], dmy.index, dmy[0].length);
  const mdy = MDY.exec(line);
  if (mdy) pushDate(candidates, mdy[3], mdy[1], mdy[2], mdy.index, mdy[0].length);
  const iso = ISO.exec(line);
  if (iso) pushDate(candidates, iso[1], iso[2], iso[3], iso.index, iso[0].length);
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

function pushDate(
  out: { iso: string; index: number; length: number }[],
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  index: number,
  length: number,
): void {
  if (year === undefined || month === undefined || day === undefined) return;
  const m = /^\d+$/.test(month) ? Number(month) : monthNumber(month);
  const iso = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (m < 1 || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return;
  out.push({ iso, index, length });
}

/**
 * The length of a "CITY, date —", "CITY (Agency) —" or "date (Agency)—" opener, 0 when the
 * paragraph has none.
 */
export function datelinePrefixLength(paragraph: string): number {
  const m = CITY_PREFIX.exec(paragraph) ?? DATE_PREFIX.exec(paragraph);
  if (!m) return 0;
  const rest = paragraph.slice(m[0].length);
  // A real dateline opens a paragraph that goes on to tell something.
  return /^[“"‘'A-Z0-9]/.test(rest) && rest.length > 20 ? m[0].length : 0;
}

/** A line that is only a date stamp (possibly with page furniture around it), not a sentence. */
export function isDatelineLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  const found = parseFullDate(trimmed);
  if (!found) return false;
  if (LABEL.test(trimmed)) return true;
  const rest = (trimmed.slice(0, found.index) + ' ' + trimmed.slice(found.index + found.length))
    .replace(/[|•·,:;–—-]/g, ' ')
    .trim();
  const words = rest === '' ? 0 : rest.split(/\s+/).length;
  return words <= 8 && !/[.!?]["”’)]?$/.test(trimmed);
}

/**
 * The publication date ("YYYY-MM-DD") stated in the article itself, or null. A labelled
 * "Published:" line wins over a city dateline, which wins over an "Updated:" line or a bare
 * date stamp; within a tier the first one in the text wins.
 */
export function findDateline(text: string): string | null {
  let best: { tier: number; iso: string } | null = null;
  for (const line of text.split('\n')) {
    const tier = datelineTier(line);
    if (tier === null) continue;
    const found = parseFullDate(line);
    if (!found) continue;
    if (best === null || tier.tier < best.tier) best = { tier: tier.tier, iso: found.iso };
    if (best.tier === 0) break;
  }
  return best?.iso ?? null;
}

function datelineTier(line: string): { tier: number } | null {
  const label = LABEL.exec(line);
  if (label && parseFullDate(line.slice(0, 80))) {
    return { tier: /updated/i.test(label[1] ?? '') ? 2 : 0 };
  }
  const prefix = datelinePrefixLength(line);
  if (prefix > 0 && parseFullDate(line.slice(0, prefix))) return { tier: 1 };
  if (isDatelineLine(line)) return { tier: 3 };
  return null;
}
