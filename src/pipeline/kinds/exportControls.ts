import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const EXPORT_NOUN =
  '(?:export\\s+(?:controls?|restrictions?|curbs?|bans?|limits?|licen[cs](?:es|ing)|rules)|(?:restrictions?|curbs?|controls?|bans?)\\s+on\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?exports?|exports?\\s+of)';
const EXPORT_VERB =
  '(?:requir|impos|announc|introduc|tighten|expand|unveil|widen|adopt|issu|relax|eas|loosen|lift|suspend|paus|restrict|curb|limit|halt|ban|broaden|updat|roll\\w*\\s+out|step\\w*\\s+up)\\w*';

/** Limits on what may leave a country: "Beijing tightened export controls on gallium." */
export const exportControls = defineKind({
  id: 'export-controls',
  cue: /export|licen[cs]|sell|sale|ship|suppl|restriction|curb|control/i,
  themes: ['trade', 'technology'],
  tag: 'export-controls',
  verbal: [
    re(`\\b${EXPORT_VERB}\\s+${GAP(6)}${EXPORT_NOUN}`),
    re(
      `\\b(?:cleared|allowed|permitted|approved|authori[sz]ed|let)\\s+${GAP(3)}to\\s+(?:sell|export|ship)\\b`,
    ),
    // "cutting off sales of advanced AI chips to the whole country", "banned shipments of the
    // tools to Chinese fabs": the verb and what stops moving, without the word "export".
    re(
      `\\b(?:cut|cuts|cutting)\\s+off\\s+(?:the\\s+)?(?:sales?|exports?|shipments?|supplies|supply)\\s+of\\b`,
    ),
    re(
      `\\b(?:barred|banned|blocked|halted|bars|bans|blocks|halts|barring|banning|blocking|halting)\\s+(?:the\\s+)?(?:sales?|shipments?)\\s+of\\s+${GAP(5)}to\\b`,
    ),
    // "cut off chip sales in 2022 and tightened those rules again a year later": a second act on
    // the measure just told, with a date of its own.
    re(
      `\\b(?:tighten|expand|widen|broaden)\\w*\\s+(?:those|these|the|its|their)\\s+(?:rules|controls|curbs|restrictions)\\s+(?:again|further)\\b`,
    ),
    // "curbing exports to 140 companies": the verb names the measure without the noun.
    re(
      `\\b(?:curb|curbs|curbed|curbing|restrict|restricts|restricted|restricting)\\s+exports?\\s+(?:to|of)\\b`,
    ),
    re(`\\b(?:granted|issued|approved|revoked|suspended)\\s+${GAP(5)}licen[cs]es?\\b`),
    re(
      `\\b(?:barred|banned|blocked|restricted|cut\\s+off)\\s+${GAP(2)}from\\s+(?:export|exports|being\\s+exported|sale)\\b`,
    ),
    re(
      `\\b${EXPORT_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|issued)\\b`,
    ),
    re(
      `\\b${EXPORT_NOUN}\\s+${GAP(8)}(?:took\\s+effect|take\\s+effect|went\\s+into\\s+effect|(?:were|was)\\s+(?:imposed|announced|tightened|expanded|introduced))\\b`,
    ),
  ],
  nominal: [
    re(`\\b${EXPORT_NOUN}|\\b(?:these|those|the|its|their)\\s+(?:restrictions|curbs|controls)\\b`),
  ],
  measure: true,
  contains: ['policy'],
  title: ({ subject, topic, planned, action }) => {
    const [present, base] =
      action === 'lift'
        ? ['eases', 'ease']
        : action === 'pause'
          ? ['suspends', 'suspend']
          : action === 'tighten'
            ? ['tightens', 'tighten']
            : ['imposes', 'impose'];
    return {
      title: `${subject} ${planned ? `to ${base}` : present} export controls${topic ? ` on ${topic}` : ''}`,
      slugParts: [subject, 'export-controls', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Washington on Tuesday widened its chip rules, curbing exports to dozens of toolmakers.',
      'Beijing unveiled a widening of its curbs on graphite exports late on Thursday.',
      'Beijing tightened export controls on gallium.',
      'Washington cut off sales of the chips in 2022 and tightened those rules again in 2023.',
      'In March the administration went further, cutting off sales of advanced memory chips to the country.',
      'The rule banned shipments of chipmaking tools to three factories.',
    ],
    ignores: ['Exports rose 8 percent in May.', 'Its exports to the US fell by a fifth last year.'],
  },
});
