import { useQuery } from '@tanstack/react-query';
import type {
  DeadlineCountdown,
  SupervisionProfile,
  SupervisionRating,
  SupervisionStage,
  SupervisionUnitAction,
} from '@jianyan/shared';
import { api } from './client';

/** Where a stage stands: done in time, done late, still in time, or past its deadline. */
export type StageStatus = 'done' | 'late' | 'pending' | 'overdue';

export interface StageView {
  stage: SupervisionStage;
  dueAt: string;
  doneAt: string | null;
  status: StageStatus;
  /** Working days left on the body's calendar (counted by the server); null once done. */
  countdown: DeadlineCountdown | null;
}

/** A supervised item (督办事项): a task of its own or a key proposal under a profile. */
export interface SupervisedItem {
  itemId: string;
  kind: 'task' | 'proposal';
  proposalId: string | null;
  proposalNumber: string | null;
  title: string;
  description: string;
  major: boolean;
  profile: { code: string; name: string };
  leaderUserId: string | null;
  leaderName: string | null;
  units: { unitId: string; name: string }[];
  assignedAt: string;
  state: 'open' | 'closed';
  round: number;
  stages: StageView[];
  timetableDueAt: string | null;
  settledAt: string | null;
  rating: SupervisionRating | null;
}

export interface SupervisionRecord {
  recordId: string;
  round: number;
  action: SupervisionUnitAction | 'rate' | 'return';
  text: string;
  rating: SupervisionRating | null;
  unitName: string | null;
  actorName: string;
  at: string;
}

export interface SupervisedItemDetail extends SupervisedItem {
  records: SupervisionRecord[];
  notes: { noteId: string; text: string; createdAt: string; authorName: string }[];
}

export interface SupervisionOptions {
  profiles: SupervisionProfile[];
  leaders: { userId: string; displayName: string }[];
  units: { unitId: string; name: string }[];
}

export interface ProfileMetrics {
  code: string;
  name: string;
  assigned: number;
  open: number;
  closed: number;
  onTime: number;
  closureRate: number | null;
  onTimeRate: number | null;
}

export const useSupervisedItems = (state: 'open' | 'closed' | undefined) =>
  useQuery({
    queryKey: ['supervision', 'items', state],
    queryFn: () => api.get<{ items: SupervisedItem[] }>('/supervision/items', { state }),
    select: (r) => r.items,
  });

export const useSupervisedItem = (itemId: string | undefined) =>
  useQuery({
    queryKey: ['supervision', 'item', itemId],
    queryFn: () => api.get<SupervisedItemDetail>(`/supervision/items/${itemId}`),
    enabled: Boolean(itemId),
    retry: false,
  });

export const useSupervisionOptions = (enabled = true) =>
  useQuery({
    queryKey: ['supervision', 'options'],
    queryFn: () => api.get<SupervisionOptions>('/supervision/options'),
    enabled,
  });

export const useSupervisionMetrics = () =>
  useQuery({
    queryKey: ['supervision', 'metrics'],
    queryFn: () => api.get<{ profiles: ProfileMetrics[] }>('/supervision/metrics'),
    select: (r) => r.profiles,
  });

export const supervisionApi = {
  createTask: (body: object) => api.post<SupervisedItemDetail>('/supervision/items', body),
  superviseProposal: (proposalId: string, body: object) =>
    api.post<SupervisedItemDetail>(`/proposals/${proposalId}/supervision`, body),
  setLeader: (itemId: string, leaderUserId: string | null) =>
    api.put<SupervisedItemDetail>(`/supervision/items/${itemId}/leader`, { leaderUserId }),
  addNote: (itemId: string, text: string) =>
    api.post(`/supervision/items/${itemId}/notes`, { text }),
  recordStage: (itemId: string, body: object) =>
    api.post<SupervisedItemDetail>(`/supervision/items/${itemId}/stages`, body),
  rate: (itemId: string, body: object) =>
    api.post<SupervisedItemDetail>(`/supervision/items/${itemId}/rating`, body),
};
