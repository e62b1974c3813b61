/**
 * The import graph of lib/, components/ and entrypoints/: no circles (type imports count too: a
 * circle of types is still two files that cannot be read apart), and nothing in lib/ imports a
 * view or an entrypoint, so the logic runs and is tested without them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['lib', 'components', 'entrypoints'];
/** `import … from './x'`, `export … from './x'`, `import './x'`, `import('./x')`: relative ones only. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)[^'"]*['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (p) => /\.tsx?$/.test(p) && existsSync(p),
  );
}

const files = FOLDERS.flatMap((f) => sources(join(ROOT, f)));
/** File → the files it imports, by the imports `pattern` finds (its first group is the path). */
const graphOf = (pattern: RegExp) =>
  new Map(
    files.map((file) => [
      relative(ROOT, file),
      [...readFileSync(file, 'utf8').matchAll(pattern)].flatMap((m) => {
        const target = resolveImport(file, m[1]!);
        return target ? [relative(ROOT, target)] : [];
      }),
    ]),
  );
const graph = graphOf(IMPORT);

/** Every circle, once, as the list of files around it. */
function circles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Imports that bring code along (not `import type`): what a bundle holds. */
const VALUE_IMPORT = /\b(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"?]+)[^'"]*['"]/g;
const valueGraph = graphOf(VALUE_IMPORT);

/** Every file `from` brings into its bundle. */
function bundled(from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const next of valueGraph.get(f) ?? []) visit(next);
  };
  visit(from);
  return seen;
}

/** Circles known and to be broken where they are (then removed here): none. */
const KNOWN_CIRCLES = new Set<string>();

describe('import graph', () => {
  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('entrypoints/background/index.ts')).toContain('lib/messaging.ts');
  });

  it('has no import circles', () => {
    expect(
      circles()
        .map((c) => c.join(' → '))
        .filter((c) => !KNOWN_CIRCLES.has(c)),
    ).toEqual([]);
  });

  it('keeps lib/ free of views and entrypoints', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith('lib/') ? targets.filter((t) => !t.startsWith('lib/')).map((t) => `${file} → ${t}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it("keeps the matcher and the knowledge base out of the content script's bundle (it spots through the background)", () => {
    const content = bundled('entrypoints/content/index.tsx');
    expect(content.has('lib/page/annotate.ts')).toBe(true);
    expect(
      [...content].filter((f) =>
        /^lib\/(matcher\/(matcher|spot|context|introduced|evidence-words|artefact|trie)|kb\/(service|db))\.ts$/.test(f),
      ),
    ).toEqual([]);
  });
});
