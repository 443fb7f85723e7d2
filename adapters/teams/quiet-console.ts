// botbuilder reports token failures with console.error (stack traces, even the signing key) before
// throwing. Inside `quietly(...)` such console output is kept out of stderr: the adapter logs one
// JSON line of its own instead. Scoped with AsyncLocalStorage, so concurrent requests are unaffected.
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';

const scope = new AsyncLocalStorage<string[]>();
const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const;
const ours = new WeakSet<object>();

/**
 * Route console output made inside a `quietly` scope to that scope. Checked on every use: whatever
 * replaced a console method since (a test spy, another library) is wrapped again, never lost.
 */
function install(): void {
  for (const method of METHODS) {
    const current = console[method];
    if (ours.has(current)) continue;
    const wrapper = (...args: unknown[]) => {
      const said = scope.getStore();
      if (said) said.push((format(...args).split('\n')[0] ?? '').slice(0, 200));
      else current.apply(console, args);
    };
    ours.add(wrapper);
    console[method] = wrapper;
  }
}

/** Run `work` with its console output captured (first line of each call) instead of printed. */
export async function quietly<T>(work: () => Promise<T>): Promise<{ value: T; said: string[] } | { error: unknown; said: string[] }> {
  install();
  const said: string[] = [];
  return scope.run(said, async () => {
    try {
      return { value: await work(), said };
    } catch (error) {
      return { error, said };
    }
  });
}
