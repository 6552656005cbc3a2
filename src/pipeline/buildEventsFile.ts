import type { EventDate, EventsFile, Source, TimelineEvent } from '../data/eventSchema.ts';
import { announcedEarlier, mayTellAnnounced } from './announcedEarlier.ts';
import { applyThreadCuration } from './applyThreadCuration.ts';
import { assignIds } from './assignIds.ts';
import { assignTone } from './assignTone.ts';
import { cameAfterLead } from './cameAfterLead.ts';
import { classifyDetection } from './classifyDetection.ts';
import { entryActs, headsEntries } from './chronologyEntry.ts';
import { curateEvents } from './curateEvents.ts';
import { headingDay, blockHeadingDay, monthHeading } from './datedHeading.ts';
import { detectEvents, ENCOUNTERS, mayTellEvent } from './detectEvents.ts';
import { dominantThemes } from './dominantThemes.ts';
import { draftToEvent } from './draftToEvent.ts';
import { earlierOccasions } from './earlierOccasions.ts';
import { emitEventsFile } from './emitEventsFile.ts';
import { extractDates } from './extractDates.ts';
import { tellsWhen } from './dates/firstDayAhead.ts';
import { lastWrittenYear } from './dates/lastWrittenYear.ts';
import { asideDate } from './dates/asideDate.ts';
import { findDateline } from './findDateline.ts';
import { foldUndatedDrafts } from './foldUndatedDrafts.ts';
import { todaysActs } from './todaysActs.ts';
import { followedSuit, mayFollowSuit } from './followedSuit.ts';
import { linkThreads } from './linkThreads.ts';
import { listedTrips } from './listedTrips.ts';
import { pronounSubjects } from './pronounSubjects.ts';
import { compileKnownEvents, type CompiledKnownEvent } from './matchKnownEvents.ts';
import { matchKnownEvents } from './matchKnownEvents.ts';
import { mergeDetections, type ArticleDetections, type EventDraft } from './mergeDetections.ts';
import { withReviewReasons } from './reviewReasons.ts';
import type {
  DateMention,
  Detection,
  PipelineConfig,
  Segment,
  SeedInput,
} from './pipelineTypes.ts';
import { segmentText } from './segmentText.ts';
import { shiftDays } from './dates/calendarMath.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import { readCapitals } from './readCapitals.ts';
import { maySignIt, signedIt, signedWhenPassed } from './signedWhenPassed.ts';
import { subsumeDetections } from './subsumeDetections.ts';
import { measureRoundDays } from './measureRoundDays.ts';
import { joinAcrossDateline } from './joinAcrossDateline.ts';
import { calendarLine, isCalendarHeading } from './calendarLines.ts';
import { coordinatedDates } from './coordinatedDates.ts';
import { mayStartTariff, tariffStart } from './tariffStart.ts';

export type { PipelineConfig, SeedInput } from './pipelineTypes.ts';

/**
 * Seeds in, events file out. Pure and deterministic: no clock, no network, no randomness;
 * the same seeds and config always give the same file.
 */
