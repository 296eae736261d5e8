/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": typeof types.AuditLogFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditChoices {\n    auditActionTypes\n  }\n": typeof types.AuditChoicesDocument,
    "\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": typeof types.AuditUserDocument,
    "\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n": typeof types.OrderHistoryDocument,
    "\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n": typeof types.ReportChoicesDocument,
    "\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n": typeof types.ConsumptionReportDocument,
    "\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n": typeof types.DepartmentReportDocument,
    "\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n": typeof types.PerformanceReportDocument,
    "\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.RejectionReportDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n": typeof types.ExportReportDocument,
    "\n  fragment SignedInUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n": typeof types.SignedInUserFieldsFragmentDoc,
    "\n  mutation Login($nik: String!, $password: String!) {\n    login(input: { nik: $nik, password: $password, clientType: WEB }) {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment OrderFields on Order {\n    id\n    kodePesanan\n    statusPesanan\n    jumlahPesanan\n    jumlahPesananAwal\n    tanggalPesanan\n    requiresApproval\n    approvalStatus\n    approvalRequestType\n    catatanDapur\n    catatanAdmin\n    waktuDibuat\n    waktuDiproses\n    waktuSiap\n    waktuDiantar\n    waktuSelesai\n    waktuDibatalkan\n    alasanPembatalan\n    department {\n      id\n      namaDivisi\n    }\n    shift {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n    pemesan {\n      id\n      namaLengkap\n      nomorIndukKaryawan\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  subscription OrderEvents($after: String) {\n    orderEvents(after: $after) {\n      __typename\n      ... on OrderCreatedEvent {\n        cursor\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderStatusChangedEvent {\n        cursor\n        oldStatus\n        newStatus\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalRequestedEvent {\n        cursor\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalDecidedEvent {\n        cursor\n        decision\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n    }\n  }\n": typeof types.OrderEventsDocument,
    "\n  query StreamHead {\n    orders(limit: 1) {\n      cursor\n    }\n  }\n": typeof types.StreamHeadDocument,
    "\n  query BoardOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 100) {\n      items {\n        ...OrderFields\n      }\n      page\n      totalPages\n    }\n  }\n": typeof types.BoardOrdersDocument,
    "\n  query BoardOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": typeof types.BoardOrderDocument,
    "\n  query Departments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query KitchenSummary($tanggal: Date, $departmentId: Int) {\n    kitchenSummary(tanggal: $tanggal, departmentId: $departmentId) {\n      tanggal\n      shifts {\n        shift {\n          id\n          namaShift\n        }\n        mealsToPrepare\n        mealsToDeliver\n        byStatus {\n          status\n          orders\n          meals\n        }\n      }\n    }\n  }\n": typeof types.KitchenSummaryDocument,
    "\n  mutation UpdateOrderStatus($id: Int!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...OrderFields\n    }\n  }\n": typeof types.UpdateOrderStatusDocument,
    "\n  mutation RequestOrderRejection($id: Int!, $catatanDapur: String!) {\n    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n": typeof types.RequestOrderRejectionDocument,
    "\n  mutation RequestOrderEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {\n    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n": typeof types.RequestOrderEditDocument,
    "\n  mutation DecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  query PendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n    }\n  }\n": typeof types.PendingApprovalsDocument,
    "\n  query EmployeeHome($upcoming: OrderFilter!, $lastWeek: OrderFilter!) {\n    upcoming: orders(filter: $upcoming, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n    }\n    lastWeek: orders(filter: $lastWeek, limit: 1) {\n      total\n    }\n  }\n": typeof types.EmployeeHomeDocument,
    "\n  query MyOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query OrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": typeof types.OrderShiftsDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  query OrderDetail($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  query OrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": typeof types.OrderClosingDocument,
    "\n  mutation CancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n": typeof types.CancelOrderDocument,
};
const documents: Documents = {
    "\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": types.AuditLogFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditChoices {\n    auditActionTypes\n  }\n": types.AuditChoicesDocument,
    "\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": types.AuditUserDocument,
    "\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n": types.OrderHistoryDocument,
    "\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n": types.ReportChoicesDocument,
    "\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n": types.ConsumptionReportDocument,
    "\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n": types.DepartmentReportDocument,
    "\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n": types.PerformanceReportDocument,
    "\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.RejectionReportDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n": types.ExportReportDocument,
    "\n  fragment SignedInUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n": types.SignedInUserFieldsFragmentDoc,
    "\n  mutation Login($nik: String!, $password: String!) {\n    login(input: { nik: $nik, password: $password, clientType: WEB }) {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n": types.ChangePasswordDocument,
    "\n  fragment OrderFields on Order {\n    id\n    kodePesanan\n    statusPesanan\n    jumlahPesanan\n    jumlahPesananAwal\n    tanggalPesanan\n    requiresApproval\n    approvalStatus\n    approvalRequestType\n    catatanDapur\n    catatanAdmin\n    waktuDibuat\n    waktuDiproses\n    waktuSiap\n    waktuDiantar\n    waktuSelesai\n    waktuDibatalkan\n    alasanPembatalan\n    department {\n      id\n      namaDivisi\n    }\n    shift {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n    pemesan {\n      id\n      namaLengkap\n      nomorIndukKaryawan\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  subscription OrderEvents($after: String) {\n    orderEvents(after: $after) {\n      __typename\n      ... on OrderCreatedEvent {\n        cursor\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderStatusChangedEvent {\n        cursor\n        oldStatus\n        newStatus\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalRequestedEvent {\n        cursor\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalDecidedEvent {\n        cursor\n        decision\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n    }\n  }\n": types.OrderEventsDocument,
    "\n  query StreamHead {\n    orders(limit: 1) {\n      cursor\n    }\n  }\n": types.StreamHeadDocument,
    "\n  query BoardOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 100) {\n      items {\n        ...OrderFields\n      }\n      page\n      totalPages\n    }\n  }\n": types.BoardOrdersDocument,
    "\n  query BoardOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": types.BoardOrderDocument,
    "\n  query Departments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query KitchenSummary($tanggal: Date, $departmentId: Int) {\n    kitchenSummary(tanggal: $tanggal, departmentId: $departmentId) {\n      tanggal\n      shifts {\n        shift {\n          id\n          namaShift\n        }\n        mealsToPrepare\n        mealsToDeliver\n        byStatus {\n          status\n          orders\n          meals\n        }\n      }\n    }\n  }\n": types.KitchenSummaryDocument,
    "\n  mutation UpdateOrderStatus($id: Int!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...OrderFields\n    }\n  }\n": types.UpdateOrderStatusDocument,
    "\n  mutation RequestOrderRejection($id: Int!, $catatanDapur: String!) {\n    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n": types.RequestOrderRejectionDocument,
    "\n  mutation RequestOrderEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {\n    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n": types.RequestOrderEditDocument,
    "\n  mutation DecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  query PendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n    }\n  }\n": types.PendingApprovalsDocument,
    "\n  query EmployeeHome($upcoming: OrderFilter!, $lastWeek: OrderFilter!) {\n    upcoming: orders(filter: $upcoming, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n    }\n    lastWeek: orders(filter: $lastWeek, limit: 1) {\n      total\n    }\n  }\n": types.EmployeeHomeDocument,
    "\n  query MyOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query OrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": types.OrderShiftsDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n": types.CreateOrderDocument,
    "\n  query OrderDetail($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": types.OrderDetailDocument,
    "\n  query OrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": types.OrderClosingDocument,
    "\n  mutation CancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n": types.CancelOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChoices {\n    auditActionTypes\n  }\n"): (typeof documents)["\n  query AuditChoices {\n    auditActionTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n"): (typeof documents)["\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n"): (typeof documents)["\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n"): (typeof documents)["\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n"): (typeof documents)["\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n"): (typeof documents)["\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n"): (typeof documents)["\n  fragment SignedInUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($nik: String!, $password: String!) {\n    login(input: { nik: $nik, password: $password, clientType: WEB }) {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($nik: String!, $password: String!) {\n    login(input: { nik: $nik, password: $password, clientType: WEB }) {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh {\n    refreshToken {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh {\n    refreshToken {\n      accessToken\n      expiresIn\n      mustChangePassword\n      user {\n        ...SignedInUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    kodePesanan\n    statusPesanan\n    jumlahPesanan\n    jumlahPesananAwal\n    tanggalPesanan\n    requiresApproval\n    approvalStatus\n    approvalRequestType\n    catatanDapur\n    catatanAdmin\n    waktuDibuat\n    waktuDiproses\n    waktuSiap\n    waktuDiantar\n    waktuSelesai\n    waktuDibatalkan\n    alasanPembatalan\n    department {\n      id\n      namaDivisi\n    }\n    shift {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n    pemesan {\n      id\n      namaLengkap\n      nomorIndukKaryawan\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFields on Order {\n    id\n    kodePesanan\n    statusPesanan\n    jumlahPesanan\n    jumlahPesananAwal\n    tanggalPesanan\n    requiresApproval\n    approvalStatus\n    approvalRequestType\n    catatanDapur\n    catatanAdmin\n    waktuDibuat\n    waktuDiproses\n    waktuSiap\n    waktuDiantar\n    waktuSelesai\n    waktuDibatalkan\n    alasanPembatalan\n    department {\n      id\n      namaDivisi\n    }\n    shift {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n    pemesan {\n      id\n      namaLengkap\n      nomorIndukKaryawan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderEvents($after: String) {\n    orderEvents(after: $after) {\n      __typename\n      ... on OrderCreatedEvent {\n        cursor\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderStatusChangedEvent {\n        cursor\n        oldStatus\n        newStatus\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalRequestedEvent {\n        cursor\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalDecidedEvent {\n        cursor\n        decision\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderEvents($after: String) {\n    orderEvents(after: $after) {\n      __typename\n      ... on OrderCreatedEvent {\n        cursor\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderStatusChangedEvent {\n        cursor\n        oldStatus\n        newStatus\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalRequestedEvent {\n        cursor\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n      ... on OrderApprovalDecidedEvent {\n        cursor\n        decision\n        requestType\n        order {\n          ...OrderFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreamHead {\n    orders(limit: 1) {\n      cursor\n    }\n  }\n"): (typeof documents)["\n  query StreamHead {\n    orders(limit: 1) {\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 100) {\n      items {\n        ...OrderFields\n      }\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query BoardOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 100) {\n      items {\n        ...OrderFields\n      }\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  query BoardOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitchenSummary($tanggal: Date, $departmentId: Int) {\n    kitchenSummary(tanggal: $tanggal, departmentId: $departmentId) {\n      tanggal\n      shifts {\n        shift {\n          id\n          namaShift\n        }\n        mealsToPrepare\n        mealsToDeliver\n        byStatus {\n          status\n          orders\n          meals\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitchenSummary($tanggal: Date, $departmentId: Int) {\n    kitchenSummary(tanggal: $tanggal, departmentId: $departmentId) {\n      tanggal\n      shifts {\n        shift {\n          id\n          namaShift\n        }\n        mealsToPrepare\n        mealsToDeliver\n        byStatus {\n          status\n          orders\n          meals\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderStatus($id: Int!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderStatus($id: Int!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrderRejection($id: Int!, $catatanDapur: String!) {\n    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestOrderRejection($id: Int!, $catatanDapur: String!) {\n    requestOrderRejection(id: $id, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrderEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {\n    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestOrderEdit($id: Int!, $jumlahPesananBaru: Int!, $catatanDapur: String!) {\n    requestOrderEdit(id: $id, jumlahPesananBaru: $jumlahPesananBaru, catatanDapur: $catatanDapur) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  query PendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeHome($upcoming: OrderFilter!, $lastWeek: OrderFilter!) {\n    upcoming: orders(filter: $upcoming, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n    }\n    lastWeek: orders(filter: $lastWeek, limit: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query EmployeeHome($upcoming: OrderFilter!, $lastWeek: OrderFilter!) {\n    upcoming: orders(filter: $upcoming, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n    }\n    lastWeek: orders(filter: $lastWeek, limit: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($filter: OrderFilter, $page: Int!) {\n    orders(filter: $filter, page: $page, limit: 10) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"): (typeof documents)["\n  query OrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"): (typeof documents)["\n  query OrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;