import type { KnownEvent, KnownEventKind } from './knownEventSchema.ts';
import { clauseBounds, tenseAt } from './clauseTense.ts';
import { datesCompatible } from './datesCompatible.ts';
import { countryOf } from './findNames.ts';
import { namesOtherSubject } from './otherSubject.ts';
import { SIDE_OF, STATE_OF_BODY } from './gazetteer.ts';
import type { Detection, Segment } from './pipelineTypes.ts';
import { patternMarks } from './patternScreen.ts';

const MEASURES = new Set(['tariffs', 'export-controls', 'tech-restriction', 'visas', 'sanctions']);

/**
 * The kind each newer, narrower kind was split from: "added Huawei to the Entity List" is an
 * entity listing to one detector and export controls to another, and the registry entry
 * should be found either way.
 */
const PARENT_KIND: Partial<Record<KnownEventKind, KnownEventKind>> = {
  'entity-list': 'export-controls',
  'wto-complaint': 'investigation',
  'import-suspension': 'purchase',
  'shoot-down': 'military',
  'dialogue-halt': 'talks',
  'dialogue-restored': 'talks',
  'fentanyl-curbs': 'agreement',
  'ambassador-summoned': 'statement',
  deadline: 'policy',
  'remark-row': 'statement',
  // "President Trump signed the Hong Kong Autonomy Act on Tuesday" is a legislation detection of
  // the registry's policy entry; the kinds split from policy and tariffs later keep their entries.
  legislation: 'policy',
  'port-fees': 'policy',
  'consulate-closure': 'policy',
  'currency-designation': 'policy',
  'diplomatic-boycott': 'policy',
  'tariff-reprieve': 'tariffs',
  'export-licence': 'export-controls',
};

export interface CompiledKnownEvent {
  event: KnownEvent;
  aliases: RegExp[];
  /** Where this entry's aliases start among those of all the entries compiled together. */
  firstAlias: number;
  /**
   * Which of those aliases a text may match: one pass over a sentence rules out the aliases
   * whose words it lacks, for every entry at once.
   */
  aliasScreen: AliasScreen;
}

/**
 * The aliases of the entries compiled together that a text may match (patternMarks), marked
 * in `marks` with the scan's number: matchKnownEvents looks up the marks of each entry's few
 * aliases instead of asking the screen about every one. Scratch space, shared by those entries.
 */
export interface AliasScreen {
  candidates: (text: string, marks: Float64Array, mark: number) => void;
  marks: Float64Array;
  mark: number;
}

export function compileKnownEvents(events: KnownEvent[]): CompiledKnownEvent[] {
  const aliases = events.map((event) => event.aliases.map((a) => new RegExp(a, 'i')));
  const aliasScreen: AliasScreen = {
    candidates: aliasCandidates(aliases.flat()),
    marks: new Float64Array(aliases.flat().length),
    mark: 0,
  };
  let firstAlias = 0;
  return events.map((event, i) => {
    const own = aliases[i] ?? [];
    const compiled = { event, aliases: own, firstAlias, aliasScreen };
    firstAlias += own.length;
    return compiled;
  });
}

/**
 * The registry's aliases join the shared pass over each sentence (the kinds', dates' and tags'
 * screens have read it already when the registry is asked: a third of all the automaton's runs
 * were the aliases' own), in a slot of their own, so that a registry compiled again (a new
 * config, a test's registry) replaces their words rather than adding to them. The same aliases
 * compiled again keep the screen they have: a new one would rebuild the shared automaton.
 */
const KNOWN_EVENTS_SLOT = 'known-events';
let latestAliases: { key: string; candidates: AliasScreen['candidates'] } | null = null;

function aliasCandidates(aliases: readonly RegExp[]): AliasScreen['candidates'] {
  const key = JSON.stringify(aliases.map((a) => a.source));
  if (latestAliases?.key !== key) {
    const candidates = patternMarks(aliases, { shared: true, slot: KNOWN_EVENTS_SLOT });
    latestAliases = { key, candidates };
  }
  return latestAliases.candidates;
}

/** The note that tells a reader where a date came from. */
export function registryNote(event: KnownEvent): string {
  return `Date from the known-events registry (seeds/known-events.json): ${event.source}`;
}

