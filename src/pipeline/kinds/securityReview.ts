import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';
import { regulatorOf } from './regulatorOf.ts';

/** "a cybersecurity review", "its network security review", "a national security review". */
const REVIEW =
  '(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:security|cybersecurity|cyber-security)\\s+review';

/**
 * A regulator's security check of the other side's firm, a measure in all but name: "The
 * internet watchdog opened a cybersecurity review of the American chipmaker", "found that the
 * vendor's routers did not pass its security review, so state grid firms may no longer buy them".
 */
export const securityReview = defineKind({
  id: 'security-review',
  cue: /review/i,
  themes: ['technology'],
  tag: 'security-review',
  verbal: [
    re(
      `\\b(?:failed|fails|failing|did\\s+not\\s+pass|had\\s+not\\s+passed|has\\s+not\\s+passed)\\s+${REVIEW}\\b`,
    ),
    re(`\\b(?:passed|passes|cleared|clears)\\s+${REVIEW}\\b`),
    // Opened by an authority: a school that orders a security review after a break-in is not
    // checking a firm.
    re(
      `(?<=\\b(?:regulators?|watchdogs?|administration|ministry|agency|commission|authorities|government|Beijing|China|Washington|Treasury|Commerce)\\b[^.;]{0,60}?)\\b(?:launch|open|start|initiat|announc|began|begin|conduct|order)\\w*\\s+${REVIEW}\\b`,
    ),
    // "The watchdog had announced the review in March": with a regulator as the subject, the
    // review is its own.
    re(
      `(?<=\\b(?:regulator|watchdog|administration|agency)\\s+(?:had\\s+|has\\s+|first\\s+)?)(?:announced|launched|opened|started)\\s+(?:the|its)\\s+review\\b`,
    ),
  ],
  title: (context) => {
    const { planned, trigger } = context;
    const { by, side, firm } = regulatorOf(context);
    const of = firm === undefined ? '' : ` of ${firm}`;
    if (/^(?:failed|fails|failing|did|had|has)\b/i.test(trigger)) {
      return {
        title: `${by} says ${firm ?? 'firm'} failed security review`,
        slugParts: [side, firm ?? '', 'fails', 'security', 'review'],
      };
    }
    if (/^(?:passed|passes|cleared|clears)\b/i.test(trigger)) {
      return {
        title: `${by} clears ${firm ?? 'firm'} in security review`,
        slugParts: [side, firm ?? '', 'passes', 'security', 'review'],
      };
    }
    return {
      title: `${by} ${planned ? 'to open' : 'opens'} security review${of}`,
      slugParts: [side, 'security', 'review', firm ?? ''],
    };
  },
  examples: {
    detects: [
      'The internet watchdog opened a cybersecurity review of the American chipmaker on Friday.',
      "Beijing's regulator said on Monday that the vendor's routers had failed its cybersecurity review.",
      'The watchdog had announced the review in early April.',
    ],
    ignores: [
      'The board will review security at the plant.',
      'The committee announced the review of its budget.',
      'The film failed to impress reviewers.',
      'The school ordered a security review after the break-in.',
    ],
  },
});
