// The operations every part of the app shares: signing in and out, who is signed in, the order's fields that
// lists, boards, details and events show (one fragment, so the cache holds one shape of an order).
import { graphql } from '../gql';

export const SignedInUserFields = graphql(`
  fragment SignedInUserFields on User {
    id
    nomorIndukKaryawan
    namaLengkap
    role
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

export const LoginDoc = graphql(`
  mutation Login($nik: String!, $password: String!) {
    login(input: { nik: $nik, password: $password, clientType: WEB }) {
      accessToken
      expiresIn
      mustChangePassword
      user {
        ...SignedInUserFields
      }
    }
  }
`);

export const RefreshDoc = graphql(`
  mutation Refresh {
    refreshToken {
      accessToken
      expiresIn
      mustChangePassword
      user {
        ...SignedInUserFields
      }
    }
  }
`);

export const LogoutDoc = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordDoc = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })
  }
`);

export const OrderFields = graphql(`
  fragment OrderFields on Order {
    id
    kodePesanan
    statusPesanan
    jumlahPesanan
    jumlahPesananAwal
    tanggalPesanan
    requiresApproval
    approvalStatus
    approvalRequestType
    catatanDapur
    catatanAdmin
    waktuDibuat
    waktuDiproses
    waktuSiap
    waktuDiantar
    waktuSelesai
    waktuDibatalkan
    alasanPembatalan
    department {
      id
      namaDivisi
    }
    shift {
      id
      namaShift
      jamMulai
      jamSelesai
    }
    pemesan {
      id
      namaLengkap
      nomorIndukKaryawan
    }
  }
`);

/** One stream for every order event the signed-in person may see; `after` resumes it (ResumableWsLink). */
export const OrderEventsDoc = graphql(`
  subscription OrderEvents($after: String) {
    orderEvents(after: $after) {
      __typename
      ... on OrderCreatedEvent {
        cursor
        order {
          ...OrderFields
        }
      }
      ... on OrderStatusChangedEvent {
        cursor
        oldStatus
        newStatus
        order {
          ...OrderFields
        }
      }
      ... on OrderApprovalRequestedEvent {
        cursor
        requestType
        order {
          ...OrderFields
        }
      }
      ... on OrderApprovalDecidedEvent {
        cursor
        decision
        requestType
        order {
          ...OrderFields
        }
      }
    }
  }
`);

/** The stream's position now (an empty page's cursor): where a fresh subscription starts. */
export const StreamHeadDoc = graphql(`
  query StreamHead {
    orders(limit: 1) {
      cursor
    }
  }
`);
