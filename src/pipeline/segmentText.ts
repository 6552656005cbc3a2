import { isDayHeading } from './dayHeading.ts';
import { execAll } from './execAll.ts';
import { datelinePrefixLength, isDatelineLine, parseFullDate } from './findDateline.ts';
import type { Segment, SegmentKind } from './pipelineTypes.ts';
import { sentenceBreaks } from './sentenceBreaks.ts';

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

const TERMINAL = /[.!?…]["”’')\]]*$/;
const CREDIT =
  /^(?:\(.*\)|\[.*\]|(?:by|written by|reporting by|edited by|additional reporting by)\s+[A-Z].*)$/i;
const FURNITURE_START =
  /^(?:also read|read more|read also|related|advertisement|subscribe|sign up|click here|watch|share this|follow us|copyright|©|photo|image|source|credit)s?\b/i;
/**
 * "An earlier version of this article said the Senate voted on Monday.", "Correction: …":
 * a note on the story's own history, whose days are the story's errors, not events. (An
 * "Editor's note:" gives background, which is news.)
 */
const CORRECTION =
  /^(?:(?:correction|clarification)\s*[:.–—-]|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|post)\b|this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)\b)/i;
/** Photo captions run long but are never body text. */
const CAPTION = /^(?:photo|image|picture|pictured|caption|file\s+photo|video)\s*[:|–—-]/i;
/**
 * A caption that ends in its credit: "… in Taipei, on Wednesday.Credit: PRESIDENTIAL OFFICE/
 * Agency", "… on 11/15/2023. (Photo: Agency)", "… in Beijing. AGENCY/Photographer Name".
 */
