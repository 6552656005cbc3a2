import { writeFileSync } from 'node:fs';
import { buildEventsFile } from '../src/pipeline/buildEventsFile';
import { serializeEventsFile } from '../src/pipeline/serializeEventsFile';
import { loadSeedArticle, loadSeedConfig } from '../tests/unit/pipeline/loadSeedConfig';
const { file } = buildEventsFile([loadSeedArticle()], loadSeedConfig());
writeFileSync(process.argv[2]!, serializeEventsFile(file));
