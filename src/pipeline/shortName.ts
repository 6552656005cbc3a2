const SHORT: Record<string, string> = {
  'United States': 'US',
  'Xi Jinping': 'Xi',
  'US Department of Commerce': 'US Commerce Department',
  'US State Department': 'US State Department',
  'US Treasury': 'US Treasury',
  'China Ministry of Commerce': 'China',
  'China Foreign Ministry': 'China',
  'European Union': 'EU',
};

/** A canonical name that looks like a person's: "Xi Jinping", "Scott Bessent". */
export const PERSON_NAME = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)+$/;

/** The form a headline uses: "US", "Xi", "Bessent". */
export function shortName(name: string): string {
  const known = SHORT[name];
  if (known !== undefined) return known;
  return PERSON_NAME.test(name) ? (name.split(' ').at(-1) ?? name) : name;
}
