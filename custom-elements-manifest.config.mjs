// Custom Elements Manifest: tags, attributes, properties, events, parts and CSS
// properties from the elements' doc comments; from it, editors' data for hosts
// (dist/vscode.*-custom-data.json for VS Code, dist/web-types.json for JetBrains IDEs).
import { readdirSync, readFileSync } from 'node:fs';
import { editorDataPlugins } from './scripts/cem-editor-data.mjs';
import { resolvedUnionsPlugin } from './scripts/cem-resolved-unions.mjs';

/**
 * Every public token with its default and use, from docs/theming.md's table (a test keeps
 * that table equal to the tokens the styles read): `[name, default, description]`.
 */
function themingTokens() {
  const table = readFileSync(new URL('docs/theming.md', import.meta.url), 'utf8');
  return [...table.matchAll(/^\|\s*`(--hw-[\w-]+)`\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/gm)].map(
    // A token that falls back to another says so as CSS would: var(--hw-…).
    ([, name, fallback, use]) => [name, fallback.replace(/`/g, '').replace(/^(--hw-[\w-]+)$/, 'var($1)'), use],
  );
}

/**
 * Each event's class, from the classes that dispatch it (`class HwXEvent … super('hw-x'`),
 * with the module that exports it: `{ 'hw-x': { text, module } }`.
 */
function eventClasses() {
  const classes = {};
  const src = new URL('src/', import.meta.url);
  for (const file of readdirSync(src, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, src), 'utf8');
    for (const [, name, body] of text.matchAll(/export class (Hw\w+Event) extends Event \{([\s\S]*?)\n\}/g)) {
      const event = /super\('(hw-[\w-]+)'/.exec(body)?.[1];
      if (event) classes[event] = { text: name, module: `dist/esm/${file.replace(/\.ts$/, '.js')}` };
    }
  }
  return classes;
}

/** Tokens only one element reads; every other token applies to every element (tokens.ts). */
const OWN_TOKENS = { '--hw-review-list-height': 'hw-review-panel' };

export default {
  globs: ['src/elements/**/*.ts'],
  litelement: true,
  plugins: [
    // First, while module paths still name the sources it reads the types from.
    resolvedUnionsPlugin(),
    {
      name: 'typed-events',
      // @fires names an event; a host's editor and framework types need its class.
      packageLinkPhase({ customElementsManifest }) {
        const classes = eventClasses();
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            for (const event of declaration.events ?? []) {
              const type = classes[event.name];
              // The one event without a class of its own is a CustomEvent (the panel's hw-review-ready).
              event.type = type
                ? { text: type.text, references: [{ name: type.text, module: type.module }] }
                : { text: 'CustomEvent' };
            }
      },
    },
    {
      name: 'every-token-with-its-default',
      // The elements' @cssprop tags name a few tokens each; a host's editor and Storybook need
      // every token an element reads, with the default it falls back to.
      packageLinkPhase({ customElementsManifest }) {
        const tokens = themingTokens();
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.tagName || declaration.tagName === 'hw-provider') continue;
            const own = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
            declaration.cssProperties = tokens
              .filter(([name]) => !OWN_TOKENS[name] || OWN_TOKENS[name] === declaration.tagName)
              .map(([name, fallback, use]) => ({
                name,
                description: own.get(name)?.description ?? `${use[0].toUpperCase()}${use.slice(1)}.`,
                default: fallback,
              }));
          }
        }
      },
    },
    {
      name: 'public-api-at-shipped-paths',
      // Hosts, editors and Storybook read the manifest for the public API: private and
      // protected members are the element's own business, and paths name the files the
      // package ships (dist/esm/*.js), not sources it does not.
      packageLinkPhase({ customElementsManifest }) {
        const shipped = (path) =>
          path?.replace(/^\/?src\/(.*)\.ts$/, 'dist/esm/$1.js').replace(/^\/?src\/(.*)\.js$/, 'dist/esm/$1.js');
        const visit = (reference) => {
          if (reference && typeof reference === 'object' && typeof reference.module === 'string')
            reference.module = shipped(reference.module);
        };
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (member) => !member.privacy || member.privacy === 'public',
              );
            visit(declaration.superclass);
            for (const member of declaration.members ?? []) visit(member.inheritedFrom);
            for (const attribute of declaration.attributes ?? []) visit(attribute.inheritedFrom);
            for (const event of declaration.events ?? []) visit(event.inheritedFrom);
          }
          for (const exported of mod.exports ?? []) visit(exported.declaration);
        }
      },
    },
    {
      name: 'documented-events-only',
      // The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` and
      // names them after the argument; the @fires tags are the real list.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('hw-'));
          }
        }
      },
    },
    // Last: from the finished manifest (public members, shipped paths, resolved unions).
    ...editorDataPlugins(),
  ],
};
