// The web app's message catalogues: every key in both languages, every message valid ICU with the same
// placeholders, every key the code names present; and the lint rule that keeps literal text out of components.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '..', '..');
const I18N = path.join(ROOT, 'web', 'src', 'i18n');
const load = (lang: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(I18N, `${lang}.json`), 'utf8')) as Record<string, string>;

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

  it('has the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(id).sort());
    expect(Object.keys(id).length).to.be.greaterThan(150);
  });

  it('holds valid ICU messages with the same arguments in both languages', () => {
    const differences: string[] = [];
    for (const key of Object.keys(id)) {
      const a = [...argumentsOf(parse(id[key]))].sort();
      const b = [...argumentsOf(parse(en[key] ?? ''))].sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${key}: ${a} vs ${b}`);
    }
    expect(differences).to.deep.equal([]);
  });

  it('has every literal message id the code uses, and every status, role and action the code builds ids from', () => {
    const missing: string[] = [];
    for (const file of sources()) {
      const code = fs.readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bid(?:=|: )["']([a-zA-Z][\w.]+)["']/g))
        if (/^[a-z]+\.[\w.]+$/.test(match[1]) && !(match[1] in id))
          missing.push(`${path.relative(ROOT, file)}: ${match[1]}`);
    }
    const statuses = [
      'MENUNGGU',
      'IN_PROGRESS',
      'READY',
      'ON_DELIVERY',
      'COMPLETE',
      'DITOLAK',
      'MENUNGGU_PERSETUJUAN',
      'DIBATALKAN',
    ];
    const built = [
      ...statuses.map((s) => `status.${s}`),
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
