/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApprovalDecision = 'APPROVED' | 'REJECTED';

export type ApprovalRequestType = 'EDIT' | 'REJECT';

export type ApprovalStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

export type CreateOrderInput = {
  jumlahPesanan: number;
  shiftId: number;
  /** defaults to today in APP_TIMEZONE */
  tanggalPesanan?: string | null | undefined;
};

export type OrderFilter = {
  approvalStatus?: ApprovalStatus | null | undefined;
  departmentId?: number | null | undefined;
  requiresApproval?: boolean | null | undefined;
  /** substring of kodePesanan */
  search?: string | null | undefined;
  shiftId?: number | null | undefined;
  status?: OrderStatus | null | undefined;
  tanggalAkhir?: string | null | undefined;
  tanggalMulai?: string | null | undefined;
};

export type OrderStatus =
  | 'COMPLETE'
  /** cancelled by its owner (or an administrator) before the kitchen accepted it */
  | 'DIBATALKAN'
  | 'DITOLAK'
  | 'IN_PROGRESS'
  | 'MENUNGGU'
  | 'MENUNGGU_PERSETUJUAN'
  | 'ON_DELIVERY'
  | 'READY';

export type Role = 'ADMINISTRATOR' | 'DAPUR' | 'DELIVERY' | 'EMPLOYEE';

export type SignedInUserFieldsFragment = {
  id: number;
  nomorIndukKaryawan: string;
  namaLengkap: string;
  role: Role;
  department: { id: number; namaDivisi: string } | null;
  jabatan: { id: number; namaJabatan: string } | null;
};

export type LoginMutationVariables = Exact<{
  nik: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    expiresIn: number;
    mustChangePassword: boolean;
    user: {
      id: number;
      nomorIndukKaryawan: string;
      namaLengkap: string;
      role: Role;
      department: { id: number; namaDivisi: string } | null;
      jabatan: { id: number; namaJabatan: string } | null;
    };
  };
};

export type RefreshMutationVariables = Exact<{ [key: string]: never }>;

