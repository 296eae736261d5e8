// The reports' typed documents: one query per report (the numbers the charts and tables show, as the API gives
// them), the filters' choices, and the export link.
import { graphql } from '../../gql';

export const ReportChoicesDoc = graphql(`
  query ReportChoices {
    departments {
      id
      namaDivisi
    }
    shifts {
      id
      namaShift
    }
  }
`);

export const ConsumptionReportDoc = graphql(`
  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {
    consumptionReport(filter: $filter, groupBy: $groupBy) {
      period
      totalOrders
      totalMeals
    }
  }
`);

export const DepartmentReportDoc = graphql(`
  query DepartmentReport($filter: ReportFilter) {
    departmentReport(filter: $filter) {
      departmentId
      departmentName
      totalOrders
      totalMeals
      percentage
    }
  }
`);

export const PerformanceReportDoc = graphql(`
  query PerformanceReport($filter: ReportFilter) {
    performanceReport(filter: $filter) {
      overall {
        count
        avgTotalDurationMinutes
        avgProcessingTimeMinutes
        avgPreparationTimeMinutes
        avgDeliveryTimeMinutes
      }
      byDepartment {
        departmentId
        departmentName
        count
        avgTotalDurationMinutes
        avgProcessingTimeMinutes
        avgPreparationTimeMinutes
        avgDeliveryTimeMinutes
      }
      byShift {
        shiftId
        shiftName
        count
        avgTotalDurationMinutes
        avgProcessingTimeMinutes
        avgPreparationTimeMinutes
        avgDeliveryTimeMinutes
      }
    }
  }
`);

export const RejectionReportDoc = graphql(`
  query RejectionReport($filter: RejectionReportFilter, $page: Int!) {
    rejectionReport(filter: $filter, page: $page, limit: 20) {
      items {
        requestType
        approvalStatus
        order {
          ...OrderFields
        }
      }
      total
      page
      totalPages
    }
  }
`);

export const ExportReportDoc = graphql(`
  mutation ExportReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      url
      filename
      expiresAt
    }
  }
`);
