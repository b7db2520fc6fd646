/**
 * Jianyan's house rules, written as lint rules so that review does not have to remember them.
 *
 * - no-sql-outside-queries: only `*.queries.ts` files, the db folder, and migrations/demo/import
 *   loaders may import drizzle query builders or the schema. Services call queries; routes call
 *   services.
 * - routes-call-services: a `*.routes.ts` file may not import the database or the schema at all.
 */
const SQL_MODULES = [/^drizzle-orm(\/|$)/, /\/db\/schema(\/|\.js$|$)/, /\/db\/database\.js$/];

function importsSql(source) {
  return SQL_MODULES.some((re) => re.test(source));
}

const noSqlOutsideQueries = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL belongs in *.queries.ts files' },
    messages: {
      sql: 'Import of {{source}} outside a *.queries.ts file: put the query in the module’s queries file.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const allowed =
      /\.queries\.ts$/.test(file) ||
      /\/src\/db\//.test(file) ||
      /\/server\/src\/server\.ts$/.test(file) ||
      /\/src\/http\/(app|transaction)\.ts$/.test(file) ||
      /\/modules\/[^/]+\/[^/]+\.loader\.ts$/.test(file);
    if (allowed) {
      return {};
    }
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (node.importKind === 'type') {
          return;
        }
        if (importsSql(source)) {
          context.report({ node, messageId: 'sql', data: { source } });
        }
      },
    };
  },
};

const routesCallServices = {
  meta: {
    type: 'problem',
    docs: { description: 'Routes translate HTTP and call services; they never touch the database' },
    messages: {
      db: 'A routes file imports {{source}}: call the module’s service instead.',
    },
    schema: [],
  },
  create(context) {
    if (!/\.routes\.ts$/.test(context.filename)) {
      return {};
    }
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (/\.queries\.js$/.test(source) || importsSql(source)) {
          context.report({ node, messageId: 'db', data: { source } });
        }
      },
    };
  },
};

export default {
  rules: {
    'no-sql-outside-queries': noSqlOutsideQueries,
    'routes-call-services': routesCallServices,
  },
};
