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
    "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": typeof types.AdminPendingApprovalsDocument,
    "\n  query AdminRequestHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n    }\n  }\n": typeof types.AdminRequestHistoryDocument,
    "\n  mutation AdminDecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n": typeof types.AdminDecideApprovalDocument,
    "\n  query AdminApprovalOrderNow($id: Int!) {\n    order(id: $id) {\n      id\n      statusPesanan\n      approvalStatus\n    }\n  }\n": typeof types.AdminApprovalOrderNowDocument,
    "\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": typeof types.AuditLogFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditChoices {\n    auditActionTypes\n  }\n": typeof types.AuditChoicesDocument,
    "\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": typeof types.AuditUserDocument,
    "\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n": typeof types.OrderHistoryDocument,
    "\n  query AdminDashboard($today: Date!) {\n    shifts {\n      id\n    }\n    departments {\n      id\n    }\n    today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU: orders(filter: { status: MENUNGGU, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    IN_PROGRESS: orders(\n      filter: { status: IN_PROGRESS, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    READY: orders(filter: { status: READY, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    ON_DELIVERY: orders(\n      filter: { status: ON_DELIVERY, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    COMPLETE: orders(filter: { status: COMPLETE, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    DITOLAK: orders(filter: { status: DITOLAK, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU_PERSETUJUAN: orders(\n      filter: { status: MENUNGGU_PERSETUJUAN, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    DIBATALKAN: orders(filter: { status: DIBATALKAN, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }, groupBy: DAILY) {\n      period\n      totalOrders\n      totalMeals\n    }\n    departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n    pendingApprovals {\n      id\n      kodePesanan\n      tanggalPesanan\n      jumlahPesanan\n      jumlahPesananAwal\n      approvalRequestType\n      catatanDapur\n      department {\n        id\n        namaDivisi\n      }\n    }\n    latest: orders(limit: 8) {\n      items {\n        ...OrderFields\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query MasterDepartments {\n    departments {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": typeof types.MasterDepartmentsDocument,
    "\n  mutation MasterCreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": typeof types.MasterCreateDepartmentDocument,
    "\n  mutation MasterUpdateDepartment($id: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": typeof types.MasterUpdateDepartmentDocument,
    "\n  mutation MasterDeleteDepartment($id: Int!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.MasterDeleteDepartmentDocument,
    "\n  query MasterJabatan {\n    jabatan {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": typeof types.MasterJabatanDocument,
    "\n  mutation MasterCreateJabatan($input: JabatanInput!) {\n    createJabatan(input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": typeof types.MasterCreateJabatanDocument,
    "\n  mutation MasterUpdateJabatan($id: Int!, $input: JabatanInput!) {\n    updateJabatan(id: $id, input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": typeof types.MasterUpdateJabatanDocument,
    "\n  mutation MasterDeleteJabatan($id: Int!) {\n    deleteJabatan(id: $id)\n  }\n": typeof types.MasterDeleteJabatanDocument,
    "\n  query MasterShifts {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": typeof types.MasterShiftsDocument,
    "\n  mutation MasterCreateShift($input: ShiftInput!) {\n    createShift(input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": typeof types.MasterCreateShiftDocument,
    "\n  mutation MasterUpdateShift($id: Int!, $input: ShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": typeof types.MasterUpdateShiftDocument,
    "\n  mutation MasterDeleteShift($id: Int!) {\n    deleteShift(id: $id)\n  }\n": typeof types.MasterDeleteShiftDocument,
    "\n  query MasterLokasi {\n    lokasi {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": typeof types.MasterLokasiDocument,
    "\n  mutation MasterCreateLokasi($input: LokasiInput!) {\n    createLokasi(input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": typeof types.MasterCreateLokasiDocument,
    "\n  mutation MasterUpdateLokasi($id: Int!, $input: LokasiInput!) {\n    updateLokasi(id: $id, input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": typeof types.MasterUpdateLokasiDocument,
    "\n  mutation MasterDeleteLokasi($id: Int!) {\n    deleteLokasi(id: $id)\n  }\n": typeof types.MasterDeleteLokasiDocument,
    "\n  query AdminNewOrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": typeof types.AdminNewOrderShiftsDocument,
    "\n  mutation AdminCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n": typeof types.AdminCreateOrderDocument,
    "\n  query AdminOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n      approvedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  query AdminOrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n      user {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": typeof types.AdminOrderHistoryDocument,
    "\n  mutation AdminOverrideStatus($id: Int!, $status: OrderStatus!, $catatan: String) {\n    updateOrderStatus(id: $id, status: $status, catatan: $catatan) {\n      ...OrderFields\n    }\n  }\n": typeof types.AdminOverrideStatusDocument,
    "\n  mutation AdminCancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n": typeof types.AdminCancelOrderDocument,
    "\n  query AdminOrders($filter: OrderFilter, $page: Int!, $limit: Int!) {\n    orders(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  query AdminOrderFilterOptions {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n  }\n": typeof types.AdminOrderFilterOptionsDocument,
    "\n  query AdminOrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": typeof types.AdminOrderClosingDocument,
    "\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n": typeof types.ReportChoicesDocument,
    "\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n": typeof types.ConsumptionReportDocument,
    "\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n": typeof types.DepartmentReportDocument,
    "\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n": typeof types.PerformanceReportDocument,
    "\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.RejectionReportDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n": typeof types.ExportReportDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  query AdminUser($id: Int!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation AdminUpdateUserRole($id: Int!, $role: Role!) {\n    updateUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUpdateUserRoleDocument,
    "\n  mutation AdminUpdateUserStatus($id: Int!, $isActive: Boolean!) {\n    updateUserStatus(id: $id, isActive: $isActive) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUpdateUserStatusDocument,
    "\n  mutation AdminUpdateUserProfile($id: Int!, $input: UpdateUserProfileInput!) {\n    updateUserProfile(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUpdateUserProfileDocument,
    "\n  mutation AdminResetUserPassword($id: Int!) {\n    resetUserPassword(id: $id) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.AdminResetUserPasswordDocument,
    "\n  query AdminUsers($filter: UserFilter, $page: Int!, $limit: Int!) {\n    users(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    isActive\n    keterangan\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUserDepartments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n": typeof types.AdminUserDepartmentsDocument,
    "\n  query AdminUserJabatan($departmentId: Int!) {\n    jabatan(departmentId: $departmentId) {\n      id\n      namaJabatan\n    }\n  }\n": typeof types.AdminUserJabatanDocument,
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
    "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": types.AdminPendingApprovalsDocument,
    "\n  query AdminRequestHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n    }\n  }\n": types.AdminRequestHistoryDocument,
    "\n  mutation AdminDecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n": types.AdminDecideApprovalDocument,
    "\n  query AdminApprovalOrderNow($id: Int!) {\n    order(id: $id) {\n      id\n      statusPesanan\n      approvalStatus\n    }\n  }\n": types.AdminApprovalOrderNowDocument,
    "\n  fragment AuditLogFields on AuditLog {\n    id\n    timestamp\n    aksi\n    detail\n    user {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": types.AuditLogFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {\n    auditTrail(filter: $filter, page: $page, limit: 50) {\n      items {\n        ...AuditLogFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditChoices {\n    auditActionTypes\n  }\n": types.AuditChoicesDocument,
    "\n  query AuditUser($id: Int!) {\n    user(id: $id) {\n      id\n      nomorIndukKaryawan\n      namaLengkap\n    }\n  }\n": types.AuditUserDocument,
    "\n  query OrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      ...AuditLogFields\n    }\n  }\n": types.OrderHistoryDocument,
    "\n  query AdminDashboard($today: Date!) {\n    shifts {\n      id\n    }\n    departments {\n      id\n    }\n    today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU: orders(filter: { status: MENUNGGU, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    IN_PROGRESS: orders(\n      filter: { status: IN_PROGRESS, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    READY: orders(filter: { status: READY, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    ON_DELIVERY: orders(\n      filter: { status: ON_DELIVERY, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    COMPLETE: orders(filter: { status: COMPLETE, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    DITOLAK: orders(filter: { status: DITOLAK, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU_PERSETUJUAN: orders(\n      filter: { status: MENUNGGU_PERSETUJUAN, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    DIBATALKAN: orders(filter: { status: DIBATALKAN, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }, groupBy: DAILY) {\n      period\n      totalOrders\n      totalMeals\n    }\n    departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n    pendingApprovals {\n      id\n      kodePesanan\n      tanggalPesanan\n      jumlahPesanan\n      jumlahPesananAwal\n      approvalRequestType\n      catatanDapur\n      department {\n        id\n        namaDivisi\n      }\n    }\n    latest: orders(limit: 8) {\n      items {\n        ...OrderFields\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  query MasterDepartments {\n    departments {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": types.MasterDepartmentsDocument,
    "\n  mutation MasterCreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": types.MasterCreateDepartmentDocument,
    "\n  mutation MasterUpdateDepartment($id: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n": types.MasterUpdateDepartmentDocument,
    "\n  mutation MasterDeleteDepartment($id: Int!) {\n    deleteDepartment(id: $id)\n  }\n": types.MasterDeleteDepartmentDocument,
    "\n  query MasterJabatan {\n    jabatan {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": types.MasterJabatanDocument,
    "\n  mutation MasterCreateJabatan($input: JabatanInput!) {\n    createJabatan(input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": types.MasterCreateJabatanDocument,
    "\n  mutation MasterUpdateJabatan($id: Int!, $input: JabatanInput!) {\n    updateJabatan(id: $id, input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n": types.MasterUpdateJabatanDocument,
    "\n  mutation MasterDeleteJabatan($id: Int!) {\n    deleteJabatan(id: $id)\n  }\n": types.MasterDeleteJabatanDocument,
    "\n  query MasterShifts {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": types.MasterShiftsDocument,
    "\n  mutation MasterCreateShift($input: ShiftInput!) {\n    createShift(input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": types.MasterCreateShiftDocument,
    "\n  mutation MasterUpdateShift($id: Int!, $input: ShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n": types.MasterUpdateShiftDocument,
    "\n  mutation MasterDeleteShift($id: Int!) {\n    deleteShift(id: $id)\n  }\n": types.MasterDeleteShiftDocument,
    "\n  query MasterLokasi {\n    lokasi {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": types.MasterLokasiDocument,
    "\n  mutation MasterCreateLokasi($input: LokasiInput!) {\n    createLokasi(input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": types.MasterCreateLokasiDocument,
    "\n  mutation MasterUpdateLokasi($id: Int!, $input: LokasiInput!) {\n    updateLokasi(id: $id, input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n": types.MasterUpdateLokasiDocument,
    "\n  mutation MasterDeleteLokasi($id: Int!) {\n    deleteLokasi(id: $id)\n  }\n": types.MasterDeleteLokasiDocument,
    "\n  query AdminNewOrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": types.AdminNewOrderShiftsDocument,
    "\n  mutation AdminCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n": types.AdminCreateOrderDocument,
    "\n  query AdminOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n      approvedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": types.AdminOrderDocument,
    "\n  query AdminOrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n      user {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n": types.AdminOrderHistoryDocument,
    "\n  mutation AdminOverrideStatus($id: Int!, $status: OrderStatus!, $catatan: String) {\n    updateOrderStatus(id: $id, status: $status, catatan: $catatan) {\n      ...OrderFields\n    }\n  }\n": types.AdminOverrideStatusDocument,
    "\n  mutation AdminCancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n": types.AdminCancelOrderDocument,
    "\n  query AdminOrders($filter: OrderFilter, $page: Int!, $limit: Int!) {\n    orders(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  query AdminOrderFilterOptions {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n  }\n": types.AdminOrderFilterOptionsDocument,
    "\n  query AdminOrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n": types.AdminOrderClosingDocument,
    "\n  query ReportChoices {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n    }\n  }\n": types.ReportChoicesDocument,
    "\n  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {\n    consumptionReport(filter: $filter, groupBy: $groupBy) {\n      period\n      totalOrders\n      totalMeals\n    }\n  }\n": types.ConsumptionReportDocument,
    "\n  query DepartmentReport($filter: ReportFilter) {\n    departmentReport(filter: $filter) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n  }\n": types.DepartmentReportDocument,
    "\n  query PerformanceReport($filter: ReportFilter) {\n    performanceReport(filter: $filter) {\n      overall {\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byDepartment {\n        departmentId\n        departmentName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n      byShift {\n        shiftId\n        shiftName\n        count\n        avgTotalDurationMinutes\n        avgProcessingTimeMinutes\n        avgPreparationTimeMinutes\n        avgDeliveryTimeMinutes\n      }\n    }\n  }\n": types.PerformanceReportDocument,
    "\n  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {\n    rejectionReport(filter: $filter, page: $page, limit: 20) {\n      items {\n        requestType\n        approvalStatus\n        order {\n          ...OrderFields\n        }\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.RejectionReportDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n": types.ExportReportDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  query AdminUser($id: Int!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation AdminUpdateUserRole($id: Int!, $role: Role!) {\n    updateUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUpdateUserRoleDocument,
    "\n  mutation AdminUpdateUserStatus($id: Int!, $isActive: Boolean!) {\n    updateUserStatus(id: $id, isActive: $isActive) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUpdateUserStatusDocument,
    "\n  mutation AdminUpdateUserProfile($id: Int!, $input: UpdateUserProfileInput!) {\n    updateUserProfile(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUpdateUserProfileDocument,
    "\n  mutation AdminResetUserPassword($id: Int!) {\n    resetUserPassword(id: $id) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n": types.AdminResetUserPasswordDocument,
    "\n  query AdminUsers($filter: UserFilter, $page: Int!, $limit: Int!) {\n    users(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n": types.AdminUsersDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    isActive\n    keterangan\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUserDepartments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n": types.AdminUserDepartmentsDocument,
    "\n  query AdminUserJabatan($departmentId: Int!) {\n    jabatan(departmentId: $departmentId) {\n      id\n      namaJabatan\n    }\n  }\n": types.AdminUserJabatanDocument,
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
export function graphql(source: "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPendingApprovals {\n    pendingApprovals {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRequestHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n    }\n  }\n"): (typeof documents)["\n  query AdminRequestHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {\n    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApprovalOrderNow($id: Int!) {\n    order(id: $id) {\n      id\n      statusPesanan\n      approvalStatus\n    }\n  }\n"): (typeof documents)["\n  query AdminApprovalOrderNow($id: Int!) {\n    order(id: $id) {\n      id\n      statusPesanan\n      approvalStatus\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminDashboard($today: Date!) {\n    shifts {\n      id\n    }\n    departments {\n      id\n    }\n    today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU: orders(filter: { status: MENUNGGU, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    IN_PROGRESS: orders(\n      filter: { status: IN_PROGRESS, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    READY: orders(filter: { status: READY, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    ON_DELIVERY: orders(\n      filter: { status: ON_DELIVERY, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    COMPLETE: orders(filter: { status: COMPLETE, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    DITOLAK: orders(filter: { status: DITOLAK, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU_PERSETUJUAN: orders(\n      filter: { status: MENUNGGU_PERSETUJUAN, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    DIBATALKAN: orders(filter: { status: DIBATALKAN, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }, groupBy: DAILY) {\n      period\n      totalOrders\n      totalMeals\n    }\n    departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n    pendingApprovals {\n      id\n      kodePesanan\n      tanggalPesanan\n      jumlahPesanan\n      jumlahPesananAwal\n      approvalRequestType\n      catatanDapur\n      department {\n        id\n        namaDivisi\n      }\n    }\n    latest: orders(limit: 8) {\n      items {\n        ...OrderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($today: Date!) {\n    shifts {\n      id\n    }\n    departments {\n      id\n    }\n    today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU: orders(filter: { status: MENUNGGU, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    IN_PROGRESS: orders(\n      filter: { status: IN_PROGRESS, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    READY: orders(filter: { status: READY, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    ON_DELIVERY: orders(\n      filter: { status: ON_DELIVERY, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    COMPLETE: orders(filter: { status: COMPLETE, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    DITOLAK: orders(filter: { status: DITOLAK, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    MENUNGGU_PERSETUJUAN: orders(\n      filter: { status: MENUNGGU_PERSETUJUAN, tanggalMulai: $today, tanggalAkhir: $today }\n      limit: 1\n    ) {\n      total\n    }\n    DIBATALKAN: orders(filter: { status: DIBATALKAN, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {\n      total\n    }\n    consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }, groupBy: DAILY) {\n      period\n      totalOrders\n      totalMeals\n    }\n    departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) {\n      departmentId\n      departmentName\n      totalOrders\n      totalMeals\n      percentage\n    }\n    pendingApprovals {\n      id\n      kodePesanan\n      tanggalPesanan\n      jumlahPesanan\n      jumlahPesananAwal\n      approvalRequestType\n      catatanDapur\n      department {\n        id\n        namaDivisi\n      }\n    }\n    latest: orders(limit: 8) {\n      items {\n        ...OrderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterDepartments {\n    departments {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  query MasterDepartments {\n    departments {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterCreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  mutation MasterCreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterUpdateDepartment($id: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  mutation MasterUpdateDepartment($id: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      namaDivisi\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDeleteDepartment($id: Int!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation MasterDeleteDepartment($id: Int!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterJabatan {\n    jabatan {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"): (typeof documents)["\n  query MasterJabatan {\n    jabatan {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterCreateJabatan($input: JabatanInput!) {\n    createJabatan(input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MasterCreateJabatan($input: JabatanInput!) {\n    createJabatan(input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterUpdateJabatan($id: Int!, $input: JabatanInput!) {\n    updateJabatan(id: $id, input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MasterUpdateJabatan($id: Int!, $input: JabatanInput!) {\n    updateJabatan(id: $id, input: $input) {\n      id\n      namaJabatan\n      keterangan\n      department {\n        id\n        namaDivisi\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDeleteJabatan($id: Int!) {\n    deleteJabatan(id: $id)\n  }\n"): (typeof documents)["\n  mutation MasterDeleteJabatan($id: Int!) {\n    deleteJabatan(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterShifts {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  query MasterShifts {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterCreateShift($input: ShiftInput!) {\n    createShift(input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  mutation MasterCreateShift($input: ShiftInput!) {\n    createShift(input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterUpdateShift($id: Int!, $input: ShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"): (typeof documents)["\n  mutation MasterUpdateShift($id: Int!, $input: ShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      batasPesanMenit\n      keterangan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDeleteShift($id: Int!) {\n    deleteShift(id: $id)\n  }\n"): (typeof documents)["\n  mutation MasterDeleteShift($id: Int!) {\n    deleteShift(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterLokasi {\n    lokasi {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"): (typeof documents)["\n  query MasterLokasi {\n    lokasi {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterCreateLokasi($input: LokasiInput!) {\n    createLokasi(input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation MasterCreateLokasi($input: LokasiInput!) {\n    createLokasi(input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterUpdateLokasi($id: Int!, $input: LokasiInput!) {\n    updateLokasi(id: $id, input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation MasterUpdateLokasi($id: Int!, $input: LokasiInput!) {\n    updateLokasi(id: $id, input: $input) {\n      id\n      namaLokasi\n      alamat\n      keterangan\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDeleteLokasi($id: Int!) {\n    deleteLokasi(id: $id)\n  }\n"): (typeof documents)["\n  mutation MasterDeleteLokasi($id: Int!) {\n    deleteLokasi(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewOrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"): (typeof documents)["\n  query AdminNewOrderShifts($tanggal: Date!) {\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n      approvedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrder($id: Int!) {\n    order(id: $id) {\n      ...OrderFields\n      requestedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n      approvedBy {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n      user {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrderHistory($kode: String!) {\n    orderHistory(kodePesanan: $kode) {\n      id\n      timestamp\n      aksi\n      detail\n      user {\n        id\n        namaLengkap\n        nomorIndukKaryawan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOverrideStatus($id: Int!, $status: OrderStatus!, $catatan: String) {\n    updateOrderStatus(id: $id, status: $status, catatan: $catatan) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOverrideStatus($id: Int!, $status: OrderStatus!, $catatan: String) {\n    updateOrderStatus(id: $id, status: $status, catatan: $catatan) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCancelOrder($id: Int!, $alasan: String) {\n    cancelOrder(id: $id, alasan: $alasan) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($filter: OrderFilter, $page: Int!, $limit: Int!) {\n    orders(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query AdminOrders($filter: OrderFilter, $page: Int!, $limit: Int!) {\n    orders(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...OrderFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderFilterOptions {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n  }\n"): (typeof documents)["\n  query AdminOrderFilterOptions {\n    departments {\n      id\n      namaDivisi\n    }\n    shifts {\n      id\n      namaShift\n      jamMulai\n      jamSelesai\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"): (typeof documents)["\n  query AdminOrderClosing($tanggal: Date!) {\n    shifts {\n      id\n      orderingClosesAt(tanggal: $tanggal)\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: Int!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: Int!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUserRole($id: Int!, $role: Role!) {\n    updateUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUserRole($id: Int!, $role: Role!) {\n    updateUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUserStatus($id: Int!, $isActive: Boolean!) {\n    updateUserStatus(id: $id, isActive: $isActive) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUserStatus($id: Int!, $isActive: Boolean!) {\n    updateUserStatus(id: $id, isActive: $isActive) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUserProfile($id: Int!, $input: UpdateUserProfileInput!) {\n    updateUserProfile(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUserProfile($id: Int!, $input: UpdateUserProfileInput!) {\n    updateUserProfile(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetUserPassword($id: Int!) {\n    resetUserPassword(id: $id) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetUserPassword($id: Int!) {\n    resetUserPassword(id: $id) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $page: Int!, $limit: Int!) {\n    users(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter, $page: Int!, $limit: Int!) {\n    users(filter: $filter, page: $page, limit: $limit) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      totalPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    isActive\n    keterangan\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    nomorIndukKaryawan\n    namaLengkap\n    role\n    isActive\n    keterangan\n    department {\n      id\n      namaDivisi\n    }\n    jabatan {\n      id\n      namaJabatan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserDepartments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n"): (typeof documents)["\n  query AdminUserDepartments {\n    departments {\n      id\n      namaDivisi\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserJabatan($departmentId: Int!) {\n    jabatan(departmentId: $departmentId) {\n      id\n      namaJabatan\n    }\n  }\n"): (typeof documents)["\n  query AdminUserJabatan($departmentId: Int!) {\n    jabatan(departmentId: $departmentId) {\n      id\n      namaJabatan\n    }\n  }\n"];
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