import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

const CHANNEL =
  '(?:dialogues?|channels?|communications?|talks|discussions|exchanges|consultations|hotlines?|contacts?|cooperation)';

/** "talks with the US" (China halts them) or "talks with China" (the US does). */
const PARTNER =
  /\bwith\s+(?:(the\s+(?:US|U\.S\.|United\s+States)|Washington|America)|(China|Beijing|the\s+Chinese\s+side))\b/;

/** Cutting the lines between governments: "Beijing suspended military talks with Washington." */
export const dialogueHalt = defineKind({
  id: 'dialogue-halt',
  cue: /halt|suspend|cut\s+off|froze|freez|shut|declin|reject|rebuff|scrap|cancel|postpon/i,
  themes: ['diplomacy'],
  tag: 'dialogue-halt',
  verbal: [
    // "suspended climate and military talks", "cut off several formal dialogue channels"
    re(
      `\\b(?:halt|suspend|froze|freez|shut\\s+down|cut\\s+off|scrap|cancel|postpon)\\w*\\s+(?:[\\w’'-]+\\s+){0,6}?${CHANNEL}\\b`,
    ),
    // "Military exchanges were frozen in October 2019": the halt told without who did it.
    re(
      `\\b(?:[Mm]ilitary|[Dd]efen[cs]e|[Mm]ilitary-to-military|[Hh]igh-level)\\s+${CHANNEL}\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:halted|suspended|frozen|cut\\s+off|shut\\s+down)\\b`,
    ),
    // "declined the US push to restore military-to-military communications"
    re(
      `\\b(?:declined|rejected|rebuffed|refused)\\s+(?:[\\w’'.-]+\\s+){0,8}?(?:military-to-military|mil-to-mil|defen[cs]e|military)\\s+${CHANNEL}\\b`,
    ),
  ],
  title: ({ subject, other, primary, actors }) => {
    const military = /military|defen[cs]e/i.test(primary.segment.text);
    // "Military exchanges were frozen": no side told, so the title names none.
    if (actors.length === 0) {
      return {
        title: `US-China ${military ? 'military ' : ''}dialogue halted`,
        slugParts: ['us-china', military ? 'military' : '', 'dialogue', 'halted'],
      };
    }
    // "would postpone military talks with the US": the side the talks are with is the other one,
    // whoever the sentence names first.
    const partner = PARTNER.exec(
      primary.segment.text.slice(primary.triggerStart, primary.triggerEnd + 40),
    );
    const [by, to] =
      partner?.[1] !== undefined
        ? ['China', 'US']
        : partner?.[2] !== undefined
          ? ['US', 'China']
          : [subject, other];
    return {
      title: `${by} halts ${military ? 'military ' : ''}dialogue with ${to}`,
      slugParts: [by, 'halts', military ? 'military' : '', 'dialogue'],
    };
  },
  examples: {
    detects: [
      'Beijing suspended climate and military talks with Washington after the trip.',
      'The ministry said it would postpone military talks that had been set for next week.',
      'On Monday China rejected a US request to restore military-to-military communications.',
      'Military exchanges were frozen in October 2019.',
    ],
    ignores: ['The two sides held talks on climate change.'],
  },
});
