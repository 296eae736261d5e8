// What the users screen's parts share: the roles in the order they are offered, the user's fields, departments.
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

export const ROLES: Role[] = ['ADMINISTRATOR', 'EMPLOYEE', 'DAPUR', 'DELIVERY'];

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    nomorIndukKaryawan
    namaLengkap
    role
    isActive
    keterangan
    department {
      id
      namaDivisi
    }
    jabatan {
      id
      namaJabatan
    }
  }
`);

export const AdminUserDepartmentsDoc = graphql(`
  query AdminUserDepartments {
    departments {
      id
      namaDivisi
    }
  }
`);

/** The jabatan of one department (the list a profile offers once its department is chosen). */
export const AdminUserJabatanDoc = graphql(`
  query AdminUserJabatan($departmentId: Int!) {
    jabatan(departmentId: $departmentId) {
      id
      namaJabatan
    }
  }
`);
