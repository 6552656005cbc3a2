import { SIDE_OF } from './gazetteer.ts';

const SHORT: Record<string, string> = {
  'United States': 'US',
  'Xi Jinping': 'Xi',
  'US Department of Commerce': 'US Commerce Department',
  'US State Department': 'US State Department',
  'US Treasury': 'US Treasury',
  'US Energy Department': 'US Energy Department',
  'US federal court': 'US federal court',
  'China Ministry of Commerce': 'China',
  'China Foreign Ministry': 'China',
  'China Tariff Commission': 'China',
  'Cyberspace Administration of China': "China's cyberspace regulator",
  'European Union': 'EU',
  // Bodies whose names read like a person's ("China State Council" is no Mr Council).
  'China State Council': "China's State Council",
  'China Customs': 'China customs',
  'Taiwan Affairs Office': "China's Taiwan Affairs Office",
  'China Securities Regulatory Commission': "China's securities regulator",
  "People's Bank of China": "China's central bank",
  'Civil Aviation Administration of China': "China's aviation regulator",
  'US Transportation Department': 'US Transportation Department',
  'US Supreme Court': 'US Supreme Court',
  'US Homeland Security': 'US Homeland Security',
  'New York Stock Exchange': 'NYSE',
};

/** A canonical name that looks like a person's: "Xi Jinping", "Scott Bessent". */
export const PERSON_NAME = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)+$/;

/** The form a headline uses: "US", "Xi", "Bessent", "He" (a Chinese name puts the surname first). */
export function shortName(name: string): string {
  const known = SHORT[name];
  if (known !== undefined) return known;
  if (!PERSON_NAME.test(name)) return name;
  const words = name.split(' ');
  return (SIDE_OF.get(name) === 'china' ? words[0] : words.at(-1)) ?? name;
}
