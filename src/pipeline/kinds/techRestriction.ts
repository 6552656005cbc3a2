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
      `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?|access|use|purchases?|investments?|imports?|approvals?|authori[sz]ations?)\\s+(?:of|to|by|in|from)\\s+${GAP(3)}${TECH_OBJECT}`,
    ),
    re(
      `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?)\\s+${GAP(3)}(?:of\\s+)?${TECH_OBJECT}`,
    ),
    re(
      `\\b(?:ban|banned|bans|banning|blocked|blocks|blacklisted|blacklists|restricted|restricts|prohibited)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?${TECH_OBJECT}\\b`,
    ),
    // "delayed the app's download ban by a week", "lifted the Huawei restrictions": the measure
    // named by what it is on, and the step taken with it.
    re(
      `\\b(?:delay|postpon|suspend|lift|eas|relax|scrap|rescind|revok|put\\w*\\s+off)\\w*\\s+(?:the\\s+|its\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?${TECH_OBJECT}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:ban|restrictions?|prohibitions?|curbs?)\\b`,
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
    // "delayed the app download ban": the step taken with the measure, not a new one.
    const [present, future] =
      action === 'pause'
        ? ['delays curbs on', 'delay curbs on']
        : action === 'lift'
          ? ['eases curbs on', 'ease curbs on']
          : action === 'ban' || base === 'ban'
            ? ['bans', 'ban']
            : ['restricts', 'restrict'];
    const verb = planned
      ? `to ${future}`
      : action === 'ban' || action === 'pause' || action === 'lift'
        ? present
        : 'restricts';
    return {
      title: `${subject} ${verb} ${what}${topic ? '' : ` to ${other}`}`,
      slugParts: [subject, 'restricts', what],
    };
  },
  examples: {
    detects: [
      'Washington banned the use of TikTok on government phones.',
      'The regulator banned approvals of new network equipment from two Chinese vendors.',
      'On Sunday the department delayed the app download ban by two weeks.',
    ],
    ignores: [
      'Chip sales grew strongly last year.',
      'The company delayed the launch of its new chip by a week.',
    ],
  },
});
