// Trusted documents: the persisted-document manifests (GraphQL Code Generator client-preset format,
// `{ "<sha256 hex>" or "sha256:<hex>": "<document>" }`) of the web app and of TRUSTED_DOCUMENTS_DIR, and the one
// decision HTTP and WebSocket share: which document a request runs, or why it is refused (TRUSTED_DOCUMENTS).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import type { TrustedDocumentsMode } from '../config/config';
import { AppError } from '../common/errors';

const HEX_ID = /^[0-9a-f]{64}$/;
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

export function sha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A manifest's documents by sha256 hex, or why the file is refused (one line, naming the file). */
export function readManifest(file: string): { documents: Map<string, string> } | { refused: string } {
  const name = path.basename(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { refused: `${name}: not readable JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { refused: `${name}: not a JSON object of "<sha256 hex>": "<document>"` };
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(parsed)) {
    const hex = key.startsWith('sha256:') ? key.slice('sha256:'.length) : key;
    if (!HEX_ID.test(hex)) return { refused: `${name}: "${key}" is not a sha256 hex id` };
    if (typeof document !== 'string') return { refused: `${name}: the document of ${key} is not a string` };
    if (sha256Hex(document) !== hex)
      return {
        refused: `${name}: the hash ${key} does not match its document (sha256 ${sha256Hex(document)})`,
      };
    documents.set(hex, document);
  }
  return { documents };
}

export interface TrustedDocumentsLoad {
  /** Manifest file names registered, with their document counts. */
  manifests: Array<{ file: string; documents: number }>;
  /** One line per refused manifest, naming the file and why. */
  refused: string[];
  /** Distinct documents registered. */
  documents: number;
}

/**
 * The registered documents: the web app's manifest (when built) and every `*.json` of `directory`. `load()` reads
 * them again (start-up and SIGHUP) and swaps the whole set at once, so removing a file retires its ids.
 */
export class TrustedDocumentStore {
  private documents = new Map<string, string>();

  constructor(
    readonly builtIn: readonly string[],
    readonly directory: string | undefined,
  ) {}

  /** Reads every manifest; throws when `directory` cannot be listed (the set in force is kept). */
  load(): TrustedDocumentsLoad {
    const files = this.builtIn.filter((file) => fs.existsSync(file));
    if (this.directory) {
      let names: string[];
      try {
        names = fs
          .readdirSync(this.directory)
          .filter((entry) => entry.endsWith('.json'))
          .sort();
      } catch (error) {
        throw new Error(
          `TRUSTED_DOCUMENTS_DIR ${this.directory} cannot be read: ${(error as Error).message}`,
        );
      }
      files.push(...names.map((entry) => path.join(this.directory ?? '', entry)));
    }
    const documents = new Map<string, string>();
    const result: TrustedDocumentsLoad = { manifests: [], refused: [], documents: 0 };
    for (const file of files) {
      const manifest = readManifest(file);
      if ('refused' in manifest) {
        result.refused.push(`Trusted documents: refused manifest ${manifest.refused}`);
        continue;
      }
      for (const [hex, document] of manifest.documents) documents.set(hex, document);
      result.manifests.push({ file: path.basename(file), documents: manifest.documents.size });
    }
    this.documents = documents;
    result.documents = documents.size;
    return result;
  }

  get(hex: string): string | undefined {
    return this.documents.get(hex);
  }

  get size(): number {
    return this.documents.size;
  }
}

/** What a request names: a GraphQL-over-HTTP `documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`. */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type DocumentDecision =
  /** Run this registered document (any text sent with the id is ignored). */
  | { kind: 'registered'; query: string; hex: string }
  /** A document no manifest holds: it runs (off, log); `log` reports it. */
  | { kind: 'unregistered'; hex: string | null }
  /** An Apollo hash no manifest holds, with no text (off, log): Apollo's APQ cache may know it. */
  | { kind: 'apq'; hex: string }
  /** Nothing to decide on (no query, no id): the server's own checks answer. */
  | { kind: 'none' }
  | { kind: 'refused'; error: GraphQLError };

export function persistedQueryNotFound(): GraphQLError {
  return new AppError(
    'PERSISTED_QUERY_NOT_FOUND',
    'PersistedQueryNotFound: no registered document has this id (see docs/CODEGEN.md, trusted documents)',
  );
}

export function trustedDocumentRequired(): GraphQLError {
  return new AppError(
    'TRUSTED_DOCUMENT_REQUIRED',
    'This server runs registered documents only: send documentId "sha256:<hex>" (or extensions.persistedQuery.sha256Hash) of a document in a registered manifest',
  );
}

function apolloHash(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  return (persisted as { sha256Hash?: unknown }).sha256Hash;
}

/**
 * Which document a request runs under `mode`. The same for POST, GET and graphql-ws; `apq` says whether an
 * unregistered Apollo hash may be left to Apollo's APQ cache (HTTP) or is simply unknown (WebSocket).
 */
export function decideDocument(
  store: TrustedDocumentStore,
  mode: TrustedDocumentsMode,
  request: DocumentRequest,
  transport: { apq: boolean },
): DocumentDecision {
  const query = typeof request.query === 'string' && request.query !== '' ? request.query : null;
  const { documentId } = request;
  if (documentId !== undefined && documentId !== null && typeof documentId !== 'string')
    return { kind: 'refused', error: new AppError('BAD_REQUEST', 'documentId must be a string') };
  const hash = apolloHash(request.extensions);
  if (typeof documentId === 'string') {
    const hex = DOCUMENT_ID.exec(documentId)?.[1];
    const registered = hex ? store.get(hex) : undefined;
    if (hex && registered !== undefined) return { kind: 'registered', query: registered, hex };
    const enforcedText = mode === 'enforce' && query !== null;
    return { kind: 'refused', error: enforcedText ? trustedDocumentRequired() : persistedQueryNotFound() };
  }
  if (typeof hash === 'string') {
    const hex = hash.toLowerCase();
    const registered = store.get(hex);
    if (registered !== undefined) return { kind: 'registered', query: registered, hex };
    // An unknown id with its text is a raw document (an APQ registration); without text, an unknown id.
    if (mode === 'enforce')
      return {
        kind: 'refused',
        error: query !== null ? trustedDocumentRequired() : persistedQueryNotFound(),
      };
    if (transport.apq) return { kind: 'apq', hex };
    if (query === null) return { kind: 'refused', error: persistedQueryNotFound() };
    return { kind: 'unregistered', hex: sha256Hex(query) };
  }
  if (query === null) return { kind: 'none' };
  if (mode === 'enforce') return { kind: 'refused', error: trustedDocumentRequired() };
  return { kind: 'unregistered', hex: sha256Hex(query) };
}

/** The client's name for logs and metrics: `apollographql-client-name` (or `graphql-client-name`), else "unknown". */
export function clientName(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 64) : 'unknown';
}
