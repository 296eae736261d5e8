// Authentication end to end (DOMAIN.md, Authentication): login for WEB and MOBILE clients, refresh-token rotation
// and reuse detection, logout, login throttling, deactivation, password reset/change and access-token checks,
// each verified through the API and, where it matters, the audit rows and token tables.
import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import {
  ChangePasswordDocument,
  CreateUserDocument,
  DepartmentsDocument,
  LoginDocument,
  type LoginMutation,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  ResetUserPasswordDocument,
  type Role,
  UpdateUserStatusDocument,
  UsersDocument,
} from './generated/graphql';
import { firstError, GqlResponse, SEED, startTestServer, TEST_SECRETS, TestServer } from './helpers/server';

/** The test servers' token secrets. */
const ACCESS_SECRET = TEST_SECRETS.JWT_SECRET;
const REFRESH_SECRET = TEST_SECRETS.JWT_REFRESH_SECRET;

type AuthPayload = LoginMutation['login'];

interface Cookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flag attributes (HttpOnly, Secure) map to ''. */
  attributes: Record<string, string>;
}

function parseSetCookie(header: string): Cookie {
  const [pair, ...rest] = header.split(';').map((part) => part.trim());
  const separator = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const attribute of rest) {
    const index = attribute.indexOf('=');
    if (index === -1) attributes[attribute.toLowerCase()] = '';
    else attributes[attribute.slice(0, index).toLowerCase()] = attribute.slice(index + 1);
  }
  return { name: pair.slice(0, separator), value: decodeURIComponent(pair.slice(separator + 1)), attributes };
}

function refreshCookies(response: GqlResponse<unknown>): Cookie[] {
  return response.headers
    .getSetCookie()
    .map(parseSetCookie)
    .filter((cookie) => cookie.name === 'refreshToken');
}

/** The one refreshToken cookie a response sets, with a value (not a clearing one). */
function issuedCookie(response: GqlResponse<unknown>): Cookie {
  const cookies = refreshCookies(response);
  expect(cookies, 'exactly one refreshToken cookie').to.have.length(1);
  expect(cookies[0].value).to.be.a('string').and.not.equal('');
  return cookies[0];
}

