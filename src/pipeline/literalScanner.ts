/**
 * Builds a test that says which of `words` (lower-case ASCII) occur in a text with its ASCII
 * letters lower-cased, in one pass over the text (the answer holds until the next text is
 * scanned): an Aho–Corasick automaton, unrolled into a table of next states. The screens of the pipeline ask of every sentence whether it has
 * "tariff", "visit", "summit" and a few hundred other words; asking `includes` for each one
 * scans the sentence once per word.
 *
 * Only A–Z are folded: a character outside ASCII matches no word character, exactly as an ASCII
 * character of a case-insensitive pattern (flag `i`, no `u`) matches no character outside ASCII.
 * So when such a pattern matches, every word it cannot match without (see requiredLiterals)
 * is found here. A word with a character outside ASCII is never found.
 */
export function literalScanner(
  words: readonly string[],
): (text: string) => (word: number) => boolean {
  const { scan, seen, latest } = literalMarks(words);
  return (text) => {
    const stamp = scan(text);
    return (word) => {
      // The marks belong to the latest scan only; an answer from an older one would be wrong.
      if (stamp !== latest()) throw new Error('literalScanner: a scan was asked after a newer one');
      return seen[word] === stamp;
    };
  };
}

/**
 * literalScanner's marks themselves, for a caller that tests many words of each scan: `scan`
 * gives the scan's number, and word w was found when `seen[w]` is that number (until the next
 * scan; `latest` is the number of the last one). No function call per word.
 */
export function literalMarks(
  words: readonly string[],
  options: ScanOptions = {},
): {
  scan: (text: string) => number;
  seen: Float64Array;
  latest: () => number;
} {
  const { scan, seen } = literalScan(words, options);
  let scans = 0;
  return {
    scan: (text) => {
      scan(text, ++scans, null);
      return scans;
    },
    seen,
    latest: () => scans,
  };
}

/**
 * The same scan as literalScanner, answering with the ids of the words found (each once, in the
 * order the scan first met them) rather than a test per word: a caller that wants what a text
 * holds out of many words then looks at the few found instead of asking about every one. The ids
 * go into `found`, emptied first, when the caller passes an array to reuse.
 */
export function literalFinder(
  words: readonly string[],
  options: ScanOptions = {},
): (text: string, found?: number[]) => number[] {
  const { scan } = literalScan(words, options);
  let scans = 0;
  return (text, found = []) => {
    found.length = 0;
    scan(text, ++scans, found);
    return found;
  };
}

/**
 * `shared`: the words join the one automaton of every screen built with it (sharedPass), so a
 * sentence that several stages screen in turn is read once, not once per stage. For screens
 * built once, when their modules load: the shared automaton only grows.
 *
 * `slot` (with `shared`): for a screen built at run time from data, such as the known-events
 * registry's aliases. Its words take the slot of that name in the shared pass, and replace the
 * words a screen joined with the same slot before: that screen, if still asked, scans with an
 * automaton of its own from then on (as correct, one more pass per text). So a registry read
 * again does not grow the shared automaton.
 */
export interface ScanOptions {
  shared?: boolean;
  slot?: string;
}

/**
 * The one pass both answers share: marks each word found with the scan's number in `seen`, and
 * appends it to `found` the first time this scan meets it. One array for every scan, marked
 * with the scan's number: a fresh array per sentence cost more than the scan itself.
 *
 * A word of one character ("a", "s", "%": what some pattern's group comes down to) is looked
 * for after the pass, and so comes after the others in `found`: in the automaton it would be
 * reported at most characters of every text, and by every state whose word ends in it.
 */
function literalScan(
  words: readonly string[],
  options: ScanOptions,
): {
  scan: (text: string, stamp: number, found: number[] | null) => void;
  seen: Float64Array;
} {
  const single = (word: string): boolean => word.length === 1 && word.charCodeAt(0) < ALPHABET;
  const multi = words.map((word) => (single(word) ? '' : word));
  const singles = words.flatMap((word, id) =>
    single(word)
      ? [
          {
            id,
            lower: word.toLowerCase(),
            upper: word.toUpperCase(),
            lowerCode: word.toLowerCase().charCodeAt(0),
            upperCode: word.toUpperCase().charCodeAt(0),
          },
        ]
      : [],
  );
  const seen = new Float64Array(words.length);
  const scan =
    options.shared === true
      ? sharedWords(multi, singles, seen, options.slot)
      : ownWords(buildAutomaton(multi), singles, seen);
  return { scan, seen };
}

