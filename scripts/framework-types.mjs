// Writes React (JSX) and Vue (GlobalComponents) type declarations for every tag in
// custom-elements.json, so a host's editor checks attributes, properties and `hw-*`
// events without wrappers. Property types are read from the element class itself
// (`HwThoughtRecord['assignment']`), so they can never drift from the implementation;
// event types come from GlobalEventHandlersEventMap (src/events.ts), so an event the
// manifest names but the map lacks fails the host's type check instead of going untyped.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs; do not edit.\n';

/**
 * The public surface of each custom element in a manifest.
 * @param {any} manifest  a Custom Elements Manifest (schema 2.x)
 */
export function describeElements(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        field: attribute.fieldName,
        description: attribute.description ?? '',
      }));
      const properties = (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly)
        .map((m) => ({ name: m.name, description: m.description ?? '' }));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        // The manifest names the shipped module (dist/esm/…js); the types sit in dist/types/.
        module: `../esm/${module.path.replace(/^dist\/esm\//, '')}`,
        summary: declaration.summary ?? '',
        attributes,
        properties,
        events: (declaration.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '';
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Attributes whose name differs from their property (`assignment-id`) and every public property. */
function members(element) {
  const lines = [];
  const properties = new Set(element.properties.map((p) => p.name));
  for (const attribute of element.attributes) {
    if (properties.has(attribute.name)) continue;
    const type = attribute.field ? `${element.className}['${attribute.field}'] | string` : 'string';
    lines.push(doc(`Attribute. ${attribute.description}`) + `  ${quote(attribute.name)}?: ${type};\n`);
  }
  for (const property of element.properties) {
    lines.push(doc(property.description) + `  ${quote(property.name)}?: ${element.className}['${property.name}'];\n`);
  }
  return lines;
}

const imports = (elements) =>
  elements.map((e) => `import type { ${e.className} } from '${e.module}';\n`).join('') +
  // The package entry pulls in src/define/* (HTMLElementTagNameMap) and src/events.ts
  // (GlobalEventHandlersEventMap), whose global declarations these types rely on.
  `import type {} from '../esm/index.js';\n`;

/** Fails the host's type check if a tag in the manifest is missing from HTMLElementTagNameMap. */
const tagMapCheck = (elements) =>
  `/** Every tag in the manifest. */\nexport type HwTagName = ${elements.map((e) => `'${e.tag}'`).join(' | ') || 'never'};\n` +
  `/** Compile-time check: each tag is declared in HTMLElementTagNameMap. */\n` +
  `export type HwTagMapCheck = { [Tag in HwTagName]: HTMLElementTagNameMap[Tag] };\n\n`;

/** @param {ReturnType<typeof describeElements>} elements */
export function reactDeclarations(elements) {
  let out = `${HEADER}// React 19 sets known properties on custom elements and listens to \`on<event-name>\`\n`;
  out += `// props with addEventListener, so no wrapper is needed.\n`;
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${imports(elements)}\n`;
  out += `type HwHandler<K extends keyof GlobalEventHandlersEventMap> = (event: GlobalEventHandlersEventMap[K]) => void;\n\n`;
  out += tagMapCheck(elements);
  for (const element of elements) {
    const own = members(element);
    const names = [...element.attributes.map((a) => a.name), ...element.properties.map((p) => p.name)];
    const omitted = [...new Set(names)].map((n) => `'${n}'`).join(' | ') || 'never';
    out += `/** \`<${element.tag}>\`: ${element.summary.replace(/\*\//g, '')} */\n`;
    out += `export interface ${element.className}Props\n`;
    out += `  extends Omit<DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}>, ${omitted}> {\n`;
    out += own.join('');
    for (const event of element.events) {
      out += doc(event.description) + `  'on${event.name}'?: HwHandler<'${event.name}'>;\n`;
    }
    out += `}\n\n`;
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) out += `      '${element.tag}': ${element.className}Props;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

/** @param {ReturnType<typeof describeElements>} elements */
export function vueDeclarations(elements) {
  let out = `${HEADER}// For templates compiled with \`isCustomElement: (tag) => tag.startsWith('hw-')\`;\n`;
  out += `// \`@hw-entry-queued\` is the prop \`onHwEntryQueued\` to Vue's type checker.\n`;
  out += `import type { DefineComponent, HTMLAttributes } from 'vue';\n${imports(elements)}\n`;
  out += `type HwHandler<K extends keyof GlobalEventHandlersEventMap> = (event: GlobalEventHandlersEventMap[K]) => void;\n\n`;
  out += tagMapCheck(elements);
  for (const element of elements) {
    out += `/** \`<${element.tag}>\`: ${element.summary.replace(/\*\//g, '')} */\n`;
    out += `export interface ${element.className}VueProps extends Omit<HTMLAttributes, 'lang' | 'dir'> {\n`;
    out += members(element).join('');
    for (const event of element.events) {
      const handler = `on${camel(event.name).replace(/^./, (c) => c.toUpperCase())}`;
      out += doc(event.description) + `  ${handler}?: HwHandler<'${event.name}'>;\n`;
    }
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const element of elements) out += `    '${element.tag}': DefineComponent<${element.className}VueProps>;\n`;
  out += `  }\n}\n`;
  return out;
}

/** Reads the manifest and writes dist/types/{react,vue}.d.ts plus empty runtime twins. */
export function writeFrameworkTypes(manifestPath = 'custom-elements.json', outDir = 'dist/types') {
  const elements = describeElements(JSON.parse(readFileSync(manifestPath, 'utf8')));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/react.d.ts`, reactDeclarations(elements));
  writeFileSync(`${outDir}/vue.d.ts`, vueDeclarations(elements));
  // Types only; the empty modules keep `import 'homework-elements/react'` harmless at run time.
  for (const name of ['react', 'vue']) writeFileSync(`${outDir}/${name}.js`, `${HEADER}export {};\n`);
  return elements;
}
