import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** What one side's forces take from the other's: a drone, a research glider, a boat, its crew. */
const TAKEN = '(?:drone|glider|vessel|ship|boat|trawler|aircraft|plane|crew|sailors|fishermen)s?';
const RETURNED = '(?:drone|glider|device|vessel|ship|boat|trawler|aircraft|plane|crew|sailors)s?';

/**
 * One side's forces taking the other's craft, and handing it back: "a Chinese navy ship seized
 * an American underwater drone", "the glider was seized on Thursday", "China handed the seized
 * glider back on Tuesday". Taking and returning are two events, never merged.
 */
export const seizure = defineKind({
  id: 'seizure',
  cue: /seiz|captur|snatch|confiscat|impound|lifted|plucked|hand|return|transfer|gave|give/i,
  themes: ['diplomacy'],
  tag: 'seizure',
  verbal: [
    re(
      `\\b(?:seized|seizes|seize|seizing|captured|captures|snatched|snatches|confiscated|impounded|lifted\\s+out|plucked\\s+out)\\s+${GAP(5)}${TAKEN}\\b`,
    ),
    re(
      `\\b(?:drone|glider|vessel|boat|trawler|aircraft|plane)s?\\s+(?:(?:that|which)\\s+)?${GAP(8)}(?:was|were|had\\s+been|has\\s+been|been|got|gets)\\s+(?:seized|captured|confiscated|impounded|snatched)\\b`,
    ),
    // "The glider, used by the survey ship to gather data, was seized on Thursday."
    re(
      '\\b(?:drone|glider|vessel|boat|trawler)s?,\\s+[^,;]{1,120},\\s+(?:was|were|had\\s+been)\\s+(?:seized|captured|confiscated|impounded|snatched)\\b',
    ),
    // "China handed the seized glider back on Tuesday", "would return an underwater drone",
    // "decided to transfer it back": the craft is named, or "it" is sent back.
    re(
      `\\b(?:handed|hands|hand|handing|gave|give|gives)\\s+(?:back\\s+${GAP(5)}${RETURNED}\\b|${GAP(5)}${RETURNED}\\s+back\\b|(?<=\\b(?:drone|glider|vessel|boat|trawler|crew|sailors)s?\\b[^.;]{0,200})(?:it|them)\\s+back\\b)`,
    ),
    re(
      `\\b(?:returned|returns|return|returning|transferred|transfers|transfer)\\s+(?:back\\s+)?(?:${GAP(5)}${RETURNED}\\b|(?<=\\b(?:drone|glider|vessel|boat|trawler|crew|sailors)s?\\b[^.;]{0,200})(?:it|them)\\s+back\\b)`,
    ),
  ],
  nominal: [
    re(
      `\\bseizure\\s+of\\s+(?:the\\s+|an?\\s+)?${GAP(4)}${TAKEN}\\b|\\b(?:drone|glider)\\s+seizure\\b`,
    ),
  ],
  stepOf: (trigger) => (/^(?:hand|gave|give|return|transfer)/i.test(trigger) ? 'return' : 'seize'),
  title: ({ subject: told, other: otherTold, trigger, planned }) => {
    // "lifted out a US Navy glider": the craft's owner is the side that lost it, whoever the
    // sentence names first.
    const owner = /\b(?:US|U\.S\.|American|United\s+States)\b/.test(trigger)
      ? 'US'
      : /\bChinese\b/.test(trigger)
        ? 'China'
        : undefined;
    const subject = owner === undefined ? told : owner === 'US' ? 'China' : 'US';
    const other = owner ?? otherTold;
    const craft = /\b(drone|glider|vessel|ship|boat|trawler|aircraft|plane|crew|sailors)/i.exec(
      trigger,
    )?.[1];
    const what = `${other === 'China' ? 'Chinese' : 'US'} ${craft?.toLowerCase() ?? 'craft'}`;
    if (/^(?:hand|gave|give|return|transfer)/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to return' : 'returns'} seized ${what}`,
        slugParts: [subject, 'returns', craft ?? 'craft'],
      };
    }
    return {
      title: `${subject} ${planned ? 'to seize' : 'seizes'} ${what}`,
      slugParts: [subject, 'seizes', craft ?? 'craft'],
    };
  },
  examples: {
    detects: [
      'A Chinese navy ship seized an American underwater drone in the South China Sea.',
      'The research glider was seized on Thursday off the Philippines.',
      'The glider, used by the survey ship to measure salinity, was seized on Thursday.',
      'On Tuesday China handed the seized glider back to the US Navy.',
      'The ministry said it would return the drone in an appropriate manner.',
      'The sailors lifted out a US Navy ocean glider near the survey ship.',
    ],
    ignores: [
      'Police seized cocaine at the port.',
      'The shop returned the faulty kettle.',
      'She handed the microphone to the next speaker.',
      'Reporters whose press cards expire this year must hand them back within ten days.',
    ],
  },
});
