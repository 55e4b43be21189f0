// @ts-check
/**
 * `vangnet/layers`: an allowlist of what each layer of the code may depend on.
 *
 * Every way a module can reach another is checked — static `import` (also `import type`),
 * `export … from`, dynamic `import()`, `require()`, `import x = require()`, type-level
 * `import('…').T`, `import.meta.glob()` and `/// <reference types|path>` — and a specifier the
 * rule cannot read (a computed `import(name)`) is itself an error, because it could be anything.
 * A relative specifier is resolved to a file path and must land in a layer the importing layer
 * lists (or in one of its `allowPaths`); a bare specifier must match its `allowPackages`.
 * Files outside every layer (tests, scripts, bench) are not checked.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

/**
 * @typedef {{ name: string, dirs: string[], allowLayers: string[], allowPackages: string[], allowPaths?: string[] }} Layer
 */

/** 'node:fs', 'fs' and 'fs/promises' are all the Node built-in 'node:fs…'. */
function packageOf(/** @type {string} */ spec) {
  if (spec.startsWith('node:')) return spec;
  const first = spec.split('/')[0] ?? spec;
  if (BUILTINS.has(first)) return `node:${spec}`;
  return spec;
}

/** `@mantine/*` matches '@mantine/core'; `csv-parse` matches 'csv-parse' and 'csv-parse/sync'. */
function packageAllowed(/** @type {string} */ spec, /** @type {string[]} */ allowed) {
  const name = packageOf(spec);
  return allowed.some((pattern) => {
    if (pattern.endsWith('/*')) return name.startsWith(pattern.slice(0, -1));
    if (pattern.endsWith(':*')) return name.startsWith(pattern.slice(0, -1));
    return name === pattern || name.startsWith(`${pattern}/`);
  });
}

function toPosix(/** @type {string} */ p) {
  return p.split(path.sep).join('/');
}

function inDir(/** @type {string} */ rel, /** @type {string} */ dir) {
  return rel === dir || rel.startsWith(`${dir}/`);
}

/** Glob-free path patterns: 'docs/handleiding/' (a folder) or 'docs/gebruikershandleiding.md'. */
function pathAllowed(/** @type {string} */ rel, /** @type {string[]} */ allowed) {
  // Specifiers usually omit the extension: 'main/window-options' is 'main/window-options.ts'.
  return allowed.some((p) =>
    p.endsWith('/') ? rel.startsWith(p) : rel === p || rel === p.replace(/\.[^./]+$/, ''),
  );
}

/**
 * The visitors that find every way a module can reach another (see the header). `check` gets
 * each specifier as written; `unreadable` gets the ones that are not a plain string.
 * @param {import('eslint').Rule.RuleContext} context
 * @param {(node: any, spec: string) => void} check
 * @param {(node: any, how: string) => void} unreadable
 * @returns {import('eslint').Rule.RuleListener}
 */
