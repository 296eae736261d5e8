// The reports' typed documents: one query per report (the numbers the charts and tables show, as the API gives
// them), the filters' choices, and the export link.
import { graphql } from '../../gql';

export const ReportChoicesDocument = graphql(`
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

export const ConsumptionReportDocument = graphql(`
  query ConsumptionReport($filter: ReportFilter, $groupBy: ReportGroupBy) {
    consumptionReport(filter: $filter, groupBy: $groupBy) {
      period
      totalOrders
      totalMeals
    }
  }
`);

export const DepartmentReportDocument = graphql(`
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

export const PerformanceReportDocument = graphql(`
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

export const RejectionReportDocument = graphql(`
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

export const ExportReportDocument = graphql(`
  mutation ExportReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      url
      filename
      expiresAt
    }
  }
`);