function expectClearingCookie(response: GqlResponse<unknown>): void {
  const cookies = refreshCookies(response);
  expect(cookies, 'a refreshToken cookie that clears it').to.have.length(1);
  const [cookie] = cookies;
  expect(cookie.value).to.equal('');
  const expires = cookie.attributes.expires ? Date.parse(cookie.attributes.expires) : Number.NaN;
  const expired = cookie.attributes['max-age'] === '0' || (!Number.isNaN(expires) && expires <= Date.now());
  expect(expired, `cookie is expired: ${JSON.stringify(cookie.attributes)}`).to.equal(true);
  expect(cookie.attributes.path).to.equal('/');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('authentication', () => {
  let server: TestServer;
  let adminToken: string;
  let nikCounter = 0;

  before(async () => {
    server = await startTestServer();
    adminToken = (await server.tokens()).admin;
  });
  after(() => server.dispose());

  async function login(nik: string, password: string, clientType?: 'WEB' | 'MOBILE') {
    return server.runResponse(LoginDocument, {
      input: clientType ? { nik, password, clientType } : { nik, password },
    });
  }

  async function mobileLogin(nik: string, password: string): Promise<AuthPayload> {
    const data = await server.run(LoginDocument, {
      input: { nik, password, clientType: 'MOBILE' },
    });
    return data.login;
  }

  /** A fresh employee of its own, so that throttling and resets here do not disturb other tests. */
  async function newUser(
    role: Role = 'EMPLOYEE',
    password = 'initial-pass-1',
  ): Promise<{ id: number; nik: string; password: string }> {
    nikCounter += 1;
    const nik = `AUTH${String(nikCounter).padStart(3, '0')}`;
    const data = await server.run(
      CreateUserDocument,
      { input: { nomorIndukKaryawan: nik, namaLengkap: `Auth Tester ${nikCounter}`, password, role } },
      { token: adminToken },
    );
    return { id: data.createUser.id, nik, password };
  }

  /** Moves a rotated refresh token's revocation back past the grace window (REFRESH_REUSE_GRACE_SECONDS, 10). */
  async function pastGrace(token: string): Promise<void> {
    const [row] = await server.sql<{ moved: number }>(
      `WITH moved AS (
         UPDATE refresh_token SET revoked_at = revoked_at - interval '11 seconds'
          WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND revoked_at IS NOT NULL RETURNING id)
       SELECT count(*)::int AS moved FROM moved`,
      [token],
    );
    expect(row.moved, 'a rotated token').to.equal(1);
  }

  async function karyawanId(nik: string): Promise<number> {
    const [row] = await server.sql<{ id: number }>(
      'SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = $1',
      [nik],
    );
    expect(row, `karyawan ${nik}`).to.not.equal(undefined);
    return row.id;
  }

  it('answers a query without a token with UNAUTHENTICATED and no stack trace, in development too', async () => {
    const failed = firstError(await server.gql('{ me { id } }'));
    expect(failed.extensions?.code).to.equal('UNAUTHENTICATED');
    expect(failed.extensions).to.not.have.property('stacktrace');
  });

  describe('login', () => {
    it('gives a WEB client the refresh token only in an HttpOnly, SameSite=Lax, 7-day cookie', async () => {
      const response = await login(SEED.admin.nik, SEED.admin.password, 'WEB');
      expect(response.errors).to.equal(undefined);
      const payload = response.data?.login;
      expect(payload?.refreshToken).to.equal(null);
      expect(payload?.accessToken).to.be.a('string').and.not.equal('');
      expect(payload?.expiresIn).to.equal(15 * 60);
      expect(payload?.user.nomorIndukKaryawan).to.equal('ADM001');
      expect(payload?.user.role).to.equal('ADMINISTRATOR');

      const cookie = issuedCookie(response);
      expect(cookie.attributes).to.have.property('httponly');
      expect(cookie.attributes.samesite?.toLowerCase()).to.equal('lax');
      expect(cookie.attributes.path).to.equal('/');
      expect(cookie.attributes['max-age']).to.equal('604800');
      expect(cookie.attributes, 'no Secure outside production').to.not.have.property('secure');
    });

    it('treats a login without clientType as WEB', async () => {
      const response = await login(SEED.employee.nik, SEED.employee.password);
      expect(response.errors).to.equal(undefined);
      expect(response.data?.login.refreshToken).to.equal(null);
      issuedCookie(response);
    });

    it('gives a MOBILE client the refresh token in the body and sets no cookie', async () => {
      const response = await login(SEED.dapur.nik, SEED.dapur.password, 'MOBILE');
      expect(response.errors).to.equal(undefined);
      expect(response.data?.login.refreshToken).to.be.a('string').and.not.equal('');
      expect(response.headers.getSetCookie()).to.deep.equal([]);
    });

    it('issues an HS256 access token with the documented claims', async () => {
      const payload = await mobileLogin(SEED.employee.nik, SEED.employee.password);
      const claims = jwt.verify(payload.accessToken, ACCESS_SECRET, { algorithms: ['HS256'] });
      expect(claims).to.be.an('object');
      if (typeof claims === 'string') throw new Error('unexpected string payload');
      const [row] = await server.sql<{ user_id: number; id: number; department_id: number }>(
        "SELECT user_id, id, department_id FROM master_karyawan WHERE nomor_induk_karyawan = 'EMP001'",
      );
      expect(claims.sub).to.equal(String(row.user_id));
      expect(claims.karyawanId).to.equal(row.id);
      expect(claims.nik).to.equal('EMP001');
      expect(claims.role).to.equal('employee');
      expect(claims.departmentId).to.equal(row.department_id);
      expect(claims.sid, 'the session: the refresh token family').to.equal(
        (jwt.decode(payload.refreshToken ?? '') as { fam?: string } | null)?.fam,
      );
      expect(Number(claims.exp) - Number(claims.iat)).to.equal(15 * 60);

      // The refresh token is signed with the other secret and lives 7 days.
      const refresh = jwt.verify(payload.refreshToken ?? '', REFRESH_SECRET, { algorithms: ['HS256'] });
      if (typeof refresh === 'string') throw new Error('unexpected string payload');
      expect(refresh.sub).to.equal(String(row.user_id));
      expect(Number(refresh.exp) - Number(refresh.iat)).to.equal(7 * 24 * 3600);
      expect(() => jwt.verify(payload.refreshToken ?? '', ACCESS_SECRET)).to.throw();
    });

    it('marks the cookie Secure and hides stack traces when NODE_ENV=production', async () => {
      const production = await startTestServer({
        env: {
          NODE_ENV: 'production',
          JWT_SECRET: 'production-access-secret-0123456789abcdef',
          JWT_REFRESH_SECRET: 'production-refresh-secret-0123456789abcdef',
          PUBLIC_URL: 'https://meals.example.test',
        },
      });
      try {
        const response = await production.runResponse(LoginDocument, {
          input: { ...SEED.admin, clientType: 'WEB' },
        });
        expect(response.errors).to.equal(undefined);
        const cookie = issuedCookie(response);
        expect(cookie.attributes).to.have.property('secure');
        expect(cookie.attributes).to.have.property('httponly');
        expect(cookie.attributes['max-age']).to.equal('604800');
        const failed = firstError(
          await production.runResponse(LoginDocument, { input: { nik: 'NOSUCH99', password: 'x-y-z-1' } }),
        );
        expect(failed.extensions?.code).to.equal('UNAUTHENTICATED');
        expect(failed.extensions).to.not.have.property('stacktrace');
      } finally {
        await production.dispose();
      }
    });

    it('answers an unknown NIK and a wrong password with the same UNAUTHENTICATED message', async () => {
      const user = await newUser();
      const unknown = firstError(await login('NOSUCH01', 'whatever-123'));
      const wrong = firstError(await login(user.nik, 'wrong-password-1'));
      expect(unknown.extensions?.code).to.equal('UNAUTHENTICATED');
      expect(wrong.extensions?.code).to.equal('UNAUTHENTICATED');
      expect(unknown.message).to.equal(wrong.message);
    });

    it('audits both kinds of failure as LOGIN_FAILURE with the reason, never the password', async () => {
      const user = await newUser();
      const marker = await server.lastAuditId();
      await login('NOSUCH02', 'Guess-One-111');
      await login(user.nik, 'Guess-Two-222');
      const rows = await server.auditSince(marker);
      expect(rows.map((row) => row.aksi)).to.deep.equal(['LOGIN_FAILURE', 'LOGIN_FAILURE']);
      const [unknown, wrong] = rows;
      expect(unknown.user_id).to.equal(null);
      // What was typed as an unknown NIK (often a password in the wrong field) stays out of the audit trail.
      expect(unknown.metadata).to.deep.equal({ nikKnown: false, reason: 'unknown NIK' });
      expect(JSON.stringify(unknown)).not.to.contain('NOSUCH02');
      expect(wrong.user_id).to.equal(user.id);
      expect(wrong.metadata).to.include({ nik: user.nik, reason: 'wrong password' });
      expect(wrong.detail).to.contain(user.nik);
      const text = JSON.stringify(rows);
      expect(text).to.not.contain('Guess-One-111');
      expect(text).to.not.contain('Guess-Two-222');
    });

    it('audits a successful login as LOGIN_SUCCESS of that user', async () => {
      const user = await newUser();
      const marker = await server.lastAuditId();
      await mobileLogin(user.nik, user.password);
      const rows = await server.auditSince(marker);
      expect(rows).to.have.length(1);
      expect(rows[0].aksi).to.equal('LOGIN_SUCCESS');
      expect(rows[0].user_id).to.equal(user.id);
      expect(rows[0].detail).to.contain(user.nik);
      expect(JSON.stringify(rows)).to.not.contain(user.password);
    });
  });

  describe('refresh token rotation', () => {
    it('rotates the cookie of a WEB client: new cookie and access token; the old cookie gets the same one within the grace window, then is refused', async () => {
      const first = issuedCookie(await login(SEED.employee.nik, SEED.employee.password, 'WEB'));
      const refreshed = await server.runResponse(
        RefreshTokenDocument,
        {},
        { cookie: `refreshToken=${encodeURIComponent(first.value)}` },
      );
      expect(refreshed.errors).to.equal(undefined);
      const payload = refreshed.data?.refreshToken;
      expect(payload?.refreshToken, 'WEB keeps the token out of the body').to.equal(null);
      expect(payload?.user.nomorIndukKaryawan).to.equal('EMP001');
      const second = issuedCookie(refreshed);
      expect(second.value).to.not.equal(first.value);
      expect(second.attributes).to.have.property('httponly');
      expect(second.attributes['max-age']).to.equal('604800');
      const me = await server.run(MeDocument, {}, { token: payload?.accessToken });
      expect(me.me.nomorIndukKaryawan).to.equal('EMP001');

      // A second tab presenting the old cookie at the same moment gets the same new cookie, not a fork.
      const again = await server.runResponse(
        RefreshTokenDocument,
        {},
        { cookie: `refreshToken=${encodeURIComponent(first.value)}` },
      );
      expect(again.errors).to.equal(undefined);
      expect(issuedCookie(again).value).to.equal(second.value);

      await pastGrace(first.value);
      const late = await server.runResponse(
        RefreshTokenDocument,
        {},
        { cookie: `refreshToken=${encodeURIComponent(first.value)}` },
      );
      expect(firstError(late).extensions?.code).to.equal('UNAUTHENTICATED');
    });

    it('rotates a MOBILE refresh token passed as the argument, in the body and without cookies', async () => {
      const first = await mobileLogin(SEED.delivery.nik, SEED.delivery.password);
      const response = await server.runResponse(RefreshTokenDocument, {
        refreshToken: first.refreshToken,
      });
      expect(response.errors).to.equal(undefined);
      const second = response.data?.refreshToken;
      expect(second?.refreshToken).to.be.a('string').and.not.equal(first.refreshToken);
      expect(second?.accessToken).to.be.a('string');
      expect(second?.user.nomorIndukKaryawan).to.equal('DEL001');
      expect(response.headers.getSetCookie()).to.deep.equal([]);

      const again = await server.run(RefreshTokenDocument, { refreshToken: first.refreshToken });
      expect(again.refreshToken.refreshToken, 'within the grace window: the same successor').to.equal(
        second?.refreshToken,
      );
      await pastGrace(first.refreshToken ?? '');
      expect(await server.runErrorCode(RefreshTokenDocument, { refreshToken: first.refreshToken })).to.equal(
        'UNAUTHENTICATED',
      );
    });

    it('revokes the whole family when an already-rotated token comes back', async () => {
      const user = await newUser();
      const first = await mobileLogin(user.nik, user.password);
      const other = await mobileLogin(user.nik, user.password);
      const second = (await server.run(RefreshTokenDocument, { refreshToken: first.refreshToken }))
        .refreshToken;
      const third = (await server.run(RefreshTokenDocument, { refreshToken: second.refreshToken }))
        .refreshToken;

      // The stolen first token is presented again: refused, and the family's newest token dies with it, as do
      // the access tokens of that session.
      expect((await server.run(MeDocument, {}, { token: third.accessToken })).me.nomorIndukKaryawan).to.equal(
        user.nik,
      );
      expect(await server.runErrorCode(RefreshTokenDocument, { refreshToken: first.refreshToken })).to.equal(
        'UNAUTHENTICATED',
      );
      expect(await server.runErrorCode(RefreshTokenDocument, { refreshToken: third.refreshToken })).to.equal(
        'UNAUTHENTICATED',
      );
      expect(await server.runErrorCode(MeDocument, {}, { token: third.accessToken })).to.equal(
        'UNAUTHENTICATED',
      );
      expect((await server.run(MeDocument, {}, { token: other.accessToken })).me.nomorIndukKaryawan).to.equal(
        user.nik,
      );
      const [family] = await server.sql<{ open: number }>(
        `SELECT count(*)::int AS open FROM refresh_token t JOIN users u ON u.id = t.user_id
          WHERE u.username = $1 AND t.revoked_at IS NULL`,
        [user.nik],
      );
      expect(family.open, 'only the unrelated session is left').to.equal(1);

      // A session from another login is a different family and keeps working.
      const unrelated = await server.run(RefreshTokenDocument, {
        refreshToken: other.refreshToken,
      });
      expect(unrelated.refreshToken.user.nomorIndukKaryawan).to.equal(user.nik);
    });

    it('gives every one of several simultaneous refreshes with one token the same successor; the family keeps working', async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          server.runResponse(RefreshTokenDocument, { refreshToken: session.refreshToken }),
        ),
      );
      expect(responses.map((response) => response.errors)).to.deep.equal(Array(5).fill(undefined));
      const successors = new Set(responses.map((response) => response.data?.refreshToken.refreshToken));
      expect(successors.size, 'a token is rotated once, never forked').to.equal(1);
      const [successor] = [...successors];
      const [issued] = await server.sql<{ count: number; open: number }>(
        `SELECT count(*)::int AS count, count(*) FILTER (WHERE t.revoked_at IS NULL)::int AS open
           FROM refresh_token t JOIN users u ON u.id = t.user_id WHERE u.username = $1`,
        [user.nik],
      );
      expect(issued, 'the login token and its one successor, which is current').to.deep.equal({
        count: 2,
        open: 1,
      });
      for (const response of responses) {
        const accessToken = response.data?.refreshToken.accessToken;
        expect((await server.run(MeDocument, {}, { token: accessToken })).me.nomorIndukKaryawan).to.equal(
          user.nik,
        );
      }
      const next = await server.run(RefreshTokenDocument, { refreshToken: successor });
      expect(next.refreshToken.user.nomorIndukKaryawan).to.equal(user.nik);
    });

    it('revokes the family when a rotated token comes back after the grace window, ending its access tokens', async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const rotated = (await server.run(RefreshTokenDocument, { refreshToken: session.refreshToken }))
        .refreshToken;
      await pastGrace(session.refreshToken ?? '');
      expect(
        await server.runErrorCode(RefreshTokenDocument, { refreshToken: session.refreshToken }),
      ).to.equal('UNAUTHENTICATED');
      expect(
        await server.runErrorCode(RefreshTokenDocument, { refreshToken: rotated.refreshToken }),
      ).to.equal('UNAUTHENTICATED');
      for (const token of [session.accessToken, rotated.accessToken])
        expect(await server.runErrorCode(MeDocument, {}, { token })).to.equal('UNAUTHENTICATED');
    });

    it('has no grace with REFRESH_REUSE_GRACE_SECONDS=0: an immediate reuse revokes the family', async () => {
      const strict = await startTestServer({ env: { REFRESH_REUSE_GRACE_SECONDS: '0' } });
      try {
        const session = (
          await strict.run(LoginDocument, {
            input: { ...SEED.employee2, clientType: 'MOBILE' },
          })
        ).login;
        const rotated = (await strict.run(RefreshTokenDocument, { refreshToken: session.refreshToken }))
          .refreshToken;
        expect(
          await strict.runErrorCode(RefreshTokenDocument, { refreshToken: session.refreshToken }),
        ).to.equal('UNAUTHENTICATED');
        expect(
          await strict.runErrorCode(RefreshTokenDocument, { refreshToken: rotated.refreshToken }),
        ).to.equal('UNAUTHENTICATED');
      } finally {
        await strict.dispose();
      }
    });

    it('refuses a refresh token past its stored expiry', async () => {
      const session = await mobileLogin(SEED.delivery.nik, SEED.delivery.password);
      await server.sql(
        `UPDATE refresh_token SET expires_at = now() - interval '1 second'
          WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [session.refreshToken],
      );
      expect(
        await server.runErrorCode(RefreshTokenDocument, { refreshToken: session.refreshToken }),
      ).to.equal('UNAUTHENTICATED');
    });

    it('refuses a missing, malformed or foreign refresh token, and clears a bad cookie', async () => {
      expect(await server.runErrorCode(RefreshTokenDocument, {})).to.equal('UNAUTHENTICATED');
      expect(await server.runErrorCode(RefreshTokenDocument, { refreshToken: 'not-a-jwt' })).to.equal(
        'UNAUTHENTICATED',
      );
      const session = await mobileLogin(SEED.employee.nik, SEED.employee.password);
      expect(
        await server.runErrorCode(RefreshTokenDocument, { refreshToken: session.accessToken }),
        'an access token',
      ).to.equal('UNAUTHENTICATED');
      const response = await server.runResponse(RefreshTokenDocument, {}, { cookie: 'refreshToken=garbage' });
      expect(firstError(response).extensions?.code).to.equal('UNAUTHENTICATED');
      expectClearingCookie(response);
    });
  });

  describe('logout', () => {
    it('revokes the cookie of a WEB client server-side and clears it', async () => {
      const cookie = issuedCookie(await login(SEED.employee.nik, SEED.employee.password, 'WEB'));
      const header = `refreshToken=${encodeURIComponent(cookie.value)}`;
      const response = await server.runResponse(LogoutDocument, {}, { cookie: header });
      expect(response.errors).to.equal(undefined);
      expect(response.data?.logout).to.equal(true);
      expectClearingCookie(response);
      expect(await server.runErrorCode(RefreshTokenDocument, {}, { cookie: header })).to.equal(
        'UNAUTHENTICATED',
      );
    });

    it('revokes a MOBILE refresh token passed as the argument', async () => {
      const session = await mobileLogin(SEED.dapur.nik, SEED.dapur.password);
      const data = await server.run(LogoutDocument, { refreshToken: session.refreshToken });
      expect(data.logout).to.equal(true);
      const [row] = await server.sql<{ revoked: boolean }>(
        `SELECT revoked_at IS NOT NULL AS revoked FROM refresh_token
          WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [session.refreshToken],
      );
      expect(row?.revoked).to.equal(true);
      expect(
        await server.runErrorCode(RefreshTokenDocument, { refreshToken: session.refreshToken }),
      ).to.equal('UNAUTHENTICATED');
    });

    it('ends the access tokens of the session at their next request, and only of that session', async () => {
      const user = await newUser();
      const leaving = await mobileLogin(user.nik, user.password);
      const staying = await mobileLogin(user.nik, user.password);
      expect(
        (await server.run(MeDocument, {}, { token: leaving.accessToken })).me.nomorIndukKaryawan,
      ).to.equal(user.nik);
      await server.run(LogoutDocument, { refreshToken: leaving.refreshToken });
      const refused = await server.runResponse(MeDocument, {}, { token: leaving.accessToken });
      expect(firstError(refused).extensions?.code).to.equal('UNAUTHENTICATED');
      expect(firstError(refused).message).to.match(/session ended/i);
      expect(
        (await server.run(MeDocument, {}, { token: staying.accessToken })).me.nomorIndukKaryawan,
      ).to.equal(user.nik);
    });

    it('succeeds without a token (idempotent)', async () => {
      const data = await server.run(LogoutDocument, {});
      expect(data.logout).to.equal(true);
    });
  });

  describe('login throttling', () => {
    it('refuses the 6th attempt after 5 failures with TOO_MANY_REQUESTS, even with the right password', async () => {
      const user = await newUser();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(
          await server.runErrorCode(LoginDocument, { input: { nik: user.nik, password: 'nope-nope' } }),
        ).to.equal('UNAUTHENTICATED', `attempt ${attempt}`);
      }
      const marker = await server.lastAuditId();
      const refused = firstError(await login(user.nik, user.password, 'MOBILE'));
      expect(refused.extensions?.code).to.equal('TOO_MANY_REQUESTS');
      const rows = await server.auditSince(marker);
      expect(rows).to.have.length(1);
      expect(rows[0].aksi).to.equal('LOGIN_FAILURE');
      expect(rows[0].metadata).to.include({ nik: user.nik });
      expect(String(rows[0].metadata?.reason)).to.match(/throttl|too many/i);

      // The window passes.
      await server.sql(
        "UPDATE login_attempt SET attempted_at = attempted_at - interval '16 minutes' WHERE nik = $1",
        [user.nik],
      );
      const session = await mobileLogin(user.nik, user.password);
      expect(session.user.nomorIndukKaryawan).to.equal(user.nik);
    });

    it('throttles an unknown NIK the same way', async () => {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(
          await server.runErrorCode(LoginDocument, { input: { nik: 'GHOST01', password: 'x-x-x-x-x' } }),
        ).to.equal('UNAUTHENTICATED');
      }
      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: 'GHOST01', password: 'x-x-x-x-x' } }),
      ).to.equal('TOO_MANY_REQUESTS');
    });

    it('never counts more than 5 failures when 10 wrong logins arrive at once', async () => {
      const user = await newUser();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => login(user.nik, 'wrong-at-once', 'MOBILE')),
      );
      const codes = responses.map((response) => firstError(response).extensions?.code);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).to.have.length(5);
      expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).to.have.length(5);
      const [attempts] = await server.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM login_attempt WHERE nik = $1',
        [user.nik],
      );
      expect(attempts.count).to.equal(5);
      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: user.nik, password: user.password } }),
      ).to.equal('TOO_MANY_REQUESTS');
    });
  });

  describe('deactivation', () => {
    it('stops the access token, login and refresh of a deactivated user at once; reactivation restores login', async () => {
      const id = await karyawanId(SEED.employee2.nik);
      const session = await mobileLogin(SEED.employee2.nik, SEED.employee2.password);
      expect((await server.run(MeDocument, {}, { token: session.accessToken })).me.id).to.equal(id);

      const deactivated = await server.run(
        UpdateUserStatusDocument,
        { id, isActive: false },
        { token: adminToken },
      );
      expect(deactivated.updateUserStatus.isActive).to.equal(false);
      try {
        expect(await server.runErrorCode(MeDocument, {}, { token: session.accessToken })).to.equal(
          'UNAUTHENTICATED',
        );
        expect(await server.runErrorCode(DepartmentsDocument, {}, { token: session.accessToken })).to.equal(
          'UNAUTHENTICATED',
        );
        expect(
          await server.runErrorCode(LoginDocument, { input: { ...SEED.employee2, clientType: 'MOBILE' } }),
        ).to.equal('UNAUTHENTICATED');
        expect(
          await server.runErrorCode(RefreshTokenDocument, { refreshToken: session.refreshToken }),
        ).to.equal('UNAUTHENTICATED');
      } finally {
        await server.run(UpdateUserStatusDocument, { id, isActive: true }, { token: adminToken });
      }
      const again = await mobileLogin(SEED.employee2.nik, SEED.employee2.password);
      expect((await server.run(MeDocument, {}, { token: again.accessToken })).me.isActive).to.equal(true);
    });
  });

  describe('password reset and change', () => {
    it('makes a reset user change the temporary password before anything else works', async () => {
      const user = await newUser();
      const before = await mobileLogin(user.nik, user.password);
      const marker = await server.lastAuditId();
      const reset = await server.run(ResetUserPasswordDocument, { id: user.id }, { token: adminToken });
      const temporary = reset.resetUserPassword.temporaryPassword;
      expect(temporary).to.be.a('string');
      expect(temporary.length).to.be.at.least(12);
      expect(reset.resetUserPassword.user.nomorIndukKaryawan).to.equal(user.nik);

      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: user.nik, password: user.password } }),
      ).to.equal('UNAUTHENTICATED');
      const session = await mobileLogin(user.nik, temporary);
      expect(await server.runErrorCode(MeDocument, {}, { token: session.accessToken })).to.equal(
        'PASSWORD_CHANGE_REQUIRED',
      );
      expect(await server.runErrorCode(DepartmentsDocument, {}, { token: session.accessToken })).to.equal(
        'PASSWORD_CHANGE_REQUIRED',
      );
      // The reset ended the sessions from before it.
      expect(await server.runErrorCode(MeDocument, {}, { token: before.accessToken })).to.equal(
        'UNAUTHENTICATED',
      );

      const changed = await server.run(
        ChangePasswordDocument,
        { input: { currentPassword: temporary, newPassword: 'my-own-password-9' } },
        { token: session.accessToken },
      );
      expect(changed.changePassword).to.equal(true);
      expect(
        (await server.run(MeDocument, {}, { token: session.accessToken })).me.nomorIndukKaryawan,
      ).to.equal(user.nik);
      await mobileLogin(user.nik, 'my-own-password-9');
      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: user.nik, password: temporary } }),
      ).to.equal('UNAUTHENTICATED');

      const rows = await server.auditSince(marker);
      const resetRow = rows.find((row) => row.aksi === 'PASSWORD_RESET');
      const changedRow = rows.find((row) => row.aksi === 'PASSWORD_CHANGED');
      expect(resetRow?.detail).to.contain(user.nik);
      expect(changedRow?.user_id).to.equal(user.id);
      expect(changedRow?.detail).to.contain(user.nik);
      const text = JSON.stringify(rows);
      expect(text).to.not.contain(temporary);
      expect(text).to.not.contain('my-own-password-9');
    });

    it('says at login and refresh whether the password must be changed first (mustChangePassword)', async () => {
      const refresh = async (token: string | null) =>
        (await server.run(RefreshTokenDocument, { refreshToken: token })).refreshToken;
      for (const seed of [SEED.employee, SEED.admin]) {
        expect((await mobileLogin(seed.nik, seed.password)).mustChangePassword, seed.nik).to.equal(false);
      }
      const user = await newUser();
      const own = await mobileLogin(user.nik, user.password);
      expect(own.mustChangePassword).to.equal(false);
      expect((await refresh(own.refreshToken)).mustChangePassword).to.equal(false);

      const reset = await server.run(ResetUserPasswordDocument, { id: user.id }, { token: adminToken });
      const temporary = reset.resetUserPassword.temporaryPassword;
      const web = await login(user.nik, temporary, 'WEB');
      expect(web.data?.login.mustChangePassword, 'WEB login').to.equal(true);
      const session = await mobileLogin(user.nik, temporary);
      expect(session.mustChangePassword, 'MOBILE login').to.equal(true);
      // It says what the API then enforces.
      expect(await server.runErrorCode(MeDocument, {}, { token: session.accessToken })).to.equal(
        'PASSWORD_CHANGE_REQUIRED',
      );
      const rotated = await refresh(session.refreshToken);
      expect(rotated.mustChangePassword, 'refresh').to.equal(true);
      // The first token again within the grace window: the same successor, the same answer.
      expect((await refresh(session.refreshToken)).mustChangePassword, 'refresh within grace').to.equal(true);

      await server.run(
        ChangePasswordDocument,
        { input: { currentPassword: temporary, newPassword: 'my-own-password-7' } },
        { token: rotated.accessToken },
      );
      expect((await refresh(rotated.refreshToken)).mustChangePassword, 'refresh after change').to.equal(
        false,
      );
      expect(
        (await mobileLogin(user.nik, 'my-own-password-7')).mustChangePassword,
        'login after change',
      ).to.equal(false);
    });

    it('keeps an administrator with a temporary password away from administration', async () => {
      const other = await newUser('ADMINISTRATOR');
      const reset = await server.run(ResetUserPasswordDocument, { id: other.id }, { token: adminToken });
      const session = await mobileLogin(other.nik, reset.resetUserPassword.temporaryPassword);
      expect(await server.runErrorCode(UsersDocument, {}, { token: session.accessToken })).to.equal(
        'PASSWORD_CHANGE_REQUIRED',
      );
    });

    it('revokes every refresh token issued before a reset (a stolen one does not survive it)', async () => {
      const user = await newUser();
      const stolen = await mobileLogin(user.nik, user.password);
      const reset = await server.run(ResetUserPasswordDocument, { id: user.id }, { token: adminToken });
      expect(
        firstError(await server.runResponse(RefreshTokenDocument, { refreshToken: stolen.refreshToken }))
          .extensions?.code,
      ).to.equal('UNAUTHENTICATED');
      // The control: a session started after the reset refreshes.
      const fresh = await mobileLogin(user.nik, reset.resetUserPassword.temporaryPassword);
      const refreshed = await server.run(RefreshTokenDocument, {
        refreshToken: fresh.refreshToken,
      });
      expect(refreshed.refreshToken.user.nomorIndukKaryawan).to.equal(user.nik);
    });

    it('refuses a wrong current password or a short new one, naming the field, and changes nothing', async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const marker = await server.lastAuditId();
      const wrong = firstError(
        await server.runResponse(
          ChangePasswordDocument,
          { input: { currentPassword: 'not-my-password', newPassword: 'another-pass-1' } },
          { token: session.accessToken },
        ),
      );
      expect(wrong.extensions?.code).to.equal('BAD_USER_INPUT');
      expect(wrong.extensions?.field).to.equal('currentPassword');

      const short = firstError(
        await server.runResponse(
          ChangePasswordDocument,
          { input: { currentPassword: user.password, newPassword: 'short1' } },
          { token: session.accessToken },
        ),
      );
      expect(short.extensions?.code).to.equal('BAD_USER_INPUT');
      expect(short.extensions?.field).to.equal('newPassword');

      expect(await server.auditSince(marker, 'PASSWORD_CHANGED')).to.deep.equal([]);
      await mobileLogin(user.nik, user.password);
    });

    it('throttles wrong current passwords like logins: the sixth try in the window is TOO_MANY_REQUESTS', async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const change = (currentPassword: string) =>
        server.runResponse(
          ChangePasswordDocument,
          { input: { currentPassword, newPassword: 'another-pass-1' } },
          { token: session.accessToken },
        );
      const wrong = await Promise.all(Array.from({ length: 5 }, (_, index) => change(`guess-${index}-xyz`)));
      expect(wrong.map((response) => firstError(response).extensions?.code)).to.deep.equal(
        Array(5).fill('BAD_USER_INPUT'),
      );
      // Even the right password waits for the window now: guessing stays capped at 5 per 15 minutes.
      const throttled = firstError(await change(user.password));
      expect(throttled.extensions?.code).to.equal('TOO_MANY_REQUESTS');
      expect(throttled.extensions?.retryAfterSeconds).to.be.a('number');
      await server.sql(
        "UPDATE login_attempt SET attempted_at = attempted_at - interval '16 minutes' WHERE nik LIKE 'password-change:%'",
      );
      expect((await change(user.password)).errors).to.equal(undefined);
    });

    it("does not let failed logins count against another user's password changes", async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const key = `password-change:${user.id}`;
      for (let attempt = 0; attempt < 6; attempt += 1) await login(key, 'whatever-123');
      const changed = await server.runResponse(
        ChangePasswordDocument,
        { input: { currentPassword: user.password, newPassword: 'another-pass-9' } },
        { token: session.accessToken },
      );
      expect(changed.errors).to.equal(undefined);
    });

    it('audits a successful change as PASSWORD_CHANGED and refuses anonymous callers', async () => {
      const user = await newUser();
      const session = await mobileLogin(user.nik, user.password);
      const marker = await server.lastAuditId();
      await server.run(
        ChangePasswordDocument,
        { input: { currentPassword: user.password, newPassword: 'changed-pass-22' } },
        { token: session.accessToken },
      );
      const rows = await server.auditSince(marker, 'PASSWORD_CHANGED');
      expect(rows).to.have.length(1);
      expect(rows[0].user_id).to.equal(user.id);
      expect(
        await server.runErrorCode(ChangePasswordDocument, {
          input: { currentPassword: 'changed-pass-22', newPassword: 'changed-pass-33' },
        }),
      ).to.equal('UNAUTHENTICATED');
    });
  });

  describe('access tokens', () => {
    /** The claims of a live session of `nik` (its sid comes from a real login). */
    async function claimsOf(nik: string) {
      const password = Object.values(SEED).find((user) => user.nik === nik)?.password ?? '';
      const decoded = jwt.decode((await mobileLogin(nik, password)).accessToken);
      const sid = decoded && typeof decoded === 'object' ? String(decoded.sid) : '';
      const [row] = await server.sql<{ user_id: number; id: number; role: string; department_id: number }>(
        `SELECT user_id, id, role_access AS role, department_id FROM master_karyawan
          WHERE nomor_induk_karyawan = $1`,
        [nik],
      );
      return {
        sub: String(row.user_id),
        sid,
        karyawanId: row.id,
        nik,
        role: row.role,
        departmentId: row.department_id,
      };
    }

    it('accepts a token signed with the configured secret (control for the cases below)', async () => {
      const { sub, ...claims } = await claimsOf('EMP001');
      const token = jwt.sign(claims, ACCESS_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: 60 });
      expect((await server.run(MeDocument, {}, { token })).me.nomorIndukKaryawan).to.equal('EMP001');
    });

    it('refuses an expired access token with UNAUTHENTICATED', async () => {
      const { sub, ...claims } = await claimsOf('EMP001');
      const now = Math.floor(Date.now() / 1000);
      const token = jwt.sign({ ...claims, sub, iat: now - 120, exp: now - 60 }, ACCESS_SECRET, {
        algorithm: 'HS256',
      });
      expect(await server.runErrorCode(MeDocument, {}, { token })).to.equal('UNAUTHENTICATED');
      expect(await server.runErrorCode(DepartmentsDocument, {}, { token })).to.equal('UNAUTHENTICATED');
    });

    it('refuses a token once it has expired, though it was accepted (and its signature checked) before', async () => {
      const { sub, ...claims } = await claimsOf('EMP001');
      const token = jwt.sign(claims, ACCESS_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: 2 });
      expect((await server.run(MeDocument, {}, { token })).me.nomorIndukKaryawan).to.equal('EMP001');
      const { exp } = jwt.decode(token) as { exp: number };
      await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
      expect(await server.runErrorCode(MeDocument, {}, { token })).to.equal('UNAUTHENTICATED');
    });

    it('refuses garbage, a foreign signature, an unsigned token and a token of an unknown user', async () => {
      const { sub, ...claims } = await claimsOf('ADM001');
      const foreign = jwt.sign(claims, 'some-other-secret', {
        algorithm: 'HS256',
        subject: sub,
        expiresIn: 60,
      });
      const unsigned = jwt.sign(claims, '', { algorithm: 'none', subject: sub, expiresIn: 60 });
      const ghost = jwt.sign(claims, ACCESS_SECRET, { algorithm: 'HS256', subject: '999999', expiresIn: 60 });
      const refresh = (await mobileLogin(SEED.admin.nik, SEED.admin.password)).refreshToken;
      for (const token of ['garbage', 'a.b.c', foreign, unsigned, ghost, refresh]) {
        expect(await server.runErrorCode(MeDocument, {}, { token }), String(token)).to.equal(
          'UNAUTHENTICATED',
        );
        expect(await server.runErrorCode(UsersDocument, {}, { token }), String(token)).to.equal(
          'UNAUTHENTICATED',
        );
      }
    });

    it('lets an access token expire after JWT_EXPIRES_IN', async () => {
      const shortLived = await startTestServer({ env: { JWT_EXPIRES_IN: '1' } });
      try {
        const data = await shortLived.run(LoginDocument, {
          input: { ...SEED.employee, clientType: 'MOBILE' },
        });
        expect(data.login.expiresIn).to.equal(1);
        const decoded = jwt.decode(data.login.accessToken);
        const exp = decoded && typeof decoded === 'object' ? Number(decoded.exp) : Number.NaN;
        expect(Number.isFinite(exp), 'exp claim').to.equal(true);
        const wait = exp * 1000 - Date.now() + 50;
        expect(wait).to.be.at.most(1100);
        if (wait > 0) await sleep(wait);
        expect(await shortLived.runErrorCode(MeDocument, {}, { token: data.login.accessToken })).to.equal(
          'UNAUTHENTICATED',
        );
      } finally {
        await shortLived.dispose();
      }
    });
  });
});
