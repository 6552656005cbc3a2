// Written out instead of toLocaleDateString so the app, exports and build output read the same
// on every machine, whatever its locale or ICU data.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 1 → "January"; anything outside 1–12 → "". */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}
