import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  BRAND_COLOR,
  COLOR_ICON_SIZE,
  OUTLINE_ICON_SIZE,
  renderColorIcon,
  renderOutlineIcon,
} from '../../scripts/make-icons';
import {
  bicepOutputs,
  findPlaceholders,
  MANIFEST_VERSION,
  manifestTemplatePath,
  parseEnvFile,
  parseToolkitActions,
  readEnvFile,
  renderManifest,
  repoRoot,
  substitutePlaceholders,
  UndefinedVariableError,
  validateManifest,
  type EnvVars,
} from '../../scripts/manifest';

const template = readFileSync(manifestTemplatePath, 'utf8');
const read = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');

/** Variables that provision writes: `writeToEnvironmentFile` entries and the bicep outputs arm/deploy writes. */
function provisionWrites(): Set<string> {
  const provision = parseToolkitActions(read('teamsapp.yml')).filter((action) => action.lifecycle === 'provision');
  return new Set([...provision.flatMap((action) => action.writes), ...bicepOutputs(read('infra/azure.bicep'))]);
}

/**
 * .env.dev as it reads after `teamsapp provision`: the committed file, with each value that
 * provision writes (and that the file leaves empty) replaced by a sample of the shape Azure,
 * Entra ID and the Developer Portal hand back.
 */
function devEnvAfterProvision(): EnvVars {
  const committed = readEnvFile('dev');
  const written = provisionWrites();
  const filled: Record<string, string> = { ...committed };
  let guid = 0;
  for (const [name, value] of Object.entries(committed)) {
    if (value !== '' || !written.has(name)) continue;
    if (name.endsWith('_DOMAIN')) filled[name] = 'purple-sea-0a1b2c3d4.5.azurestaticapps.net';
    else if (name.endsWith('_ENDPOINT')) filled[name] = 'https://purple-sea-0a1b2c3d4.5.azurestaticapps.net';
    else if (name.endsWith('_ID')) filled[name] = `7d3c1f2e-5a4b-4c6d-9e8f-${String(++guid).padStart(12, '0')}`;
  }
  return filled;
}

describe('env files and placeholders', () => {
  it('parses KEY=VALUE lines, comments, blanks, quotes and empty values', () => {
    const vars = parseEnvFile('# comment\n\nA=1\nB="two words"\nC=\'x\'\nD=\n  E = spaced  \n');
    expect(vars).toEqual({ A: '1', B: 'two words', C: 'x', D: '', E: 'spaced' });
  });

  it('rejects a line that is not KEY=VALUE', () => {
    expect(() => parseEnvFile('A=1\nnot a variable\n')).toThrow(/Line 2/);
  });

  it('substitutes every placeholder, empty values included', () => {
    expect(substitutePlaceholders('${{A}}-${{ B }}-${{A}}${{C}}', { A: 'x', B: 'y', C: '' })).toBe('x-y-x');
  });

  it('rejects a template whose placeholder the environment does not define, naming each one', () => {
    const attempt = (): string => substitutePlaceholders('{"id": "${{TEAMS_APP_ID}}", "x": "${{NOPE}}", "y": "${{ALSO_NOPE}}"}', { TEAMS_APP_ID: 'a' });
    let caught: unknown;
    try {
      attempt();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UndefinedVariableError);
    expect((caught as UndefinedVariableError).variables).toEqual(['NOPE', 'ALSO_NOPE']);
  });

  it('rejects the real manifest when one variable it uses is missing', () => {
    const withoutTabDomain = { ...readEnvFile('local') };
    delete withoutTabDomain.TAB_DOMAIN;
    expect(() => renderManifest(withoutTabDomain)).toThrow(/TAB_DOMAIN/);
  });

  it('uses the toolkit placeholders for ids, endpoints and the name suffix', () => {
    expect(findPlaceholders(template).sort()).toEqual(
      ['AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX', 'BOT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID'].sort(),
    );
  });
});

