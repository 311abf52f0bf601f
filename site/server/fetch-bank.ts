/**
 * The build's first step, in a process of its own so that the bank's memory is given back before
 * Astro starts: the whole knowledge bank read from the CMS once, and written into the release
 * (release-data.ts) for the steps after it. `node server/fetch-bank.ts <release folder>`.
 */
import { fetchKnowledgeBank } from '../src/lib/cms.ts';
import { releaseData } from './release-data.ts';
import { siteSettings } from './settings.ts';

const releaseDir = process.argv[2];
if (!releaseDir) throw new Error('Ange versionens mapp.');
const data = releaseData(releaseDir, siteSettings());
data.finish(await fetchKnowledgeBank({}, (questions) => data.add(questions)));
