// Custom Elements Manifest: tags, attributes, properties, events, parts and CSS
// properties from the elements' doc comments.
export default {
  globs: ['src/elements/**/*.ts'],
  litelement: true,
  plugins: [
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
  ],
};