export type RefreshMutation = {
  refreshToken: {
    accessToken: string;
    expiresIn: number;
    mustChangePassword: boolean;
    user: {
      id: number;
      nomorIndukKaryawan: string;
      namaLengkap: string;
      role: Role;
      department: { id: number; namaDivisi: string } | null;
      jabatan: { id: number; namaJabatan: string } | null;
    };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type OrderFieldsFragment = {
  id: number;
  kodePesanan: string;
  statusPesanan: OrderStatus;
  jumlahPesanan: number;
  jumlahPesananAwal: number | null;
  tanggalPesanan: string;
  requiresApproval: boolean;
  approvalStatus: ApprovalStatus | null;
  approvalRequestType: ApprovalRequestType | null;
  catatanDapur: string | null;
  catatanAdmin: string | null;
  waktuDibuat: string;
  waktuDiproses: string | null;
  waktuSiap: string | null;
  waktuDiantar: string | null;
  waktuSelesai: string | null;
  waktuDibatalkan: string | null;
  alasanPembatalan: string | null;
  department: { id: number; namaDivisi: string };
  shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
  pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
};

export type OrderEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type OrderEventsSubscription = {
  orderEvents:
    | {
        __typename: 'OrderApprovalDecidedEvent';
        cursor: string;
        decision: ApprovalDecision;
        requestType: ApprovalRequestType;
        order: {
          id: number;
          kodePesanan: string;
          statusPesanan: OrderStatus;
          jumlahPesanan: number;
          jumlahPesananAwal: number | null;
          tanggalPesanan: string;
          requiresApproval: boolean;
          approvalStatus: ApprovalStatus | null;
          approvalRequestType: ApprovalRequestType | null;
          catatanDapur: string | null;
          catatanAdmin: string | null;
          waktuDibuat: string;
          waktuDiproses: string | null;
          waktuSiap: string | null;
          waktuDiantar: string | null;
          waktuSelesai: string | null;
          waktuDibatalkan: string | null;
          alasanPembatalan: string | null;
          department: { id: number; namaDivisi: string };
          shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
          pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
        };
      }
    | {
        __typename: 'OrderApprovalRequestedEvent';
        cursor: string;
        requestType: ApprovalRequestType;
        order: {
          id: number;
          kodePesanan: string;
          statusPesanan: OrderStatus;
          jumlahPesanan: number;
          jumlahPesananAwal: number | null;
          tanggalPesanan: string;
          requiresApproval: boolean;
          approvalStatus: ApprovalStatus | null;
          approvalRequestType: ApprovalRequestType | null;
          catatanDapur: string | null;
          catatanAdmin: string | null;
          waktuDibuat: string;
          waktuDiproses: string | null;
          waktuSiap: string | null;
          waktuDiantar: string | null;
          waktuSelesai: string | null;
          waktuDibatalkan: string | null;
          alasanPembatalan: string | null;
          department: { id: number; namaDivisi: string };
          shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
          pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
        };
      }
    | {
        __typename: 'OrderCreatedEvent';
        cursor: string;
        order: {
          id: number;
          kodePesanan: string;
          statusPesanan: OrderStatus;
          jumlahPesanan: number;
          jumlahPesananAwal: number | null;
          tanggalPesanan: string;
          requiresApproval: boolean;
          approvalStatus: ApprovalStatus | null;
          approvalRequestType: ApprovalRequestType | null;
          catatanDapur: string | null;
          catatanAdmin: string | null;
          waktuDibuat: string;
          waktuDiproses: string | null;
          waktuSiap: string | null;
          waktuDiantar: string | null;
          waktuSelesai: string | null;
          waktuDibatalkan: string | null;
          alasanPembatalan: string | null;
          department: { id: number; namaDivisi: string };
          shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
          pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
        };
      }
    | {
        __typename: 'OrderStatusChangedEvent';
        cursor: string;
        oldStatus: OrderStatus;
        newStatus: OrderStatus;
        order: {
          id: number;
          kodePesanan: string;
          statusPesanan: OrderStatus;
          jumlahPesanan: number;
          jumlahPesananAwal: number | null;
          tanggalPesanan: string;
          requiresApproval: boolean;
          approvalStatus: ApprovalStatus | null;
          approvalRequestType: ApprovalRequestType | null;
          catatanDapur: string | null;
          catatanAdmin: string | null;
          waktuDibuat: string;
          waktuDiproses: string | null;
          waktuSiap: string | null;
          waktuDiantar: string | null;
          waktuSelesai: string | null;
          waktuDibatalkan: string | null;
          alasanPembatalan: string | null;
          department: { id: number; namaDivisi: string };
          shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
          pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
        };
      };
};

export type StreamHeadQueryVariables = Exact<{ [key: string]: never }>;

export type StreamHeadQuery = { orders: { cursor: string | null } };

export type BoardOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  page: number;
}>;

export type BoardOrdersQuery = {
  orders: {
    page: number;
    totalPages: number;
    items: Array<{
      id: number;
      kodePesanan: string;
      statusPesanan: OrderStatus;
      jumlahPesanan: number;
      jumlahPesananAwal: number | null;
      tanggalPesanan: string;
      requiresApproval: boolean;
      approvalStatus: ApprovalStatus | null;
      approvalRequestType: ApprovalRequestType | null;
      catatanDapur: string | null;
      catatanAdmin: string | null;
      waktuDibuat: string;
      waktuDiproses: string | null;
      waktuSiap: string | null;
      waktuDiantar: string | null;
      waktuSelesai: string | null;
      waktuDibatalkan: string | null;
      alasanPembatalan: string | null;
      department: { id: number; namaDivisi: string };
      shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
      pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
    }>;
  };
};

export type BoardOrderQueryVariables = Exact<{
  id: number;
}>;

export type BoardOrderQuery = {
  order: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  } | null;
};

export type DepartmentsQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentsQuery = { departments: Array<{ id: number; namaDivisi: string }> };

export type KitchenSummaryQueryVariables = Exact<{
  tanggal?: string | null | undefined;
  departmentId?: number | null | undefined;
}>;

