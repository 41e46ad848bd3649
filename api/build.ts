import path from 'node:path';
import { build } from 'esbuild';

const apiDir = import.meta.dirname;

// One self-contained bundle: the Function App gets api/ with package.json, host.json and dist/.
await build({
  entryPoints: [path.join(apiDir, 'src', 'hosts', 'azure', 'functions.ts')],
  outfile: path.join(apiDir, 'dist', 'functions.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: true,
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Provided by the Functions worker at run time, never installed.
  external: ['@azure/functions-core'],
  logLevel: 'info',
});
