import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

// "announced counter-tariffs": the prefix is part of the noun, not a word before it.
const TARIFF_NOUN = '(?:counter-?)?(?:tariffs?|duties|levies|levy|import\\s+taxes)';
/**
 * "will suspend for one year the extra duty on US pork": how long the act lasts, told between the
 * verb and the duty ("for" ends a verb phrase in GAP).
 */
const FOR_SPAN =
  '(?:for\\s+(?:a|an|one|two|three|six|another|\\d+)\\s+(?:more\\s+)?(?:years?|months?|weeks?|days?)\\s+)?';
/** A rate as a number: "15%", "25 percent", "10 per cent". */
const RATE = '[\\d.]+\\s*(?:percent|per\\s+cent|%)';
const TARIFF_VERB =
  '(?:impos|propos|announc|rais|hik|slap|levy|levie|increas|doubl|tripl|cut(?:s|ting)?\\s+in\\s+half|cut|lower|reduc|slash|suspend|paus|delay|lift|remov|scrap|extend|reinstat|restor|re-?impos|bring\\w*\\s+back|brought\\s+back|introduc|unveil|expand|exempt|threaten|retaliat|halv|roll\\w*\\s+back|postpon|appl(?:y|ie|yi)|drop(?=s\\s|ped\\s|ping\\s|\\s)|stop\\w*\\s+collect)\\w*';

/**
 * The words of a subject between a rate and its verb, with the goods told by their worth ("the levy
 * on $90 billion of Canadian lumber"): GAP's words leave out the dollar
 * sign, and a worth is no clause of its own.
 */
const WORTH_GAP = `(?:${GAP(6)}|${GAP(3)}on\\s+\\$[\\d.,]+\\s+(?:(?:billion|million|trillion|bn)\\s+)?(?:(?:worth\\s+)?of\\s+)?${GAP(3)})`;

