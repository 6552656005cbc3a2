import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const TARIFF_NOUN = '(?:tariffs?|duties|levies|levy|import\\s+taxes)';
const TARIFF_VERB =
  '(?:impos|propos|announc|rais|hik|slap|levy|levie|increas|doubl|tripl|cut|lower|reduc|slash|suspend|paus|delay|lift|remov|scrap|extend|reinstat|restor|introduc|unveil|expand|exempt|threaten|retaliat|halv|roll\\w*\\s+back|postpon)\\w*';

/** Duties on the other side’s goods: "China imposed tariffs of 15 percent on US coal." */
export const tariffs = defineKind({
  id: 'tariffs',
  cue: /tariff|dut(?:y|ies)|lev(?:y|ies)|import\s+tax/i,
  themes: ['trade'],
  tag: 'tariffs',
  verbal: [
    re(`\\b${TARIFF_VERB}\\s+${GAP(6)}${TARIFF_NOUN}\\b`),
    re(
      `\\b${TARIFF_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China|Trump)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|levied|slapped)\\b`,
    ),
    re(
      `\\b${TARIFF_NOUN}\\s+${GAP(6)}(?:took\\s+effect|take\\s+effect|takes\\s+effect|went\\s+into\\s+effect|go\\s+into\\s+effect|goes\\s+into\\s+effect|came\\s+into\\s+force|(?:were|was|will\\s+be|would\\s+be)\\s+(?:imposed|raised|cut|lowered|reduced|suspended|paused|lifted|announced|increased|extended))\\b`,
    ),
    // "The duty on Chinese chips doubles from 25 percent to 50 percent next year": the rate is the
    // subject, its move to a new level the act. The level ("to 50", "from 25") keeps "duty" a
    // levy, not an obligation.
    re(
      `\\b(?:${TARIFF_NOUN}|duty)\\s+${GAP(6)}(?:rises|rose|rising|doubles|doubled|doubling|triples|tripled|quadruples|quadrupled|climbs|climbed|jumps|jumped|falls|fell|drops|dropped|goes|went|increases|increased|decreases|decreased)\\s+(?=(?:from|to|by)\\s+[\\d.]+\\s*(?:percent|per\\s+cent|%))`,
    ),
  ],
  nominal: [re(`\\b${TARIFF_NOUN}\\b`)],
  measure: true,
  contains: ['policy'],
  title: ({ subject, other, tags, topic, planned, action, present, base }) => {
    const reciprocal = tags.has('reciprocal-tariffs') ? '"reciprocal" ' : '';
    const target = other === 'China' ? 'Chinese goods' : 'US goods';
    return {
      title: `${subject} ${planned ? `to ${base}` : present} ${reciprocal}tariffs on ${target}`,
      slugParts: [subject, reciprocal ? 'reciprocal' : action || 'new', 'tariffs', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'China imposed tariffs of 15 percent on American coal.',
      // A pause told by its verb: the action reads "pause", never a new tariff.
      'The president agreed on Saturday to postpone the tariff increase due in January.',
      'The duty on Chinese solar wafers doubles from 25 percent to 50 percent next year.',
    ],
    ignores: ['Port fees rose sharply in March.', 'His duty rose to new heights of care.'],
  },
});
