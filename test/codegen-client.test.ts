// The mobile team's setup that docs/CODEGEN.md prints, run as they would with no edits: its codegen.yml,
// add-typename.cjs and api.ts generate typed documents and the manifest from the emitted schema and this
// repository's operations, compile with tsc --strict, and, with the manifest registered on a server in
// TRUSTED_DOCUMENTS=enforce, run documents by id over POST, GET and WebSocket.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SEED, startTestServer } from './helpers/server';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/** The first fenced block of docs/CODEGEN.md in `language` that contains `marker`, exactly as printed. */
function documented(language: string, marker: string): string {
  const markdown = fs.readFileSync(path.join(ROOT, 'docs/CODEGEN.md'), 'utf8');
  const blocks = [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1],
  );
  const block = blocks.find((candidate) => candidate.includes(marker));
  if (!block) throw new Error(`docs/CODEGEN.md has no ${language} block with ${marker}`);
  return block;
}

/** Uses what the generated types must allow: DateTime and Date as strings, enums as values and types. */
const USAGE = `import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { CreateOrderDocument, OrderStatus, Role, UsersDocument } from './src/gql/graphql';

type Users = ResultOf<typeof UsersDocument>;
export function createdAt(users: Users): string[] {
  return users.users.items.map((user) => user.createdAt);
}
type Created = ResultOf<typeof CreateOrderDocument>;
export function businessDate(created: Created): string {
  return created.createOrder.tanggalPesanan;
}
export const variables: VariablesOf<typeof CreateOrderDocument> = { input: { shiftId: 1, jumlahPesanan: 2 } };
export const ready: OrderStatus = OrderStatus.READY;
export const admin: Role = Role.ADMINISTRATOR;
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    outDir: 'out',
    target: 'ES2022',
    module: 'commonjs',
    moduleResolution: 'node',
    skipLibCheck: true,
    verbatimModuleSyntax: false,
  },
  include: ['src/gql/**/*.ts', 'usage.ts', 'api.ts'],
};

/** The compiled api.ts of the documentation. */
interface DocumentedApi {
  CLIENT: Record<string, string>;
  documentId(document: unknown): string;
  post(url: string, document: unknown, variables: unknown, token?: string): Promise<Result>;
  get(url: string, document: unknown, variables: unknown, token?: string): Promise<Result>;
  subscribe(
    client: ReturnType<typeof createClient>,
    document: unknown,
    variables: unknown,
    onResult: (result: Result) => void,
  ): () => void;
}

interface Result {
  data?: Record<string, { nomorIndukKaryawan?: string; accessToken?: string } | undefined> | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

describe('codegen for clients (docs/CODEGEN.md)', () => {
  it('generates typed documents and the manifest with the documented setup; by id they run in enforce mode over POST, GET and WebSocket', async function () {
    this.timeout(180_000);
    // Inside node_modules so that the preset and @graphql-typed-document-node/core resolve as in a client project.
    const cache = path.join(ROOT, 'node_modules', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    const dir = fs.mkdtempSync(path.join(cache, 'codegen-client-'));
    const manifests = fs.mkdtempSync(path.join(cache, 'codegen-manifests-'));
    try {
      fs.writeFileSync(path.join(dir, 'codegen.yml'), documented('yaml', 'preset: client'));
      fs.writeFileSync(path.join(dir, 'add-typename.cjs'), documented('js', 'add-typename.cjs'));
      fs.writeFileSync(path.join(dir, 'api.ts'), documented('ts', '// api.ts'));
      fs.copyFileSync(path.join(ROOT, 'src/schema/schema.graphql'), path.join(dir, 'schema.graphql'));
      fs.mkdirSync(path.join(dir, 'src/operations'), { recursive: true });
      for (const file of fs.readdirSync(path.join(ROOT, 'test/operations')))
        fs.copyFileSync(path.join(ROOT, 'test/operations', file), path.join(dir, 'src/operations', file));
      fs.writeFileSync(path.join(dir, 'usage.ts'), USAGE);
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));

      const cli = path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
      await run(process.execPath, [cli, '--config', 'codegen.yml'], { cwd: dir });
      const generated = fs.readFileSync(path.join(dir, 'src/gql/graphql.ts'), 'utf8');
      expect(generated).to.contain('createdAt: string');
      expect(generated).to.contain('export const OrderStatus = {');
      expect(generated).to.contain("READY: 'READY'");
      expect(generated).to.match(/export const MeDocument = \{"__meta__":\{"hash":"sha256:[0-9a-f]{64}"\}/);

      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      const compiled = await run(process.execPath, [tsc, '-p', dir]).catch((error: { stdout?: string }) => ({
        stdout: `tsc failed:\n${error.stdout ?? ''}`,
      }));
      expect(compiled.stdout).to.equal('');

      // Register the release's manifest, as section 3 says, with a server that runs nothing else.
      fs.copyFileSync(
        path.join(dir, 'src/gql/persisted-documents.json'),
        path.join(manifests, 'packmeal-ios-2.3.0.json'),
      );
      const server = await startTestServer({
        env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_DIR: manifests },
      });
      try {
        /* eslint-disable @typescript-eslint/no-require-imports -- the client project's compiled output */
        const api = require(path.join(dir, 'out/api.js')) as DocumentedApi;
        const documents = require(path.join(dir, 'out/src/gql/graphql.js')) as Record<string, unknown>;
        /* eslint-enable @typescript-eslint/no-require-imports */
        const login = await api.post(server.graphqlUrl, documents.LoginDocument, {
          input: { ...SEED.employee, clientType: 'MOBILE' },
        });
        const token = login.data?.login?.accessToken;
        expect(token, JSON.stringify(login.errors)).to.be.a('string');

        const byPost = await api.post(server.graphqlUrl, documents.MeDocument, {}, token);
        expect(byPost.data?.me?.nomorIndukKaryawan).to.equal(SEED.employee.nik);
        const byGet = await api.get(server.graphqlUrl, documents.MeDocument, {}, token);
        expect(byGet.data?.me?.nomorIndukKaryawan).to.equal(SEED.employee.nik);
        const socket = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { ...api.CLIENT, authorization: `Bearer ${token}` },
          retryAttempts: 0,
        });
        try {
          const bySocket = await new Promise<Result>((resolve) =>
            api.subscribe(socket, documents.MeDocument, {}, resolve),
          );
          expect(bySocket.data?.me?.nomorIndukKaryawan).to.equal(SEED.employee.nik);
        } finally {
          await socket.dispose();
        }
        // The same operation as text is not what the server runs in enforce mode.
        const raw = await server.gql('query Me { me { id } }', {}, { token });
        expect(raw.errors?.[0]?.extensions?.code).to.equal('TRUSTED_DOCUMENT_REQUIRED');
      } finally {
        await server.dispose();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(manifests, { recursive: true, force: true });
    }
  });
});
