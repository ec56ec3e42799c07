// A Custom Elements Manifest analyzer plugin: writes an attribute's or property's type as the
// union of values it accepts when its source names an alias (`RequestCredentials`,
// `HomeworkConfig['format']`, `CaseloadSort`). Editors offer those values as completions
// (VS Code custom data, JetBrains web-types) and Storybook as a select; an alias name would
// be offered as if it were a value. Only unions of string or number literals are written
// out: `string`, objects and functions keep the text the source gives them.
import ts from 'typescript';

/** @param {{ tsconfig?: string }} [options] */
export function resolvedUnionsPlugin({ tsconfig = 'tsconfig.json' } = {}) {
  return {
    name: 'resolved-attribute-unions',
    packageLinkPhase({ customElementsManifest }) {
      const sources = program(tsconfig);
      const checker = sources.getTypeChecker();
      for (const mod of customElementsManifest.modules) {
        const source = sources.getSourceFile(mod.path.replace(/^\//, ''));
        if (!source) continue;
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const node = source.statements.find(
            (statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
          );
          if (!node) continue;
          const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));
          const resolve = (/** @type {string} */ name) => {
            const property = checker.getPropertyOfType(instance, name);
            return property && literalUnion(checker, checker.getTypeOfSymbol(property));
          };
          for (const member of declaration.members ?? []) {
            const text = member.kind === 'field' && member.type && resolve(member.name);
            if (text) member.type = { text };
          }
          for (const attribute of declaration.attributes ?? []) {
            const text = attribute.fieldName && attribute.type && resolve(attribute.fieldName);
            if (text) attribute.type = { text };
          }
        }
      }
    },
  };
}

/** The program over the sources tsconfig.json compiles. */
function program(tsconfig) {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  if (!config) throw new Error(`resolved-attribute-unions: cannot read ${tsconfig}`);
  return ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
}

/**
 * `'a' | 'b' | undefined` for a union of string or number literals (with undefined or null),
 * else undefined: such a type is best left as its source wrote it.
 * @param {ts.TypeChecker} checker
 * @param {ts.Type} type
 */
function literalUnion(checker, type) {
  if (!type.isUnion()) return undefined;
  const values = [];
  const absent = [];
  for (const part of type.types) {
    if (part.isStringLiteral()) values.push(`'${part.value}'`);
    else if (part.isNumberLiteral()) values.push(String(part.value));
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) absent.push(checker.typeToString(part));
    else return undefined;
  }
  return values.length > 1 ? [...values, ...absent].join(' | ') : undefined;
}
