// Master data (departments, jabatan, shifts, lokasi): create/read/update/delete through the API, unique names and
// references as CONFLICT, unknown ids as NOT_FOUND, bad input as BAD_USER_INPUT, one MASTER_DATA_CHANGED row per
// change, and the change and its audit row committed together or not at all.
import { expect } from 'chai';
import {
  CreateDepartmentDocument,
  CreateJabatanDocument,
  CreateLokasiDocument,
  CreateOrderDocument,
  CreateShiftDocument,
  CreateUserDocument,
  DeleteDepartmentDocument,
  DeleteJabatanDocument,
  DeleteLokasiDocument,
  DeleteShiftDocument,
  type DepartmentFieldsFragment,
  DepartmentsDocument,
  JabatanDocument,
  LokasiDocument,
  ShiftsDocument,
  UpdateDepartmentDocument,
  UpdateJabatanDocument,
  UpdateLokasiDocument,
  UpdateShiftDocument,
} from './generated/graphql';
import { firstError, GqlResponse, startTestServer, TestServer } from './helpers/server';

type Department = DepartmentFieldsFragment;

describe('master data', () => {
  let server: TestServer;
  let adminToken: string;
  let employeeToken: string;
  let adminId: number;
  const asAdmin = () => ({ token: adminToken });

  before(async () => {
    server = await startTestServer();
    const tokens = await server.tokens();
    adminToken = tokens.admin;
    employeeToken = tokens.employee;
    const [admin] = await server.sql<{ id: number }>(
      "SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = 'ADM001'",
    );
    adminId = admin.id;
  });
  after(() => server.dispose());

  /** Runs `work` and checks that it wrote exactly one MASTER_DATA_CHANGED row by the administrator. */
  async function expectOneAuditRow<T>(work: () => Promise<T>, detail: RegExp): Promise<T> {
    const marker = await server.lastAuditId();
    const result = await work();
    const rows = await server.auditSince(marker);
    expect(rows.map((row) => row.aksi)).to.deep.equal(['MASTER_DATA_CHANGED']);
    expect(rows[0].user_id).to.equal(adminId);
    expect(rows[0].detail).to.match(detail);
    return result;
  }

  /** Runs `work`, which must fail with `code` (and `field` when given), and checks that it wrote no audit row. */
  async function expectRefused(
    work: () => Promise<GqlResponse<unknown>>,
    code: string,
    field?: string,
  ): Promise<void> {
    const marker = await server.lastAuditId();
    const error = firstError(await work());
    expect(error.extensions?.code).to.equal(code);
    if (field) expect(error.extensions?.field).to.equal(field);
    expect(await server.auditSince(marker), 'no audit row for a refused change').to.deep.equal([]);
  }

  async function departmentRow(id: number): Promise<{ nama_divisi: string } | undefined> {
    const [row] = await server.sql<{ nama_divisi: string }>(
      'SELECT nama_divisi FROM master_department WHERE id = $1',
      [id],
    );
    return row;
  }

  async function createDepartment(namaDivisi: string): Promise<Department> {
    return (await server.run(CreateDepartmentDocument, { input: { namaDivisi } }, asAdmin()))
      .createDepartment;
  }

  describe('departments', () => {
    it('lists the seed departments by name for any signed-in role', async () => {
      const data = await server.run(DepartmentsDocument, {}, { token: employeeToken });
      const names = data.departments.map((department) => department.namaDivisi);
      expect(names).to.include.members(['Human Resources', 'IT Department', 'Operations']);
      expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    });

    it('creates, updates and deletes a department, one audit row each', async () => {
      const created = await expectOneAuditRow(
        () =>
          server.run(
            CreateDepartmentDocument,
            { input: { namaDivisi: '  Finance  ', keterangan: 'Money' } },
            asAdmin(),
          ),
        /Department created: Finance$/,
      );
      const department = created.createDepartment;
      expect(department.namaDivisi, 'trimmed').to.equal('Finance');
      expect(department.keterangan).to.equal('Money');
      expect(Number.isNaN(Date.parse(department.createdAt))).to.equal(false);
      const listed = await server.run(DepartmentsDocument, {}, asAdmin());
      expect(listed.departments.find((row) => row.id === department.id)?.namaDivisi).to.equal('Finance');

      const updated = await expectOneAuditRow(
        () =>
          server.run(
            UpdateDepartmentDocument,
            { id: department.id, input: { namaDivisi: 'Finance & Tax', keterangan: 'Money and taxes' } },
            asAdmin(),
          ),
        /Department updated: Finance & Tax$/,
      );
      expect(updated.updateDepartment.id).to.equal(department.id);
      expect(updated.updateDepartment.namaDivisi).to.equal('Finance & Tax');
      expect(updated.updateDepartment.keterangan).to.equal('Money and taxes');
      expect((await departmentRow(department.id))?.nama_divisi).to.equal('Finance & Tax');

      const deleted = await expectOneAuditRow(
        () => server.run(DeleteDepartmentDocument, { id: department.id }, asAdmin()),
        /Department deleted: Finance & Tax$/,
      );
      expect(deleted.deleteDepartment).to.equal(true);
      expect(await departmentRow(department.id)).to.equal(undefined);
    });

    it('refuses a duplicate name with CONFLICT on namaDivisi, also after trimming and on update', async () => {
      const other = await createDepartment('Procurement');
      await expectRefused(
        () =>
          server.runResponse(CreateDepartmentDocument, { input: { namaDivisi: 'IT Department' } }, asAdmin()),
        'CONFLICT',
        'namaDivisi',
      );
      await expectRefused(
        () =>
          server.runResponse(CreateDepartmentDocument, { input: { namaDivisi: ' Procurement ' } }, asAdmin()),
        'CONFLICT',
        'namaDivisi',
      );
      await expectRefused(
        () =>
          server.runResponse(
            UpdateDepartmentDocument,
            { id: other.id, input: { namaDivisi: 'Operations' } },
            asAdmin(),
          ),
        'CONFLICT',
        'namaDivisi',
      );
      expect((await departmentRow(other.id))?.nama_divisi).to.equal('Procurement');
      const [count] = await server.sql<{ count: number }>(
        "SELECT count(*)::int AS count FROM master_department WHERE nama_divisi IN ('IT Department', 'Procurement')",
      );
      expect(count.count).to.equal(2);
    });

    it('lets exactly one of 5 simultaneous creates of one name succeed; the rest get CONFLICT', async () => {
      const marker = await server.lastAuditId();
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          server.runResponse(
            CreateDepartmentDocument,
            { input: { namaDivisi: 'Race Department' } },
            asAdmin(),
          ),
        ),
      );
      expect(responses.filter((response) => !response.errors)).to.have.length(1);
      const codes = responses
        .filter((response) => response.errors)
        .map((response) => firstError(response).extensions);
      expect(codes).to.have.length(4);
      for (const extensions of codes)
        expect(extensions).to.include({ code: 'CONFLICT', field: 'namaDivisi' });
      expect((await server.auditSince(marker)).map((row) => row.detail)).to.deep.equal([
        'Department created: Race Department',
      ]);
    });

    it('refuses a blank or over-long name with BAD_USER_INPUT on namaDivisi', async () => {
      for (const namaDivisi of ['', '   ', 'D'.repeat(101)]) {
        await expectRefused(
          () => server.runResponse(CreateDepartmentDocument, { input: { namaDivisi } }, asAdmin()),
          'BAD_USER_INPUT',
          'namaDivisi',
        );
      }
    });

    it('refuses to delete a department still used by a user or a jabatan; the row stays', async () => {
      const withUser = await createDepartment('Referenced By User');
      await server.run(
        CreateUserDocument,
        {
          input: {
            nomorIndukKaryawan: 'MD-USER-1',
            namaLengkap: 'Department Member',
            password: 'member-pass-1',
            role: 'EMPLOYEE',
            departmentId: withUser.id,
          },
        },
        asAdmin(),
      );
      await expectRefused(
        () => server.runResponse(DeleteDepartmentDocument, { id: withUser.id }, asAdmin()),
        'CONFLICT',
      );
      expect((await departmentRow(withUser.id))?.nama_divisi).to.equal('Referenced By User');

      const withJabatan = await createDepartment('Referenced By Jabatan');
      await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Clerk', departmentId: withJabatan.id } },
        asAdmin(),
      );
      await expectRefused(
        () => server.runResponse(DeleteDepartmentDocument, { id: withJabatan.id }, asAdmin()),
        'CONFLICT',
      );
      expect((await departmentRow(withJabatan.id))?.nama_divisi).to.equal('Referenced By Jabatan');

      // The seed departments are all in use too.
      const [seed] = await server.sql<{ id: number }>(
        "SELECT id FROM master_department WHERE nama_divisi = 'Human Resources'",
      );
      await expectRefused(
        () => server.runResponse(DeleteDepartmentDocument, { id: seed.id }, asAdmin()),
        'CONFLICT',
      );
    });

    it('answers NOT_FOUND for updating or deleting an unknown id', async () => {
      await expectRefused(
        () =>
          server.runResponse(
            UpdateDepartmentDocument,
            { id: 999999, input: { namaDivisi: 'Nowhere' } },
            asAdmin(),
          ),
        'NOT_FOUND',
      );
      await expectRefused(
        () => server.runResponse(DeleteDepartmentDocument, { id: 999999 }, asAdmin()),
        'NOT_FOUND',
      );
      const [count] = await server.sql<{ count: number }>(
        "SELECT count(*)::int AS count FROM master_department WHERE nama_divisi = 'Nowhere'",
      );
      expect(count.count).to.equal(0);
    });
  });

  describe('jabatan', () => {
    let logistics: Department;
    let warehouse: Department;

    before(async () => {
      logistics = await createDepartment('Logistics');
      warehouse = await createDepartment('Warehouse');
    });

    it('creates jabatan with and without a department and filters them by departmentId', async () => {
      const lead = await expectOneAuditRow(
        () =>
          server.run(
            CreateJabatanDocument,
            { input: { namaJabatan: 'Team Lead', departmentId: logistics.id, keterangan: 'leads' } },
            asAdmin(),
          ),
        /Jabatan created: Team Lead$/,
      );
      expect(lead.createJabatan.department).to.deep.equal({ id: logistics.id, namaDivisi: 'Logistics' });
      expect(lead.createJabatan.keterangan).to.equal('leads');
      await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Driver', departmentId: logistics.id } },
        asAdmin(),
      );
      await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Team Lead', departmentId: warehouse.id } },
        asAdmin(),
      );
      const floating = await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Intern' } },
        asAdmin(),
      );
      expect(floating.createJabatan.department).to.equal(null);

      const filtered = await server.run(
        JabatanDocument,
        { departmentId: logistics.id },
        { token: employeeToken },
      );
      expect(filtered.jabatan.map((row) => row.namaJabatan)).to.deep.equal(['Driver', 'Team Lead']);
      expect(filtered.jabatan.every((row) => row.department?.id === logistics.id)).to.equal(true);

      const all = await server.run(JabatanDocument, {}, { token: employeeToken });
      const [count] = await server.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM master_jabatan',
      );
      expect(all.jabatan).to.have.length(count.count);
      expect(all.jabatan.map((row) => row.namaJabatan)).to.include.members(['Manager', 'Staff', 'Intern']);

      const none = await server.run(JabatanDocument, { departmentId: 999999 }, asAdmin());
      expect(none.jabatan).to.deep.equal([]);
    });

    it('refuses a duplicate name within one department with CONFLICT on namaJabatan', async () => {
      await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Checker', departmentId: warehouse.id } },
        asAdmin(),
      );
      await expectRefused(
        () =>
          server.runResponse(
            CreateJabatanDocument,
            { input: { namaJabatan: 'Checker', departmentId: warehouse.id } },
            asAdmin(),
          ),
        'CONFLICT',
        'namaJabatan',
      );
      await server.run(CreateJabatanDocument, { input: { namaJabatan: 'Floater' } }, asAdmin());
      await expectRefused(
        () => server.runResponse(CreateJabatanDocument, { input: { namaJabatan: ' Floater ' } }, asAdmin()),
        'CONFLICT',
        'namaJabatan',
      );
    });

    it('refuses an unknown departmentId with NOT_FOUND on departmentId, on create and update', async () => {
      await expectRefused(
        () =>
          server.runResponse(
            CreateJabatanDocument,
            { input: { namaJabatan: 'Ghost', departmentId: 999999 } },
            asAdmin(),
          ),
        'NOT_FOUND',
        'departmentId',
      );
      const job = await server.run(
        CreateJabatanDocument,
        { input: { namaJabatan: 'Packer', departmentId: warehouse.id } },
        asAdmin(),
      );
      await expectRefused(
        () =>
          server.runResponse(
            UpdateJabatanDocument,
            { id: job.createJabatan.id, input: { namaJabatan: 'Packer', departmentId: 999999 } },
            asAdmin(),
          ),
        'NOT_FOUND',
        'departmentId',
      );
      const [row] = await server.sql<{ department_id: number }>(
        'SELECT department_id FROM master_jabatan WHERE id = $1',
        [job.createJabatan.id],
      );
      expect(row.department_id).to.equal(warehouse.id);
    });

    it('updates and deletes a jabatan; one still held by a user is a CONFLICT and stays', async () => {
      const job = (
        await server.run(
          CreateJabatanDocument,
          { input: { namaJabatan: 'Loader', departmentId: warehouse.id } },
          asAdmin(),
        )
      ).createJabatan;
      const moved = await expectOneAuditRow(
        () =>
          server.run(
            UpdateJabatanDocument,
            { id: job.id, input: { namaJabatan: 'Senior Loader', departmentId: logistics.id } },
            asAdmin(),
          ),
        /Jabatan updated: Senior Loader$/,
      );
      expect(moved.updateJabatan.department?.namaDivisi).to.equal('Logistics');
      await expectOneAuditRow(
        () => server.run(DeleteJabatanDocument, { id: job.id }, asAdmin()),
        /Jabatan deleted: Senior Loader$/,
      );
      const [gone] = await server.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM master_jabatan WHERE id = $1',
        [job.id],
      );
      expect(gone.count).to.equal(0);

      const held = (
        await server.run(
          CreateJabatanDocument,
          { input: { namaJabatan: 'Forklift Operator', departmentId: warehouse.id } },
          asAdmin(),
        )
      ).createJabatan;
      await server.run(
        CreateUserDocument,
        {
          input: {
            nomorIndukKaryawan: 'MD-USER-2',
            namaLengkap: 'Forklift Person',
            password: 'forklift-pass-1',
            role: 'EMPLOYEE',
            departmentId: warehouse.id,
            jabatanId: held.id,
          },
        },
        asAdmin(),
      );
      await expectRefused(
        () => server.runResponse(DeleteJabatanDocument, { id: held.id }, asAdmin()),
        'CONFLICT',
      );
      const [stays] = await server.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM master_jabatan WHERE id = $1',
        [held.id],
      );
      expect(stays.count).to.equal(1);
      await expectRefused(
        () =>
          server.runResponse(
            UpdateJabatanDocument,
            { id: 999999, input: { namaJabatan: 'Nobody' } },
            asAdmin(),
          ),
        'NOT_FOUND',
      );
      await expectRefused(
        () => server.runResponse(DeleteJabatanDocument, { id: 999999 }, asAdmin()),
        'NOT_FOUND',
      );
    });
  });

  describe('shifts', () => {
    it('returns the seed shifts as HH:mm', async () => {
      const data = await server.run(ShiftsDocument, {}, { token: employeeToken });
      const byName = new Map(data.shifts.map((shift) => [shift.namaShift, shift]));
      expect(byName.get('Shift 1')).to.include({ jamMulai: '07:00', jamSelesai: '15:00' });
      expect(byName.get('Shift 2')).to.include({ jamMulai: '15:00', jamSelesai: '23:00' });
      expect(byName.get('Shift 3')).to.include({ jamMulai: '23:00', jamSelesai: '07:00' });
    });

    it('round-trips jamMulai and jamSelesai as HH:mm through create, list and update', async () => {
      const created = await expectOneAuditRow(
        () =>
          server.run(
            CreateShiftDocument,
            { input: { namaShift: 'Middle', jamMulai: '06:30', jamSelesai: '14:45', keterangan: 'early' } },
            asAdmin(),
          ),
        /Shift created: Middle$/,
      );
      const shift = created.createShift;
      expect(shift).to.include({
        namaShift: 'Middle',
        jamMulai: '06:30',
        jamSelesai: '14:45',
        keterangan: 'early',
      });
      const [stored] = await server.sql<{ jam_mulai: string; jam_selesai: string }>(
        'SELECT jam_mulai::text, jam_selesai::text FROM master_shift WHERE id = $1',
        [shift.id],
      );
      expect(stored).to.deep.equal({ jam_mulai: '06:30:00', jam_selesai: '14:45:00' });
      const listed = await server.run(ShiftsDocument, {}, asAdmin());
      expect(listed.shifts.find((row) => row.id === shift.id)).to.include({
        jamMulai: '06:30',
        jamSelesai: '14:45',
      });

      const updated = await expectOneAuditRow(
        () =>
          server.run(
            UpdateShiftDocument,
            { id: shift.id, input: { namaShift: 'Middle Late', jamMulai: '00:00', jamSelesai: '23:59' } },
            asAdmin(),
          ),
        /Shift updated: Middle Late$/,
      );
      expect(updated.updateShift).to.include({
        namaShift: 'Middle Late',
        jamMulai: '00:00',
        jamSelesai: '23:59',
      });
      const again = await server.run(ShiftsDocument, {}, asAdmin());
      expect(again.shifts.find((row) => row.id === shift.id)).to.include({
        jamMulai: '00:00',
        jamSelesai: '23:59',
      });

      await expectOneAuditRow(
        () => server.run(DeleteShiftDocument, { id: shift.id }, asAdmin()),
        /Shift deleted: Middle Late$/,
      );
      const after = await server.run(ShiftsDocument, {}, asAdmin());
      expect(after.shifts.map((row) => row.id)).to.not.include(shift.id);
    });

    const badTimes: { jamMulai: string; jamSelesai: string; field: string }[] = [
      { jamMulai: '7:00', jamSelesai: '15:00', field: 'jamMulai' },
      { jamMulai: '07:00', jamSelesai: '25:00', field: 'jamSelesai' },
      { jamMulai: '24:00', jamSelesai: '08:00', field: 'jamMulai' },
      { jamMulai: '07:60', jamSelesai: '08:00', field: 'jamMulai' },
      { jamMulai: '07:00:00', jamSelesai: '08:00', field: 'jamMulai' },
      { jamMulai: '07:00', jamSelesai: 'noon', field: 'jamSelesai' },
      { jamMulai: '', jamSelesai: '08:00', field: 'jamMulai' },
    ];
    for (const bad of badTimes) {
      it(`refuses jamMulai '${bad.jamMulai}', jamSelesai '${bad.jamSelesai}' with BAD_USER_INPUT on ${bad.field}`, async () => {
        const input = {
          namaShift: `Bad ${bad.jamMulai}-${bad.jamSelesai}`,
          jamMulai: bad.jamMulai,
          jamSelesai: bad.jamSelesai,
        };
        await expectRefused(
          () => server.runResponse(CreateShiftDocument, { input }, asAdmin()),
          'BAD_USER_INPUT',
          bad.field,
        );
        const [count] = await server.sql<{ count: number }>(
          'SELECT count(*)::int AS count FROM master_shift WHERE nama_shift = $1',
          [input.namaShift],
        );
        expect(count.count).to.equal(0);
      });
    }

    it('refuses a bad time on update too, leaving the shift unchanged', async () => {
      const [seed] = await server.sql<{ id: number }>(
        "SELECT id FROM master_shift WHERE nama_shift = 'Shift 1'",
      );
      await expectRefused(
        () =>
          server.runResponse(
            UpdateShiftDocument,
            { id: seed.id, input: { namaShift: 'Shift 1', jamMulai: '7:00', jamSelesai: '15:00' } },
            asAdmin(),
          ),
        'BAD_USER_INPUT',
        'jamMulai',
      );
      const [row] = await server.sql<{ jam_mulai: string }>(
        'SELECT jam_mulai::text FROM master_shift WHERE id = $1',
        [seed.id],
      );
      expect(row.jam_mulai).to.equal('07:00:00');
    });

    it('refuses to delete a shift that orders use; the row stays', async () => {
      const shift = (
        await server.run(
          CreateShiftDocument,
          { input: { namaShift: 'Ordered Shift', jamMulai: '10:00', jamSelesai: '18:00' } },
          asAdmin(),
        )
      ).createShift;
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: shift.id, jumlahPesanan: 2 } },
        { token: employeeToken },
      );
      await expectRefused(
        () => server.runResponse(DeleteShiftDocument, { id: shift.id }, asAdmin()),
        'CONFLICT',
      );
      const [count] = await server.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM master_shift WHERE id = $1',
        [shift.id],
      );
      expect(count.count).to.equal(1);
    });

    it('refuses a duplicate name with CONFLICT on namaShift and unknown ids with NOT_FOUND', async () => {
      await expectRefused(
        () =>
          server.runResponse(
            CreateShiftDocument,
            { input: { namaShift: 'Shift 2', jamMulai: '01:00', jamSelesai: '02:00' } },
            asAdmin(),
          ),
        'CONFLICT',
        'namaShift',
      );
      await expectRefused(
        () =>
          server.runResponse(
            UpdateShiftDocument,
            { id: 999999, input: { namaShift: 'Nobody', jamMulai: '01:00', jamSelesai: '02:00' } },
            asAdmin(),
          ),
        'NOT_FOUND',
      );
      await expectRefused(
        () => server.runResponse(DeleteShiftDocument, { id: 999999 }, asAdmin()),
        'NOT_FOUND',
      );
    });
  });

  describe('lokasi', () => {
    it('creates (active by default), lists, updates and deletes a lokasi, one audit row each', async () => {
      const created = await expectOneAuditRow(
        () =>
          server.run(
            CreateLokasiDocument,
            { input: { namaLokasi: 'Gedung A', alamat: 'Jl. Merdeka 1', keterangan: 'lobby' } },
            asAdmin(),
          ),
        /Lokasi created: Gedung A$/,
      );
      const lokasi = created.createLokasi;
      expect(lokasi).to.include({
        namaLokasi: 'Gedung A',
        alamat: 'Jl. Merdeka 1',
        keterangan: 'lobby',
        isActive: true,
      });
      const inactive = await server.run(
        CreateLokasiDocument,
        { input: { namaLokasi: 'Gedung B', alamat: 'Jl. Merdeka 2', isActive: false } },
        asAdmin(),
      );
      expect(inactive.createLokasi.isActive).to.equal(false);
      const listed = await server.run(LokasiDocument, {}, { token: employeeToken });
      expect(listed.lokasi.map((row) => row.namaLokasi)).to.include.members(['Gedung A', 'Gedung B']);

      const updated = await expectOneAuditRow(
        () =>
          server.run(
            UpdateLokasiDocument,
            { id: lokasi.id, input: { namaLokasi: 'Gedung A1', alamat: 'Jl. Merdeka 1A', isActive: false } },
            asAdmin(),
          ),
        /Lokasi updated: Gedung A1$/,
      );
      expect(updated.updateLokasi).to.include({
        namaLokasi: 'Gedung A1',
        alamat: 'Jl. Merdeka 1A',
        isActive: false,
      });
      const [row] = await server.sql<{ nama_lokasi: string; is_active: boolean }>(
        'SELECT nama_lokasi, is_active FROM master_lokasi WHERE id = $1',
        [lokasi.id],
      );
      expect(row).to.deep.equal({ nama_lokasi: 'Gedung A1', is_active: false });

      await expectOneAuditRow(
        () => server.run(DeleteLokasiDocument, { id: lokasi.id }, asAdmin()),
        /Lokasi deleted: Gedung A1$/,
      );
      const after = await server.run(LokasiDocument, {}, asAdmin());
      expect(after.lokasi.map((entry) => entry.id)).to.not.include(lokasi.id);
    });

    it('refuses duplicates, blank fields and unknown ids', async () => {
      await server.run(
        CreateLokasiDocument,
        { input: { namaLokasi: 'Gudang', alamat: 'Jl. Gudang 1' } },
        asAdmin(),
      );
      await expectRefused(
        () =>
          server.runResponse(
            CreateLokasiDocument,
            { input: { namaLokasi: 'Gudang', alamat: 'elsewhere' } },
            asAdmin(),
          ),
        'CONFLICT',
        'namaLokasi',
      );
      await expectRefused(
        () =>
          server.runResponse(
            CreateLokasiDocument,
            { input: { namaLokasi: 'Blank Address', alamat: '  ' } },
            asAdmin(),
          ),
        'BAD_USER_INPUT',
        'alamat',
      );
      await expectRefused(
        () =>
          server.runResponse(CreateLokasiDocument, { input: { namaLokasi: '', alamat: 'Jl. X' } }, asAdmin()),
        'BAD_USER_INPUT',
        'namaLokasi',
      );
      await expectRefused(
        () =>
          server.runResponse(
            UpdateLokasiDocument,
            { id: 999999, input: { namaLokasi: 'Nobody', alamat: 'Jl. X' } },
            asAdmin(),
          ),
        'NOT_FOUND',
      );
      await expectRefused(
        () => server.runResponse(DeleteLokasiDocument, { id: 999999 }, asAdmin()),
        'NOT_FOUND',
      );
    });
  });

  // A change whose audit row cannot be written: the failed-audit table in atomicity.test.ts.
  describe('atomicity', () => {
    it('keeps no audit row when the change itself fails at commit', async () => {
      // A deferred constraint trigger refuses the new department at COMMIT, after the audit row was written.
      await server.sql(`
        CREATE OR REPLACE FUNCTION test_fail_department() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.nama_divisi = 'Refused At Commit' THEN RAISE EXCEPTION 'refused at commit (test trigger)'; END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER test_fail_department AFTER INSERT ON master_department
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_department();`);
      const marker = await server.lastAuditId();
      try {
        const error = firstError(
          await server.runResponse(
            CreateDepartmentDocument,
            { input: { namaDivisi: 'Refused At Commit' } },
            asAdmin(),
          ),
        );
        expect(error.extensions?.code).to.equal('INTERNAL_SERVER_ERROR');
      } finally {
        await server.sql(`
          DROP TRIGGER IF EXISTS test_fail_department ON master_department;
          DROP FUNCTION IF EXISTS test_fail_department();`);
      }
      expect(await server.auditSince(marker), 'the audit row went down with its change').to.deep.equal([]);
      const [count] = await server.sql<{ count: number }>(
        "SELECT count(*)::int AS count FROM master_department WHERE nama_divisi = 'Refused At Commit'",
      );
      expect(count.count).to.equal(0);
    });
  });
});
