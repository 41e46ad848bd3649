import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { repoRoot } from '../../api/src/hosts/local/stack';

/** A command from the README (`npm start`, `npm run playground`) running in a process group of its own. */
export interface NpmCommand {
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the match once its output matches `pattern`; rejects if it exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /**
   * Stops the whole process tree: SIGTERM to the group (as Ctrl-C reaches every process of a
   * terminal's job), SIGKILL to what is left after 15 s. Resolves to the processes that had not
   * stopped on SIGTERM, so a test can insist there are none.
   */
  stop(): Promise<string[]>;
}

/** The group's processes that still run (zombies excluded: they hold no port and no file), as `pid comm` lines. */
async function livingProcessesInGroup(groupId: number): Promise<string[]> {
  const living: string[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ")".
    const close = stat.lastIndexOf(')');
    const [state, , group] = stat.slice(close + 2).split(' ');
    if (group === String(groupId) && state !== 'Z') living.push(`${entry} ${stat.slice(stat.indexOf('(') + 1, close)}`);
  }
  return living;
}

async function waitUntilGone(groupId: number, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let living = await livingProcessesInGroup(groupId);
  while (living.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    living = await livingProcessesInGroup(groupId);
  }
  return living;
}

function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Runs `npm <args>` in the repository root, exactly as a developer types it, with `env` set on top of this process's (undefined: unset). */
export function runNpm(args: readonly string[], env: Readonly<Record<string, string | undefined>>): NpmCommand {
  const unset = new Set(Object.keys(env).filter((name) => env[name] === undefined));
  const childEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([name]) => !unset.has(name)));
  // detached: the command leads a new process group, so the test can stop every process it starts.
  const child = spawn('npm', [...args], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const groupId = child.pid;
  if (groupId === undefined) throw new Error(`npm ${args.join(' ')} did not start`);
  let printed = '';
  let exited: string | undefined;
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    printed += chunk.toString();
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.once('exit', (code, signal) => {
    exited = `exited with ${String(code ?? signal)}`;
    listeners.forEach((listener) => listener());
  });

  return {
    output: () => printed,
    waitFor(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`npm ${args.join(' ')} printed no ${String(pattern)} within ${timeoutMs} ms:\n${printed}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(printed);
          if (match !== null) finish(match);
          else if (exited !== undefined) finish(new Error(`npm ${args.join(' ')} ${exited} before printing ${String(pattern)}:\n${printed}`));
        };
        function finish(result: RegExpExecArray | Error) {
          clearTimeout(timer);
          listeners.delete(check);
          if (result instanceof Error) reject(result);
          else resolve(result);
        }
        listeners.add(check);
        check();
      });
    },
    async stop() {
      signalGroup(groupId, 'SIGTERM');
      const left = await waitUntilGone(groupId, 15_000);
      if (left.length === 0) return [];
      signalGroup(groupId, 'SIGKILL');
      await waitUntilGone(groupId, 5_000);
      return left;
    },
  };
}
