import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lockProblems, resolveInLock, type Lockfile, type Manifest } from './lockfile.ts';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

/** A small lock's packages: the project needs a, and whatever else a test adds. */
const small = (packages: Lockfile['packages']): Lockfile['packages'] => ({ '': { dependencies: { a: '^1.0.0' } }, ...packages });

describe('package-lock.json', () => {
	test('has an entry for every package any entry needs, on every platform, and a root entry matching package.json', () => {
		expect(lockProblems(lock, manifest)).toEqual([]);
	});

	test('would be reported incomplete without one platform\'s optional package, by that package\'s name', () => {
		const name = '@astrojs/compiler-binding-darwin-arm64';
		expect(lock.packages[`node_modules/${name}`], 'the lock should hold the binding this test removes').toBeDefined();
		const { [`node_modules/${name}`]: _removed, ...rest } = lock.packages;
		expect(lockProblems({ ...lock, packages: rest }, manifest)).toEqual([
			`${name}, needed by node_modules/@astrojs/compiler-binding, has no entry: run npm install --package-lock-only.`,
		]);
	});

	test('would be reported stale when package.json gains a devDependency the lock has not recorded', () => {
		const added = { ...manifest, devDependencies: { ...manifest.devDependencies, 'left-pad': '^1.3.0' } };
		expect(lockProblems(lock, added)).toEqual([
			'devDependencies.left-pad is ^1.3.0 in package.json but absent in the lock: run npm install.',
		]);
	});
});

describe('resolving a dependency in a lock', () => {
	test('finds a package in its own node_modules first, then each enclosing package\'s, then the top', () => {
		const packages = small({
			'node_modules/a': {},
			'node_modules/a/node_modules/@s/b': {},
			'node_modules/a/node_modules/@s/b/node_modules/c': {},
			'node_modules/d': {},
		});
		expect(resolveInLock(packages, 'node_modules/a/node_modules/@s/b', 'c')).toBe('node_modules/a/node_modules/@s/b/node_modules/c');
		expect(resolveInLock(packages, 'node_modules/a/node_modules/@s/b', '@s/b')).toBe('node_modules/a/node_modules/@s/b');
		expect(resolveInLock(packages, 'node_modules/a/node_modules/@s/b', 'd')).toBe('node_modules/d');
		expect(resolveInLock(packages, 'node_modules/d', 'c')).toBeUndefined();
	});

	test('reports a missing optional dependency and a missing required peer, but not a missing optional peer', () => {
		const packages = small({
			'node_modules/a': {
				optionalDependencies: { 'a-linux': '1.0.0' },
				peerDependencies: { p: '*', q: '*' },
				peerDependenciesMeta: { q: { optional: true } },
			},
		});
		expect(lockProblems({ lockfileVersion: 3, packages }, { dependencies: { a: '^1.0.0' } })).toEqual([
			'a-linux, needed by node_modules/a, has no entry: run npm install --package-lock-only.',
			'p, needed by node_modules/a, has no entry: run npm install --package-lock-only.',
		]);
	});

	test('does not ask for the devDependencies of an installed package, which npm never installs', () => {
		const packages = small({ 'node_modules/a': { devDependencies: { vitest: '*' } } });
		expect(lockProblems({ lockfileVersion: 3, packages }, { dependencies: { a: '^1.0.0' } })).toEqual([]);
	});
});