export function importVisitors(context, check, unreadable) {
  /** A string literal or a template without expressions, else null. */
  function staticString(/** @type {any} */ node) {
    if (!node) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
      return node.quasis[0].value.cooked;
    return null;
  }

  function checkExpr(/** @type {any} */ node, /** @type {any} */ arg, /** @type {string} */ how) {
    const spec = staticString(arg);
    if (spec === null) unreadable(node, how);
    else check(node, spec);
  }

  return {
    Program(program) {
      for (const comment of context.sourceCode.getAllComments()) {
        const m = /^\/\s*<reference\s+(types|path)\s*=\s*["']([^"']+)["']/.exec(comment.value);
        if (!m || comment.type !== 'Line') continue;
        check(comment, m[1] === 'path' && !m[2].startsWith('.') ? `./${m[2]}` : m[2]);
      }
      void program;
    },
    ImportDeclaration(node) {
      check(node, String(node.source.value));
    },
    ExportNamedDeclaration(node) {
      if (node.source) check(node, String(node.source.value));
    },
    ExportAllDeclaration(node) {
      check(node, String(node.source.value));
    },
    ImportExpression(node) {
      checkExpr(node, node.source, 'dynamic import()');
    },
    CallExpression(node) {
      const callee = /** @type {any} */ (node.callee);
      if (callee.type === 'Identifier' && callee.name === 'require') {
        checkExpr(node, node.arguments[0], 'require()');
      } else if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'require' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'resolve'
      ) {
        checkExpr(node, node.arguments[0], 'require.resolve()');
      } else if (
        callee.type === 'MemberExpression' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'glob' &&
        callee.object.type === 'MetaProperty'
      ) {
        const arg = /** @type {any} */ (node.arguments[0]);
        const patterns = arg?.type === 'ArrayExpression' ? arg.elements : [arg];
        for (const p of patterns) {
          // A negative pattern ('!./x.ts') only narrows the match: check the path it names.
          const negated = staticString(p)?.startsWith('!') ? { ...p, value: staticString(p)?.slice(1) } : p;
          if (negated !== p) negated.type = 'Literal';
          checkExpr(node, negated, 'import.meta.glob()');
        }
      }
    },
    /** @param {any} node */
    TSImportEqualsDeclaration(node) {
      if (node.moduleReference.type === 'TSExternalModuleReference')
        checkExpr(node, node.moduleReference.expression, 'import = require()');
    },
    /** @param {any} node */
    TSImportType(node) {
      // typescript-eslint 8 calls it `source`; older versions `argument` (a TSLiteralType).
      const raw = node.source ?? node.argument;
      const arg = raw?.type === 'TSLiteralType' ? raw.literal : raw;
      checkExpr(node, arg, "type import('…')");
    },
  };
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allowlist names.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'array' } },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer: '{{from}} may not import {{what}} ({{spec}}): it may import only {{allowed}}.',
      package: "{{from}} may not import the package '{{spec}}': allowed are {{allowed}}.",
      dynamic: '{{from}}: this {{how}} cannot be checked (not a plain string); import a fixed path.',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = /** @type {string} */ (options.root ?? context.cwd);
    const layers = /** @type {Layer[]} */ (options.layers);
    const file = toPosix(path.relative(root, context.filename));
    const layerOf = (/** @type {string} */ rel) => layers.find((l) => l.dirs.some((d) => inDir(rel, d)));
    const own = layerOf(file);
    if (!own) return {};

    /** @param {import('estree').Node | import('eslint').AST.Token | import('estree').Comment} node @param {string} spec */
    function check(node, spec) {
      const bare = !spec.startsWith('.') && !spec.startsWith('/');
      const report = (/** @type {string} */ messageId, /** @type {Record<string, string>} */ data) =>
        context.report({
          loc: /** @type {any} */ (node).loc,
          messageId,
          data: { from: own.name, spec, ...data },
        });
      if (bare) {
        if (!packageAllowed(spec, own.allowPackages))
          report('package', { allowed: own.allowPackages.join(', ') || 'no packages' });
        return;
      }
      const target = toPosix(
        path.relative(root, path.resolve(path.dirname(context.filename), spec.split('?')[0] ?? spec)),
      );
      const targetLayer = layerOf(target);
      if (targetLayer && (targetLayer === own || own.allowLayers.includes(targetLayer.name))) return;
      if (pathAllowed(target, own.allowPaths ?? [])) return;
      report('layer', {
        what: targetLayer ? targetLayer.name : target,
        allowed: [own.name, ...own.allowLayers, ...(own.allowPaths ?? [])].join(', '),
      });
    }

    return importVisitors(context, check, (node, how) =>
      context.report({ node, messageId: 'dynamic', data: { from: own.name, how } }),
    );
  },
};

/**
 * `vangnet/area-index`: an area of the core (a folder of `src/core`, e.g. dossiers, documents)
 * is reached from outside only through its `index.ts`, which names what it offers others.
 * Files within an area import each other freely. Every way of importing counts (as for
 * `vangnet/layers`). Which areas may import which is the cycle test's business
 * (tests/unit/architecture/cycles.test.ts).
 * @type {import('eslint').Rule.RuleModule}
 */
export const areaIndexRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Another area of src/core is imported only through its index.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, areasDir: { type: 'string' } },
        required: ['areasDir'],
        additionalProperties: false,
      },
    ],
    messages: {
      deep:
        "'{{spec}}' reaches into the {{area}} area: import it through its index ('{{index}}'), and export what you need there.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = /** @type {string} */ (options.root ?? context.cwd);
    const areasDir = /** @type {string} */ (options.areasDir);
    const file = toPosix(path.relative(root, context.filename));
    if (!inDir(file, areasDir)) return {};
    /** The area a path inside areasDir belongs to: its first folder (null for a file at the top). */
    const areaOf = (/** @type {string} */ rel) => {
      const parts = rel.slice(areasDir.length + 1).split('/');
      return parts.length > 1 ? parts[0] : null;
    };
    const own = areaOf(file);
    return importVisitors(
      context,
      (node, spec) => {
        if (!spec.startsWith('.')) return;
        const target = toPosix(
          path.relative(root, path.resolve(path.dirname(context.filename), spec.split('?')[0] ?? spec)),
        );
        if (!inDir(target, areasDir)) return;
        const area = areaOf(target);
        if (area === null || area === own) return;
        const areaRoot = `${areasDir}/${area}`;
        if (target === areaRoot || /^index(\.[jt]sx?)?$/.test(target.slice(areaRoot.length + 1))) return;
        let index = toPosix(path.relative(path.dirname(file), areaRoot));
        if (!index.startsWith('.')) index = `./${index}`;
        context.report({ loc: node.loc, messageId: 'deep', data: { spec, area, index } });
      },
      // An unreadable specifier is already an error of vangnet/layers.
      () => undefined,
    );
  },
};

export default { rules: { layers: layersRule, 'area-index': areaIndexRule } };
