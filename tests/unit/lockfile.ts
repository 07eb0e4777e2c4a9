// What `npm ci` needs of package-lock.json (lockfileVersion 3): an entry for every package any
// entry depends on, on every platform, and a root entry that says what package.json says. A lock
// made on one machine can lack another platform's optional packages, and `npm ci` then stops
// with EUSAGE on that platform; package-lock.test.ts runs this on the real lock.

/** One entry of a lock's `packages`, as far as resolving dependencies goes. */
export interface LockEntry {
	version?: string;
	link?: boolean;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** A package-lock.json, version 3: `packages` keyed by install path, "" being the project itself. */
export interface Lockfile {
	lockfileVersion: number;
	packages: Record<string, LockEntry>;
}

/** The dependency fields of package.json that the lock's root entry must repeat. */
export type Manifest = Pick<LockEntry, 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'>;

const MANIFEST_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/**
 * Where Node finds `name` from the package installed at `from`: its own node_modules, then each
 * enclosing package's, up to the project's. Undefined when no entry of the lock is there.
 */
export function resolveInLock(packages: Lockfile['packages'], from: string, name: string): string | undefined {
	let dir = from;
	for (;;) {
		const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
		if (candidate in packages) return candidate;
		if (!dir) return undefined;
		// Up one package: "node_modules/a/node_modules/@s/b" → "node_modules/a".
		const at = dir.lastIndexOf('/node_modules/');
		dir = at === -1 ? '' : dir.slice(0, at);
	}
}

/** The names an entry needs installed: its dependencies, optional ones included, and its required peers. */
function needs(entry: LockEntry, isRoot: boolean): string[] {
	const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
	return [
		...Object.keys(entry.dependencies ?? {}),
		...Object.keys(entry.optionalDependencies ?? {}),
		// Only the project's own devDependencies are installed; a package's never are.
		...(isRoot ? Object.keys(entry.devDependencies ?? {}) : []),
		...peers,
	];
}

/**
 * Every way the lock falls short of what `npm ci` needs, one sentence each, naming the package:
 * a dependency that no entry resolves, and a root entry that differs from package.json. Empty
 * when the lock is complete.
 */
export function lockProblems(lock: Lockfile, manifest: Manifest): string[] {
	const problems: string[] = [];
	if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion is ${lock.lockfileVersion}, not 3: run npm install with npm 9 or later.`);
	const root = lock.packages[''];
	if (!root) return [...problems, 'The lock has no root entry (packages[""]): run npm install.'];
	for (const field of MANIFEST_FIELDS) {
		const wanted = manifest[field] ?? {};
		const locked = root[field] ?? {};
		for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
			if (wanted[name] !== locked[name]) {
				problems.push(`${field}.${name} is ${wanted[name] ?? 'absent'} in package.json but ${locked[name] ?? 'absent'} in the lock: run npm install.`);
			}
		}
	}
	for (const [path, entry] of Object.entries(lock.packages)) {
		// A link's dependencies are listed on the entry of the folder it points to.
		if (entry.link) continue;
		for (const name of needs(entry, path === '')) {
			if (!resolveInLock(lock.packages, path, name)) {
				problems.push(`${name}, needed by ${path || 'the project'}, has no entry: run npm install --package-lock-only.`);
			}
		}
	}
	return problems;
}
