// The boards' operations: every page of one date's orders, the kitchen's count, the moves a card offers.
import { graphql } from '../gql';

export const BoardOrdersDoc = graphql(`
  query BoardOrders($filter: OrderFilter, $page: Int!) {
    orders(filter: $filter, page: $page, limit: 100) {
      items {
        ...OrderFields
      }
      page
      totalPages
    }
  }
`);

export const BoardOrderDoc = graphql(`
  query BoardOrder($id: Int!) {
    order(id: $id) {
      ...OrderFields
    }
  }
`);

export const DepartmentsDoc = graphql(`
  query Departments {
    departments {
      id
      namaDivisi
    }
  }
`);

export const KitchenSummaryDoc = graphql(`
  query KitchenSummary($tanggal: Date, $departmentId: Int) {
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
`);

export const UpdateStatusDoc = graphql(`
  mutation UpdateOrderStatus($id: Int!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      ...OrderFields
    }
  }
`);

export const RequestRejectionDoc = graphql(`
  mutation RequestOrderRejection($id: Int!, $catatanDapur: String!) {
    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) {
      ...OrderFields
    }
  }
`);

export const RequestEditDoc = graphql(`
  mutation RequestOrderEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {
    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) {
      ...OrderFields
    }
  }
`);

export const DecideApprovalDoc = graphql(`
  mutation DecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {
    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {
      ...OrderFields
    }
  }
`);

export const PendingApprovalsDoc = graphql(`
  query PendingApprovals {
    pendingApprovals {
      ...OrderFields
    }
  }
`);
