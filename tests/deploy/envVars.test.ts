import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bicepOutputs, findPlaceholders, parseToolkitActions, readEnvFile, repoRoot, type ToolkitAction } from '../../scripts/manifest';

const read = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');
const actions = parseToolkitActions(read('teamsapp.yml'));
const dev = readEnvFile('dev');

// The toolkit asks for these (or, for RESOURCE_SUFFIX, generates one) before the first action runs.
const ASKED_BEFORE_PROVISION = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX'];
// Written by actions without a writeToEnvironmentFile entry (see the toolkit's action reference).
const IMPLICIT_WRITES: Record<string, readonly string[]> = {
  'teamsApp/create': ['TEAMS_APP_TENANT_ID'],
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};

/** Everything an action writes to the env file: its writeToEnvironmentFile map, implicit outputs, bicep outputs. */
function writesOf(action: ToolkitAction): string[] {
  const bicepTemplates = action.uses === 'arm/deploy' ? action.files.filter((file) => file.endsWith('.bicep')) : [];
  return [...action.writes, ...(IMPLICIT_WRITES[action.uses] ?? []), ...bicepTemplates.flatMap((file) => bicepOutputs(read(file)))];
}

/** Placeholders an action reads: in its own text and in the files it renders. */
function readsOf(action: ToolkitAction): string[] {
  const renderedFiles = action.files.filter((file) => !file.endsWith('.bicep'));
  return [...new Set([...findPlaceholders(action.text), ...renderedFiles.flatMap((file) => findPlaceholders(read(file)))])];
}

describe('teamsapp.yml', () => {
  it('has provision, deploy and publish lifecycles with the expected actions', () => {
    const uses = (lifecycle: string): string[] => actions.filter((action) => action.lifecycle === lifecycle).map((action) => action.uses);
    expect(uses('provision')).toEqual(
      expect.arrayContaining(['teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'azureStaticWebApps/getDeploymentToken', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']),
    );
    expect(uses('provision').indexOf('arm/deploy')).toBeLessThan(uses('provision').indexOf('aadApp/update'));
    expect(uses('deploy')).toEqual(expect.arrayContaining(['cli/runNpmCommand', 'cli/runNpxCommand', 'azureFunctions/zipDeploy']));
    expect(uses('publish')).toEqual(expect.arrayContaining(['teamsApp/zipAppPackage', 'teamsApp/publishAppPackage']));
  });

  it('renders the manifests, the ARM parameters and the bicep it is meant to', () => {
    const files = new Set(actions.flatMap((action) => action.files));
    for (const file of ['./appPackage/manifest.json', './aad.manifest.json', './infra/azure.bicep', './infra/azure.parameters.json']) expect(files).toContain(file);
  });

  it('builds the tab and the API with the npm scripts that exist', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const npmRuns = actions.flatMap((action) => [...action.text.matchAll(/args: run (\S+)/g)].map((match) => match[1] ?? ''));
    expect(npmRuns).toEqual(expect.arrayContaining(['build:tab', 'build:api']));
    for (const script of npmRuns) expect(Object.keys(scripts)).toContain(script);
  });
});

describe('env variables', () => {
  it('every ${{VAR}} an action reads is set by env/.env.dev or an earlier action', () => {
    const committed = Object.entries(dev).filter(([, value]) => value !== '').map(([name]) => name);
    const provisionWrites = actions.filter((action) => action.lifecycle === 'provision').flatMap(writesOf);
    const unavailable: string[] = [];
    let available = new Set([...committed, ...ASKED_BEFORE_PROVISION]);
    let lifecycle = 'provision';
    for (const action of actions) {
      if (action.lifecycle !== lifecycle) {
        // deploy and publish run after provision has written its values to the env files.
        lifecycle = action.lifecycle;
        available = new Set([...committed, ...ASKED_BEFORE_PROVISION, ...provisionWrites]);
      }
      const selfWrites = IMPLICIT_WRITES[action.uses] ?? [];
      for (const name of readsOf(action)) {
        if (!available.has(name) && !selfWrites.includes(name)) unavailable.push(`${action.lifecycle} ${action.uses}: ${name}`);
      }
      for (const name of writesOf(action)) available.add(name);
    }
    expect(unavailable).toEqual([]);
  });

  it('every ${{VAR}} in the manifests and ARM parameters is declared in env/.env.dev or written by provision', () => {
    const written = new Set(actions.flatMap(writesOf));
    const used = ['teamsapp.yml', 'appPackage/manifest.json', 'aad.manifest.json', 'infra/azure.parameters.json'].flatMap((file) => findPlaceholders(read(file)));
    expect(used.length).toBeGreaterThan(10);
    expect([...new Set(used)].filter((name) => !(name in dev) && !written.has(name))).toEqual([]);
  });

  it('leaves empty in env/.env.dev only what the toolkit fills in', () => {
    const filled = new Set([...ASKED_BEFORE_PROVISION, ...actions.flatMap(writesOf)]);
    const empty = Object.entries(dev).filter(([, value]) => value === '').map(([name]) => name);
    expect(empty.filter((name) => !filled.has(name))).toEqual([]);
  });

  it('declares every bicep output in env/.env.dev, so the committed file lists what provision writes', () => {
    expect(bicepOutputs(read('infra/azure.bicep')).filter((name) => !(name in dev))).toEqual([]);
  });

  it('keeps secrets out of committed env files: SECRET_ values belong in env/.env.<env>.user', () => {
    for (const envName of ['dev', 'local']) {
      const secrets = Object.keys(readEnvFile(envName)).filter((name) => name.startsWith('SECRET_'));
      expect(secrets, envName).toEqual([]);
    }
    const secretWrites = actions.flatMap((action) => action.writes).filter((name) => /SECRET|PASSWORD|TOKEN/i.test(name));
    expect(secretWrites.filter((name) => !name.startsWith('SECRET_'))).toEqual([]);
  });

  it('gives env/.env.local fixed, well-formed ids and the local endpoints', () => {
    const local = readEnvFile('local');
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    for (const name of ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'BOT_ID']) expect(local[name], name).toMatch(guid);
    expect(local).toMatchObject({
      TAB_ENDPOINT: 'http://localhost:53000',
      TAB_DOMAIN: 'localhost:53000',
      API_ENDPOINT: 'http://localhost:7071',
    });
  });
});
