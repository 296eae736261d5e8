// The four kinds of master data, each with its list query, its mutations, its columns and its form's fields.
// Shifts carry the ordering cut-off (batasPesanMenit: minutes before jamMulai; empty: no cut-off).
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { MasterEditor, type Values } from './MasterEditor';

const HOURS_MINUTES = /^([01]\d|2[0-3]):[0-5]\d$/;
const text = (values: Values, name: string) => String(values[name] ?? '').trim();
const optional = (values: Values, name: string) => text(values, name) || null;
const checkName = (max: number, message: string) => (value: string) =>
  (value.trim().length >= 1 && value.trim().length <= max) || message;
const checkNote = (value: string) => value.trim().length <= 500 || 'admin.master.invalid.keterangan';

// ---------------------------------------------------------------- departments

const MasterDepartmentsDoc = graphql(`
  query MasterDepartments {
    departments {
      id
      namaDivisi
      keterangan
    }
  }
`);

const MasterCreateDepartmentDoc = graphql(`
  mutation MasterCreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      namaDivisi
      keterangan
    }
  }
`);

const MasterUpdateDepartmentDoc = graphql(`
  mutation MasterUpdateDepartment($id: Int!, $input: DepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      id
      namaDivisi
      keterangan
    }
  }
`);

const MasterDeleteDepartmentDoc = graphql(`
  mutation MasterDeleteDepartment($id: Int!) {
    deleteDepartment(id: $id)
  }
`);

export function Departments() {
  const list = useQuery(MasterDepartmentsDoc);
  const refetch = { refetchQueries: [MasterDepartmentsDoc], awaitRefetchQueries: true };
  const [create] = useMutation(MasterCreateDepartmentDoc, refetch);
  const [update] = useMutation(MasterUpdateDepartmentDoc);
  const [remove] = useMutation(MasterDeleteDepartmentDoc, refetch);
  return (
    <MasterEditor
      kind="department"
      rows={list.data?.departments}
      loading={list.loading}
      failed={Boolean(list.error)}
      nameOf={(row) => row.namaDivisi}
      columns={[
        { header: 'admin.master.field.namaDivisi', cell: (row) => row.namaDivisi },
        { header: 'admin.master.field.keterangan', cell: (row) => row.keterangan ?? '' },
      ]}
      fields={[
        {
          name: 'namaDivisi',
          label: 'admin.master.field.namaDivisi',
          type: 'text',
          check: checkName(100, 'admin.master.invalid.namaDivisi'),
        },
        {
          name: 'keterangan',
          label: 'admin.master.field.keteranganOptional',
          type: 'textarea',
          check: checkNote,
        },
      ]}
      valuesOf={(row) => ({ namaDivisi: row?.namaDivisi ?? '', keterangan: row?.keterangan ?? '' })}
      save={async (id, values) => {
        const input = { namaDivisi: text(values, 'namaDivisi'), keterangan: optional(values, 'keterangan') };
        if (id == null) await create({ variables: { input } });
        else await update({ variables: { id, input } });
      }}
      remove={async (id) => {
        await remove({ variables: { id } });
      }}
    />
  );
}

// ---------------------------------------------------------------- jabatan

const MasterJabatanDoc = graphql(`
  query MasterJabatan {
    jabatan {
      id
      namaJabatan
      keterangan
      department {
        id
        namaDivisi
      }
    }
  }
`);

const MasterCreateJabatanDoc = graphql(`
  mutation MasterCreateJabatan($input: JabatanInput!) {
    createJabatan(input: $input) {
      id
      namaJabatan
      keterangan
      department {
        id
        namaDivisi
      }
    }
  }
`);

const MasterUpdateJabatanDoc = graphql(`
  mutation MasterUpdateJabatan($id: Int!, $input: JabatanInput!) {
    updateJabatan(id: $id, input: $input) {
      id
      namaJabatan
      keterangan
      department {
        id
        namaDivisi
      }
    }
  }
`);

const MasterDeleteJabatanDoc = graphql(`
  mutation MasterDeleteJabatan($id: Int!) {
    deleteJabatan(id: $id)
  }
`);

