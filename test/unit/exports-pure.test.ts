import { expect } from 'chai';
import { loadConfig } from '../../src/config/config';
import { ExportFormat, OrderStatus, ReportGroupBy, ReportKind } from '../../src/entities/enums';
import { toCsv } from '../../src/services/exports/csv';
import { exportBaseUrl, exportFilename, exportFilters } from '../../src/services/exports/export.service';
import { ExportPayload, signExportToken, verifyExportToken } from '../../src/services/exports/export-token';

const COLUMNS = [
  { header: 'Text', weight: 1 },
  { header: 'Number', weight: 1, numeric: true },
];

describe('CSV escaping (unit)', () => {
  for (const [cell, written] of [
    ['plain', 'plain'],
    ['=1+2', `'=1+2`],
    ['+SUM(A1)', `'+SUM(A1)`],
    ['-3', `'-3`],
    ['@cmd', `'@cmd`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `"'\rCR"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['', ''],
    ['café ☕', 'café ☕'],
  ] as const) {
    it(`writes ${JSON.stringify(cell)} as ${JSON.stringify(written)}`, () => {
      expect(toCsv(COLUMNS, [[cell, 1]])).to.equal(`\uFEFFText,Number\r\n${written},1\r\n`);
    });
  }

  it('writes numbers as numbers (a negative number is not a formula) and null as an empty cell', () => {
    expect(toCsv(COLUMNS, [[null, -2.5]])).to.equal('\uFEFFText,Number\r\n,-2.5\r\n');
  });

  it('writes the header row even without rows', () => {
    expect(toCsv(COLUMNS, [])).to.equal('\uFEFFText,Number\r\n');
  });
});

describe('export tokens (unit)', () => {
  const secret = 'unit-test-secret';
  const now = new Date('2025-10-01T07:00:00Z');
  const issued = now.getTime() / 1000;
  const payload: ExportPayload = {
    jti: 'unit-link-000000000001',
    kind: ReportKind.CONSUMPTION,
    format: ExportFormat.CSV,
    filters: { groupBy: ReportGroupBy.WEEKLY, departmentId: 2, status: OrderStatus.COMPLETE, search: 'x' },
    uid: 1,
    sid: '0b5f9f3e-6a41-4c1e-9f55-0d4f1f0c7a21',
    iat: issued,
    exp: issued + 300,
  };
  const token = signExportToken(secret, payload);

  function reencode(change: (value: Record<string, unknown>) => void): string {
    const [body, signature] = token.split('.');
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    change(value);
    return `${Buffer.from(JSON.stringify(value)).toString('base64url')}.${signature}`;
  }

  /** Flips the lowest bit of the last base64url character: 256 bits leave it unused, so the bytes stay the same. */
  function respell(value: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(value.slice(-1));
    const respelled = `${value.slice(0, -1)}${alphabet[last ^ 1]}`;
    const signatureOf = (text: string) => Buffer.from(text.split('.')[1], 'base64url');
    expect(signatureOf(respelled).equals(signatureOf(value)), 'same bytes').to.equal(true);
    return respelled;
  }

  it('round-trips a payload', () => {
    expect(verifyExportToken(secret, token, now)).to.deep.equal({ ok: true, payload });
  });

  for (const [name, candidate, at, reason] of [
    ['just expired', () => token, new Date((issued + 300) * 1000), 'expired'],
    ['another key', () => signExportToken('other-secret', payload), now, 'bad-signature'],
    [
      'a changed filter',
      () => reencode((value) => Object.assign(value, { filters: {} })),
      now,
      'bad-signature',
    ],
    ['another maker', () => reencode((value) => Object.assign(value, { uid: 2 })), now, 'bad-signature'],
    [
      'another session',
      () => reencode((value) => Object.assign(value, { sid: 'another-session' })),
      now,
      'bad-signature',
    ],
    [
      'a later expiry',
      () => reencode((value) => Object.assign(value, { exp: issued + 86400 })),
      now,
      'bad-signature',
    ],
    ['a cut signature', () => token.slice(0, -2), now, 'bad-signature'],
    ['another spelling of the same signature bytes', () => respell(token), now, 'bad-signature'],
    ['no signature', () => token.split('.')[0], now, 'malformed'],
    ['three parts', () => `${token}.x`, now, 'malformed'],
    ['characters outside base64url', () => token.replace('.', '.+/'), now, 'malformed'],
    ['an empty token', () => '', now, 'malformed'],
  ] as const) {
    it(`refuses ${name} (${reason})`, () => {
      expect(verifyExportToken(secret, candidate(), at)).to.deep.equal({ ok: false, reason });
    });
  }

  it('refuses a correctly signed payload of the wrong shape (malformed)', () => {
    const odd = signExportToken(secret, { ...payload, kind: 'SALARIES' as ReportKind });
    expect(verifyExportToken(secret, odd, now)).to.deep.equal({ ok: false, reason: 'malformed' });
  });

  it('refuses a correctly signed payload that names no maker or session (malformed: the link could not end)', () => {
    const { uid: _uid, ...withoutMaker } = payload;
    const { sid: _sid, ...withoutSession } = payload;
    for (const odd of [withoutMaker, withoutSession, { ...payload, uid: 0 }, { ...payload, sid: '' }])
      expect(verifyExportToken(secret, signExportToken(secret, odd as ExportPayload), now)).to.deep.equal({
        ok: false,
        reason: 'malformed',
      });
  });
});

describe('export links (unit)', () => {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '4000' });

  it('names files after the report and the issue time in APP_TIMEZONE', () => {
    const at = new Date('2025-10-01T23:30:05Z');
    expect(exportFilename(ReportKind.AUDIT_TRAIL, ExportFormat.PDF, at, 'Asia/Jakarta')).to.equal(
      'audit-trail-20251002-063005.pdf',
    );
    expect(exportFilename(ReportKind.REJECTIONS, ExportFormat.CSV, at, 'UTC')).to.equal(
      'rejection-report-20251001-233005.csv',
    );
  });

  it('points links at PUBLIC_URL, else at this server on localhost; never at a Host header', () => {
    const withPublic = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://meals.example.com/' });
    expect(exportBaseUrl(withPublic)).to.equal('https://meals.example.com');
    expect(exportBaseUrl(config)).to.equal('http://localhost:4000');
  });

  it('keeps only the filters the report understands, trimmed, blanks dropped', () => {
    expect(
      exportFilters({
        kind: ReportKind.AUDIT_TRAIL,
        format: ExportFormat.CSV,
        search: '  login ',
        aksi: '',
        userId: 3,
        departmentId: 2,
        groupBy: null,
      }),
    ).to.deep.equal({ search: 'login', userId: 3 });
    expect(
      exportFilters({
        kind: ReportKind.REJECTIONS,
        format: ExportFormat.PDF,
        approvalStatus: null,
        status: OrderStatus.DITOLAK,
        tanggalMulai: '2025-10-01',
      }),
    ).to.deep.equal({ tanggalMulai: '2025-10-01' });
  });
});