/** A word of one character, looked for after the pass, in either case. */
interface Single {
  id: number;
  lower: string;
  upper: string;
  lowerCode: number;
  upperCode: number;
}

const ALPHABET = 128;

type WordScan = (text: string, stamp: number, found: number[] | null) => void;

/** A scan of the text with an automaton of the words' own. */
function ownWords(automaton: Automaton, singles: readonly Single[], seen: Float64Array): WordScan {
  return (text, stamp, found) => {
    runAutomaton(automaton, text, seen, null, stamp, found);
    for (const { id, lower, upper } of singles) {
      if (
        seen[id] === stamp ||
        !(text.includes(lower) || (upper !== lower && text.includes(upper)))
      )
        continue;
      seen[id] = stamp;
      found?.push(id);
    }
  };
}

/**
 * The words found in `text` by `automaton`: each is marked in `seen` with `stamp`, and appended
 * to `found` the first time this scan meets it. For the shared pass `chars` is given, and each
 * ASCII character of the text is marked in it with `stamp`: every shared screen's words of one
 * character are then a look-up each, where each screen looked for each of its own with
 * `includes`, a read of the text apiece (two dozen per sentence, most for a digit it lacks).
 */
function runAutomaton(
  automaton: Automaton,
  text: string,
  seen: Float64Array,
  chars: Float64Array | null,
  stamp: number,
  found: number[] | null,
): void {
  const { next, width, dense, classOf, deep, firstEdge, edgeClass, edgeTo, firstOut, outs } =
    automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ALPHABET) {
      state = 0;
      continue;
    }
    if (chars !== null) chars[c] = stamp;
    const k = classOf[c] ?? 0;
    // A character no word has sends every state back to the root.
    if (k === 0) {
      state = 0;
      continue;
    }
    // A deep state keeps only its own edges: without one for the character, its longest proper
    // suffix state reads it, and so on up to a state of the table.
    let s = state;
    let to = -1;
    while (s >= dense) {
      const edge = deep[2 * s] ?? -1;
      if (edge >= 0) {
        if (edge >>> ONE_EDGE_SHIFT === k) to = edge & ONE_EDGE_TARGET;
      } else if (edge === MANY_EDGES) {
        const last = firstEdge[s + 1] ?? 0;
        for (let e = firstEdge[s] ?? 0; e < last; e++) {
          if (edgeClass[e] === k) {
            to = edgeTo[e] ?? 0;
            break;
          }
        }
      }
      if (to >= 0) break;
      s = deep[2 * s + 1] ?? 0;
    }
    if (to < 0) to = next[s * width + k] ?? 0;
    state = to >> 1;
    // Most states report no word: their mark in the table spares the look-up of their list.
    if ((to & 1) === 0) continue;
    const end = firstOut[state + 1] ?? 0;
    for (let o = firstOut[state] ?? 0; o < end; o++) {
      const word = outs[o] ?? 0;
      if (seen[word] === stamp) continue;
      seen[word] = stamp;
      found?.push(word);
    }
  }
}

/**
 * The automaton of every shared screen's words (each screen's ids offset by the words before
 * it), and what it found in the last text it read, in the order met. The pipeline screens each
 * sentence for its kinds' cues, its dates, its tags, its outlets and the registry's aliases in
 * turn: one pass instead of five, and one table to keep in cache instead of five. Built when
 * first needed after a screen joins (or leaves its slot to another).
 */
const sharedPass = {
  members: [] as Member[],
  slots: new Map<string, Member>(),
  automaton: null as Automaton | null,
  seen: new Float64Array(0),
  /** chars[c] === scans: the last text read holds ASCII character c. */
  chars: new Float64Array(ALPHABET),
  scans: 0,
  text: null as string | null,
  found: [] as number[],
};

/**
 * A screen's words in the shared pass: ids offset .. end - 1 of the automaton, set when it is
 * built. `joined` is false once another screen took the member's slot.
 */
interface Member {
  words: readonly string[];
  offset: number;
  end: number;
  joined: boolean;
}