export function JabatanList() {
  const intl = useIntl();
  const list = useQuery(MasterJabatanDoc);
  const departments = useQuery(MasterDepartmentsDoc);
  const refetch = { refetchQueries: [MasterJabatanDoc], awaitRefetchQueries: true };
  const [create] = useMutation(MasterCreateJabatanDoc, refetch);
  const [update] = useMutation(MasterUpdateJabatanDoc);
  const [remove] = useMutation(MasterDeleteJabatanDoc, refetch);
  const noDepartment = intl.formatMessage({ id: 'admin.master.noDepartment' });
  return (
    <MasterEditor
      kind="jabatan"
      rows={list.data?.jabatan}
      loading={list.loading}
      failed={Boolean(list.error)}
      nameOf={(row) => row.namaJabatan}
      columns={[
        { header: 'admin.master.field.namaJabatan', cell: (row) => row.namaJabatan },
        {
          header: 'admin.master.field.department',
          cell: (row) => row.department?.namaDivisi ?? noDepartment,
        },
        { header: 'admin.master.field.keterangan', cell: (row) => row.keterangan ?? '' },
      ]}
      fields={[
        {
          name: 'namaJabatan',
          label: 'admin.master.field.namaJabatan',
          type: 'text',
          check: checkName(100, 'admin.master.invalid.namaJabatan'),
        },
        {
          name: 'departmentId',
          label: 'admin.master.field.department',
          type: 'select',
          options: [
            { value: '', label: noDepartment },
            ...(departments.data?.departments ?? []).map((d) => ({
              value: String(d.id),
              label: d.namaDivisi,
            })),
          ],
        },
        {
          name: 'keterangan',
          label: 'admin.master.field.keteranganOptional',
          type: 'textarea',
          check: checkNote,
        },
      ]}
      valuesOf={(row) => ({
        namaJabatan: row?.namaJabatan ?? '',
        departmentId: row?.department ? String(row.department.id) : '',
        keterangan: row?.keterangan ?? '',
      })}
      save={async (id, values) => {
        const input = {
          namaJabatan: text(values, 'namaJabatan'),
          departmentId: Number(values.departmentId) || null,
          keterangan: optional(values, 'keterangan'),
        };
        if (id == null) await create({ variables: { input } });
        else await update({ variables: { id, input } });
      }}
      remove={async (id) => {
        await remove({ variables: { id } });
      }}
    />
  );
}

// ---------------------------------------------------------------- shifts

const MasterShiftsDoc = graphql(`
  query MasterShifts {
    shifts {
      id
      namaShift
      jamMulai
      jamSelesai
      batasPesanMenit
      keterangan
    }
  }
`);

const MasterCreateShiftDoc = graphql(`
  mutation MasterCreateShift($input: ShiftInput!) {
    createShift(input: $input) {
      id
      namaShift
      jamMulai
      jamSelesai
      batasPesanMenit
      keterangan
    }
  }
`);

const MasterUpdateShiftDoc = graphql(`
  mutation MasterUpdateShift($id: Int!, $input: ShiftInput!) {
    updateShift(id: $id, input: $input) {
      id
      namaShift
      jamMulai
      jamSelesai
      batasPesanMenit
      keterangan
    }
  }
`);

const MasterDeleteShiftDoc = graphql(`
  mutation MasterDeleteShift($id: Int!) {
    deleteShift(id: $id)
  }
`);

const checkTime = (value: string) => HOURS_MINUTES.test(value) || 'admin.master.invalid.time';
const checkCutOff = (value: string) => {
  if (value.trim() === '') return true;
  const minutes = Number(value);
  return (
    (Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440) || 'admin.master.invalid.batasPesanMenit'
  );
};

export function Shifts() {
  const intl = useIntl();
  const list = useQuery(MasterShiftsDoc);
  const refetch = { refetchQueries: [MasterShiftsDoc], awaitRefetchQueries: true };
  const [create] = useMutation(MasterCreateShiftDoc, refetch);
  const [update] = useMutation(MasterUpdateShiftDoc, refetch);
  const [remove] = useMutation(MasterDeleteShiftDoc, refetch);
  return (
    <MasterEditor
      kind="shift"
      rows={list.data?.shifts}
      loading={list.loading}
      failed={Boolean(list.error)}
      nameOf={(row) => row.namaShift}
      columns={[
        { header: 'admin.master.field.namaShift', cell: (row) => row.namaShift },
        {
          header: 'admin.master.field.hours',
          cell: (row) =>
            intl.formatMessage({ id: 'admin.master.hours' }, { from: row.jamMulai, to: row.jamSelesai }),
        },
        {
          header: 'admin.master.field.batasPesanMenit',
          cell: (row) => (
            <span className="master-cutoff" data-cutoff={row.batasPesanMenit ?? ''}>
              {row.batasPesanMenit == null
                ? intl.formatMessage({ id: 'admin.master.noCutOff' })
                : intl.formatMessage({ id: 'admin.master.cutOff' }, { minutes: row.batasPesanMenit })}
            </span>
          ),
        },
        { header: 'admin.master.field.keterangan', cell: (row) => row.keterangan ?? '' },
      ]}
      fields={[
        {
          name: 'namaShift',
          label: 'admin.master.field.namaShift',
          type: 'text',
          check: checkName(50, 'admin.master.invalid.namaShift'),
        },
        { name: 'jamMulai', label: 'admin.master.field.jamMulai', type: 'time', check: checkTime },
        { name: 'jamSelesai', label: 'admin.master.field.jamSelesai', type: 'time', check: checkTime },
        {
          name: 'batasPesanMenit',
          label: 'admin.master.field.batasPesanMenit',
          type: 'minutes',
          hint: 'admin.master.batasPesanMenitHint',
          check: checkCutOff,
        },
        {
          name: 'keterangan',
          label: 'admin.master.field.keteranganOptional',
          type: 'textarea',
          check: checkNote,
        },
      ]}
      valuesOf={(row) => ({
        namaShift: row?.namaShift ?? '',
        jamMulai: row?.jamMulai ?? '',
        jamSelesai: row?.jamSelesai ?? '',
        batasPesanMenit: row?.batasPesanMenit == null ? '' : String(row.batasPesanMenit),
        keterangan: row?.keterangan ?? '',
      })}
      save={async (id, values) => {
        const cutOff = text(values, 'batasPesanMenit');
        const input = {
          namaShift: text(values, 'namaShift'),
          jamMulai: text(values, 'jamMulai'),
          jamSelesai: text(values, 'jamSelesai'),
          // Sent even when empty: null removes the cut-off (an omitted one would stay as it was).
          batasPesanMenit: cutOff === '' ? null : Number(cutOff),
          keterangan: optional(values, 'keterangan'),
        };
        if (id == null) await create({ variables: { input } });
        else await update({ variables: { id, input } });
      }}
      remove={async (id) => {
        await remove({ variables: { id } });
      }}
    />
  );
}

