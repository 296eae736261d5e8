// User administration (DOMAIN.md, Roles/Audit trail/Errors): creating users with validated input, the filtered and
// paginated list, role/profile/status changes and password resets, each with its audit row; bad input and
// conflicts change nothing.
import { expect } from 'chai';
import {
  CreateUserDocument,
  type CreateUserInput,
  LoginDocument,
  MeDocument,
  ResetUserPasswordDocument,
  type Role,
  UpdateUserProfileDocument,
  UpdateUserRoleDocument,
  UpdateUserStatusDocument,
  UserDocument,
  type UserListItemFragment,
  UsersDocument,
  type UsersQuery,
  type UsersQueryVariables,
} from './generated/graphql';
import { firstError, startTestServer, TestServer } from './helpers/server';

type User = UserListItemFragment;
type UserPage = UsersQuery['users'];

interface Counts {
  users: number;
  karyawan: number;
  audit: number;
}

describe('user administration', () => {
  let server: TestServer;
  let adminToken: string;
  let adminId: number;
  const departments: Record<string, number> = {};
  const jabatan: Record<string, number> = {};

  before(async () => {
    server = await startTestServer();
    adminToken = (await server.tokens()).admin;
    const [admin] = await server.sql<{ id: number }>(
      "SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = 'ADM001'",
    );
    adminId = admin.id;
    for (const row of await server.sql<{ id: number; nama_divisi: string }>(
      'SELECT id, nama_divisi FROM master_department',
    )) {
      departments[row.nama_divisi] = row.id;
    }
    for (const row of await server.sql<{ id: number; nama_jabatan: string }>(
      'SELECT id, nama_jabatan FROM master_jabatan',
    )) {
      jabatan[row.nama_jabatan] = row.id;
    }
  });
  after(() => server.dispose());

  const asAdmin = () => ({ token: adminToken });

  async function counts(): Promise<Counts> {
    const [row] = await server.sql<Counts>(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM master_karyawan)::int AS karyawan,
              (SELECT count(*) FROM log_audit_trail)::int AS audit`,
    );
    return row;
  }

  async function createUser(
    input: Pick<CreateUserInput, 'nomorIndukKaryawan' | 'namaLengkap'> & Partial<CreateUserInput>,
  ): Promise<User> {
    const data = await server.run(
      CreateUserDocument,
      { input: { password: 'password-123', role: 'EMPLOYEE', ...input } },
      { token: adminToken },
    );
    return data.createUser;
  }

  async function loginToken(nik: string, password: string): Promise<string> {
    return server.login({ nik, password });
  }

  describe('createUser', () => {
    it('creates the account and the employee record; the new user can sign in', async () => {
      const marker = await server.lastAuditId();
      const user = await createUser({
        nomorIndukKaryawan: 'USR001',
        namaLengkap: '  Siti Rahma  ',
        password: 'siti-secret-1',
        role: 'DAPUR',
        departmentId: departments.Operations,
        jabatanId: jabatan.Supervisor,
        keterangan: 'night kitchen',
      });
      expect(user.nomorIndukKaryawan).to.equal('USR001');
      expect(user.namaLengkap).to.equal('Siti Rahma');
      expect(user.role).to.equal('DAPUR');
      expect(user.isActive).to.equal(true);
      expect(user.keterangan).to.equal('night kitchen');
      expect(user.department?.namaDivisi).to.equal('Operations');
      expect(user.jabatan?.namaJabatan).to.equal('Supervisor');

      const [account] = await server.sql<{ username: string; role_access: string; password_hash: string }>(
        `SELECT u.username, u.role_access, u.password_hash FROM users u
           JOIN master_karyawan k ON k.user_id = u.id WHERE k.id = $1`,
        [user.id],
      );
      expect(account.username).to.equal('USR001');
      expect(account.role_access).to.equal('dapur');
      expect(account.password_hash).to.not.contain('siti-secret-1');
      const cost = Number(/^\$2[aby]\$(\d+)\$/.exec(account.password_hash)?.[1]);
      expect(cost, 'bcrypt cost').to.be.at.least(10);

      const login = await server.run(LoginDocument, {
        input: { nik: 'USR001', password: 'siti-secret-1', clientType: 'MOBILE' },
      });
      expect(login.login.user.id).to.equal(user.id);
      expect(login.login.user.role).to.equal('DAPUR');
      expect(login.login.user.department?.namaDivisi).to.equal('Operations');

      const rows = (await server.auditSince(marker)).filter((row) => row.aksi === 'USER_CREATED');
      expect(rows).to.have.length(1);
      expect(rows[0].user_id).to.equal(adminId);
      expect(rows[0].detail).to.contain('USR001').and.contain('Siti Rahma').and.contain('dapur');
      expect(JSON.stringify(rows)).to.not.contain('siti-secret-1');
    });

    it('creates a user without department or jabatan', async () => {
      const user = await createUser({ nomorIndukKaryawan: 'USR002', namaLengkap: 'No Placement' });
      expect(user.department).to.equal(null);
      expect(user.jabatan).to.equal(null);
      expect(user.role).to.equal('EMPLOYEE');
    });

    const invalid: { name: string; input: Partial<CreateUserInput>; field: string }[] = [
      { name: 'an empty namaLengkap', input: { namaLengkap: '' }, field: 'namaLengkap' },
      { name: 'a blank namaLengkap', input: { namaLengkap: '   ' }, field: 'namaLengkap' },
      {
        name: 'a namaLengkap over 150 characters',
        input: { namaLengkap: 'N'.repeat(151) },
        field: 'namaLengkap',
      },
      { name: 'a password under 8 characters', input: { password: 'seven77' }, field: 'password' },
      { name: 'a password over 128 characters', input: { password: 'p'.repeat(129) }, field: 'password' },
      { name: 'an empty NIK', input: { nomorIndukKaryawan: '' }, field: 'nomorIndukKaryawan' },
      { name: 'a NIK with a space', input: { nomorIndukKaryawan: 'BAD 001' }, field: 'nomorIndukKaryawan' },
      { name: 'a NIK with a slash', input: { nomorIndukKaryawan: 'BAD/001' }, field: 'nomorIndukKaryawan' },
      { name: 'a NIK with a quote', input: { nomorIndukKaryawan: "BAD'001" }, field: 'nomorIndukKaryawan' },
      {
        name: 'a NIK over 50 characters',
        input: { nomorIndukKaryawan: 'B'.repeat(51) },
        field: 'nomorIndukKaryawan',
      },
      {
        name: 'a keterangan over 500 characters',
        input: { keterangan: 'k'.repeat(501) },
        field: 'keterangan',
      },
      { name: 'departmentId 0', input: { departmentId: 0 }, field: 'departmentId' },
      { name: 'a negative jabatanId', input: { jabatanId: -1 }, field: 'jabatanId' },
    ];
    for (const testCase of invalid) {
      it(`refuses ${testCase.name} with BAD_USER_INPUT on ${testCase.field}, writing nothing`, async () => {
        const before = await counts();
        const response = await server.runResponse(
          CreateUserDocument,
          {
            input: {
              nomorIndukKaryawan: 'BADINPUT01',
              namaLengkap: 'Bad Input',
              password: 'password-123',
              role: 'EMPLOYEE',
              ...testCase.input,
            },
          },
          asAdmin(),
        );
        const error = firstError(response);
        expect(error.extensions?.code).to.equal('BAD_USER_INPUT');
        expect(error.extensions?.field).to.equal(testCase.field);
        expect(await counts()).to.deep.equal(before);
      });
    }

    it('refuses a duplicate NIK with CONFLICT, writing nothing', async () => {
      const before = await counts();
      const error = firstError(
        await server.runResponse(
          CreateUserDocument,
          {
            input: {
              nomorIndukKaryawan: 'EMP001',
              namaLengkap: 'Copy',
              password: 'password-123',
              role: 'EMPLOYEE',
            },
          },
          asAdmin(),
        ),
      );
      expect(error.extensions?.code).to.equal('CONFLICT');
      expect(error.extensions?.field).to.equal('nomorIndukKaryawan');
      expect(await counts()).to.deep.equal(before);
      // The original is untouched.
      const [row] = await server.sql<{ nama_lengkap: string }>(
        "SELECT nama_lengkap FROM master_karyawan WHERE nomor_induk_karyawan = 'EMP001'",
      );
      expect(row.nama_lengkap).to.equal('Employee One');
    });

    it('refuses an unknown departmentId or jabatanId with NOT_FOUND naming the field, writing nothing', async () => {
      const before = await counts();
      const base: CreateUserInput = {
        nomorIndukKaryawan: 'GHOSTDEPT',
        namaLengkap: 'Ghost',
        password: 'password-123',
        role: 'EMPLOYEE',
      };
      const department = firstError(
        await server.runResponse(CreateUserDocument, { input: { ...base, departmentId: 999999 } }, asAdmin()),
      );
      expect(department.extensions?.code).to.equal('NOT_FOUND');
      expect(department.extensions?.field).to.equal('departmentId');
      const job = firstError(
        await server.runResponse(CreateUserDocument, { input: { ...base, jabatanId: 999999 } }, asAdmin()),
      );
      expect(job.extensions?.code).to.equal('NOT_FOUND');
      expect(job.extensions?.field).to.equal('jabatanId');
      expect(await counts()).to.deep.equal(before);
    });
    it('refuses a jabatan of another department with BAD_USER_INPUT on jabatanId, writing nothing', async () => {
      const before = await counts();
      const error = firstError(
        await server.runResponse(
          CreateUserDocument,
          {
            input: {
              nomorIndukKaryawan: 'MISMATCH1',
              namaLengkap: 'Mismatch',
              password: 'password-123',
              role: 'EMPLOYEE',
              departmentId: departments['IT Department'],
              jabatanId: jabatan.Staff,
            },
          },
          asAdmin(),
        ),
      );
      expect(error.extensions?.code).to.equal('BAD_USER_INPUT');
      expect(error.extensions?.field).to.equal('jabatanId');
      expect(await counts()).to.deep.equal(before);
    });
  });

  describe('users list', () => {
    before(async () => {
      // Seven users sharing the NIK prefix LST and the name prefix "Daftar Tester".
      const plan: { role: Role; department: string; active: boolean }[] = [
        { role: 'EMPLOYEE', department: 'IT Department', active: true },
        { role: 'EMPLOYEE', department: 'Human Resources', active: true },
        { role: 'DAPUR', department: 'Operations', active: true },
        { role: 'DELIVERY', department: 'Operations', active: true },
        { role: 'EMPLOYEE', department: 'IT Department', active: false },
        { role: 'ADMINISTRATOR', department: 'IT Department', active: true },
        { role: 'EMPLOYEE', department: 'Human Resources', active: true },
      ];
      for (const [index, entry] of plan.entries()) {
        const user = await createUser({
          nomorIndukKaryawan: `LST00${index + 1}`,
          namaLengkap: `Daftar Tester ${index + 1}`,
          role: entry.role,
          departmentId: departments[entry.department],
        });
        if (!entry.active)
          await server.run(UpdateUserStatusDocument, { id: user.id, isActive: false }, asAdmin());
      }
      await createUser({ nomorIndukKaryawan: 'UND_001', namaLengkap: 'Under Score' });
      await createUser({ nomorIndukKaryawan: 'PCT001', namaLengkap: 'Hundred % Sure' });
    });

    async function list(variables: UsersQueryVariables): Promise<UserPage> {
      return (await server.run(UsersDocument, variables, asAdmin())).users;
    }

    async function sqlCount(where: string, parameters: unknown[] = []): Promise<number> {
      const [row] = await server.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM master_karyawan WHERE ${where}`,
        parameters,
      );
      return row.count;
    }

    it('lists every user with the default page 1 and limit 50', async () => {
      const page = await list({});
      expect(page.page).to.equal(1);
      expect(page.limit).to.equal(50);
      expect(page.total).to.equal(await sqlCount('true'));
      expect(page.items).to.have.length(Math.min(50, page.total));
    });

    it('filters by role', async () => {
      const page = await list({ filter: { role: 'DAPUR' }, limit: 100 });
      expect(page.total).to.equal(await sqlCount("role_access = 'dapur'"));
      expect(page.items.every((user) => user.role === 'DAPUR')).to.equal(true);
      expect(page.items.map((user) => user.nomorIndukKaryawan)).to.include.members(['KIT001', 'LST003']);
    });

    it('filters by isActive', async () => {
      const inactive = await list({ filter: { isActive: false }, limit: 100 });
      expect(inactive.total).to.equal(await sqlCount('NOT is_active'));
      expect(inactive.items.map((user) => user.nomorIndukKaryawan)).to.include('LST005');
      expect(inactive.items.every((user) => !user.isActive)).to.equal(true);
      const active = await list({ filter: { isActive: true }, limit: 100 });
      expect(active.total).to.equal(await sqlCount('is_active'));
      expect(active.items.map((user) => user.nomorIndukKaryawan)).to.not.include('LST005');
    });

    it('filters by departmentId', async () => {
      const id = departments['IT Department'];
      const page = await list({ filter: { departmentId: id }, limit: 100 });
      expect(page.total).to.equal(await sqlCount('department_id = $1', [id]));
      expect(page.items.every((user) => user.department?.id === id)).to.equal(true);
      expect(page.items.map((user) => user.nomorIndukKaryawan)).to.include.members([
        'ADM001',
        'LST001',
        'LST005',
      ]);
    });

    it('searches NIK and name case-insensitively', async () => {
      const byNik = await list({ filter: { search: 'lst00' }, limit: 100 });
      expect(byNik.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal([
        'LST001',
        'LST002',
        'LST003',
        'LST004',
        'LST005',
        'LST006',
        'LST007',
      ]);
      const byName = await list({ filter: { search: 'dAFTAR tESTER 3' }, limit: 100 });
      expect(byName.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal(['LST003']);
      const seedByName = await list({ filter: { search: 'employee t' } });
      expect(seedByName.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal(['EMP002']);
    });

    it('matches % and _ literally', async () => {
      const underscore = await list({ filter: { search: '_' }, limit: 100 });
      expect(underscore.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal(['UND_001']);
      const percent = await list({ filter: { search: '%' }, limit: 100 });
      expect(percent.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal(['PCT001']);
    });

    it('combines filters', async () => {
      const page = await list({
        filter: {
          search: 'LST',
          role: 'EMPLOYEE',
          isActive: true,
          departmentId: departments['IT Department'],
        },
      });
      expect(page.total).to.equal(1);
      expect(page.items.map((user) => user.nomorIndukKaryawan)).to.deep.equal(['LST001']);
    });

    it('paginates with total and totalPages, pages disjoint and complete', async () => {
      const pages: UserPage[] = [];
      for (let page = 1; page <= 4; page += 1)
        pages.push(await list({ filter: { search: 'LST' }, page, limit: 3 }));
      for (const [index, page] of pages.entries()) {
        expect(page.total).to.equal(7);
        expect(page.totalPages).to.equal(3);
        expect(page.page).to.equal(index + 1);
        expect(page.limit).to.equal(3);
      }
      expect(pages.map((page) => page.items.length)).to.deep.equal([3, 3, 1, 0]);
      const niks = pages.flatMap((page) => page.items.map((user) => user.nomorIndukKaryawan));
      expect(niks).to.deep.equal(['LST001', 'LST002', 'LST003', 'LST004', 'LST005', 'LST006', 'LST007']);
      const none = await list({ filter: { search: 'NO-SUCH-USER' } });
      expect(none.total).to.equal(0);
      expect(none.totalPages).to.equal(0);
      expect(none.items).to.deep.equal([]);
    });

    it('accepts limit 100 and refuses page 0, limit 0 and limit 101 naming the argument', async () => {
      expect((await list({ limit: 100 })).limit).to.equal(100);
      for (const [variables, field] of [
        [{ page: 0 }, 'page'],
        [{ page: -1 }, 'page'],
        [{ limit: 0 }, 'limit'],
        [{ limit: 101 }, 'limit'],
      ] as const) {
        const error = firstError(await server.runResponse(UsersDocument, variables, asAdmin()));
        expect(error.extensions?.code, JSON.stringify(variables)).to.equal('BAD_USER_INPUT');
        expect(error.extensions?.field, JSON.stringify(variables)).to.equal(field);
      }
    });

    it('refuses an over-long search with BAD_USER_INPUT naming it', async () => {
      const error = firstError(
        await server.runResponse(UsersDocument, { filter: { search: 's'.repeat(101) } }, asAdmin()),
      );
      expect(error.extensions?.code).to.equal('BAD_USER_INPUT');
      expect(error.extensions?.field).to.match(/search$/);
    });

    it('reads one user by id, and null for an unknown id', async () => {
      const [row] = await server.sql<{ id: number }>(
        "SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = 'KIT001'",
      );
      const found = await server.run(UserDocument, { id: row.id }, asAdmin());
      expect(found.user?.nomorIndukKaryawan).to.equal('KIT001');
      expect(found.user?.department?.namaDivisi).to.equal('Operations');
      expect(found.user?.jabatan?.namaJabatan).to.equal('Supervisor');
      const missing = await server.run(UserDocument, { id: 999999 }, asAdmin());
      expect(missing.user).to.equal(null);
    });
  });

  describe('updateUserRole', () => {
    it('applies a role change to the next request made with the old token, and audits it', async () => {
      const user = await createUser({ nomorIndukKaryawan: 'ROLE001', namaLengkap: 'Role Changer' });
      const token = await loginToken('ROLE001', 'password-123');
      expect(await server.runErrorCode(UsersDocument, {}, { token })).to.equal('FORBIDDEN');

      const marker = await server.lastAuditId();
      const promoted = await server.run(
        UpdateUserRoleDocument,
        { id: user.id, role: 'ADMINISTRATOR' },
        asAdmin(),
      );
      expect(promoted.updateUserRole.role).to.equal('ADMINISTRATOR');
      const page = await server.run(UsersDocument, {}, { token });
      expect(page.users.total).to.be.greaterThan(0);
      expect((await server.run(MeDocument, {}, { token })).me.role).to.equal('ADMINISTRATOR');
      const [account] = await server.sql<{ role_access: string }>(
        "SELECT role_access FROM users WHERE username = 'ROLE001'",
      );
      expect(account.role_access, 'users.role_access follows').to.equal('administrator');

      const rows = await server.auditSince(marker);
      expect(rows.map((row) => row.aksi)).to.deep.equal(['USER_ROLE_CHANGED']);
      expect(rows[0].user_id).to.equal(adminId);
      expect(rows[0].detail).to.contain('ROLE001').and.contain('employee').and.contain('administrator');

      await server.run(UpdateUserRoleDocument, { id: user.id, role: 'DELIVERY' }, asAdmin());
      expect(await server.runErrorCode(UsersDocument, {}, { token })).to.equal('FORBIDDEN');
    });

    it('refuses an unknown user with NOT_FOUND and an administrator changing their own role', async () => {
      expect(
        await server.runErrorCode(UpdateUserRoleDocument, { id: 999999, role: 'DAPUR' }, asAdmin()),
      ).to.equal('NOT_FOUND');
      const before = await counts();
      const own = firstError(
        await server.runResponse(UpdateUserRoleDocument, { id: adminId, role: 'EMPLOYEE' }, asAdmin()),
      );
      expect(own.extensions?.code).to.equal('BAD_USER_INPUT');
      const [row] = await server.sql<{ role_access: string }>(
        'SELECT role_access FROM master_karyawan WHERE id = $1',
        [adminId],
      );
      expect(row.role_access).to.equal('administrator');
      expect(await counts()).to.deep.equal(before);
    });
  });

  describe('updateUserProfile', () => {
    it('changes only the given fields and audits which ones', async () => {
      const user = await createUser({
        nomorIndukKaryawan: 'PROF001',
        namaLengkap: 'Profile Person',
        departmentId: departments['Human Resources'],
        jabatanId: jabatan.Staff,
        keterangan: 'keep me',
      });
      const marker = await server.lastAuditId();
      const updated = await server.run(
        UpdateUserProfileDocument,
        {
          id: user.id,
          input: {
            namaLengkap: ' Profile Renamed ',
            departmentId: departments['IT Department'],
            jabatanId: jabatan.Manager,
          },
        },
        asAdmin(),
      );
      const result = updated.updateUserProfile;
      expect(result.namaLengkap).to.equal('Profile Renamed');
      expect(result.department?.namaDivisi).to.equal('IT Department');
      expect(result.jabatan?.namaJabatan).to.equal('Manager');
      expect(result.keterangan, 'omitted field unchanged').to.equal('keep me');
      expect(result.role).to.equal('EMPLOYEE');

      const rows = await server.auditSince(marker);
      expect(rows.map((row) => row.aksi)).to.deep.equal(['USER_PROFILE_UPDATED']);
      expect(rows[0].user_id).to.equal(adminId);
      expect(rows[0].detail).to.contain('PROF001').and.contain('namaLengkap').and.contain('departmentId');

      const cleared = await server.run(
        UpdateUserProfileDocument,
        { id: user.id, input: { keterangan: null } },
        asAdmin(),
      );
      expect(cleared.updateUserProfile.keterangan).to.equal(null);
      expect(cleared.updateUserProfile.namaLengkap).to.equal('Profile Renamed');
      expect(cleared.updateUserProfile.department?.namaDivisi).to.equal('IT Department');
      const fetched = await server.run(UserDocument, { id: user.id }, asAdmin());
      expect(fetched.user?.keterangan).to.equal(null);
      expect(fetched.user?.jabatan?.namaJabatan).to.equal('Manager');
    });

    it('refuses bad input, unknown references and unknown users, changing nothing', async () => {
      const user = await createUser({ nomorIndukKaryawan: 'PROF002', namaLengkap: 'Stays Same' });
      const before = await counts();
      const blank = firstError(
        await server.runResponse(
          UpdateUserProfileDocument,
          { id: user.id, input: { namaLengkap: ' ' } },
          asAdmin(),
        ),
      );
      expect(blank.extensions?.code).to.equal('BAD_USER_INPUT');
      expect(blank.extensions?.field).to.equal('namaLengkap');
      const unknownDepartment = firstError(
        await server.runResponse(
          UpdateUserProfileDocument,
          { id: user.id, input: { departmentId: 999999 } },
          asAdmin(),
        ),
      );
      expect(unknownDepartment.extensions?.code).to.equal('NOT_FOUND');
      expect(unknownDepartment.extensions?.field).to.equal('departmentId');
      const unknownJabatan = firstError(
        await server.runResponse(
          UpdateUserProfileDocument,
          { id: user.id, input: { jabatanId: 999999 } },
          asAdmin(),
        ),
      );
      expect(unknownJabatan.extensions?.code).to.equal('NOT_FOUND');
      expect(unknownJabatan.extensions?.field).to.equal('jabatanId');
      expect(
        await server.runErrorCode(
          UpdateUserProfileDocument,
          { id: 999999, input: { namaLengkap: 'Nobody' } },
          asAdmin(),
        ),
      ).to.equal('NOT_FOUND');
      expect(await counts()).to.deep.equal(before);
      const fetched = await server.run(UserDocument, { id: user.id }, asAdmin());
      expect(fetched.user?.namaLengkap).to.equal('Stays Same');
      expect(fetched.user?.department).to.equal(null);
    });
  });

  describe('updateUserStatus', () => {
    it('deactivates and reactivates a user, auditing both', async () => {
      const user = await createUser({ nomorIndukKaryawan: 'STAT001', namaLengkap: 'Status Person' });
      const marker = await server.lastAuditId();
      const off = await server.run(UpdateUserStatusDocument, { id: user.id, isActive: false }, asAdmin());
      expect(off.updateUserStatus.isActive).to.equal(false);
      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: 'STAT001', password: 'password-123' } }),
      ).to.equal('UNAUTHENTICATED');
      const on = await server.run(UpdateUserStatusDocument, { id: user.id, isActive: true }, asAdmin());
      expect(on.updateUserStatus.isActive).to.equal(true);
      await loginToken('STAT001', 'password-123');

      const rows = (await server.auditSince(marker)).filter((row) => row.aksi === 'USER_STATUS_CHANGED');
      expect(rows).to.have.length(2);
      expect(rows.every((row) => row.user_id === adminId)).to.equal(true);
      expect(rows[0].detail)
        .to.contain('STAT001')
        .and.match(/deactivated/i);
      expect(rows[1].detail)
        .to.contain('STAT001')
        .and.match(/\bactivated/i);
    });

    it('refuses an unknown user and an administrator deactivating themself', async () => {
      expect(
        await server.runErrorCode(UpdateUserStatusDocument, { id: 999999, isActive: false }, asAdmin()),
      ).to.equal('NOT_FOUND');
      const own = firstError(
        await server.runResponse(UpdateUserStatusDocument, { id: adminId, isActive: false }, asAdmin()),
      );
      expect(own.extensions?.code).to.equal('BAD_USER_INPUT');
      expect((await server.run(MeDocument, {}, asAdmin())).me.id).to.equal(adminId);
    });
  });

  describe('resetUserPassword', () => {
    it('returns a fresh temporary password once and audits the reset without it', async () => {
      const user = await createUser({ nomorIndukKaryawan: 'RESET001', namaLengkap: 'Reset Person' });
      const marker = await server.lastAuditId();
      const first = await server.run(ResetUserPasswordDocument, { id: user.id }, asAdmin());
      const second = await server.run(ResetUserPasswordDocument, { id: user.id }, asAdmin());
      const temporary = first.resetUserPassword.temporaryPassword;
      expect(first.resetUserPassword.user.id).to.equal(user.id);
      expect(temporary.length).to.be.at.least(12);
      expect(second.resetUserPassword.temporaryPassword).to.not.equal(temporary);
      // Only the latest temporary password works.
      expect(
        await server.runErrorCode(LoginDocument, { input: { nik: 'RESET001', password: temporary } }),
      ).to.equal('UNAUTHENTICATED');
      await loginToken('RESET001', second.resetUserPassword.temporaryPassword);

      const rows = (await server.auditSince(marker)).filter((row) => row.aksi === 'PASSWORD_RESET');
      expect(rows).to.have.length(2);
      expect(rows[0].user_id).to.equal(adminId);
      expect(rows[0].detail).to.contain('RESET001');
      const text = JSON.stringify(rows);
      expect(text).to.not.contain(temporary);
      expect(text).to.not.contain(second.resetUserPassword.temporaryPassword);
      expect(await server.runErrorCode(ResetUserPasswordDocument, { id: 999999 }, asAdmin())).to.equal(
        'NOT_FOUND',
      );
    });
  });
});