describe('the Teams app manifest', () => {
  it('uses the newest manifest schema the validator bundles', () => {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
    const bundled = readdirSync(path.join(packageDir, 'build', 'json-schemas', 'teams'))
      .map((dir) => /^v1\.(\d+)$/.exec(dir)?.[1])
      .filter((minor): minor is string => minor !== undefined)
      .map(Number);
    expect(MANIFEST_VERSION).toBe(`1.${Math.max(...bundled)}`);
    const manifest = renderManifest(readEnvFile('local'));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
  });

  it("validates against the bundled schema with env/.env.local's values", async () => {
    const errors = await validateManifest(renderManifest(readEnvFile('local')));
    expect(errors).toEqual([]);
  });

  it("validates against the bundled schema with env/.env.dev's values once provision has filled its ids", async () => {
    const env = devEnvAfterProvision();
    // Everything the manifest reads is either committed in .env.dev or written by provision.
    for (const name of findPlaceholders(template)) expect(env[name], name).not.toBe('');
    expect(await validateManifest(renderManifest(env))).toEqual([]);
  });

  it('fails validation when a value breaks the schema, so the checks above can fail', async () => {
    const broken = renderManifest({ ...readEnvFile('local'), BOT_ID: 'not-a-guid' });
    const errors = await validateManifest(broken);
    expect(errors.some((error) => error.includes('/bots/0/botId'))).toBe(true);
  });

  it('has the personal tab, the chat tab, the bot and the message action', () => {
    const env = readEnvFile('local');
    const manifest = renderManifest(env);
    expect(manifest.name.short).toBe(`Upward${env.APP_NAME_SUFFIX ?? ''}`);
    const home = manifest.staticTabs?.find((tab) => tab.entityId === 'home');
    expect(home).toMatchObject({
      contentUrl: `${env.TAB_ENDPOINT ?? ''}/index.html#/personal`,
      websiteUrl: `${env.TAB_ENDPOINT ?? ''}/index.html#/personal`,
      scopes: ['personal'],
    });
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${env.TAB_ENDPOINT ?? ''}/index.html#/config`,
        canUpdateConfiguration: true,
        scopes: ['groupChat'],
      }),
    ]);
    expect(manifest.bots).toEqual([
      expect.objectContaining({ botId: env.BOT_ID, scopes: ['personal', 'groupChat'], isNotificationOnly: false, supportsFiles: false }),
    ]);
    expect(manifest.validDomains).toEqual([env.TAB_DOMAIN]);
    expect(manifest.webApplicationInfo).toEqual({
      id: env.AAD_APP_CLIENT_ID,
      resource: `api://${env.TAB_DOMAIN ?? ''}/${env.AAD_APP_CLIENT_ID ?? ''}`,
    });
    expect(manifest.accentColor).toBe(BRAND_COLOR);
  });

  it('has "My manager" as its own personal tab, after the home tab', () => {
    const env = readEnvFile('local');
    const tabs = renderManifest(env).staticTabs ?? [];
    expect(tabs.map((tab) => tab.entityId)).toEqual(['home', 'manager', 'about']);
    expect(tabs[1]).toEqual({
      entityId: 'manager',
      name: 'My manager',
      contentUrl: `${env.TAB_ENDPOINT ?? ''}/index.html#/manager`,
      websiteUrl: `${env.TAB_ENDPOINT ?? ''}/index.html#/manager`,
      scopes: ['personal'],
    });
  });

  it('offers "Log in Upward" as a message action that fetches its dialog', () => {
    const manifest = renderManifest(readEnvFile('local'));
    const extensions = manifest.composeExtensions ?? [];
    expect(extensions).toHaveLength(1);
    const commands = extensions[0]?.commands ?? [];
    expect(commands).toEqual([
      expect.objectContaining({
        id: 'logItem',
        type: 'action',
        context: ['message'],
        fetchTask: true,
        title: 'Log in Upward',
        description: 'Log this message as a commitment, a win, an insight about my manager or feedback',
      }),
    ]);
    expect(extensions[0]?.botId).toBe(readEnvFile('local').BOT_ID);
  });
});

describe('the icons', () => {
  const color = PNG.sync.read(readFileSync(path.join(repoRoot, 'appPackage', 'color.png')));
  const outline = PNG.sync.read(readFileSync(path.join(repoRoot, 'appPackage', 'outline.png')));

  it('are the sizes Teams requires', () => {
    expect([color.width, color.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('has an outline that is white on transparent, and nothing else', () => {
    let drawn = 0;
    const notWhite: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) continue;
      drawn++;
      if (outline.data[i] !== 255 || outline.data[i + 1] !== 255 || outline.data[i + 2] !== 255) notWhite.push(i / 4);
    }
    expect(notWhite).toEqual([]);
    // A blank icon would pass the loop above: the mark must be there, and leave room around it.
    expect(drawn).toBeGreaterThan(32 * 32 * 0.1);
    expect(drawn).toBeLessThan(32 * 32 * 0.6);
  });

  it('has a fully opaque colour icon on the brand colour', () => {
    const translucent: number[] = [];
    for (let i = 3; i < color.data.length; i += 4) if (color.data[i] !== 255) translucent.push((i - 3) / 4);
    expect(translucent).toEqual([]);
    const corner = [color.data[0], color.data[1], color.data[2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('');
    expect(`#${corner}`.toUpperCase()).toBe(BRAND_COLOR.toUpperCase());
  });

  it('are exactly what scripts/make-icons.ts draws', () => {
    expect(Buffer.compare(renderColorIcon().data, color.data)).toBe(0);
    expect(Buffer.compare(renderOutlineIcon().data, outline.data)).toBe(0);
  });
});