function sharedWords(
  words: readonly string[],
  singles: readonly Single[],
  seen: Float64Array,
  slot: string | undefined,
): WordScan {
  const pass = sharedPass;
  const member: Member = { words, offset: 0, end: 0, joined: true };
  if (slot !== undefined) {
    const before = pass.slots.get(slot);
    if (before !== undefined) {
      before.joined = false;
      pass.members = pass.members.filter((m) => m !== before);
    }
    pass.slots.set(slot, member);
  }
  pass.members.push(member);
  pass.automaton = null;
  let own: WordScan | null = null;
  return (text, stamp, found) => {
    if (!member.joined) {
      own ??= ownWords(buildAutomaton(words), singles, seen);
      own(text, stamp, found);
      return;
    }
    const list = sharedFound(text);
    const { offset, end } = member;
    for (const word of list) {
      if (word < offset || word >= end) continue;
      seen[word - offset] = stamp;
      found?.push(word - offset);
    }
    const chars = pass.chars;
    const scan = pass.scans;
    for (const { id, lowerCode, upperCode } of singles) {
      if (seen[id] === stamp || !(chars[lowerCode] === scan || chars[upperCode] === scan)) continue;
      seen[id] = stamp;
      found?.push(id);
    }
  };
}

/** The shared words in `text`, in the order the pass met them; read again only for a new text. */
function sharedFound(text: string): readonly number[] {
  const pass = sharedPass;
  if (pass.automaton === null) {
    const words: string[] = [];
    for (const member of pass.members) {
      member.offset = words.length;
      words.push(...member.words);
      member.end = words.length;
    }
    pass.automaton = buildAutomaton(words);
    pass.seen = new Float64Array(words.length);
    pass.text = null;
  }
  if (pass.text !== text) {
    pass.found.length = 0;
    runAutomaton(pass.automaton, text, pass.seen, pass.chars, ++pass.scans, pass.found);
    pass.text = text;
  }
  return pass.found;
}

interface Automaton {
  /**
   * For the `dense` states nearest the root (numbered first, breadth first), next[state *
   * width + classOf[char]]: the state after reading an ASCII character, times two, plus one when
   * that state reports a word. The characters no word has share class 0; upper-case letters
   * have their lower case's class. The deeper states, a word's few letters in, keep only their
   * own edges (edgeClass, edgeTo: firstEdge[s] … firstEdge[s + 1] - 1) and their longest proper
   * suffix state (`fail`). A full row for every state was a table of half a megabyte, which the
   * other stages of each sentence pushed out of cache: each character read cost a miss. A text
   * is mostly in the shallow states, whose rows now fit in a few dozen kilobytes.
   */
  next: Uint16Array | Int32Array;
  width: number;
  dense: number;
  classOf: Uint8Array;
  /**
   * For a deep state s, deep[2s + 1] is its suffix state, and deep[2s] its edge when it has one
   * only (the class shifted by ONE_EDGE_SHIFT, and the next state as in `next`), NO_EDGES for a
   * word's last state, or MANY_EDGES: its edges are edgeClass and edgeTo from firstEdge[s] to
   * firstEdge[s + 1] - 1. Side by side, the two are one read of memory for most deep states.
   */
  deep: Int32Array;
  firstEdge: Int32Array;
  edgeClass: Uint8Array;
  edgeTo: Uint16Array | Int32Array;
  /** The words found on entering state s are outs[firstOut[s]] … outs[firstOut[s + 1] - 1]. */
  firstOut: Int32Array;
  outs: Int32Array;
}

/** States this many characters from the root, or fewer, have a full row of next states. */
const DENSE_DEPTH = 2;
const ONE_EDGE_SHIFT = 17;
const ONE_EDGE_TARGET = (1 << ONE_EDGE_SHIFT) - 1;
const NO_EDGES = -1;
const MANY_EDGES = -2;

