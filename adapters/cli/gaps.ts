// `npm run gaps`: prints the gap report (unanswered questions, 👎 by section, most-missed quiz
// items) as markdown, from the configured store (SQLite under DATA_DIR, or REDIS_URL) and notes.
import { parseArgs } from 'node:util';
import { gapsReport, isKafkaBotError, loadConfig, loadKnowledge, openStore } from '../../src/index.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { knowledge: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('usage: npm run gaps [-- --knowledge DIR]   (store: DATA_DIR or REDIS_URL)\n');
    return;
  }
  const config = loadConfig();
  if (values.knowledge) config.knowledgeDir = values.knowledge;
  const knowledge = await loadKnowledge(config.knowledgeDir);
  const store = await openStore(config);
  try {
    process.stdout.write(await gapsReport(store, knowledge, Date.now()));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`gaps: ${isKafkaBotError(error) ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
