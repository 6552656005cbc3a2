import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Drills and arms sales: "China staged military drills around Taiwan." */
export const military = defineKind({
  id: 'military',
  cue: /drill|exercise|war\s+games|arms|strait|intercept|came\s+within/i,
  themes: ['diplomacy'],
  tag: 'military',
  verbal: [
    re(
      `\\b(?:launched|held|began|staged|conducted|concluded)\\s+${GAP(4)}(?:military\\s+)?(?:drills|exercises|war\\s+games)\\b`,
    ),
    re(`\\b(?:approved|announced)\\s+${GAP(5)}arms\\s+sales?\\b`),
    // "sailed a destroyer through the Taiwan Strait": a show of force, whoever reports it
    re(
      `\\b(?:sailed|sails|sailing|transited|transits|transiting|flew|flies|flying|sent|sends)\\s+${GAP(5)}(?:through|across)\\s+(?:the\\s+)?Taiwan\\s+Strait\\b`,
    ),
    // "made an unsafe intercept of a US plane", "intercepted a reconnaissance aircraft"
    re('\\b(?:unsafe|dangerous|aggressive|unprofessional|risky)\\s+intercepts?\\b'),
    // "a Chinese warship came within 150 yards of a US destroyer"
    re(
      '\\bcame\\s+within\\s+[\\d,]+\\s+(?:yards|feet|metres|meters|ft)\\s+of\\s+(?:an?\\s+|the\\s+)?(?:[\\w.-]+\\s+){0,3}(?:destroyer|warship|ship|vessel|plane|aircraft|jet|bomber|frigate|carrier)\\b',
    ),
    re(
      `\\bintercepted\\s+${GAP(4)}(?:plane|aircraft|jet|bomber|drone|ship|vessel|destroyer|warship)s?\\b`,
    ),
  ],
  nominal: [re('\\barms\\s+sales?\\b|\\bmilitary\\s+(?:drills|exercises)\\b')],
  title: ({ subject, tags, topic, trigger }) => {
    if (/intercept|came\s+within/i.test(trigger)) {
      return {
        title: `Close military encounter reported by ${subject}`,
        slugParts: [subject, 'military', 'intercept'],
      };
    }
    return {
      title: tags.has('taiwan')
        ? `${subject} military move over Taiwan`
        : `${subject} military drills`,
      slugParts: [subject, 'military', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'China staged military drills around Taiwan.',
      'The US Navy sailed a destroyer through the Taiwan Strait on June 6.',
      'A Chinese fighter jet made an unsafe intercept of a US plane over the South China Sea.',
      'The Navy said a Chinese warship came within 150 yards of a US destroyer on Saturday.',
    ],
    ignores: ['Fire drills are held at the school every month.'],
  },
});
