import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const TECH_OBJECT =
  '(?:chips?|semiconductors?|technolog\\w*|tech|software|chipmaking|chip-making|equipment|AI|artificial\\s+intelligence|Huawei|ZTE|TikTok|ByteDance|SMIC|DeepSeek|Nvidia|apps?)';

/** Curbs on chips, apps or tech firms: "Washington banned TikTok on government phones." */
export const techRestriction = defineKind({
  id: 'tech-restriction',
  cue: /chip|semiconductor|tech|software|equipment|\bAI\b|artificial|Huawei|ZTE|TikTok|ByteDance|SMIC|DeepSeek|Nvidia|\bapps?\b/i,
  themes: ['technology'],
  tag: 'tech-restrictions',
  verbal: [
    re(
      `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?|access|use|purchases?|investments?|imports?)\\s+(?:of|to|by|in|from)\\s+${GAP(3)}${TECH_OBJECT}`,
    ),
    re(
      `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?)\\s+${GAP(3)}(?:of\\s+)?${TECH_OBJECT}`,
    ),
    re(
      `\\b(?:ban|banned|bans|banning|blocked|blocks|blacklisted|blacklists|restricted|restricts|prohibited)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?${TECH_OBJECT}\\b`,
    ),
  ],
  nominal: [
    re(
      '\\b(?:chip|semiconductor|technology|tech|AI)\\s+(?:restrictions?|curbs?|bans?|controls?|limits?)\\b',
    ),
    re(
      `\\b(?:restrictions?|curbs?|limits?|controls?|bans?)\\s+on\\s+(?:the\\s+)?(?:sales?|exports?|shipments?)\\s+of\\s+${GAP(4)}${TECH_OBJECT}`,
    ),
  ],
  measure: true,
  contains: ['policy'],
  title: ({ subject, other, topic, planned, action, base }) => {
    const what = topic ?? 'technology sales';
    const verb = planned
      ? `to ${base === 'ban' ? 'ban' : 'restrict'}`
      : action === 'ban'
        ? 'bans'
        : 'restricts';
    return {
      title: `${subject} ${verb} ${what}${topic ? '' : ` to ${other}`}`,
      slugParts: [subject, 'restricts', what],
    };
  },
  examples: {
    detects: ['Washington banned the use of TikTok on government phones.'],
    ignores: ['Chip sales grew strongly last year.'],
  },
});
