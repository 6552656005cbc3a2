import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Who asks a government to act on trade: unions, an industry's firms, their trade groups. */
const PETITIONERS =
  '(?:unions?|workers|industry|industries|producers|manufacturers|makers|companies|firms|associations?|coalition|groups?|steelmakers|growers|farmers)';

/**
 * A petition asking a government to act against the other side's trade: "Five steel unions filed
 * a petition on March 3 asking for a Section 301 probe", "the petition filed in May by two solar
 * makers". It is often the first step of an investigation or a duty; the government's answer is
 * an event of its own (investigation, tariffs).
 */
export const petition = defineKind({
  id: 'petition',
  cue: /petition/i,
  themes: ['trade'],
  tag: 'petition',
  verbal: [
    // "Five steel unions filed a petition on March 3 asking for a trade probe"
    re(
      `\\b${PETITIONERS}\\s+(?:[\\w’'-]+\\s+){0,3}?(?:filed|files|file|filing|submitted|submits|lodged|lodges)\\s+(?:an?\\s+|the\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?petitions?\\b`,
    ),
    // "The petition filed on March 3 by five unions", "a petition was lodged in May": the
    // petition told by its filing, with its day right after.
    re(
      `\\bpetitions?\\s+(?:was\\s+|were\\s+|had\\s+been\\s+)?(?:filed|submitted|lodged)(?=\\s+(?:on|in|last|earlier)\\b)`,
    ),
    // "The probe answers a petition from five unions": named by who brought it.
    re(`\\bpetition\\s+(?:from|by)\\s+${GAP(3)}${PETITIONERS}\\b`),
  ],
  // A petition named without its day ("the petition behind it") is colour around the probe.
  datedOnly: true,
  title: ({ subject, planned, topic }) => ({
    title: `${subject} petition${topic ? ` on ${topic}` : ''} ${planned ? 'to be filed' : 'filed'}`,
    slugParts: [subject, 'petition', topic ?? ''],
  }),
  examples: {
    detects: [
      'Five US steel unions filed a petition on March 3 asking for a Section 301 probe of Chinese shipyards.',
      'The petition filed on March 3 by five US unions asks for higher duties on Chinese cranes.',
      'The probe answers a petition from two American solar makers lodged in May.',
    ],
    ignores: [
      'Residents signed a petition to save the park.',
      'The petition drive ended without enough names.',
    ],
  },
});