export type KitchenSummaryQuery = {
  kitchenSummary: {
    tanggal: string;
    shifts: Array<{
      mealsToPrepare: number;
      mealsToDeliver: number;
      shift: { id: number; namaShift: string };
      byStatus: Array<{ status: OrderStatus; orders: number; meals: number }>;
    }>;
  };
};

export type UpdateOrderStatusMutationVariables = Exact<{
  id: number;
  status: OrderStatus;
}>;

export type UpdateOrderStatusMutation = {
  updateOrderStatus: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export type RequestOrderRejectionMutationVariables = Exact<{
  id: number;
  catatanDapur: string;
}>;

export type RequestOrderRejectionMutation = {
  requestOrderRejection: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export type RequestOrderEditMutationVariables = Exact<{
  id: number;
  jumlahPesananBaru: number;
  catatanDapur: string;
}>;

export type RequestOrderEditMutation = {
  requestOrderEdit: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export type DecideApprovalMutationVariables = Exact<{
  id: number;
  decision: ApprovalDecision;
  catatanAdmin?: string | null | undefined;
}>;

export type DecideApprovalMutation = {
  decideApproval: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export type PendingApprovalsQueryVariables = Exact<{ [key: string]: never }>;

export type PendingApprovalsQuery = {
  pendingApprovals: Array<{
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  }>;
};

export type EmployeeHomeQueryVariables = Exact<{
  upcoming: OrderFilter;
  lastWeek: OrderFilter;
}>;

export type EmployeeHomeQuery = {
  upcoming: {
    total: number;
    items: Array<{
      id: number;
      kodePesanan: string;
      statusPesanan: OrderStatus;
      jumlahPesanan: number;
      jumlahPesananAwal: number | null;
      tanggalPesanan: string;
      requiresApproval: boolean;
      approvalStatus: ApprovalStatus | null;
      approvalRequestType: ApprovalRequestType | null;
      catatanDapur: string | null;
      catatanAdmin: string | null;
      waktuDibuat: string;
      waktuDiproses: string | null;
      waktuSiap: string | null;
      waktuDiantar: string | null;
      waktuSelesai: string | null;
      waktuDibatalkan: string | null;
      alasanPembatalan: string | null;
      department: { id: number; namaDivisi: string };
      shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
      pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
    }>;
  };
  lastWeek: { total: number };
};

export type MyOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  page: number;
}>;

export type MyOrdersQuery = {
  orders: {
    total: number;
    page: number;
    totalPages: number;
    items: Array<{
      id: number;
      kodePesanan: string;
      statusPesanan: OrderStatus;
      jumlahPesanan: number;
      jumlahPesananAwal: number | null;
      tanggalPesanan: string;
      requiresApproval: boolean;
      approvalStatus: ApprovalStatus | null;
      approvalRequestType: ApprovalRequestType | null;
      catatanDapur: string | null;
      catatanAdmin: string | null;
      waktuDibuat: string;
      waktuDiproses: string | null;
      waktuSiap: string | null;
      waktuDiantar: string | null;
      waktuSelesai: string | null;
      waktuDibatalkan: string | null;
      alasanPembatalan: string | null;
      department: { id: number; namaDivisi: string };
      shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
      pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
    }>;
  };
};

export type OrderShiftsQueryVariables = Exact<{
  tanggal: string;
}>;

export type OrderShiftsQuery = {
  shifts: Array<{
    id: number;
    namaShift: string;
    jamMulai: string;
    jamSelesai: string;
    orderingClosesAt: string | null;
  }>;
};

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;

export type CreateOrderMutation = {
  createOrder: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export type OrderDetailQueryVariables = Exact<{
  id: number;
}>;

export type OrderDetailQuery = {
  order: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  } | null;
};

export type OrderClosingQueryVariables = Exact<{
  tanggal: string;
}>;

export type OrderClosingQuery = { shifts: Array<{ id: number; orderingClosesAt: string | null }> };

export type CancelOrderMutationVariables = Exact<{
  id: number;
  alasan?: string | null | undefined;
}>;

export type CancelOrderMutation = {
  cancelOrder: {
    id: number;
    kodePesanan: string;
    statusPesanan: OrderStatus;
    jumlahPesanan: number;
    jumlahPesananAwal: number | null;
    tanggalPesanan: string;
    requiresApproval: boolean;
    approvalStatus: ApprovalStatus | null;
    approvalRequestType: ApprovalRequestType | null;
    catatanDapur: string | null;
    catatanAdmin: string | null;
    waktuDibuat: string;
    waktuDiproses: string | null;
    waktuSiap: string | null;
    waktuDiantar: string | null;
    waktuSelesai: string | null;
    waktuDibatalkan: string | null;
    alasanPembatalan: string | null;
    department: { id: number; namaDivisi: string };
    shift: { id: number; namaShift: string; jamMulai: string; jamSelesai: string };
    pemesan: { id: number; namaLengkap: string; nomorIndukKaryawan: string };
  };
};

export const SignedInUserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignedInUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jabatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaJabatan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignedInUserFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nik' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'nik' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'nik' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'clientType' },
                      value: { kind: 'EnumValue', value: 'WEB' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignedInUserFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignedInUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jabatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaJabatan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Refresh' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshToken' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignedInUserFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignedInUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jabatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaJabatan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'currentPassword' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'newPassword' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const OrderEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OrderEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orderEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderCreatedEvent' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'order' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'OrderStatusChangedEvent' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStatus' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'order' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'OrderApprovalRequestedEvent' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestType' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'order' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'OrderApprovalDecidedEvent' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestType' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'order' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderEventsSubscription, OrderEventsSubscriptionVariables>;
export const StreamHeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StreamHead' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'cursor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StreamHeadQuery, StreamHeadQueryVariables>;
export const BoardOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardOrdersQuery, BoardOrdersQueryVariables>;
export const BoardOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardOrderQuery, BoardOrderQueryVariables>;
export const DepartmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Departments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const KitchenSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KitchenSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kitchenSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tanggal' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tanggal' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shifts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'shift' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'mealsToPrepare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mealsToDeliver' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byStatus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'orders' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'meals' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitchenSummaryQuery, KitchenSummaryQueryVariables>;
export const UpdateOrderStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOrderStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderStatus' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrderStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOrderStatusMutation, UpdateOrderStatusMutationVariables>;
export const RequestOrderRejectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestOrderRejection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'catatanDapur' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestOrderRejection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'catatanDapur' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'catatanDapur' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestOrderRejectionMutation, RequestOrderRejectionMutationVariables>;
export const RequestOrderEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestOrderEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jumlahPesananBaru' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'catatanDapur' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestOrderEdit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jumlahPesananBaru' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jumlahPesananBaru' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'catatanDapur' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'catatanDapur' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestOrderEditMutation, RequestOrderEditMutationVariables>;
export const DecideApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'catatanAdmin' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'catatanAdmin' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'catatanAdmin' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const PendingApprovalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingApprovals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingApprovals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const EmployeeHomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployeeHome' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastWeek' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'upcoming' },
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'lastWeek' },
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastWeek' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeHomeQuery, EmployeeHomeQueryVariables>;
export const MyOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderShiftsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrderShifts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shifts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orderingClosesAt' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'tanggal' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderShiftsQuery, OrderShiftsQueryVariables>;
export const CreateOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrderMutation, CreateOrderMutationVariables>;
export const OrderDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrderDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrderClosingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrderClosing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shifts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orderingClosesAt' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'tanggal' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'tanggal' } },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderClosingQuery, OrderClosingQueryVariables>;
export const CancelOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'alasan' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'alasan' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'alasan' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kodePesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jumlahPesananAwal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tanggalPesanan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresApproval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalRequestType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanDapur' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catatanAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibuat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiproses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSiap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDiantar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuSelesai' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waktuDibatalkan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alasanPembatalan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaDivisi' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shift' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaShift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamMulai' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jamSelesai' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pemesan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namaLengkap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomorIndukKaryawan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