function buildAutomaton(words: readonly string[]): Automaton {
  // The trie: goto edges, -1 where there is none yet.
  const edges: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const ending: number[][] = [[]];
  // Each state's own edges, which the table below fills in with those of its suffix states.
  const own: Array<Array<[number, number]>> = [[]];
  words.forEach((word, id) => {
    if (word === '' || [...word].some((ch) => ch.charCodeAt(0) >= ALPHABET)) return;
    let state = 0;
    for (const ch of word.toLowerCase()) {
      const c = ch.charCodeAt(0);
      const row = edges[state] ?? [];
      let to = row[c] ?? -1;
      if (to === -1) {
        to = edges.length;
        row[c] = to;
        own[state]?.push([c, to]);
        edges.push(new Array<number>(ALPHABET).fill(-1));
        ending.push([]);
        own.push([]);
      }
      state = to;
    }
    ending[state]?.push(id);
  });
  // Breadth first, each state's missing edges become those of its longest proper suffix state,
  // and it also reports the words that suffix state reports.
  const fail = new Array<number>(edges.length).fill(0);
  const depth = new Array<number>(edges.length).fill(0);
  const reports: number[][] = ending.map((e) => [...e]);
  const queue: number[] = [];
  const root = edges[0] ?? [];
  for (let c = 0; c < ALPHABET; c++) {
    const to = root[c] ?? -1;
    if (to === -1) root[c] = 0;
    else {
      queue.push(to);
      depth[to] = 1;
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const row = edges[state] ?? [];
    const suffixRow = edges[fail[state] ?? 0] ?? [];
    for (let c = 0; c < ALPHABET; c++) {
      const to = row[c] ?? -1;
      if (to === -1) {
        row[c] = suffixRow[c] ?? 0;
        continue;
      }
      const suffix = suffixRow[c] ?? 0;
      fail[to] = suffix;
      depth[to] = (depth[state] ?? 0) + 1;
      reports[to]?.push(...(reports[suffix] ?? []));
      queue.push(to);
    }
  }
  const used = [...new Set(words.flatMap((w) => [...w.toLowerCase()]))]
    .map((ch) => ch.charCodeAt(0))
    .filter((c) => c < ALPHABET)
    .sort((a, b) => a - b);
  const width = used.length + 1;
  const classOf = new Uint8Array(ALPHABET);
  used.forEach((c, k) => {
    classOf[c] = k + 1;
    if (c >= 97 && c <= 122) classOf[c - 32] = k + 1;
  });
  // The states numbered breadth first, the root 0: the shallow states, which a text is in at
  // most of its characters, are the table's, and a suffix state comes before its state.
  const order = [0, ...queue];
  const rank = new Int32Array(edges.length);
  order.forEach((state, r) => (rank[state] = r));
  const dense = order.filter((s) => (depth[s] ?? 0) <= DENSE_DEPTH).length;
  const wide = edges.length * 2 > 0xffff;
  const reporting = reports.map((r) => (r.length > 0 ? 1 : 0));
  const target = (to: number): number => (rank[to] ?? 0) * 2 + (reporting[to] ?? 0);
  // Class 0's column stays 0: a character no word has sends every state back to the root.
  const size = dense * width;
  const next = wide ? new Int32Array(size) : new Uint16Array(size);
  order.slice(0, dense).forEach((s, r) => {
    const row = edges[s] ?? [];
    used.forEach((c, k) => (next[r * width + k + 1] = target(row[c] ?? 0)));
  });
  const deep = new Int32Array(edges.length * 2);
  const firstEdge = new Int32Array(edges.length + 1);
  const edgeClasses: number[] = [];
  const edgeTargets: number[] = [];
  order.forEach((s, r) => {
    firstEdge[r] = edgeClasses.length;
    deep[2 * r + 1] = rank[fail[s] ?? 0] ?? 0;
    const mine = own[s] ?? [];
    const [only] = mine;
    if (r < dense) return;
    if (only === undefined) deep[2 * r] = NO_EDGES;
    else if (mine.length === 1 && target(only[1]) <= ONE_EDGE_TARGET) {
      deep[2 * r] = ((classOf[only[0]] ?? 0) << ONE_EDGE_SHIFT) | target(only[1]);
    } else {
      deep[2 * r] = MANY_EDGES;
      for (const [c, to] of mine) {
        edgeClasses.push(classOf[c] ?? 0);
        edgeTargets.push(target(to));
      }
    }
  });
  firstEdge[edges.length] = edgeClasses.length;
  const firstOut = new Int32Array(edges.length + 1);
  const flat: number[] = [];
  order.forEach((s, r) => {
    firstOut[r] = flat.length;
    flat.push(...new Set(reports[s]));
  });
  firstOut[edges.length] = flat.length;
  return {
    next,
    width,
    dense,
    classOf,
    deep,
    firstEdge,
    edgeClass: Uint8Array.from(edgeClasses),
    edgeTo: wide ? Int32Array.from(edgeTargets) : Uint16Array.from(edgeTargets),
    firstOut,
    outs: Int32Array.from(flat),
  };
}