/** Duties on the other side’s goods: "China imposed tariffs of 15 percent on US coal." */
export const tariffs = defineKind({
  id: 'tariffs',
  cue: /tariff|dut(?:y|ies)|lev(?:y|ies)|import\s+tax|percent|per\s+cent|%|postal|customs|import\s+(?:charge|fee)/i,
  themes: ['trade'],
  tag: 'tariffs',
  verbal: [
    re(`\\b${TARIFF_VERB}\\s+${FOR_SPAN}${GAP(6)}${TARIFF_NOUN}\\b`),
    // "Beijing will suspend for one year the extra duty on US goods": the span of the step comes
    // between the verb and the duty.
    re(
      `\\b(?:suspend|paus|lift|remov|waiv|extend)\\w*\\s+for\\s+(?:a|an|one|two|three|six|nine|twelve|\\d+)\\s+(?:more\\s+)?(?:years?|months?|weeks?|days?)\\s+${GAP(4)}${TARIFF_NOUN}\\b`,
    ),
    re(
      `\\b${TARIFF_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China|Trump)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|levied|slapped)\\b`,
    ),
    // "The 25% duty on Chinese steel took effect": a duty that takes effect is a levy, not an
    // obligation.
    re(
      `\\b(?:${TARIFF_NOUN}|duty)\\s+${GAP(6)}(?:took\\s+effect|take\\s+effect|takes\\s+effect|went\\s+into\\s+effect|go\\s+into\\s+effect|goes\\s+into\\s+effect|came\\s+into\\s+force|(?:were|was|will\\s+be|would\\s+be)\\s+(?:imposed|raised|cut|lowered|reduced|suspended|paused|lifted|announced|increased|extended))\\b`,
    ),
    // "The ministry exempted 16 kinds of US farm goods from the extra tariffs on Wednesday": the
    // goods come between the verb and the duty, however many words they take.
    re(
      `\\bexempt\\w*\\s+(?:[\\w$%.,’'-]+\\s+){1,9}?from\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w%-]+\\s+){0,2}?${TARIFF_NOUN}\\b`,
    ),
    // "The duty on Chinese chips doubles from 25 percent to 50 percent next year": the rate is the
    // subject, its move to a new level the act. The level ("to 50", "from 25") keeps "duty" a
    // levy, not an obligation. The goods may be told by their worth: "the levy on $90 billion
    // of Canadian lumber will climb to 35%".
    re(
      `\\b(?:${TARIFF_NOUN}|duty)\\s+${WORTH_GAP}(?:rises|rose|rising|doubles|doubled|doubling|triples|tripled|quadruples|quadrupled|climbs|climbed|jumps|jumped|falls|fell|drops|dropped|goes|went|increases|increased|decreases|decreased|(?<=\\b(?:will|would|to)\\s+)(?:rise|double|triple|climb|jump|fall|drop|go|increase|decrease))\\s+(?=(?:from|to|by)\\s+${RATE})`,
    ),
    // "The customs charge on small parcels is set to rise to $75 an item on July 1": a rate due
    // to move on a day ahead, told by its level in dollars as well as in percent.
    re(
      `\\b(?:${TARIFF_NOUN}|duty|(?:postal|import|customs)\\s+(?:charges?|fees?))\\s+${WORTH_GAP}(?:is|are)\\s+(?:due|set|scheduled|slated)\\s+to\\s+(?:rise|double|triple|climb|jump|fall|drop|go\\s+up|increase|decrease)\\s+(?=(?:from|to|by)\\s+(?:${RATE}|\\$[\\d.,]+))`,
    ),
    // "The new levy brings the combined rate on Chinese goods to 60%": the level the duties reach.
    // The trigger is the rate, not the verb ("bring" is no gerund naming an act told elsewhere).
    re(
      `(?<=\\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing)\\s+)the\\s+(?:[\\w-]+\\s+){0,2}?(?:rate|levy|tariff|duty|total)\\s+(?:on\\s+(?:[\\w.-]+\\s+){1,3}?)?to\\s+${RATE}`,
    ),
    // "Beijing answered two days later with a 25% duty on US goods": the reply is the duty.
    re(
      `\\b(?:answer|respond|retaliat|repl(?:y|ie)|hit\\s+back|hits\\s+back|struck\\s+back|strikes\\s+back)\\w*\\s+(?:[\\w’'-]+\\s+){0,4}?with\\s+${GAP(5)}(?:${TARIFF_NOUN}|duty)\\b`,
    ),
    // "when US duties on Chinese goods peaked at 145% in April": the rate reaching its height.
    re(`\\b${TARIFF_NOUN}\\s+${GAP(6)}(?:peaked|topped\\s+out)\\s+(?=at\\s+${RATE})`),
    // "The ministry said it would levy an extra 15% on American coal": the rate stands for the
    // duty, the object of the verb, and "on" names the goods.
    re(
      `\\b(?:impos|levy|levie|slap|add)\\w*\\s+(?:an?\\s+|the\\s+)?(?:extra|additional|further|new|fresh)?\\s*${RATE}\\s+(?=(?:duty\\s+|tariff\\s+)?(?:on|against)\\s)`,
    ),
    // "The 10% duty on all goods from China took effect at midnight": the goods' origin ("from
    // China") sits inside the subject, which GAP's clause words would cut.
    re(
      `\\b(?:${TARIFF_NOUN}|duty)\\s+on\\s+(?:[\\w’'%.-]+\\s+){0,4}?from\\s+(?:[\\w’'.-]+\\s+){0,2}?(?:took|take|takes|went|go|goes|came)\\s+(?:effect|into\\s+(?:effect|force))\\b`,
    ),
    // "The combined duty on Chinese steel is now 60%, an adviser said": the level the duties
    // stand at, told as a fact about the rate rather than by a verb of raising.
    re(
      `\\bthe\\s+(?:real|true|actual|total|combined|overall|cumulative|effective)\\s+(?:US\\s+|American\\s+|Chinese\\s+)?(?:figure|rate|levy|tariff|duty|level)\\s+(?:on\\s+(?:[\\w.-]+\\s+){1,3}?)?(?:is|was|stands\\s+at|stood\\s+at)\\s+(?:now\\s+)?(?=${RATE})`,
    ),
    // "Pork exporters face an additional 10 percent levy that kicks in from October 1": a rate
    // that starts on a day is a duty, planned until that day.
    re(
      `\\b(?:extra|additional|further|new)\\s+${RATE}\\s+(?:(?:duty|tariff|levy)\\s+)?(?:that|which)\\s+(?:applies|will\\s+apply|takes\\s+effect|will\\s+take\\s+effect|kicks\\s+in|starts|begins)\\s+(?=(?:from|on|starting)\\s)`,
    ),
    // "Its tariff commission published 106 U.S. products for the same 25 percent rate": a list of
    // the other side's goods, told with the rate they face, is the duty announced.
    re(
      `\\b(?:published|publishes|listed|lists|named|names|unveiled|unveils|released|releases|targeted|targets)\\s+(?:a\\s+list\\s+of\\s+)?(?:about\\s+|some\\s+|nearly\\s+)?[\\d,]+\\s+(?:U\\.S\\.|US|American|Chinese)\\s+(?:products|goods|items)(?=[^.;]{0,80}?${RATE}\\s+(?:rate|duty|duties|tariffs?|levy|levies)\\b)`,
    ),
    // "The extra duties on American goods are now in force": the measure in force today.
    re(`\\b${TARIFF_NOUN}\\s+${GAP(6)}(?:are|is)\\s+now\\s+in\\s+(?:force|effect)\\b`),
  ],
  // "add a tariff clause to every quote", "tariff engineering": a contract's or a trade's
  // terms named after tariffs are no tariff of a government's.
  nominal: [
    re(
      `\\b${TARIFF_NOUN}\\b(?!\\s+(?:clauses?|engineering|codes?|classifications?|lines?|headings?|numbers?|calculators?)\\b)`,
    ),
  ],
  measure: true,
  contains: ['policy'],
  title: ({ subject, other, tags, topic, planned, action, present, base }) => {
    const reciprocal = tags.has('reciprocal-tariffs') ? '"reciprocal" ' : '';
    const target = other === 'China' ? 'Chinese goods' : 'US goods';
    return {
      title: `${subject} ${planned ? `to ${base}` : present} ${reciprocal}tariffs on ${target}`,
      slugParts: [subject, reciprocal ? 'reciprocal' : action || 'new', 'tariffs', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Its tariff commission published 106 U.S. products for the same 25 percent rate on Wednesday.',
      'The ministry exempted 16 kinds of US farm goods from the extra tariffs on Wednesday.',
      'China imposed tariffs of 15 percent on American coal.',
      'The tariff commission said it would stop collecting the extra duties on US farm goods from March 10.',
      'On Monday the ministry dropped the retaliatory duties on American pork.',
      'Beijing will suspend for one year the extra 24% tariff on US goods from March 10.',
      // A pause told by its verb: the action reads "pause", never a new tariff.
      'The president agreed on Saturday to postpone the tariff increase due in January.',
      'The duty on Chinese solar wafers doubles from 25 percent to 50 percent next year.',
      'The levy on $90 billion of Canadian lumber will climb to 35% in May.',
      'The customs charge on small parcels is set to rise to $75 an item on July 1.',
      'Beijing will cut in half the extra duties on American pork.',
      'The ministry said it would stop collecting the extra duties on US pork from May 2.',
      'Beijing will also suspend for one year the extra tariff on US pork.',
      'Pork exporters face an additional 10 percent levy that kicks in from October 1.',
      'The combined duty on Chinese steel is now 60%, an adviser said on Monday.',
    ],
    ignores: [
      'Port fees rose sharply in March.',
      'The charge for a passport is set to rise to $150 next year.',
      'His duty rose to new heights of care.',
      'The shop listed 40 American products at a 10 percent discount.',
      'The team dropped the ball on Monday.',
      'An extra 10 percent of the staff works from home.',
      'The total turnout was 60% despite the duty-free queues.',
    ],
  },
});
