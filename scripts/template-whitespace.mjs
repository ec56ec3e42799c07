// Whitespace the browser never needs, taken out of the library's templates at build
// time: Lit's css`...` literals lose comments, indentation and the spaces around
// punctuation; element modules (whose html`...` templates are indented like code) lose
// the indentation at the start of each line, which HTML collapses anyway. Line breaks
// stay (except inside the stylesheet that ends a styles module), so source maps still
// point at the right lines. Used by the CDN build (a Vite
// plugin) and on the npm build's tsc output, so hosts' bundlers ship the small form too.
const CSS_LITERAL = /\bcss\s*`([^`]*)`/g;

const tighten = (css) =>
  css
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

function minifyCss(body, styleModule) {
  const lines = body.replace(/\/\*[\s\S]*?\*\//g, (comment) => '\n'.repeat(comment.split('\n').length - 1));
  return styleModule ? tighten(lines) : lines.split('\n').map(tighten).join('\n');
}

/**
 * `code` of a module under src/elements/ or src/styles/ (TypeScript or its tsc output).
 * Those modules hold no multi-line string other than html/css/svg templates, where
 * leading whitespace on a line is insignificant (see bench/README.md, "Size budgets").
 */
export function minifyTemplates(code, file = '') {
  // A styles module ends with its stylesheet: nothing after it needs its line numbers kept.
  const styleModule = /(styles|tokens)\.(ts|js)$/.test(file);
  return code
    .replace(CSS_LITERAL, (_match, body) => `css\`${minifyCss(body, styleModule)}\``)
    .replace(/\n[ \t]+/g, '\n');
}

export const templateModule = /[\\/](elements|styles)[\\/][^\\/]+(\/[^\\/]+)?\.(ts|js)$/;

/** Vite plugin: the same for the library's element and style modules. */
export function templateWhitespace() {
  return {
    name: 'homework-elements:template-whitespace',
    transform(code, id) {
      if (!id.includes('/src/') || !templateModule.test(id)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
