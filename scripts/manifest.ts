import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils, TeamsManifestConverter, type TeamsManifest } from '@microsoft/app-manifest';

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

/** Renders the manifest template with `vars` and parses it; runtime type checks come from @microsoft/app-manifest. */
export function renderManifest(vars: EnvVars, template: string = readFileSync(manifestTemplatePath, 'utf8')): TeamsManifest {
  return TeamsManifestConverter.jsonToManifest(substitutePlaceholders(template, vars));
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
