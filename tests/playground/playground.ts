import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { repoRoot } from '../../api/src/hosts/local/stack';

/** The Agents Playground's CLI entry (bin `agentsplayground`), run with this Node. */
const CLI = path.join(repoRoot, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** The id of the group chat the playground shows. */
export const PLAYGROUND_CHAT_ID = '19:upward-playground-chat@thread.v2';

/** The bot's id in the playground's configuration. */
const BOT_ID = '28:00000000-0000-4000-8000-0000000000b0';

/** The playground's chat is named like a 1:1 between the signed-in user and the other person, e.g. "Avery and Morgan". */
export function playgroundChatName(user: string, partner: string): string {
  const first = (name: string) => name.split(' ')[0] ?? name;
  return `${first(user)} and ${first(partner)}`;
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
 * The schema wants exactly five other users; the first is `partner`, the other person of the
 * 1:1 (the manager when the user is the employee, the employee when the user is the manager).
 */
export function playgroundConfig(user: string, partner: string): string {
  const others = [partner, 'Adele Vance', 'Isaiah Langer', 'Patti Fernandez', 'Lynne Robbins'];
  return [
    'version: "0.1.1"',
    `tenantId: ${yamlString(LOCAL_TENANT_ID)}`,
    'bot:',
    `  id: ${yamlString(BOT_ID)}`,
    '  name: Upward',
    'currentUser:',
    userYaml('  ', 'user-id-0', user),
    'users:',
    ...others.map((name, index) => userYaml('    ', `user-id-${index + 1}`, name).replace(/^ {4}/, '  - ')),
    'personalChat:',
    '  id: "a:upward-playground-personal"',
    'groupChat:',
    `  id: ${yamlString(PLAYGROUND_CHAT_ID)}`,
    `  name: ${yamlString(playgroundChatName(user, partner))}`,
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
 * user `user`, its chat named for `user` and `partner`, with its config and log in `workDir`. Resolves once it listens; the port it
 * reports is used, since the CLI takes another one when `port` is busy.
 */
export async function startPlayground(options: { endpoint: string; port: number; user: string; partner: string; workDir: string; quiet?: boolean }): Promise<Playground> {
  await mkdir(options.workDir, { recursive: true });
  const configPath = path.join(options.workDir, 'm365agentsplayground.yml');
  await writeFile(configPath, playgroundConfig(options.user, options.partner));
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

/** Opens the playground in a fresh browser context, once it is connected to the bot, on its chat (which installs the app there). */
export async function openPlaygroundChat(browser: Browser, playground: Playground, chatName: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(playground.url);
  await page.getByText('Connected.').waitFor();
  await page.getByText(chatName).click();
  return page;
}

/** Types `text` in the chat's compose box and sends it, as the signed-in user. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /Type a message/ }).or(page.getByRole('textbox').first()).first().fill(text);
  await page.keyboard.press('Enter');
  await page.getByText(text, { exact: true }).last().waitFor();
}

/** On the message: … > Action Command, command id "logItem", dialog fetched from the app. Resolves to the open form. */
export async function openLogInUpward(page: Page, text: string): Promise<Locator> {
  await page.getByText(text, { exact: true }).last().hover();
  await page.getByRole('button', { name: 'Show more information' }).last().click();
  await page.getByRole('menuitem', { name: 'Action Command' }).click();
  const options = page.getByRole('dialog');
  await options.getByRole('textbox').fill('logItem');
  await options.getByRole('radio', { name: /Adaptive Cards/ }).check();
  await options.getByRole('button', { name: 'Create' }).click();
  const form = page.getByRole('dialog');
  await form.getByText('From a message by').waitFor();
  return form;
}

/**
 * The playground's "Mock an Activity > Add user": it opens the conversationUpdate Teams sends when
 * someone joins a chat, in an editor, for a made-up user. Here the activity is rewritten to name
 * `member` (the playground's partner, its `user-id-1`) as added by `by` (the signed-in user), and sent. The playground's own install names only the
 * signed-in user (as Teams does), so this is how the chat's roster gets its second person.
 */
export async function addChatMember(page: Page, playground: Playground, by: string, member: string): Promise<void> {
  await page.getByText('Mock an Activity').click();
  await page.getByText('Add user', { exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const activity = {
    type: 'conversationUpdate',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: `${playground.url}/_connector`,
    recipient: { id: BOT_ID, name: 'Upward' },
    conversation: { id: PLAYGROUND_CHAT_ID, isGroup: true, conversationType: 'groupChat', tenantId: LOCAL_TENANT_ID },
    from: { id: 'user-id-0', aadObjectId: devUserObjectId(by), name: by },
    membersAdded: [{ id: 'user-id-1', aadObjectId: devUserObjectId(member), name: member }],
    channelData: { tenant: { id: LOCAL_TENANT_ID }, eventType: 'membersAdded' },
  };
  // Typed into the editor as one input, so its bracket and quote completion does not add any.
  await page.keyboard.insertText(JSON.stringify(activity));
  await dialog.getByRole('button', { name: 'Send activity' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
