import type { DossierDetail } from '../../../../../src/shared/domain';
import type { ProtocolStep } from '../../../../../src/shared/protocol';

/** What every step tool gets. `data` is the step's record; `setData` merges into it (autosaved by the step). */
export interface ToolProps {
  step: ProtocolStep;
  detail: DossierDetail;
  data: Record<string, unknown>;
  setData: (patch: Record<string, unknown>) => void;
  refresh: () => Promise<void>;
  readOnly: boolean;
  /** Saves the step's pending changes now (before printing what they describe). */
  flush?: () => Promise<void>;
}
