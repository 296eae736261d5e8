// The web app's message catalogues: every key in both languages, every message valid ICU with the same
// placeholders, every key the code names present; and the lint rule that keeps literal text out of components.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ESLint } from 'eslint';
import { ORDER_STATUSES } from '../web/src/orders/status';

const ROOT = path.join(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web', 'src');
const I18N = path.join(WEB, 'i18n');
const load = (lang: string, directory = I18N): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(directory, `${lang}.json`), 'utf8')) as Record<string, string>;

/** Every catalogue folder: the app's (web/src/i18n) and each area's (web/src/<area>/i18n). */
function catalogueFolders(directory = WEB): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'gql') return [];
    const full = path.join(directory, entry.name);
    return entry.name === 'i18n' ? [full] : catalogueFolders(full);
  });
}

/** The keys a file may use: the app's catalogue and those of the areas it sits in. */
function keysFor(file: string): Set<string> {
  const keys = new Set(Object.keys(load('id')));
  for (const folder of catalogueFolders())
    if (folder !== I18N && file.startsWith(path.dirname(folder) + path.sep))
      for (const key of Object.keys(load('id', folder))) keys.add(key);
  return keys;
}

/** The argument names a message uses ({name}, plurals, selects, tags), sorted. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

/** Every file of web/src except the generated documents. */
function sources(directory = path.join(ROOT, 'web', 'src')): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the web app’s message catalogues', () => {
  const id = load('id');
  const en = load('en');

  it('has the same keys in Indonesian and English, in the app’s catalogue and every area’s', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(id).sort());
    expect(Object.keys(id).length).to.be.greaterThan(150);
    const folders = catalogueFolders();
    expect(folders.length).to.be.greaterThan(1);
    for (const folder of folders)
      expect(Object.keys(load('en', folder)).sort(), path.relative(ROOT, folder)).to.deep.equal(
        Object.keys(load('id', folder)).sort(),
      );
  });

  it('holds valid ICU messages with the same arguments in both languages, and no area redefines an app key', () => {
    const differences: string[] = [];
    for (const folder of catalogueFolders()) {
      const [ids, ens] = [load('id', folder), load('en', folder)];
      for (const key of Object.keys(ids)) {
        const a = [...argumentsOf(parse(ids[key]))].sort();
        const b = [...argumentsOf(parse(ens[key] ?? ''))].sort();
        if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${key}: ${a} vs ${b}`);
        if (folder !== I18N && key in id) differences.push(`${path.relative(ROOT, folder)} redefines ${key}`);
      }
    }
    expect(differences).to.deep.equal([]);
  });

  it('has every literal message id the code uses, and every status, role and action the code builds ids from', () => {
    const missing: string[] = [];
    for (const file of sources()) {
      const code = fs.readFileSync(file, 'utf8');
      const keys = keysFor(file);
      for (const match of code.matchAll(/\bid(?:=|: )["']([a-zA-Z][\w.]+)["']/g))
        if (/^[a-z]+\.[\w.]+$/.test(match[1]) && !keys.has(match[1]))
          missing.push(`${path.relative(ROOT, file)}: ${match[1]}`);
    }
    const built = [
      ...ORDER_STATUSES.map((s) => `status.${s}`),
      ...['EMPLOYEE', 'DAPUR', 'DELIVERY', 'ADMINISTRATOR'].flatMap((r) => [`role.${r}`, `board.title.${r}`]),
      ...[
        'accept',
        'ready',
        'pickUp',
        'delivered',
        'requestRejection',
        'requestEdit',
        'approve',
        'reject',
      ].flatMap((a) => [`action.${a}`, `action.${a}.label`]),
      ...['connecting', 'live', 'reconnecting', 'offline'].map((c) => `connection.${c}`),
      ...['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'APPROVALS'].map((c) => `board.column.${c}`),
      ...['waktuDibuat', 'waktuDiproses', 'waktuSiap', 'waktuDiantar', 'waktuSelesai', 'waktuDibatalkan'].map(
        (s) => `stamp.${s}`,
      ),
    ];
    for (const key of built) if (!(key in id)) missing.push(key);
    expect(missing).to.deep.equal([]);
  });

  it('refuses literal text in a component (the lint rule in npm test), and accepts text from the catalogue', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const file = path.join(ROOT, 'web', 'src', 'app', 'Example.tsx');
    const [literal] = await eslint.lintText(
      'export function Example() {\n  return <button aria-label="Close">Simpan</button>;\n}\n',
      { filePath: file },
    );
    expect(literal.messages.map((m) => m.ruleId)).to.deep.equal([
      'formatjs/no-literal-string-in-jsx',
      'formatjs/no-literal-string-in-jsx',
    ]);
    const [translated] = await eslint.lintText(
      'import { FormattedMessage } from \'react-intl\';\nexport function Example() {\n  return <FormattedMessage id="app.name" />;\n}\n',
      { filePath: file },
    );
    expect(translated.messages).to.deep.equal([]);
  });
});
