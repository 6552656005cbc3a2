import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const TARGET =
  '(?:networks?|systems?|servers?|accounts?|emails?|databases?|infrastructure|providers?|agenc(?:y|ies)|departments?|firms?|companies|records)';

/**
 * Intrusions blamed on the other side: "Chinese hackers breached US telecom networks, the FBI
 * said", "a hacking campaign that compromised nine telecom companies".
 */
export const cyberAttack = defineKind({
  id: 'cyber-attack',
  cue: /hack|breach|cyber|compromis|intru/i,
  themes: ['technology'],
  tag: 'cyber',
  verbal: [
    re(
      `\\b(?:hacked|hacks|breached|breaches|compromised|compromises|infiltrated|penetrated|targeted)\\s+${GAP(5)}${TARGET}\\b`,
    ),
  ],
  // A grievance list names cyberattacks without telling one: only a dated one is an event.
  nominal: [
    re(
      '\\b(?:hack|breach|intrusion)\\s+of\\b|\\b(?:cyber\\s*attacks?|cyberattacks?|hacking\\s+campaign|cyber[-\\s]espionage\\s+campaign)\\b',
    ),
  ],
  datedOnly: true,
  title: ({ subject, other, planned }) => ({
    title: `${planned ? 'Planned ' : ''}cyber intrusion blamed on ${other === 'US' ? subject : other}`,
    slugParts: [subject, 'cyber', other],
  }),
  examples: {
    detects: [
      'Chinese hackers breached US telecom networks, the FBI said on March 27.',
      'Investigators said on Tuesday that the group had compromised nine telecom companies.',
    ],
    ignores: ['The team breached the deadline by a day.', 'Fans hacked away at the ice.'],
  },
});
