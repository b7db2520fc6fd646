import { useQuery } from '@tanstack/react-query';
import type { ProgressStatus, TargetComparison, TargetKind, TargetStatus } from '@jianyan/shared';
import { api } from './client';

/** A government work report as the API lists it. */
export interface WorkReport {
  reportId: string;
  year: number;
  title: string;
  importedAt: string;
  counts: Partial<Record<TargetStatus, number>>;
}

export interface TargetProgress {
  progressId: string;
  unitId: string;
  unitName: string;
  isLead: boolean;
  year: number;
  quarter: number;
  text: string;
  currentValue: string | null;
  percent: number | null;
  status: ProgressStatus;
  reportedByName: string;
  updatedAt: string;
}

/**
 * A quarter of the target's year a unit can report now: from its first day until 15 working days
 * after it ends, so in January the previous year's fourth quarter is still open.
 */
export interface OpenQuarter {
  year: number;
  quarter: number;
  closesAt: string;
}

/** An open quarter with the caller's unit's report for it (null while missing, or not a unit). */
export interface ReportableQuarter extends OpenQuarter {
  report: TargetProgress | null;
}

/** A target (目标任务) or livelihood pledge (民生实事) of a report. */
export interface Target {
  targetId: string;
  reportId: string;
  kind: TargetKind;
  indicator: string;
  quantity: number;
  unit: string;
  comparison: TargetComparison;
  year: number;
  sentence: string;
  origin: 'extracted' | 'manual';
  status: TargetStatus;
  units: { unitId: string; name: string; isLead: boolean }[];
  latestProgress: TargetProgress | null;
  openQuarters: ReportableQuarter[];
}

export interface TargetDetail extends Omit<Target, 'openQuarters'> {
  progress: (TargetProgress & {
    evidence: { evidenceId: string; filename: string; sizeBytes: number; uploadedAt: string }[];
  })[];
  proposals: { proposalId: string; title: string; state: string; raisedAt: string }[];
  openQuarters: OpenQuarter[];
}

export interface TargetFields {
  kind?: TargetKind;
  indicator: string;
  quantity: number;
  unit: string;
  comparison: TargetComparison;
  sentence: string;
}

export interface ProgressFields {
  quarter: number;
  text: string;
  currentValue?: string;
  percent?: number;
  status: ProgressStatus;
}

export const useWorkReports = () =>
  useQuery({
    queryKey: ['work-reports'],
    queryFn: () => api.get<{ items: WorkReport[] }>('/work-reports'),
  });

export const useTargets = (query: { reportId?: string; status?: TargetStatus } = {}) =>
  useQuery({
    queryKey: ['targets', query],
    queryFn: () =>
      api.get<{
        items: Target[];
        currentQuarter: { year: number; quarter: number };
        openQuarters: OpenQuarter[];
      }>('/targets', query),
  });

export const useTarget = (targetId: string | undefined) =>
  useQuery({
    queryKey: ['targets', 'one', targetId],
    queryFn: () => api.get<TargetDetail>(`/targets/${targetId}`),
    enabled: !!targetId,
  });

const upload = (file: Blob) => {
  const body = new FormData();
  body.append('file', file);
  return body;
};

export const targetApi = {
  importReport: (year: number, file: Blob) =>
    api.post<{ reportId: string; extracted: number }>(`/work-reports`, upload(file), {
      query: { year },
    }),
  add: (reportId: string, v: TargetFields) =>
    api.post<TargetDetail>(`/work-reports/${reportId}/targets`, v),
  edit: (targetId: string, v: Partial<TargetFields>) =>
    api.patch<TargetDetail>(`/targets/${targetId}`, v),
  confirm: (targetId: string) => api.post<TargetDetail>(`/targets/${targetId}/confirm`),
  reject: (targetId: string) => api.post<TargetDetail>(`/targets/${targetId}/reject`),
  assign: (targetId: string, units: { unitId: string; lead: boolean }[]) =>
    api.put<TargetDetail>(`/targets/${targetId}/units`, { units }),
  reportProgress: (targetId: string, v: ProgressFields) =>
    api.put<TargetDetail>(`/targets/${targetId}/progress`, v),
  addEvidence: (progressId: string, file: Blob) =>
    api.post(`/target-progress/${progressId}/evidence`, upload(file)),
  raiseProposal: (targetId: string) =>
    api.post<{ proposalId: string }>(`/targets/${targetId}/proposal`, {}),
};
