import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** What a licence lets a firm send abroad: "sales", "shipments", "exports", "deliveries". */
const TRADE_FLOW = '(?:sales|shipments|exports|deliveries|supplies)';

/**
 * A government letting its firms sell to the other side again, by licence or by word: "The
 * department began issuing licences for the chips on Friday", "Officials said they would allow
 * the firm to resume shipments to China." A tightening is export-controls; this is the opening.
 */
export const exportLicence = defineKind({
  id: 'export-licence',
  cue: /licen[cs]|resum|restart|allow|permit|clear|approv|grant/i,
  themes: ['technology', 'trade'],
  tag: 'export-licence',
  verbal: [
    // "started issuing licences for the processor", "is now granting export licenses"
    re(
      `\\b(?:(?:start|began|begin|begun|starting)\\w*\\s+(?:issuing|granting|approving)|(?:is|are|was|were)\\s+(?:now\\s+)?(?:issuing|granting|approving))\\s+${GAP(3)}(?:export\\s+)?licen[cs]es?\\b`,
    ),
    // "cleared the toolmaker to resume deliveries", "allowed the firm to resume shipments to China". A
    // deal or a rule "that allows" firms to resume tells that deal, not a government's leave.
    re(
      `(?<!\\b(?:that|which)\\s+)\\b(?:allow|let|permit|clear|authori[sz])\\w*\\s+${GAP(3)}to\\s+(?:resume|restart)\\s+${GAP(3)}${TRADE_FLOW}\\b`,
    ),
    // "approved the export of rare earth magnets to three US firms", "granted licence
    // applications": a government's leave for its goods to go to the other side.
    re(
      '\\b(?:approved|approves|approving|granted|grants|granting)\\s+(?:the\\s+|some\\s+)?(?:(?:exports?|sales?|shipments?)\\s+of|(?:export\\s+)?licen[cs]e\\s+applications|applications\\s+(?:to\\s+export|for\\s+export\\s+licen[cs]es))\\b',
    ),
    // "Sales of the processor to China will resume", "shipments resumed in June"
    re(
      `\\b${TRADE_FLOW}\\s+(?:of\\s+${GAP(4)})?(?:to\\s+(?:China|the\\s+(?:US|United\\s+States))\\s+)?(?:will\\s+|would\\s+|could\\s+|can\\s+)?(?:resume|resumed|resumes|restart|restarted|restarts)\\b`,
    ),
  ],
  measure: true,
  title: ({ subject, other, topic, planned, trigger }) => {
    const goods = topic ?? '';
    if (/^(?:approv|grant)/i.test(trigger) && !/licen[cs]/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to approve' : 'approves'} exports${goods ? ` of ${goods}` : ''} to ${other}`,
        slugParts: [subject, 'approves-exports', goods],
      };
    }
    if (/licen[cs]/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to issue' : 'issues'} export licences${goods ? ` for ${goods}` : ''}`,
        slugParts: [subject, 'export-licences', goods],
      };
    }
    return {
      title: `${subject} ${planned ? 'to let' : 'lets'} ${goods ? `${goods} ` : ''}sales to ${other} resume`,
      slugParts: [subject, 'sales-resume', goods],
    };
  },
  examples: {
    detects: [
      'Officials began granting export licences for the accelerator chips on Thursday.',
      'In June the regulator cleared the toolmaker to resume deliveries to its customers in China.',
      'Sales of the processor to China will resume next month, the firm said.',
      'The ministry approved the export of rare earth magnets to three US firms on Tuesday.',
    ],
    ignores: [
      'She renewed her driving licence in May.',
      'Talks will resume next week.',
      'The firm said it would restart production at the plant.',
      'The two sides signed a deal that allows the firms to resume sales.',
    ],
  },
});
