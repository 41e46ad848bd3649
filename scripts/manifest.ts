import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils, TeamsManifestConverter, type TeamsManifest, type TeamsManifestLatest } from '@microsoft/app-manifest';

/** The repository root, for reading the app package, env files and infra. */
export const repoRoot = path.resolve(import.meta.dirname, '..');

/** Variables of one toolkit environment file, in file order. */
export type EnvVars = Readonly<Record<string, string>>;

/** Raised when a template uses `${{NAME}}` placeholders the environment does not define; names each one. */
export class UndefinedVariableError extends Error {
  constructor(readonly variables: readonly string[]) {
    super(`Undefined variables: ${variables.join(', ')}`);
    this.name = 'UndefinedVariableError';
  }
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Parses a toolkit env file (`env/.env.<name>`): `KEY=VALUE` lines, `#` comments, blank lines.
 * Values may be wrapped in single or double quotes; an empty value is a declared variable.
 */
export function parseEnvFile(text: string): EnvVars {
  const vars: Record<string, string> = {};
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match === null) throw new Error(`Line ${index + 1} is not KEY=VALUE: ${rawLine}`);
    const [, key = '', rawValue = ''] = match;
    const quoted = /^(["'])(.*)\1$/.exec(rawValue);
    vars[key] = quoted === null ? rawValue : (quoted[2] ?? '');
  }
  return vars;
}

/** Reads and parses `env/.env.<envName>` under `root`. */
export function readEnvFile(envName: string, root: string = repoRoot): EnvVars {
  return parseEnvFile(readFileSync(path.join(root, 'env', `.env.${envName}`), 'utf8'));
}

/** The distinct `${{NAME}}` placeholders in a template, in order of first use. */
export function findPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every `${{NAME}}` with its value, as the toolkit does before it zips or deploys.
 * Throws {@link UndefinedVariableError} naming every placeholder the variables do not define,
 * rather than shipping a literal `${{NAME}}` to Teams or Azure.
 */
export function substitutePlaceholders(template: string, vars: EnvVars): string {
  const missing = findPlaceholders(template).filter((name) => !Object.hasOwn(vars, name));
  if (missing.length > 0) throw new UndefinedVariableError(missing);
  return template.replace(PLACEHOLDER, (_match, name: string) => vars[name] ?? '');
}

/** Path of the app package's manifest template. */
export const manifestTemplatePath = path.join(repoRoot, 'appPackage', 'manifest.json');

/** The manifest version the app package targets: the newest one @microsoft/app-manifest bundles a schema for. */
export const MANIFEST_VERSION = '1.30';

/**
 * Renders the manifest template with `vars` and parses it; runtime type checks come from
 * @microsoft/app-manifest. Throws unless the manifest targets {@link MANIFEST_VERSION}.
 */
export function renderManifest(vars: EnvVars, template: string = readFileSync(manifestTemplatePath, 'utf8')): TeamsManifestLatest {
  const manifest = TeamsManifestConverter.jsonToManifest(substitutePlaceholders(template, vars));
  if (manifest.manifestVersion !== MANIFEST_VERSION) throw new Error(`Expected manifest version ${MANIFEST_VERSION}, got ${manifest.manifestVersion}`);
  return manifest;
}

const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+)\/MicrosoftTeams\.schema\.json$/;

/** Loads the manifest's JSON schema from the copy bundled in @microsoft/app-manifest, so validation never needs the network. */
export function loadBundledSchema(schemaUrl: string): Parameters<typeof AppManifestUtils.validateAgainstSchema>[1] {
  const version = SCHEMA_URL.exec(schemaUrl)?.[1];
  if (version === undefined) throw new Error(`Not a Teams manifest schema URL: ${schemaUrl}`);
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  const schemaPath = path.join(path.dirname(packageJson), 'build', 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  // The published schemas contain `\a` and `\v` escapes that JSON.parse rejects; the package cleans them the same way.
  return JSON.parse(readFileSync(schemaPath, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** Validates a rendered manifest against its own `$schema`, offline; returns the errors, empty when valid. */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  if (manifest.$schema === undefined) return ['/$schema is missing'];
  return AppManifestUtils.validateAgainstSchema(manifest, loadBundledSchema(manifest.$schema));
}

/** One action of a teamsapp.yml lifecycle, as far as the env variables it reads and writes. */
export interface ToolkitAction {
  readonly lifecycle: string;
  readonly uses: string;
  /** The action's own lines, comments removed: where its `${{VAR}}` placeholders are. */
  readonly text: string;
  /** Env variable names the action writes through `writeToEnvironmentFile`. */
  readonly writes: readonly string[];
  /** Files the action renders with env variables (manifests, ARM templates and parameters), as written. */
  readonly files: readonly string[];
}

const LIFECYCLES = new Set(['provision', 'deploy', 'publish']);

/**
 * Lists the actions of a teamsapp.yml in run order. This reads the block layout the toolkit's
 * own templates use (`  - uses:` items, `writeToEnvironmentFile:` maps), not YAML in general.
 */
export function parseToolkitActions(yamlText: string): ToolkitAction[] {
  interface Draft { lifecycle: string; uses: string; lines: string[]; writes: string[]; files: string[]; inWrites: boolean }
  const actions: ToolkitAction[] = [];
  let lifecycle: string | undefined;
  let draft: Draft | undefined;
  const flush = (): void => {
    if (draft !== undefined) actions.push({ lifecycle: draft.lifecycle, uses: draft.uses, text: draft.lines.join('\n'), writes: draft.writes, files: draft.files });
    draft = undefined;
  };
  for (const rawLine of yamlText.split(/\r?\n/)) {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const topLevel = /^([A-Za-z][\w]*):/.exec(line);
    if (topLevel !== null) {
      flush();
      lifecycle = LIFECYCLES.has(topLevel[1] ?? '') ? topLevel[1] : undefined;
      continue;
    }
    if (lifecycle === undefined) continue;
    const start = /^ {2}- uses:\s*(\S+)$/.exec(line);
    if (start !== null) {
      flush();
      draft = { lifecycle, uses: start[1] ?? '', lines: [line], writes: [], files: [], inWrites: false };
      continue;
    }
    if (draft === undefined) throw new Error(`Line outside any action in ${lifecycle}: ${rawLine}`);
    draft.lines.push(line);
    const indent = line.length - line.trimStart().length;
    if (indent <= 4) draft.inWrites = /^ {4}writeToEnvironmentFile:$/.test(line);
    else if (draft.inWrites) {
      const entry = /^\s+\w+:\s*([A-Za-z_][A-Za-z0-9_]*)$/.exec(line);
      if (entry === null) throw new Error(`Unreadable writeToEnvironmentFile entry: ${rawLine}`);
      draft.writes.push(entry[1] ?? '');
    }
    const file = /^\s+(?:- )?(?:manifestPath|path|parameters):\s*(\S+)$/.exec(line);
    if (file !== null) draft.files.push(file[1] ?? '');
  }
  flush();
  return actions;
}

/** The names of a bicep template's outputs: arm/deploy writes each one to the env file under that name. */
export function bicepOutputs(bicepText: string): string[] {
  return [...bicepText.matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((match) => match[1] ?? '');
}