const CAPTION_CREDIT =
  /(?:[.!?]["”’)]?\s*(?:photo\s+)?credits?\s*:.*|\((?:photo|image|file\s+photo)\s*[:/][^)]*\)|\[(?:photo|image)\s*[:/][^\]]*\]|\b[A-Z]{3,}\s*\/\s*[A-Z][\w.'’ -]{1,40})\s*$/i;
/** Cheap screen for CAPTION_CREDIT, which is tried at every offset of a line. */
const CREDIT_MARK = /credit|photo|image|\//i;
/**
 * A speaker label of a transcript at the start of a sentence: "Anchor:", "Reporter:",
 * "CORRESPONDENT:", "Kim Min-ji:". The speech after it is kept; the label is not part of it.
 * A label may name the speaker or where they speak from in brackets: "ANCHOR (LEE SMITH):",
 * "JO BANKS (SEOUL):", "Q (Daily Courier):" in a briefing's questions.
 */
const SPEAKER_LABEL =
  /^(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})(?:\s+\([^()\n]{1,40}\))?\s?:\s*(?=["“‘'([A-Z0-9]|$)/;
/** A production note opening a piece: "[Sound bite: …]", "[Music]", "(Applause)". */
const PRODUCTION_NOTE =
  /^(?:\[[^\]\n]{1,300}\]|\((?:[A-Z][\w ]{0,30}|sound\s+bites?[^)]{0,300})\))/i;
/**
 * Sentences run together with no space after the stop, as pasted from pages and transcripts:
 * "…has the details.Report:[Sound bites…]U.S. President…". A word of two or more lower-case
 * letters, its stop, then a capital or a bracket: "U.S. President" and "3.5" never match.
 */
const RUN_TOGETHER = /[a-z]{2}[.!?]["”’)]?(?=[A-Z[(])|:(?=\[)|\](?=\S)/g;
/**
 * "from 12:01 p.m. Beijing time on Thursday": a clock time and its zone are one phrase, though
 * "p.m." followed by a capital reads like the end of a sentence.
 */
const CLOCK_END = /\d\s*[ap]\.m\.\s*$/i;
const TIME_ZONE_START =
  /^(?:[A-Z][a-z]+\s+time\b|(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|JST|KST|IST)\b)/;
/** A clock time opening a line, then words: "06:15  PLA ACCUSES …", "14:02 GMT: Beijing …". */
const TIMED_ITEM =
  /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4}T))?\s*[:—–-]?\s+[A-Za-z"“]/;
/** Titles and abbreviations after which ICU wrongly ends a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Adm|Sgt|Sec|St|Jr|Sr|No|vs|MR|MRS|MS|DR|PROF|SEN|REP|GOV|GEN|LT|COL|CAPT|ADM|SGT|SEC|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|[A-Z])\.\s*$/;
/**
 * Text in which Unicode sentence breaking (UAX #29) can break only at its end: no sentence
 * terminator or separator before a final run of terminators and closing quotes. Kept to
 * ASCII, Latin-1 letters and typographic quotes and dashes, none of which can end a sentence.
 */
const ONE_SENTENCE =
  /^[\t\x20-\x2d\x2f-\x3e\x40-\x7e\u00a0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*(?:[.!?]+["'\u2019\u201d)\]]*)?$/;
const SENTENCE_STARTER =
  /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|However|In|On|At|As|After|Before|Meanwhile|While|When|If|Its|His|Her|Their|There|Both|China|Beijing|Washington)\b/;

/**
 * Splits an article into sentences and non-sentence lines, with exact UTF-16 offsets.
 * Lines are classified by shape (length, end punctuation, brackets), never by their wording,
 * so page furniture of publications the pipeline has never seen is still recognised.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  let paragraph = 0;
  let seenContent = false;
  let seenBody = false;
  /** Headline and heading lines seen so far: a page repeats its headline above the body. */
  const headings = new Set<string>();
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed !== '') {
      const lead = line.length - line.trimStart().length;
      const start = lineStart + lead;
      let kind: SegmentKind = headings.has(trimmed)
        ? 'heading'
        : classifyLine(trimmed, !seenContent);
      if (kind === 'body' && isCaptionDraft(trimmed, text, lineEnd)) kind = 'furniture';
      if (kind === 'dateline' && seenBody && isBareDate(trimmed)) kind = 'heading';
      // A headline ending in a question mark reads as body; the stamp under it is still a stamp.
      if (kind === 'body' && seenContent) seenBody = true;
      if (kind === 'heading') headings.add(trimmed);
      if (kind === 'body') {
        pushSentences(segments, text, start, lineStart + line.trimEnd().length, paragraph);
      } else {
        segments.push({ kind, start, end: start + trimmed.length, text: trimmed, paragraph });
      }
      seenContent = true;
      paragraph++;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return carrySpeakers(segments);
}

/**
 * "Lin Qiao: Our position is clear. … [new paragraph] Second, we lodged stern protests with
 * Washington.": in a transcript (two or more labelled turns), a paragraph with no
 * label goes on with the speaker before it, until the next label or a heading.
 */
function carrySpeakers(segments: Segment[]): Segment[] {
  const turns = new Set<number>();
  for (const s of segments) if (s.speaker !== undefined) turns.add(s.paragraph);
  if (turns.size < 2) return segments;
  let speaker: string | undefined;
  for (const s of segments) {
    if (s.kind === 'heading') speaker = undefined;
    if (s.kind !== 'body') continue;
    if (s.speaker !== undefined) speaker = s.speaker;
    else if (speaker !== undefined) s.speaker = speaker;
  }
  return segments;
}

const WHITESPACE = /\s/;

/**
 * "JUNE 3, 2024" alone on its line between two paragraphs of a chronology: below the story's
 * first paragraph a bare date is no stamp of the page but the heading of the entry under it.
 */
const BEFORE_BARE_DATE = /^[\s*•·▸►–—-]*$/;
const AFTER_BARE_DATE = /^[\s.:–—-]*$/;

function isBareDate(line: string): boolean {
  const found = parseFullDate(line);
  if (found === null) return false;
  return (
    BEFORE_BARE_DATE.test(line.slice(0, found.index)) &&
    AFTER_BARE_DATE.test(line.slice(found.index + found.length))
  );
}

/**
 * A line the page prints again at once with its photo credit ("… in Taipei, on Wednesday." then
 * "… in Taipei, on Wednesday.Credit: …"): the first copy is the same caption.
 */
function isCaptionDraft(line: string, text: string, lineEnd: number): boolean {
  let next = lineEnd + 1;
  while (next < text.length && WHITESPACE.test(text.charAt(next))) next++;
  if (!text.startsWith(line, next)) return false;
  const newline = text.indexOf('\n', next);
  const following = text.slice(next, newline === -1 ? text.length : newline).trim();
  return following.length > line.length && CAPTION_CREDIT.test(following);
}

function classifyLine(line: string, isFirst: boolean): SegmentKind {
  if (isDatelineLine(line)) return 'dateline';
  const words = wordCount(line);
  if (line.length <= 160 && CREDIT.test(line)) return 'credit';
  if (CAPTION.test(line) || (words <= 16 && FURNITURE_START.test(line))) return 'furniture';
  if (words <= 60 && CORRECTION.test(line)) return 'furniture';
  if (words <= 80 && CREDIT_MARK.test(line) && CAPTION_CREDIT.test(line)) return 'furniture';
  // "06:15  PLA ACCUSES US OF PROVOKING RISK WITH JOINT SAILING": a scroll's or a live page's
  // timed item is news, however short and unpunctuated.
  if (!isFirst && words >= 7 && TIMED_ITEM.test(line)) return 'body';
  if ((words <= 14 || (isFirst && words <= 30)) && !TERMINAL.test(line)) {
    return isFirst || isTitleCase(line) || isDayHeading(line) ? 'heading' : 'furniture';
  }
  return 'body';
}

/** `line.split(/\s+/).length`, counted without building the words: every line is counted. */
function wordCount(line: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** The characters of `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Most of the words of more than three letters are capitalised. Read in place, no word arrays. */
function isTitleCase(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  let i = 0;
  while (i < line.length) {
    if (isSpace(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
    const first = line.charCodeAt(start);
    const upper = first >= 65 && first <= 90;
    if ((upper || (first >= 97 && first <= 122)) && i - start > 3) {
      words++;
      if (upper) capitalised++;
    }
  }
  if (words === 0) return false;
  return capitalised / words >= 0.6;
}

function pushSentences(
  out: Segment[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  const prefix = datelinePrefixLength(text.slice(start, Math.min(end, start + 200)));
  const from = start + prefix;
  const pieces: { start: number; end: number }[] = [];
  // Stops with no space after them first: the ICU segmenter keeps "soybeans.[Sound" together.
  const chunks: { start: number; end: number }[] = [];
  for (const item of tickerItems(text, from, end))
    splitRunTogether(text, item.start, item.end, chunks);
  for (const chunk of chunks) {
    const body = text.slice(chunk.start, chunk.end);
    // Each call into the ICU segmenter costs tens of microseconds, most of the stage's time;
    // a paragraph with no possible break inside it is one sentence without asking.
    // Plain prose is broken by the same rules without it (sentenceBreaks); ICU takes the rest.
    const segments = ONE_SENTENCE.test(body)
      ? [{ segment: body, index: 0 }]
      : (sentenceBreaks(body) ?? SENTENCES.segment(body));
    for (const piece of segments) {
      const raw = piece.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmedLength = raw.trim().length;
      if (trimmedLength === 0) continue;
      const s = chunk.start + piece.index + lead;
      pieces.push({ start: s, end: s + trimmedLength });
    }
  }
  // ICU breaks after "U.S." and "Mr."; such a piece continues the one before it.
  const sentences: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const previous = sentences.at(-1);
    const tail =
      previous === undefined
        ? ''
        : text.slice(Math.max(previous.start, previous.end - 8), previous.end);
    if (
      previous !== undefined &&
      ((ABBREVIATION.test(tail) &&
        !SENTENCE_STARTER.test(text.slice(piece.start, piece.start + 12))) ||
        (CLOCK_END.test(tail) && TIME_ZONE_START.test(text.slice(piece.start, piece.start + 16))))
    ) {
      previous.end = piece.end;
      continue;
    }
    sentences.push(piece);
  }
  // "Lin Qiao: We firmly oppose the listing. We urge the US side …": the speaker a label names
  // goes on speaking to the end of the line.
  let speaker: string | undefined;
  for (const sentence of sentences) {
    // "Report:" alone or "[Sound bite: …]" is furniture of a transcript, never a sentence.
    // Both patterns need a character most sentences lack: a colon, an opening bracket.
    const colon = text.indexOf(':', sentence.start);
    const label =
      colon !== -1 && colon < sentence.end
        ? SPEAKER_LABEL.exec(text.slice(sentence.start, sentence.end))
        : null;
    if (label !== null) speaker = speakerOf(label[0]);
    const start = sentence.start + (label ? label[0].length : 0);
    if (sentence.end <= start) continue;
    const open = text.charCodeAt(start);
    const note =
      open === 0x5b || open === 0x28 ? PRODUCTION_NOTE.exec(text.slice(start, sentence.end)) : null;
    const kind = note && note[0].length === sentence.end - start ? 'furniture' : 'body';
    const segment: Segment = {
      kind,
      start,
      end: sentence.end,
      text: text.slice(start, sentence.end),
      paragraph,
    };
    if (speaker !== undefined && kind === 'body') segment.speaker = speaker;
    out.push(segment);
  }
}

/** "ANCHOR (LEE SMITH): " → "LEE SMITH", "Lin Qiao: " → "Lin Qiao": who speaks, by name. */
function speakerOf(label: string): string {
  const bracket = /\(([^()]+)\)/.exec(label);
  return (bracket?.[1] ?? label.replace(/\s*\(.*$|\s*:\s*$/g, '')).trim();
}

/** Splits one sentence piece at stops with no space after them; offsets stay exact. */
/**
 * "06:02  US NAVY: CHINESE DESTROYER MADE UNSAFE MANOEUVRE /// CAME WITHIN 150 YARDS": a news
 * scroll or a live blog's summary line runs its items together, parted by slashes with spaces
 * around them. Each item is a sentence of its own.
 */
const TICKER_BREAK = /\s\/{2,}\s/g;

function tickerItems(text: string, start: number, end: number): { start: number; end: number }[] {
  const line = text.slice(start, end);
  if (!line.includes('//')) return [{ start, end }];
  const items: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(TICKER_BREAK)) {
    pushTrimmed(line, from, m.index, start, items);
    from = m.index + m[0].length;
  }
  pushTrimmed(line, from, line.length, start, items);
  return items;
}

function splitRunTogether(
  text: string,
  start: number,
  end: number,
  out: { start: number; end: number }[],
): void {
  const piece = text.slice(start, end);
  // Most pieces have a space after every stop: nothing to do.
  if (!/[.!?:\]]["”’)]?[A-Z[(]/.test(piece)) {
    out.push({ start, end });
    return;
  }
  let from = 0;
  for (const m of execAll(RUN_TOGETHER, piece)) {
    const cut = m.index + m[0].length;
    pushTrimmed(piece, from, cut, start, out);
    from = cut;
  }
  pushTrimmed(piece, from, piece.length, start, out);
}

function pushTrimmed(
  piece: string,
  from: number,
  to: number,
  offset: number,
  out: { start: number; end: number }[],
): void {
  const part = piece.slice(from, to);
  const lead = part.length - part.trimStart().length;
  const length = part.trim().length;
  if (length > 0) out.push({ start: offset + from + lead, end: offset + from + lead + length });
}
