import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** A trade probe: "China launched an antitrust investigation into Google." */
export const investigation = defineKind({
  id: 'investigation',
  cue: /investigat|probe|inquiry|public\s+hearing|scrutiny|violat/i,
  themes: ['trade'],
  tag: 'investigation',
  verbal: [
    re(
      `\\b(?:launch|open|initiat|start|announc|begin|began|conclud)\\w*\\s+${GAP(4)}(?:investigation|probe|inquiry)\\b`,
    ),
    // The probe named before its opener, in a relative clause: "the levies came out of the
    // inquiry the trade office opened in March 2018".
    re(
      "\\b(?:investigation|probe|inquiry)\\s+(?:that\\s+|which\\s+)?(?:[\\w.’'-]+\\s+){1,3}?(?:opened|launched|initiated|started|began)\\b",
    ),
    // "The regulator said on Friday that it was investigating the chipmaker": the probe told by
    // its verb in the progressive, of a named firm or body.
    re(
      '\\b(?:is|was|are|were|has\\s+been|had\\s+been)\\s+(?:now\\s+|also\\s+|formally\\s+)?investigating\\s+(?=[A-Z]|(?:the|its|a)\\s+(?:[\\w-]+\\s+){0,2}(?:firm|company|chipmaker|maker|group|deal|acquisition|merger)\\b)',
    ),
    // "confirmed that the search giant is under scrutiny for alleged antitrust violations"
    re('\\bunder\\s+(?:scrutiny|investigation|review)\\s+for\\s+(?:alleged|suspected|possible)\\b'),
    // "ruled that the chipmaker had violated anti-monopoly law"
    re(
      `\\b(?:ruled|found|concluded|determined)\\s+that\\s+${GAP(4)}violated\\s+(?:the\\s+)?(?:country[’']s\\s+)?(?:anti-monopoly|antitrust|anti-dumping)\\b`,
    ),
  ],
  nominal: [
    // "The trade office held public hearings on the proposed duties": a step of the probe. A
    // hearing before Congress is a kind of its own (hearing.ts), one before a court a step of a
    // legal case.
    re(
      '\\b(?:anti-dumping|antitrust|Section\\s+301)\\s+(?:investigation|probe)\\b|\\bpublic\\s+hearings?\\b',
    ),
  ],
  title: ({ subject, tags, topic, planned }) => {
    // A competition or dumping case names what it is; anything else is a trade investigation.
    const what = tags.has('antitrust')
      ? 'antitrust'
      : tags.has('anti-dumping')
        ? 'anti-dumping'
        : 'trade';
    return {
      title: `${subject} ${planned ? 'to launch' : 'launches'} ${what} investigation`,
      slugParts: [subject, what === 'trade' ? '' : what, 'investigation', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Regulators confirmed that the search firm is under scrutiny for alleged antitrust violations.',
      'China launched an antitrust investigation into Google.',
      'The levies came out of the inquiry the trade office opened in March 2018.',
      'The regulator said on Friday that it was investigating the chipmaker over a takeover.',
      'The competition watchdog is investigating Acme Semiconductors.',
    ],
    ignores: [
      'Why are these chips under scrutiny?',
      'Police investigated a burglary downtown.',
      'At a hearing before a federal court on Friday the executive pleaded not guilty.',
      // "hearing that" is being told something, not a hearing held.
      'We are hearing that the president was on the phone with the premier this morning.',
    ],
  },
});