/**
 * Length of the longest text any alias of the entry matches in the sentence; 0 when none does.
 * An alias whose required words are not in the sentence cannot match and is not run.
 */
export function aliasMatchLength(text: string, known: CompiledKnownEvent): number {
  markCandidates(text, known.aliasScreen);
  return markedMatch(text, known).length;
}

/** Marks in `screen` the aliases `text` may match, for markedMatchLength. */
function markCandidates(text: string, screen: AliasScreen): void {
  screen.candidates(text, screen.marks, ++screen.mark);
}

/**
 * The longest match of the entry's aliases and where it starts, with the aliases the text may
 * match already marked (markCandidates); length 0 when none does.
 */
function markedMatch(text: string, known: CompiledKnownEvent): { length: number; start: number } {
  const screen = known.aliasScreen;
  let best = 0;
  let start = 0;
  for (let i = 0; i < known.aliases.length; i++) {
    if (screen.marks[known.firstAlias + i] !== screen.mark) continue;
    const m = known.aliases[i]?.exec(text);
    if (m != null && !namesOldLevel(text, m) && m[0].length > best) {
      best = m[0].length;
      start = m.index;
    }
  }
  return { length: best, start };
}

/**
 * "additional tariffs will rise to 125% from 84%": a rate after "from" is the level left behind,
 * so an alias that is that bare rate names another event than the sentence's.
 */
const FROM_BEFORE = /\bfrom\s+$/i;
function namesOldLevel(text: string, m: RegExpExecArray): boolean {
  return /^\d/.test(m[0]) && FROM_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
}

export function kindsMatch(a: string, b: string): boolean {
  return a === b || parentOf(a) === b || parentOf(b) === a;
}

/** A module function, not a closure in kindsMatch: that runs for every entry of a sentence. */
function parentOf(kind: string): string | undefined {
  return PARENT_KIND[kind as KnownEventKind];
}

/**
 * Links the detections of one sentence to the named events its wording points at. A linked
 * detection without a date of its own takes the registry's date, with a note saying so. The
 * registry never creates an event by itself: the text must tell one.
 *
 * A date the text gives wins: "the rare earth controls China expanded in October 2025" can
 * only link to an entry whose date fits October 2025. Among entries that fit, the one whose
 * alias matches the most of the sentence is the most specific ("expanded its rare earth
 * controls" over "rare earth controls"); two equally good entries with different dates leave
 * an undated detection undated rather than guess.
 */
export function matchKnownEvents(
  segment: Segment,
  detections: Detection[],
  known: CompiledKnownEvent[],
  published: string | null = null,
): Detection[] {
  if (detections.length === 0) return detections;
  const text = segment.text;
  const named: Named[] = [];
  // Entries compiled together share one screen: the sentence is scanned once for them all.
  let screened: AliasScreen | null = null;
  for (const k of entriesForKinds(known, detections)) {
    const screen = k.aliasScreen;
    if (screen !== screened) {
      screened = screen;
      markCandidates(text, screen);
    }
    const { length, start } = markedMatch(text, k);
    if (length > 0) named.push({ k, length, start });
  }
  if (named.length === 0) return detections;
  return detections
    .map((d) => {
      if (d.knownEventId !== undefined) return d;
      const done =
        d.date === null && published !== null && toldAsDone(d, text) ? dayAfter(published) : null;
      const fitting = ownClauseFirst(
        named.filter(
          (x) =>
            kindsMatch(d.kind, x.k.event.kind) &&
            fits(d, x.k.event) &&
            (done === null || !laterThan(x.k.event, done)) &&
            planFits(d, x.k.event, published),
        ),
        d,
        text,
      );
      const best = Math.max(0, ...fitting.map((x) => x.length));
      const top = fitting.filter((x) => x.length === best);
      const stage = d.date === null ? stageByDay(top, d, published) : undefined;
      const first = stage ?? top[0];
      if (first === undefined) return d;
      const ambiguous = top.some((x) => !sameDate(x.k.event, first.k.event));
      return ambiguous && d.date === null && stage === undefined
        ? d
        : link(d, first.k.event, published);
    })
    .sort((a, b) => a.triggerStart - b.triggerStart);
}

