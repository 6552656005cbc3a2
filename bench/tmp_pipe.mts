import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { curationSchema } from '../src/pipeline/curationSchema.ts';
import { knownEventsFileSchema } from '../src/pipeline/knownEventSchema.ts';
import { buildEventsFile } from '../src/pipeline/buildEventsFile.ts';
import { makeArticles } from './makeArticles.ts';
const config = {
  knownEvents: knownEventsFileSchema.parse(JSON.parse(readFileSync('seeds/known-events.json', 'utf8'))).events,
  curation: curationSchema.parse(JSON.parse(readFileSync('seeds/curation.json', 'utf8'))),
};
const n = Number(process.argv[2] ?? 1000);
const corpus = makeArticles(n);
buildEventsFile(corpus.slice(0, 100), config);
const times = [];
for (let i = 0; i < Number(process.argv[3] ?? 5); i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = buildEventsFile(corpus, config);
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  console.log(n, (performance.now() - t0).toFixed(0), 'ms', ((c.user + c.system) / 1000).toFixed(0), 'cpu', r.file.events.length);
}
console.log('best', Math.min(...times).toFixed(0), (n / Math.min(...times) * 1000).toFixed(0), '/s');
