// A separate process driving the real SqliteStore (compiled JS, path in argv) for the durability
// tests: `quiz` answers part of a quiz then waits to be killed; `race` answers every question of a
// shared session as fast as it can, racing other processes, and reports how each answer went.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [modulePath, file, mode, sessionId, countText] = process.argv.slice(2);
const { SqliteStore } = await import(pathToFileURL(modulePath).href);
const store = new SqliteStore({ file });
await store.init();
const count = Number(countText);

const answer = (session, index) => ({
  sessionId,
  userId: session.userId,
  index,
  itemId: session.itemIds[index],
  choice: index % 2 === 0 ? 'O' : 'X',
  correct: index % 2 === 0,
  at: 1_000 + index,
});

if (mode === 'quiz') {
  const now = Date.now();
  const itemIds = ['a', 'b', 'c', 'd', 'e'];
  const session = { id: sessionId, userId: 'u1', itemIds, current: 0, mode: 'quiz', startedAt: now, updatedAt: now, answers: [] };
  await store.createSession(session);
  for (let i = 0; i < count; i++) {
    const outcome = await store.recordAnswer(answer(session, i));
    console.log(`recorded ${i + 1} ${outcome.status}`);
  }
  setInterval(() => {}, 60_000); // stay alive, holding the database open, until killed
} else if (mode === 'race') {
  const session = await store.getSession(sessionId);
  console.log('ready');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line === 'go') break;
  const statuses = {};
  for (let i = 0; i < count; i++) {
    const { status } = await store.recordAnswer(answer(session, i));
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  console.log(`done ${JSON.stringify(statuses)}`);
  await store.close();
  process.exit(0);
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
