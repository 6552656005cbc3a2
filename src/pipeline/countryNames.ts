/**
 * The gazetteer's canonical names that are countries, territories or blocs, not people or bodies:
 * "China" in "China and Pelosi" is a side, and "China's visit" has no visitor.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'United States',
  'China',
  'Taiwan',
  'Japan',
  'South Korea',
  'Russia',
  'European Union',
]);