// ---------------------------------------------------------------- lokasi

const MasterLokasiDoc = graphql(`
  query MasterLokasi {
    lokasi {
      id
      namaLokasi
      alamat
      keterangan
      isActive
    }
  }
`);

const MasterCreateLokasiDoc = graphql(`
  mutation MasterCreateLokasi($input: LokasiInput!) {
    createLokasi(input: $input) {
      id
      namaLokasi
      alamat
      keterangan
      isActive
    }
  }
`);

const MasterUpdateLokasiDoc = graphql(`
  mutation MasterUpdateLokasi($id: Int!, $input: LokasiInput!) {
    updateLokasi(id: $id, input: $input) {
      id
      namaLokasi
      alamat
      keterangan
      isActive
    }
  }
`);

const MasterDeleteLokasiDoc = graphql(`
  mutation MasterDeleteLokasi($id: Int!) {
    deleteLokasi(id: $id)
  }
`);

export function LokasiList() {
  const intl = useIntl();
  const list = useQuery(MasterLokasiDoc);
  const refetch = { refetchQueries: [MasterLokasiDoc], awaitRefetchQueries: true };
  const [create] = useMutation(MasterCreateLokasiDoc, refetch);
  const [update] = useMutation(MasterUpdateLokasiDoc);
  const [remove] = useMutation(MasterDeleteLokasiDoc, refetch);
  return (
    <MasterEditor
      kind="lokasi"
      rows={list.data?.lokasi}
      loading={list.loading}
      failed={Boolean(list.error)}
      nameOf={(row) => row.namaLokasi}
      columns={[
        { header: 'admin.master.field.namaLokasi', cell: (row) => row.namaLokasi },
        { header: 'admin.master.field.alamat', cell: (row) => row.alamat },
        {
          header: 'admin.master.field.isActive',
          cell: (row) => (
            <span className={`users-state users-state--${row.isActive ? 'active' : 'inactive'}`}>
              {intl.formatMessage({ id: row.isActive ? 'admin.master.active' : 'admin.master.inactive' })}
            </span>
          ),
        },
        { header: 'admin.master.field.keterangan', cell: (row) => row.keterangan ?? '' },
      ]}
      fields={[
        {
          name: 'namaLokasi',
          label: 'admin.master.field.namaLokasi',
          type: 'text',
          check: checkName(100, 'admin.master.invalid.namaLokasi'),
        },
        {
          name: 'alamat',
          label: 'admin.master.field.alamat',
          type: 'textarea',
          check: (value) =>
            (value.trim().length >= 1 && value.trim().length <= 500) || 'admin.master.invalid.alamat',
        },
        {
          name: 'keterangan',
          label: 'admin.master.field.keteranganOptional',
          type: 'textarea',
          check: checkNote,
        },
        { name: 'isActive', label: 'admin.master.field.isActiveChoice', type: 'checkbox' },
      ]}
      valuesOf={(row) => ({
        namaLokasi: row?.namaLokasi ?? '',
        alamat: row?.alamat ?? '',
        keterangan: row?.keterangan ?? '',
        isActive: row?.isActive ?? true,
      })}
      save={async (id, values) => {
        const input = {
          namaLokasi: text(values, 'namaLokasi'),
          alamat: text(values, 'alamat'),
          keterangan: optional(values, 'keterangan'),
          isActive: Boolean(values.isActive),
        };
        if (id == null) await create({ variables: { input } });
        else await update({ variables: { id, input } });
      }}
      remove={async (id) => {
        await remove({ variables: { id } });
      }}
    />
  );
}
