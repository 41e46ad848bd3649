import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { repoRoot } from '../../api/src/hosts/local/stack';

/** The Agents Playground's CLI entry (bin `agentsplayground`), run with this Node. */
const CLI = path.join(repoRoot, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** The id of the group chat the playground shows. */
export const PLAYGROUND_CHAT_ID = '19:upward-playground-chat@thread.v2';

/** The playground's chat is named like a 1:1 between the user and their manager, e.g. "Avery and Morgan". */
export function playgroundChatName(user: string, manager: string): string {
  const first = (name: string) => name.split(' ')[0] ?? name;
  return `${first(user)} and ${first(manager)}`;
}

/** A running Agents Playground: its UI address and a stop function. */
export interface Playground {
  readonly url: string;
  stop(): Promise<void>;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function userYaml(indent: string, id: string, name: string): string {
  const objectId = devUserObjectId(name);
  const handle = name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
  return [
    `${indent}id: ${yamlString(id)}`,
    `${indent}name: ${yamlString(name)}`,
    `${indent}userPrincipleName: ${yamlString(`${handle}@upward.local`)}`,
    `${indent}aadObjectId: ${yamlString(objectId)}`,
    `${indent}givenName: ${yamlString(name.split(' ')[0] ?? name)}`,
    `${indent}surname: ${yamlString('Dev')}`,
    `${indent}email: ${yamlString(`${handle}@upward.local`)}`,
  ].join('\n');
}

/**
 * The playground's configuration (its `.m365agentsplayground.yml` schema, version 0.1.1): the
 * signed-in user and the tenant are local dev users of Upward, so what they log in the
 * playground is theirs in the tab and through the API (`GET /dev/token?user=<name>`).
 * The schema wants exactly five other users; the first is the manager.
 */
export function playgroundConfig(user: string, manager: string): string {
  const others = [manager, 'Adele Vance', 'Isaiah Langer', 'Patti Fernandez', 'Lynne Robbins'];
  return [
    'version: "0.1.1"',
    `tenantId: ${yamlString(LOCAL_TENANT_ID)}`,
    'bot:',
    '  id: "28:00000000-0000-4000-8000-0000000000b0"',
    '  name: Upward',
    'currentUser:',
    userYaml('  ', 'user-id-0', user),
    'users:',
    ...others.map((name, index) => userYaml('    ', `user-id-${index + 1}`, name).replace(/^ {4}/, '  - ')),
    'personalChat:',
    '  id: "a:upward-playground-personal"',
    'groupChat:',
    `  id: ${yamlString(PLAYGROUND_CHAT_ID)}`,
    `  name: ${yamlString(playgroundChatName(user, manager))}`,
    'team:',
    '  id: "19:upward-playground-team@thread.tacv2"',
    '  name: Upward',
    '  aadGroupId: "00000000-0000-4000-8000-000000000031"',
    '  channels:',
    '    - id: "19:upward-playground-general@thread.tacv2"',
    '      name: General',
    '',
  ].join('\n');
}

/**
 * Starts the Agents Playground CLI against `endpoint` (Teams channel), signed in as the dev
 * user `user`, with its config and log in `workDir`. Resolves once it listens; the port it
 * reports is used, since the CLI takes another one when `port` is busy.
 */
export async function startPlayground(options: { endpoint: string; port: number; user: string; manager: string; workDir: string; quiet?: boolean }): Promise<Playground> {
  await mkdir(options.workDir, { recursive: true });
  const configPath = path.join(options.workDir, 'm365agentsplayground.yml');
  await writeFile(configPath, playgroundConfig(options.user, options.manager));
  const child = spawn(process.execPath, [CLI, '-e', options.endpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'], {
    cwd: options.workDir,
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(options.workDir, 'm365agentsplayground.log'),
      // The CLI opens a browser unless told not to.
      TEAMSAPPTESTER_BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', options.quiet === true ? 'ignore' : 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`The Agents Playground exited with ${String(code)}: ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
