// The real server (adapters/main.ts through tsx) as a child process on loopback ports, Teams in
// local mode, ready once its admin /readyz answers: what the crash and signal suites start, stop
// and start again on the same DATA_DIR.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RealServer {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** The exit code once the process has gone. */
  exited: Promise<number | null>;
}

export interface RealServerOptions {
  dataDir: string;
  port: number;
  adminPort: number;
  /** LOG_LEVEL of the child. */
  logLevel: string;
  /** How long it may take to be ready. */
  readyWithinMs: number;
  /** More variables (Slack credentials, …). */
  env?: Record<string, string>;
  /** Every child started goes here as soon as it is spawned, so a suite can kill what it left. */
  children: ChildProcess[];
}

export async function startRealServer(options: RealServerOptions): Promise<RealServer> {
  const { port, adminPort } = options;
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    PORT: String(port),
    ADMIN_PORT: String(adminPort),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    TEAMS_LOCAL: '1',
    KNOWLEDGE_WATCH: '0',
    LOG_LEVEL: options.logLevel,
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env,
    cwd: process.cwd(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  options.children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const end = Date.now() + options.readyWithinMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (
      await fetch(`http://127.0.0.1:${adminPort}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base: `http://127.0.0.1:${port}`, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not ready within ${options.readyWithinMs / 1000} s`);
}
