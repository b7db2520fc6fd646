/**
 * Fails when package-lock.json would install a package whose `engines.node` excludes the oldest
 * Node.js that Jianyan promises to run on (the minimum of the root package.json `engines.node`,
 * 20.19.0 today). npm only prints an EBADENGINE warning for such a package and installs it
 * anyway; cookie 2, content-disposition 3 and nanoid 6 (Node >= 22 only) slipped in that way and
 * are now held back by the `overrides` in package.json. Run first by `npm run check`.
 *
 * Dev dependencies are checked too, not exempted: CI (.ci/run) installs and runs them on Node 20.
 *
 * semver is a dev dependency of the root (it was in the tree already, through fastify).
 * The test below is the one npm itself applies (npm-install-checks: satisfies, includePrerelease).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/**
 * The packages in a lockfile (v2/v3 `packages` map) whose engines.node does not admit `node`.
 * @param {{ packages?: Record<string, { version?: string, engines?: unknown }> }} lockfile
 * @param {string} node a Node.js version, e.g. "20.19.0"
 * @returns {{ path: string, version: string, engines: string }[]}
 */
export function nodeEngineConflicts(lockfile, node) {
  const conflicts = [];
  for (const [path, entry] of Object.entries(lockfile.packages ?? {})) {
    // "" is the root project; workspace links carry no version of their own.
    if (path === '' || !entry.version) {
      continue;
    }
    const range = nodeRange(entry.engines);
    // An unparsable range fails too: npm treats it as unsatisfied and warns.
    if (range !== undefined && !semver.satisfies(node, range, { includePrerelease: true })) {
      conflicts.push({ path, version: entry.version, engines: range });
    }
  }
  return conflicts;
}

/** engines.node when it is given; some very old packages use an array form with no node key. */
function nodeRange(engines) {
  if (engines && typeof engines === 'object' && !Array.isArray(engines)) {
    const node = /** @type {Record<string, unknown>} */ (engines).node;
    return typeof node === 'string' ? node : undefined;
  }
  return undefined;
}

function main() {
  const root = new URL('../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const lockfile = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
  const oldest = semver.minVersion(pkg.engines.node)?.version;
  if (!oldest) {
    throw new Error(`package.json engines.node is not a valid range: ${pkg.engines.node}`);
  }
  const conflicts = nodeEngineConflicts(lockfile, oldest);
  for (const c of conflicts) {
    const name = c.path.replace(/^.*node_modules\//, '');
    console.error(`${name}@${c.version} (${c.path}) requires node "${c.engines}", not ${oldest}`);
  }
  if (conflicts.length > 0) {
    console.error(
      `\n${conflicts.length} package(s) in package-lock.json do not support Node.js ${oldest} ` +
        `(package.json engines.node "${pkg.engines.node}"). Pin an older release or add an ` +
        `override in package.json, then check with \`npm ls <name>\`.`,
    );
    process.exit(1);
  }
  console.log(`package-lock.json: every package supports Node.js ${oldest}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
