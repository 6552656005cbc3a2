import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** The name a drill goes by: "Steel Shield 2024" in quotation marks, or after "code-named". */
const DRILL_NAME =
  /(?:["“]|(?:code-?named|codenamed|dubbed|called)\s+["“']?)([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3},?)/;

const NAME_REACH = 40;

/** Drills and arms sales: "China staged military drills around Taiwan." */
export const military = defineKind({
  id: 'military',
  cue: /drill|exercise|war\s+games|arms|strait|intercept|came\s+within|command|army|navy|PLA|forces|code-?named|manoeuv|maneuv|\bbow\b|close\s+to|simulated|running|holding|staging|conducting|laser|lased/i,
  themes: ['diplomacy'],
  tag: 'military',
  verbal: [
    re(
      `\\b(?:launched|held|began|staged|conducted|concluded)\\s+${GAP(4)}(?:military\\s+)?(?:drills|exercises|war\\s+games)\\b`,
    ),
    // "the navy was running a large exercise in the sea", "a strike group simulated attacks on a
    // U.S. Navy formation": one drill, or what it rehearsed against the other side.
    re(
      '\\b(?:running|ran|holding|staging|conducting)\\s+(?:an?\\s+)?(?:large|major|big|large-scale|live-fire|joint|naval|military|air|amphibious)\\s+(?:[\\w-]+\\s+)?(?:exercise|drill)s?\\b',
    ),
    re(
      '\\bsimulated\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:attacks?|strikes?|assaults?|blockades?)\\s+(?:on|against)\\b',
    ),
    // "began three days of combat readiness patrols and exercises around the island"
    re(
      `\\b(?:launched|held|began|staged|conducted|started)\\s+(?:(?:two|three|four|five|several|\\d+)\\s+days\\s+of\\s+)?${GAP(3)}(?:patrols|drills|manoeuvres|maneuvers)\\s+and\\s+(?:military\\s+)?(?:drills|exercises|war\\s+games)\\b`,
    ),
    re(`\\b(?:approved|announced)\\s+${GAP(5)}arms\\s+sales?\\b`),
    // "The navy's northern fleet kicked off "Iron Tide" near the coast": a military
    // command starting an operation it names in quotation marks is a drill told by its name.
    re(
      `(?<=\\b(?:[Aa]rmy|[Nn]avy|[Cc]ommand|PLA|[Mm]ilitary|[Ff]orces|[Tt]roops)\\b[^.;"“”]{0,40}?)\\b(?:launched|launches|began|begins|started|starts|staged|stages|kicked\\s+off|kicks\\s+off)\\s+(?:the\\s+|its\\s+)?["“][A-Z][\\w-]*(?:\\s+[A-Z0-9][\\w-]*){0,3},?["”]`,
    ),
    // "drills code-named Steel Shield", "exercises dubbed 'Blue Wave'"
    re(
      `\\b(?:drills|exercises|war\\s+games)\\s+(?:code-?named|codenamed|dubbed|called)\\s+["“']?[A-Z][\\w-]*(?:\\s+[A-Z0-9][\\w-]*){0,3}`,
    ),
    // "sailed a destroyer through the Taiwan Strait": a show of force, whoever reports it
    re(
      `\\b(?:sailed|sails|sailing|transited|transits|transiting|passed|passes|passing|flew|flies|flying|sent|sends)\\s+${GAP(5)}(?:through|across)\\s+(?:the\\s+)?Taiwan\\s+Strait\\b|\\b(?:transited|transits|transiting)\\s+(?:the\\s+)?Taiwan\\s+Strait\\b`,
    ),
    // "made an unsafe intercept of a US plane", "intercepted a reconnaissance aircraft"
    re('\\b(?:unsafe|dangerous|aggressive|unprofessional|risky)\\s+intercepts?\\b'),
    // "a Chinese warship came within 150 yards of a US destroyer"; "came within 90 feet (27
    // metres) of the cruiser's bow": the distance converted in brackets, the ship named by its
    // bow or its stern.
    re(
      "\\bcame\\s+within\\s+(?:about\\s+|roughly\\s+|some\\s+|just\\s+|barely\\s+)?[\\d,]+\\s+(?:yards|feet|metres|meters|ft)(?:\\s+\\([^()]{1,24}\\))?\\s+of\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w.’'-]+\\s+){0,3}(?:destroyer|warship|ship|vessel|plane|aircraft|jet|bomber|frigate|carrier|bow|stern)\\b",
    ),
    // "intercepted a U.S. Air Force RC-135": the aircraft named by its type designator.
    re(
      `\\bintercept(?:ed|ing)\\s+${GAP(4)}(?:(?:plane|aircraft|jet|bomber|drone|ship|vessel|destroyer|warship)s?\\b|[A-Z]{1,3}-\\d{1,3}[A-Z]?\\b)`,
    ),
    // "a Chinese destroyer aimed a military-grade laser at a patrol aircraft", "lased the plane"
    re(
      '\\b(?:aimed|aims|pointed|points|directed|directs|shone|shines|fired|fires)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?lasers?\\s+at\\b|\\blased\\b',
    ),
    // "a Chinese fighter jet flew dangerously close to an American reconnaissance plane"
    re(
      `\\b(?:flew|flies|flying|sailed|sails|sailing|came|comes)\\s+(?:dangerously|perilously|unsafely|recklessly|very|too|extremely)\\s+close\\s+to\\s+(?:an?\\s+|the\\s+)?(?:[\\w.-]+\\s+){0,3}(?:plane|aircraft|jet|bomber|drone|ship|vessel|destroyer|warship|frigate|cruiser|[A-Z]{1,3}-\\d{1,3}[A-Z]?)\\b`,
    ),
    // "a Chinese frigate made an "unsafe" manoeuvre near a patrol ship", "flew an unnecessarily
    // aggressive maneuver": the words the navies use for a close pass
    re(
      `\\b(?:made|makes|making|performed|flew|flies|carried\\s+out|conducted)\\s+(?:an?\\s+)?(?:series\\s+of\\s+)?["“]?(?:unnecessarily\\s+|highly\\s+|very\\s+)?(?:unsafe|dangerous|aggressive|unprofessional|risky|reckless|provocative)["”]?\\s+(?:manoeuvres?|maneuvers?)\\b`,
    ),
    // "a Chinese destroyer cut across the bow of a US cruiser on Sunday"
    re(
      '\\b(?:cut|cuts|cutting|crossed|crosses|crossing|sailed|sails|steamed|manoeuvred|maneuvered|manoeuvring|maneuvering)\\s+(?:across|in\\s+front\\s+of)\\s+(?:the\\s+)?bow\\s+of\\b',
    ),
  ],
  nominal: [re('\\barms\\s+sales?\\b|\\bmilitary\\s+(?:drills|exercises)\\b')],
  title: ({ subject, tags, topic, trigger, planned, primary }) => {
    // "staged drills code-named Blue Wave": the name may follow the words that told the drill.
    const told = primary.segment.text.slice(primary.triggerStart, primary.triggerEnd + NAME_REACH);
    const name = DRILL_NAME.exec(told)?.[1]?.replace(/,$/, '');
    if (name !== undefined) {
      return {
        title: `${subject} ${planned ? 'to launch' : 'launches'} "${name}" military drills`,
        slugParts: [subject, 'drills', name],
      };
    }
    if (
      /intercept|came\s+within|close\s+to|laser|lased|manoeuvre|maneuver|\bbow\b/i.test(trigger)
    ) {
      return {
        title: `Close military encounter reported by ${subject}`,
        slugParts: [subject, 'military', 'intercept'],
      };
    }
    return {
      title: tags.has('taiwan')
        ? `${subject} military move over Taiwan`
        : `${subject} military drills`,
      slugParts: [subject, 'military', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'China staged military drills around Taiwan.',
      'The US Navy sailed a destroyer through the Taiwan Strait on June 6.',
      'The destroyer passed through the Taiwan Strait last Thursday.',
      'A Chinese fighter jet made an unsafe intercept of a US plane over the South China Sea.',
      'The Navy said a Chinese warship came within 150 yards of a US destroyer on Saturday.',
      'The navy’s northern fleet kicked off "Iron Tide" near the coast on Monday.',
      'China staged drills code-named Blue Wave off the coast on Friday.',
      'The army today began three days of combat readiness patrols and exercises around the island.',
      'A Chinese frigate made an "unsafe" manoeuvre near a US patrol ship on Tuesday.',
      'A J-11 fighter flew an unnecessarily aggressive maneuver intercepting a US patrol plane.',
      'A Chinese destroyer cut across the bow of a US cruiser on Sunday, the navy said.',
      'On May 2 a navy fighter intercepted a U.S. Air Force EP-9 over the sea.',
      'A Chinese fighter jet flew dangerously close to an American patrol plane last week.',
      'That day the navy was running a large exercise in the sea.',
      'A Chinese destroyer aimed a military-grade laser at a patrol aircraft on Monday.',
      'A carrier group simulated attacks on a U.S. Navy formation during the drill.',
      "A Chinese frigate came within 90 feet (27 metres) of the cruiser's bow on Friday.",
      'On 4 May a PLA Navy frigate manoeuvred across the bow of a US destroyer in the strait.',
    ],
    ignores: [
      'Fire drills are held at the school every month.',
      'The army began recruiting "Young Pioneers" at the fair.',
      'The pilot made a dangerous landing in fog.',
      'The ferry cut across the harbour on Sunday.',
    ],
  },
});