export function buildEventsFile(
  seeds: SeedInput[],
  config: PipelineConfig,
): { file: EventsFile; warnings: string[] } {
  const ordered = [...seeds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const context: ArticleContext = { knownEvents: config.knownEvents };
  return assembleEventsFile(
    ordered.map((seed) => parseArticle(seed, context)),
    config,
  );
}

/** What the per-article stages read besides the article itself; the cache keys on all of it. */
export interface ArticleContext {
  knownEvents: PipelineConfig['knownEvents'];
}

/** Everything one article yields on its own, before any other article is looked at. */
export interface ParsedArticle {
  source: Source;
  article: ArticleDetections;
  warnings: string[];
}

const compiled = new WeakMap<ArticleContext['knownEvents'], CompiledKnownEvent[]>();

/**
 * The per-article stages (dateline, segment, dates, detect, classify, known events): a pure
 * function of the seed and the context, so its result can be cached and computed in a worker.
 */
export function parseArticle(seed: SeedInput, context: ArticleContext): ParsedArticle {
  let known = compiled.get(context.knownEvents);
  if (known === undefined) {
    known = compileKnownEvents(context.knownEvents);
    compiled.set(context.knownEvents, known);
  }
  const warnings: string[] = [];
  const id = sourceIdOf(seed.file);
  const segments = readCapitals(segmentText(seed.text));
  const date = seed.meta?.published ?? findDateline(seed.text);
  if (date === null) {
    warnings.push(
      `${seed.file}: no publication date found (no sidecar, no dateline); dates without a year stay unknown`,
    );
  }
  const source: Source = {
    id,
    file: seed.file,
    title: titleOf(seed, segments),
    published: date,
    text: seed.text,
    ...(seed.meta?.outlet !== undefined ? { outlet: seed.meta.outlet } : {}),
    ...(seed.meta?.url !== undefined ? { url: seed.meta.url } : {}),
  };
  const article: ArticleDetections = {
    sourceId: id,
    published: date,
    detections: pronounSubjects(detectArticle(id, segments, date, known), segments),
  };
  return { source, article, warnings };
}

/**
 * The cross-article stages: merge, describe, ids, curation, emit. `parsed` is in file order.
 * `merged` is mergeDetections of their articles when the caller merged them as they came in.
 */
export function assembleEventsFile(
  parsed: ParsedArticle[],
  config: PipelineConfig,
  merged?: EventDraft[],
): { file: EventsFile; warnings: string[] } {
  return assembleMerged(
    parsed.map((p) => p.source),
    parsed.flatMap((p) => p.warnings),
    merged ?? mergeDetections(parsed.map((p) => p.article)),
    config,
  );
}

/**
 * assembleEventsFile after the merge, from the articles' sources (in file order), their
 * warnings and the drafts mergeDetections made of their detections.
 */
export function assembleMerged(
  sources: Source[],
  articleWarnings: readonly string[],
  merged: EventDraft[],
  config: PipelineConfig,
): { file: EventsFile; warnings: string[] } {
  const warnings = [...articleWarnings];
  const published = new Map(sources.map((s) => [s.id, s.published]));

  const drafts = foldUndatedDrafts(joinAcrossDateline(merged));
  const knownById = new Map(config.knownEvents.map((e) => [e.id, e]));
  const built = drafts.map((draft) => draftToEvent(draft, published, knownById));
  const ids = assignIds(
    built.map((b, i) => ({ slug: b.slug, known: drafts[i]?.knownEventId !== undefined })),
  );
  const events: TimelineEvent[] = withReviewReasons(
    built.map((b, i) => ({ ...b.event, id: ids[i] ?? b.slug })),
    drafts,
  );
  const curated = curateEvents(events, config.curation);
  warnings.push(...curated.warnings);
  const toned = assignTone(curated.events);
  const linked = linkThreads(
    toned,
    config.knownEvents.map((e) => e.id),
  );
  const threaded = applyThreadCuration(toned, linked, config.curation.threads ?? []);
  warnings.push(...threaded.warnings);
  const file = emitEventsFile(sources, threaded.events, threaded.threads);
  // In the file too, so the dev page can tell the editor which edits no longer apply.
  const curationWarnings = curated.warnings;
  return { file: curationWarnings.length > 0 ? { ...file, curationWarnings } : file, warnings };
}

const QUESTION = /\?["”’)\]]*\s*$/;

/**
 * A live page's time stamp alone on its line: "11:02 a.m.", "9:05 a.m. EST", "14:30", or with
 * the update's own headline after a dash ("4:05 p.m. ET — Beijing hits back").
 */
const TIME_HEADING =
  /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?\s*(?:[—–]\s*[^.!?]{1,80})?$/i;

/** The day a time stamp's update is of: the day heading it is under, else the day of writing. */
function stampDay(under: EventDate | null, published: string | null): EventDate | null {
  if (under?.precision === 'day') return under;
  return published !== null && published.length === 10
    ? { start: published, precision: 'day', approximate: false }
    : null;
}

/**
 * Words that make a sentence worth dating though it tells no event: a day to anchor what follows,
 * or a live page's "10:05 a.m. -" opening an update, whose day the update's later sentences take.
 */
const DAY_LIKE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|day\b|\d{4}-\d{2}-\d{2}|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—:]/i;

function detectArticle(
  sourceId: string,
  segments: Segment[],
  published: string | null,
  known: CompiledKnownEvent[],
): Detection[] {
  const detections: Detection[] = [];
  const themes = dominantThemes(segments);
  let anchor = published;
  // "Hearings are set for May 20. … Earlier in March, Washington listed 60 firms. … Ten days
  // earlier, the regulator opened a probe": a day still to come anchors what is counted from it
  // ("the new rates apply from June 2 … Washington means to lower its own that day too")
  // until a sentence goes back to the past without a day of its own; from there, counting
  // starts again from the last day told that was already past.
  let pastAnchor = published;
  // The anchor before a dated heading, for an entry that opens "Two days later" (see above).
  let counted: { paragraph: number; from: string } | null = null;
  let yearTold: number | null = null;
  // The month the narrative is at, for "a month earlier" after "In August" (see ParseContext).
  let toldMonth: string | null = null;
  // The year of the sentence before's last day or month, for "later in the year" (DateContext).
  let yearBefore: { paragraph: number; year: number } | null = null;
  let told: ParagraphDay | null = null;
  // The day a live page's day heading ("Saturday") gives every update under it (blockHeadingDay).
  let block: EventDate | null = null;
  // Under a chronology's dated heading, whose entries are told in the present (entryActs).
  let entries = false;
  // Under a live page's time stamp: what the update names, it names on that day (withStampDay).
  let stamped = false;
  // The line the last time stamp stood on.
  let stampLine = -1;
  let before: Detection[] = [];
  // The day of the story's news: the first act the article tells as done on a day.
  let lead: EventDate | null = null;
  let leadAct: Detection | undefined;
  // The last tariff act of the news told by a verb, for a later "The new rates take effect on …".
  let tariffAct: Detection | undefined;
  // Under a "CALENDAR" heading, until the list ends (see calendarLine).
  let calendar = false;
  let bodySeen = false;
  // Under a chronology's year heading ("2019" alone on its line): the year of its entries.
  let yearHeading: number | null = null;
  for (const segment of segments) {
    if (segment.kind !== 'body') {
      const year = YEAR_LINE.exec(segment.text)?.[1];
      if (year !== undefined) yearHeading = Number(year);
      else if (segment.kind === 'heading' && !/\d/.test(segment.text)) yearHeading = null;
    }
    // "June 29, 2017 (Thursday)" alone on its line after the story began: a timeline's entry
    // heading, though it reads like a dateline.
    const heading =
      segment.kind === 'heading' ||
      (bodySeen && segment.kind === 'dateline' && blockHeadingDay(segment, published) !== null);
    if (segment.kind === 'body') bodySeen = true;
    if (calendar && !heading) {
      const step = calendarLine(segment, published, leadAct);
      if (step !== null) {
        detections.push(step);
        continue;
      }
      calendar = false;
    }
    if (heading) {
      calendar = isCalendarHeading(segment.text);
      // A chronology's "* JAN. 6 - ..." dates the paragraph under it (see headingDay).
      const day = headingDay(segment, published);
      if (day !== null) told = { paragraph: segment.paragraph + 1, date: day };
      // "11:02 a.m." alone on its line: a live page's update of the day it is under, or of today.
      // The update's own headline under it ("White House confirms") keeps the stamp.
      const headline: boolean = stamped && stampLine === segment.paragraph - 1;
      stamped = headline || TIME_HEADING.test(segment.text);
      if (stamped && !headline) stampLine = segment.paragraph;
      block = headline
        ? block
        : stamped
          ? stampDay(block, published)
          : (blockHeadingDay(segment, published) ?? monthHeading(segment, published));
      entries = block !== null && headsEntries(segment);
      // "▸ MON 13 JUL" over "Hours later Pompeo issued a statement": the day the items are at.
      const at = block ?? day;
      if (at?.start != null && at.precision === 'day') {
        // "JUNE 14 / Two days later, the packer ships": the entry counts from the entry before;
        // what follows in it counts from the heading's day.
        if (anchor !== null) counted = { paragraph: segment.paragraph + 1, from: anchor };
        anchor = at.start;
      }
      if (at?.start != null) toldMonth = at.start.slice(0, 7);
    }
    if (segment.kind !== 'body' && segment.kind !== 'furniture') continue;
    // The same stamp as a line of its own paragraph, over the update's text ("16:50 ET" may read
    // as furniture).
    if (TIME_HEADING.test(segment.text)) {
      stamped = true;
      stampLine = segment.paragraph;
      block = stampDay(block, published);
      continue;
    }
    if (segment.kind !== 'body') continue;
    const antecedents = before[0]?.segment.paragraph === segment.paragraph ? before : [];
    before = [];
    // "Will the two sides hold talks this year?": a question tells no event, though its day
    // still anchors what follows.
    const telling = !QUESTION.test(segment.text) && mayTellEvent(segment.text);
    // "China will halve its duties on US farm goods. … The cuts take effect on March 3.": the
    // rates a start points back at are the sentence before's, else the last tariff act the
    // article told as its news, done this month or planned (not the rates of a year before).
    const rates = antecedents.some(isTariffAct) ? antecedents : tariffAct ? [tariffAct] : [];
    const starts = rates.length > 0 && mayStartTariff(segment.text);
    const announced = antecedents.length > 0 && mayTellAnnounced(segment.text);
    const signs = antecedents.length > 0 && maySignIt(segment.text);
    const follows =
      starts || (antecedents.length > 0 && (announced || signs || mayFollowSuit(segment.text)));
    // A sentence that tells no event matters only as the anchor of a later "two days later".
    if (!telling && !follows && !DAY_LIKE.test(segment.text)) continue;
    // Under a live page's "Saturday", "yesterday" is Friday: the block's day is its "today".
    const countedFrom =
      counted?.paragraph === segment.paragraph && COUNTED_LATER.test(segment.text)
        ? counted.from
        : null;
    counted = null;
    const dates = extractDates(segment.text, {
      published: block?.precision === 'day' ? block.start : published,
      anchor: countedFrom ?? anchor,
      yearTold,
      toldMonth,
      yearBefore: yearBefore?.paragraph === segment.paragraph ? yearBefore.year : null,
      yearHeading,
    });
    yearTold = lastWrittenYear(dates, yearTold);
    if (telling) {
      const day = told?.paragraph === segment.paragraph ? told.date : block;
      const found = signedWhenPassed(
        todaysActs(
          measureRoundDays(
            (entries
              ? entryActs(
                  segment,
                  dates,
                  detectEvents(sourceId, segment, dates, published),
                  (s, ds) => detectEvents(sourceId, s, ds, published),
                )
              : detectEvents(sourceId, segment, dates, published)
            ).map((d) => classifyDetection(d, themes)),
            dates,
            published,
            day,
          ),
          published,
        ),
      );
      // "came a day after" says more than the paragraph's day.
      const dated = found.map((d) => {
        const after = cameAfterLead(d, lead);
        if (day === null) return after;
        return stamped && block !== null
          ? withStampDay(after, block, dates)
          : withParagraphDay(after, day, dates);
      });
      const single = listedTrips(subsumeDetections(dated), dates);
      const all = [
        ...single,
        ...earlierOccasions(single, dates),
        ...coordinatedDates(single, dates),
      ];
      before = matchKnownEvents(segment, all, known, published);
      detections.push(...before);
      leadAct ??= before.find(isLead);
      tariffAct = before.filter((d) => isTariffAct(d) && isNews(d, published)).at(-1) ?? tariffAct;
      lead ??= leadAct?.date ?? null;
    }
    // "SMIC followed in December 2020": told only by the sentence before; what else the
    // sentence names ("before the summit") points back at other events.
    if (follows && !before.some((d) => d.verbal)) {
      const copies = starts
        ? tariffStart(segment, dates, rates, published, before)
        : announced
          ? announcedEarlier(segment, dates, antecedents, published)
          : signs
            ? signedIt(segment, dates, antecedents, published, (d) => classifyDetection(d, themes))
            : followedSuit(segment, dates, antecedents, published, (d) =>
                classifyDetection(d, themes),
              );
      const repeated = matchKnownEvents(segment, copies, known, published);
      detections.push(...repeated);
      before = [...repeated, ...before];
    }
    const lastTold = dates.findLast(
      (d) => !d.counterfactual && (d.date.precision === 'day' || d.date.precision === 'month'),
    )?.date.start;
    yearBefore =
      lastTold != null
        ? { paragraph: segment.paragraph, year: Number(lastTold.slice(0, 4)) }
        : null;
    const lastDay = dates
      .filter((d) => !d.counterfactual && d.date.precision === 'day' && !asideDate(segment.text, d))
      .at(-1);
    if (lastDay?.date.start != null) {
      anchor = lastDay.date.start;
      if (published === null || anchor <= published) pastAnchor = anchor;
    } else if (
      published !== null &&
      anchor !== null &&
      anchor > published &&
      toldPast(dates, published)
    ) {
      anchor = pastAnchor;
    }
    const lastMonth = dates.filter((d) => tellsPastMonth(d, published)).at(-1)?.date.start;
    if (lastMonth != null) toldMonth = lastMonth.slice(0, 7);
    // A day still to come ("The rule takes effect tomorrow") is a plan's, not the day the
    // paragraph's next acts were done.
    const eventDay = dates
      .filter(
        (d) =>
          tellsWhen(d) &&
          d.date.precision === 'day' &&
          (published === null || (d.date.start ?? '') <= published),
      )
      .at(-1);
    if (eventDay !== undefined) told = { paragraph: segment.paragraph, date: eventDay.date };
    else if (told?.paragraph !== segment.paragraph) told = null;
  }
  return promisedOnLeadDay(detections, lead, published);
}

/** A year alone on its line, a chronology's heading: "2019", "— 2020 —", "## 2022". */
const YEAR_LINE = /^[\s#*•·–—-]*((?:19|20)\d{2})[\s:.–—-]*$/;

/** Whether a sentence tells a date (of any precision) already past on the day of writing. */
function toldPast(dates: DateMention[], published: string): boolean {
  return dates.some(
    (d) =>
      !d.counterfactual &&
      d.date.start != null &&
      d.date.start <= published.slice(0, d.date.start.length),
  );
}

/** The words right before a measure that make it a pledge: "the other side had pledged to buy". */
const PLEDGED_BEFORE =
  /\b(?:vowed|pledged|promised|agreed|committed|undertook)\s+(?:to\s+)?(?:immediately\s+|also\s+)?$/i;

/**
 * "The president said afterwards that the other side had pledged to buy more grain", in the
 * story of a summit held that day: a pledge with no day of its own, told in the story of the
 * day's news, was made that day; what it promises is still to come, so it stays planned.
 */
function promisedOnLeadDay(
  detections: Detection[],
  lead: EventDate | null,
  published: string | null,
): Detection[] {
  if (lead?.start == null || lead.precision !== 'day' || published === null) return detections;
  if (
    lead.start > published ||
    (shiftDays(lead.start, 2, false).start ?? '') < published.slice(0, 10)
  )
    return detections;
  return detections.map((d) =>
    d.date === null &&
    d.status === 'planned' &&
    d.verbal &&
    !d.hypothetical &&
    (KIND_TABLE[d.kind].measure || d.kind === 'purchase') &&
    PLEDGED_BEFORE.test(d.segment.text.slice(Math.max(0, d.triggerStart - 40), d.triggerStart))
      ? { ...d, date: lead, dateSource: 'text' }
      : d,
  );
}

/**
 * "Two days later, …", "A week later", "Beijing hits back the next day: …": the first clause of
 * an entry, counted from the day told before.
 */
const COUNTED_LATER =
  /^[^.;:]{0,60}?(?<![\w-])(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+later|the\s+(?:next|following)\s+day)\b/i;

/** A day or a month told as when something happened, not after the article's month. */
function tellsPastMonth(d: DateMention, published: string | null): boolean {
  const start = d.date.start;
  return (
    !d.counterfactual &&
    start != null &&
    (d.date.precision === 'day' || d.date.precision === 'month') &&
    tellsWhen(d) &&
    (published === null || start.slice(0, 7) <= published.slice(0, 7))
  );
}

function isTariffAct(d: Detection): boolean {
  return d.kind === 'tariffs' && d.verbal && !d.hypothetical;
}

/** Planned, or done no earlier than the month of writing: the story's news, not its background. */
function isNews(d: Detection, published: string | null): boolean {
  const start = d.date?.start;
  if (d.status === 'planned') return true;
  return start != null && published !== null && start >= published.slice(0, 7);
}

/**
 * The story's news: an act told as done on a day the text gives, or, in a scroll's or a flash's
 * undated "CHINA BANS EXPORTS OF GALLIUM TO US", on the day the registry knows for it.
 */
function isLead(d: Detection): boolean {
  return (
    d.verbal &&
    d.status === 'occurred' &&
    (d.dateSource === 'text' || (d.dateSource === 'registry' && d.segment.printed !== undefined)) &&
    d.date?.precision === 'day'
  );
}

/** The day an earlier sentence of the paragraph told, for the sentences after it. */
interface ParagraphDay {
  paragraph: number;
  date: EventDate;
}

/**
 * "Beijing also went after US defence firms today. The commerce ministry added 12 American
 * companies to its export control list…": a paragraph tells its day once, and the sentences
 * after it say what was done that day. An act told in the past with no date of its own takes
 * the day; a plan, a reference back ("the move") or a wish does not.
 */
function withParagraphDay(d: Detection, day: EventDate, dates: DateMention[]): Detection {
  if (d.date !== null || !d.verbal || d.anaphoric || d.hypothetical || d.status !== 'occurred') {
    return d;
  }
  if (toldAsBefore(d, dates)) return d;
  return { ...d, date: day, dateSource: 'text' };
}

/**
 * "Two of them had been designated as wrongfully detained", "less than two weeks after the
 * leaders' final meeting", "was detained in 2012 and later sentenced": told as before the
 * news, or after a time of its own, so not on the day the paragraph tells.
 */
function toldAsBefore(d: Detection, dates: DateMention[]): boolean {
  const text = d.segment.text;
  // "The leaders last met on Oct. 30 in Busan, where they agreed a truce": an act hung on a day
  // its own sentence told before it, though left without that day, is no act of the paragraph's.
  const hung = (m: DateMention) =>
    !m.counterfactual &&
    m.end <= d.triggerStart &&
    WHERE_CLAUSE.test(text.slice(m.end, d.triggerStart));
  if (dates.some(hung)) return true;
  // "In June the department filed charges, and two defendants were arrested": an act after a
  // date its own sentence opened with belongs to that time, not to the paragraph's day.
  if (dates.some((m) => !m.counterfactual && m.end <= d.triggerStart && opensSentence(m))) {
    return true;
  }
  const lead = text.slice(0, d.triggerStart);
  if (AFTER_A_TIME.test(lead)) return true;
  // "Trump said … that Xi's side had vowed to import": reported speech moves the past back, so
  // there a past perfect is no earlier act.
  if (REPORTED.test(lead)) return false;
  return PLUPERFECT_BEFORE.test(lead) || /^had\s/i.test(text.slice(d.triggerStart, d.triggerEnd));
}
const WHERE_CLAUSE = /,\s+(?:where|when)\b[^.;]*$/i;
/** "June" in "In June …", "May 2" in "On May 2 …": at most a short preposition before it. */
function opensSentence(m: DateMention): boolean {
  return m.start <= 3;
}
const REPORTED = /\b(?:said|says|told|announced|confirmed|added|stated)\b/i;
const AFTER_A_TIME = /\b(?:after|since|before|following)\b[^,;]*?$|\d{4}\b[^.;]*?\blater\s+$/i;
const PLUPERFECT_BEFORE = /\bhad\s+(?:been\s+|already\s+)?(?:[a-z]+ly\s+)?$/i;

/**
 * "11:02 a.m. / Done. The videoconference started a few minutes after nine.": an update under a
 * live page's time stamp tells the day's news, so an undated "the videoconference" is that day's
 * too, as a verb would be (withParagraphDay). Only an encounter: "the ban" in an update may be
 * the measure of any day.
 */
function withStampDay(d: Detection, day: EventDate, dates: DateMention[]): Detection {
  if (!d.anaphoric || !ENCOUNTERS.has(d.kind)) return withParagraphDay(d, day, dates);
  if (d.date !== null || d.hypothetical || d.status !== 'occurred' || toldAsBefore(d, dates)) {
    return d;
  }
  return { ...d, date: day, dateSource: 'text' };
}

/** "reuters/001_talks.txt" → "reuters-001_talks": the file stem, unique within the folder. */
export function sourceIdOf(file: string): string {
  return file.replace(/\.(?:txt|md|html?)$/i, '').replace(/[\\/]+/g, '-');
}

function titleOf(seed: SeedInput, segments: Segment[]): string {
  const fromMeta = seed.meta?.title?.trim();
  if (fromMeta) return fromMeta;
  const first = segments[0];
  const line = first?.kind === 'heading' ? first : segments.find((s) => s.kind === 'body');
  const text = (line?.printed ?? line?.text ?? sourceIdOf(seed.file)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199).trimEnd()}…` : text;
}
