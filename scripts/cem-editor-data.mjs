// Editors' data from the finished Custom Elements Manifest, shipped in dist/: VS Code custom
// data (`html.customData`, `css.customData`) and JetBrains web-types (package.json's
// "web-types"). The community generators write the files; a last step lists each token and
// part once, since every element reads the shared tokens and most have a `base` part, and
// an editor would otherwise offer `--hw-color-text` eight times.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const OUT = 'dist';
const VS_CODE_CSS = `${OUT}/vscode.css-custom-data.json`;
const WEB_TYPES = `${OUT}/web-types.json`;

export function editorDataPlugins() {
  return [
    customElementVsCodePlugin({ outdir: OUT, hideLogs: true }),
    // packageJson: false, as package.json names the file itself; the plugin would rewrite it.
    customElementJetBrainsPlugin({ outdir: OUT, hideLogs: true, packageJson: false }),
    {
      name: 'each-token-and-part-once',
      packageLinkPhase({ customElementsManifest }) {
        const { tokens, parts } = tokensAndParts(customElementsManifest);
        rewrite(VS_CODE_CSS, (data) => {
          data.properties = tokens.map((token) => ({ ...token, values: [] }));
          data.pseudoElements = parts.map(({ name, description }) => ({ name: `::part(${name})`, description }));
        });
        rewrite(WEB_TYPES, (data) => {
          data.contributions.css.properties = tokens;
          data.contributions.css['pseudo-elements'] = parts.map(({ name, description }) => ({
            name: `part(${name})`,
            description,
          }));
        });
      },
    },
  ];
}

/**
 * Each token once (its first description), and each part once: one description when every
 * element says the same, else each element's own, by tag.
 */
function tokensAndParts(manifest) {
  const tokens = new Map();
  const parts = new Map();
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const { name, description = '' } of declaration.cssProperties ?? [])
        if (!tokens.has(name)) tokens.set(name, { name, description });
      for (const { name, description = '' } of declaration.cssParts ?? [])
        parts.set(name, [...(parts.get(name) ?? []), { tag: declaration.tagName, description }]);
    }
  return {
    tokens: [...tokens.values()],
    parts: [...parts].map(([name, uses]) => {
      const said = new Set(uses.map((use) => use.description));
      const description =
        said.size === 1 ? [...said][0] : uses.map((use) => `\`<${use.tag}>\`: ${use.description}`).join('\n\n');
      return { name, description };
    }),
  };
}

function rewrite(file, change) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}
