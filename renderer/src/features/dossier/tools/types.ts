import type { DossierDetail } from '../../../../../src/shared/domain';
import type { ProtocolStep, ToolKind, ToolRecord } from '../../../../../src/shared/protocol';

/** The fields of a tool's record that a tool edits (`tool` is fixed by the step). */
export type ToolRecordFields<K extends ToolKind> = K extends ToolKind ? Omit<ToolRecord<K>, 'tool'> : never;

/**
 * What every step tool gets. `data` is the step's typed record (src/shared/protocol/records.ts);
 * `setData` merges into it (autosaved by the step).
 */
export interface ToolProps<K extends ToolKind = ToolKind> {
  step: ProtocolStep;
  detail: DossierDetail;
  data: ToolRecord<K>;
  setData: (patch: Partial<ToolRecordFields<K>>) => void;
  refresh: () => Promise<void>;
  readOnly: boolean;
  /** Saves the step's pending changes now (before printing what they describe). */
  flush?: () => Promise<void>;
}
