// Custom Elements Manifest: tags, attributes, properties, events, parts and CSS
// properties from the elements' doc comments.
export default {
  globs: ['src/elements/**/*.ts'],
  litelement: true,
  plugins: [
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
  ],
};
