// Every migration, in order. Listed explicitly: no glob, so the compiled and the TypeScript runs agree.
import { InitialSchema1764115200000 } from './1764115200000-InitialSchema';
import { ReportIndexes1764288000000 } from './1764288000000-ReportIndexes';
import { OriginalColumnWidths1764300000000 } from './1764300000000-OriginalColumnWidths';
import { OrderEventLog1764400000000 } from './1764400000000-OrderEventLog';
import { CanteenRules1764500000000 } from './1764500000000-CanteenRules';
import { ExportLinkUses1764700000000 } from './1764700000000-ExportLinkUses';

export const migrations = [
  InitialSchema1764115200000,
  ReportIndexes1764288000000,
  OriginalColumnWidths1764300000000,
  OrderEventLog1764400000000,
  CanteenRules1764500000000,
  ExportLinkUses1764700000000,
];