const byKinds = new WeakMap<CompiledKnownEvent[], Map<string, CompiledKnownEvent[]>>();

/**
 * The entries, in registry order, that some detection's kind can link to: an entry no detection
 * of the sentence can link to needs no alias run. Kept per set of kinds, since few sets occur.
 */
function entriesForKinds(
  known: CompiledKnownEvent[],
  detections: Detection[],
): CompiledKnownEvent[] {
  let memo = byKinds.get(known);
  if (memo === undefined) {
    memo = new Map();
    byKinds.set(known, memo);
  }
  const key = kindsKey(detections);
  let entries = memo.get(key);
  if (entries === undefined) {
    const kinds = key.split(' ');
    entries = known.filter((k) => kinds.some((kind) => kindsMatch(kind, k.event.kind)));
    memo.set(key, entries);
  }
  return entries;
}

/**
 * The detections' kinds, sorted and joined by spaces: the key of entriesForKinds. Most sentences
 * tell one kind, whose key is the kind itself, with no set or array built for it.
 */
function kindsKey(detections: Detection[]): string {
  const first = detections[0]?.kind ?? '';
  if (detections.every((d) => d.kind === first)) return first;
  return [...new Set(detections.map((d) => d.kind))].sort().join(' ');
}

/**
 * "The two sides had reached a phase one deal, Trump said" in an article of October 2019: an act
 * the text tells as done happened by the day it was written, so it is not the registry's
 * December text or January signing of that deal, though the words name those too.
 */
function toldAsDone(d: Detection, text: string): boolean {
  return d.status === 'occurred' && !d.hypothetical && tenseAt(text, d.triggerStart) === 'past';
}

/**
 * "China said that Xi would visit Washington" in an article of 2019: a plan the text tells
 * with no date of its own was made within a year of the writing and falls within a year of it
 * ("has threatened to put a 10% tariff" in January names November's threat), not the
 * registry's visit planned for 2026.
 */
function planFits(d: Detection, event: KnownEvent, published: string | null): boolean {
  if (d.status !== 'planned' || d.date !== null || published === null) return true;
  const start = event.date.start;
  if (start === null) return true;
  const year = Number(start.slice(0, 4));
  const told = Number(published.slice(0, 4));
  return year >= told - 1 && year <= told + 1;
}

/**
 * A day of slack for a done act: a summit in Asia falls on the next calendar day of an evening
 * paper in Washington.
 */
function dayAfter(published: string): string {
  // Asked for each done act an entry's words name, and an article has one day: the last answer
  // is kept, where each built and printed a Date again.
  if (published === lastDayAfter.published) return lastDayAfter.day;
  const day = computeDayAfter(published);
  lastDayAfter = { published, day };
  return day;
}

let lastDayAfter = { published: '', day: '' };

function computeDayAfter(published: string): string {
  if (published.length < 10) return published;
  const next = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return Number.isNaN(next.getTime()) ? published : next.toISOString().slice(0, 10);
}

function laterThan(event: KnownEvent, published: string): boolean {
  const start = event.date.start;
  return start !== null && start > published.slice(0, start.length);
}

/**
 * Stages of one occasion that the words name equally well, told apart by the article's day: a
 * plan is the next stage ("the phase one deal is still to be signed" in November 2019 is the
 * January signing), anything else the latest stage by then ("the phase one deal" in 2021 is the
 * signed deal, in October 2019 the announcement). Undefined when the entries are no such stages.
 */
function stageByDay(top: Named[], d: Detection, published: string | null): Named | undefined {
  const occasion = top[0]?.k.event.occasion;
  if (published === null || occasion === undefined || top.length < 2) return undefined;
  if (top.some((x) => x.k.event.occasion !== occasion)) return undefined;
  const byDate = [...top].sort((a, b) =>
    (a.k.event.date.start ?? '').localeCompare(b.k.event.date.start ?? ''),
  );
  if (d.status === 'planned') return byDate.find((x) => laterThan(x.k.event, published));
  return byDate.filter((x) => !laterThan(x.k.event, published)).at(-1);
}

interface Named {
  k: CompiledKnownEvent;
  length: number;
  start: number;
}

