// The display's GraphQL operations and the shapes of their answers (the fields the boards show).
import { gql } from '@apollo/client';

export type Role = 'ADMINISTRATOR' | 'EMPLOYEE' | 'DAPUR' | 'DELIVERY';
export type OrderStatus =
  | 'MENUNGGU'
  | 'IN_PROGRESS'
  | 'READY'
  | 'ON_DELIVERY'
  | 'COMPLETE'
  | 'DITOLAK'
  | 'MENUNGGU_PERSETUJUAN'
  | 'DIBATALKAN';

export interface SignedInUser {
  id: number;
  namaLengkap: string;
  role: Role;
}

export interface AuthPayload {
  accessToken: string;
  expiresIn: number;
  user: SignedInUser;
}

export interface Order {
  id: number;
  kodePesanan: string;
  statusPesanan: OrderStatus;
  jumlahPesanan: number;
  jumlahPesananAwal: number | null;
  tanggalPesanan: string;
  waktuDibuat: string;
  approvalRequestType: 'REJECT' | 'EDIT' | null;
  catatanDapur: string | null;
  department: { id: number; namaDivisi: string };
  shift: { id: number; namaShift: string };
  pemesan: { namaLengkap: string };
}

export interface OrderPage {
  items: Order[];
  page: number;
  totalPages: number;
  cursor: string | null;
}

export type OrderEvent =
  | { __typename: 'OrderCreatedEvent'; cursor: string; order: Order }
  | { __typename: 'OrderStatusChangedEvent'; cursor: string; order: Order }
  | { __typename: 'OrderApprovalRequestedEvent'; cursor: string; order: Order }
  | { __typename: 'OrderApprovalDecidedEvent'; cursor: string; order: Order };

export interface ShiftTotals {
  shift: { id: number; namaShift: string };
  mealsToPrepare: number;
  mealsToDeliver: number;
  byStatus: { status: OrderStatus; orders: number; meals: number }[];
}

export interface KitchenSummary {
  tanggal: string;
  shifts: ShiftTotals[];
}

const AUTH_FIELDS = 'accessToken expiresIn user { id namaLengkap role }';

export const LOGIN = gql`
  mutation DisplayLogin($nik: String!, $password: String!) {
    login(input: { nik: $nik, password: $password, clientType: WEB }) { ${AUTH_FIELDS} }
  }
`;

export const REFRESH = gql`
  mutation DisplayRefresh {
    refreshToken { ${AUTH_FIELDS} }
  }
`;

export const LOGOUT = gql`
  mutation DisplayLogout {
    logout
  }
`;

const ORDER_FIELDS = `
  id kodePesanan statusPesanan jumlahPesanan jumlahPesananAwal tanggalPesanan waktuDibuat
  approvalRequestType catatanDapur
  department { id namaDivisi } shift { id namaShift } pemesan { namaLengkap }
`;

export const ORDERS = gql`
  query DisplayOrders($filter: OrderFilter, $page: Int!) {
    orders(filter: $filter, page: $page, limit: 100) { items { ${ORDER_FIELDS} } page totalPages cursor }
  }
`;

export const ORDER = gql`
  query DisplayOrder($id: Int!) {
    order(id: $id) { ${ORDER_FIELDS} }
  }
`;

export const DEPARTMENTS = gql`
  query DisplayDepartments {
    departments {
      id
      namaDivisi
    }
  }
`;

export const KITCHEN_SUMMARY = gql`
  query DisplayKitchenSummary($tanggal: Date, $departmentId: Int) {
    kitchenSummary(tanggal: $tanggal, departmentId: $departmentId) {
      tanggal
      shifts {
        shift {
          id
          namaShift
        }
        mealsToPrepare
        mealsToDeliver
        byStatus {
          status
          orders
          meals
        }
      }
    }
  }
`;

/** One stream for every order event; `after` resumes it (DOMAIN.md, Realtime). A string: graphql-ws sends it. */
export const ORDER_EVENTS = `
  subscription DisplayOrderEvents($after: String, $departmentId: Int) {
    orderEvents(after: $after, departmentId: $departmentId) {
      __typename
      ... on OrderCreatedEvent { cursor order { ${ORDER_FIELDS} } }
      ... on OrderStatusChangedEvent { cursor order { ${ORDER_FIELDS} } }
      ... on OrderApprovalRequestedEvent { cursor order { ${ORDER_FIELDS} } }
      ... on OrderApprovalDecidedEvent { cursor order { ${ORDER_FIELDS} } }
    }
  }
`;

export const UPDATE_STATUS = gql`
  mutation DisplayUpdateStatus($id: Int!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) { ${ORDER_FIELDS} }
  }
`;

export const REQUEST_REJECTION = gql`
  mutation DisplayRequestRejection($id: Int!, $catatanDapur: String!) {
    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) { ${ORDER_FIELDS} }
  }
`;

export const REQUEST_EDIT = gql`
  mutation DisplayRequestEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {
    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) { ${ORDER_FIELDS} }
  }
`;

export const DECIDE_APPROVAL = gql`
  mutation DisplayDecideApproval($id: Int!, $decision: ApprovalDecision!) {
    decideApproval(id: $id, decision: $decision) { ${ORDER_FIELDS} }
  }
`;
