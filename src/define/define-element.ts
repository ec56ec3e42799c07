// Safe registration: two copies of the library on one page (a CDN script and an npm
// bundle) must not crash each other. Same version: skip silently; other version: warn.
import { VERSION } from '../version.js';

const VERSION_KEY = Symbol.for('homework-elements.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side import: nothing to register
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const existingVersion = existing[VERSION_KEY];
    if (existingVersion !== VERSION) {
      console.warn(
        `homework-elements: <${tag}> is already defined by ${existingVersion ? `version ${existingVersion}` : 'another library'}; version ${VERSION} is not registering it again.`,
      );
    }
    return;
  }
  (constructor as Versioned)[VERSION_KEY] = VERSION;
  customElements.define(tag, constructor);
}
