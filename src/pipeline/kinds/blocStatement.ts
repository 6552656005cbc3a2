import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** Groups of governments the US belongs to, by the names the news gives them. */
const BLOC = '(?:G7|G-7|Group\\s+of\\s+Seven|Quad|NATO)';

/**
 * A group of governments with the US among them speaking out against China's economic
 * coercion: "G7 finance ministers agreed on Friday on a common line against economic coercion",
 * "NATO leaders adopted a statement on coercion". Undated, it is background to the news told
 * beside it.
 */
export const blocStatement = defineKind({
  id: 'bloc-statement',
  cue: /coercion/i,
  themes: ['diplomacy', 'trade'],
  tag: 'bloc-statement',
  verbal: [
    re(
      `(?<=\\b${BLOC}\\b[^.;]{0,80}?)\\b(?:agreed|agree|agrees|issued|issues|adopted|adopts|unveiled|launched|announced|pledged|vowed)\\b(?:\\s+[\\w-]+){0,8}?\\s+(?:economic\\s+)?coercion\\b`,
    ),
  ],
  datedOnly: true,
  // "G7 leaders, meeting in a port city, agreed ...": the summit is where the line was agreed.
  contains: ['meeting'],
  title: ({ trigger, planned, primary }) => {
    const lead = primary.segment.text.slice(0, primary.triggerStart);
    const named = [...lead.matchAll(new RegExp(BLOC, 'g'))].at(-1)?.[0] ?? 'G7';
    const group = /^(?:G-?7|Group\s+of\s+Seven)$/i.test(named) ? 'G7' : named;
    const statement = /\b(?:issued|issues|adopted|adopts|unveiled|announced)\b/i.test(trigger);
    const title = statement
      ? `${group} ${planned ? 'to issue' : 'issues'} statement on economic coercion`
      : `${group} ${planned ? 'to agree' : 'agrees'} on steps against economic coercion`;
    return { title, slugParts: [group, 'economic', 'coercion'] };
  },
  examples: {
    detects: [
      'On Friday G7 finance ministers agreed on a common line against economic coercion.',
      'In July the NATO leaders adopted a joint statement on coercion by rival powers.',
    ],
    ignores: ['The G7 agreed on new aid for farmers.', 'Critics accused the lender of coercion.'],
  },
});