/**
 * "Washington told China to close its Houston consulate, and Beijing responded by shutting the
 * US consulate in Chengdu": each act links to the entry its own clause names, not to whichever
 * alias matched more of the sentence.
 */
function ownClauseFirst(fitting: Named[], d: Detection, text: string): Named[] {
  if (fitting.length < 2) return fitting;
  const clause = clauseBounds(text, d.triggerStart);
  const own = fitting.filter((x) => x.start < clause.end && x.start + x.length > clause.start);
  return own.length > 0 ? own : fitting;
}

function sameDate(a: KnownEvent, b: KnownEvent): boolean {
  return a.date.start === b.date.start && a.date.end === b.date.end;
}

function fits(d: Detection, event: KnownEvent): boolean {
  // "invited him to visit China" is no visit; "urged Beijing to relax its export controls"
  // still names the controls.
  if (d.hypothetical && d.date === null && !MEASURES.has(d.kind)) return false;
  if (!datesCompatible(d.date, event.date)) return false;
  if (namesOtherSubject(d.segment.text, event.title)) return false;
  if (d.verbal && event.actions !== undefined && !event.actions.includes(d.action)) return false;
  if (d.actors.length > 0 && event.actors.length > 0) {
    if (!d.actors.some((a) => event.actors.includes(a) || sideActs(a, event))) return false;
  }
  // "When Washington applied its tariff, Beijing answered with duties on coal": a measure is its
  // imposer's, and the other side named as its target does not make it that side's entry.
  if (d.verbal && MEASURES.has(d.kind) && !imposerFits(d.actors[0], event)) return false;
  const eventPlaces = new Set(event.places);
  if (d.places.length > 0 && eventPlaces.size > 0) {
    return d.places.some((p) => eventPlaces.has(p) || eventPlaces.has(countryOf(p) ?? ''));
  }
  return true;
}

function imposerFits(imposer: string | undefined, event: KnownEvent): boolean {
  const side = imposer === undefined ? undefined : SIDE_OF.get(imposer);
  return side === undefined || event.actors.some((a) => SIDE_OF.get(a) === side);
}

/**
 * "The phase one agreement signed in January 2020 … and China fell short": a country named as
 * the actor fits an entry whose actors are its people (Liu He for China).
 */
function sideActs(actor: string, event: KnownEvent): boolean {
  // "the commerce ministry added two firms": a body acts for its state as the state does.
  const side = COUNTRY_SIDES.get(STATE_OF_BODY.get(actor) ?? actor);
  return side !== undefined && event.actors.some((a) => SIDE_OF.get(a) === side);
}

const COUNTRY_SIDES: ReadonlyMap<string, 'us' | 'china'> = new Map([
  ['United States', 'us'],
  ['China', 'china'],
]);

/**
 * The registry knows how the event ended; an article written before it tells a plan: "Officials
 * have floated a summit later this year" in August is the October summit, planned.
 */
function statusFromRegistry(event: KnownEvent, published: string | null): Detection['status'] {
  const start = event.date.start;
  if (published === null || start === null) return event.status;
  return start > published.slice(0, start.length) ? 'planned' : event.status;
}

/**
 * "The blacklist Beijing created almost four years ago": a text that gives only the year of a
 * named event says no more than the registry's day, which it fits (fits), so the day is kept,
 * with the note; the status stays the text's.
 */
function refinesYear(d: Detection, event: KnownEvent): boolean {
  return (
    d.date?.precision === 'year' && event.date.precision !== 'year' && event.date.start !== null
  );
}

function link(d: Detection, event: KnownEvent, published: string | null): Detection {
  const fromRegistry = d.date === null;
  const refined = refinesYear(d, event);
  return {
    ...d,
    knownEventId: event.id,
    date: d.date !== null && !refined ? d.date : event.date,
    dateSource: fromRegistry || refined ? 'registry' : d.dateSource,
    status: fromRegistry ? statusFromRegistry(event, published) : d.status,
    themes: [...new Set([...d.themes, ...event.themes])],
    tags: [...new Set([...d.tags, ...event.tags])],
    places: [...new Set([...d.places, ...event.places])],
    actors: [...new Set([...d.actors, ...event.actors])],
    notes: fromRegistry || refined ? [...d.notes, registryNote(event)] : d.notes,
  };
}
