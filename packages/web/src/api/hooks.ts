import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { App } from 'antd';
import type { BodyKind } from '@jianyan/shared';
import type { FormInstance } from 'antd';
import { useLang, useT, type Phrase } from '../i18n';
import { applyApiErrors, type FieldMapper } from '../components/form-errors';
import { ApiError, api, errorText, type Query } from './client';
import type {
  Body,
  Category,
  DeadlinePolicy,
  DirectoryUser,
  Invitation,
  OpenObjection,
  Overview,
  Page,
  ProposalDetail,
  ProposalListItem,
  ProposerEntry,
  PublicBody,
  PublicProposal,
  ReplyClass,
  SearchHit,
  Session,
  TimelineEvent,
  Unit,
} from './types';

/** Reference data changes rarely: keep it for five minutes. */
const REFERENCE = { staleTime: 5 * 60_000 };

export const useProposalList = (query: Query, enabled = true) =>
  useQuery({
    queryKey: ['proposals', query],
    queryFn: () => api.get<Page<ProposalListItem>>('/proposals', query),
    placeholderData: keepPreviousData,
    enabled,
  });

/** How many proposals match, read from a one-row page (for counts on tabs and the dashboard). */
export const useProposalCount = (query: Query, enabled = true) =>
  useQuery({
    queryKey: ['proposals', 'count', query],
    queryFn: () =>
      api.get<Page<ProposalListItem>>('/proposals', { ...query, page: 1, pageSize: 1 }),
    select: (p) => p.total,
    enabled,
    refetchInterval: 60_000,
  });

export const useProposal = (proposalId: string | undefined) =>
  useQuery({
    queryKey: ['proposal', proposalId],
    queryFn: () => api.get<ProposalDetail>(`/proposals/${proposalId}`),
    enabled: Boolean(proposalId),
    retry: false,
  });

export const useEvents = (proposalId: string | undefined) =>
  useQuery({
    queryKey: ['proposal', proposalId, 'events'],
    queryFn: () => api.get<TimelineEvent[]>(`/proposals/${proposalId}/events`),
    enabled: Boolean(proposalId),
    retry: false,
  });

export const useUnits = (enabled = true) =>
  useQuery({
    queryKey: ['units'],
    queryFn: () => api.get<Unit[]>('/units'),
    enabled,
    ...REFERENCE,
  });

export const useCategories = (enabled = true) =>
  useQuery({
    queryKey: ['categories'],
    queryFn: () => api.get<Category[]>('/categories'),
    enabled,
    ...REFERENCE,
  });

export const useSessions = (enabled = true) =>
  useQuery({
    queryKey: ['sessions'],
    queryFn: () => api.get<Session[]>('/sessions'),
    enabled,
    ...REFERENCE,
  });

export const useReplyClasses = (enabled = true) =>
  useQuery({
    queryKey: ['reply-classes'],
    queryFn: () => api.get<ReplyClass[]>('/reply-classes'),
    enabled,
    ...REFERENCE,
  });

export const useBody = (enabled = true) =>
  useQuery({ queryKey: ['body'], queryFn: () => api.get<Body>('/body'), enabled, ...REFERENCE });

export const useDeadlinePolicy = () =>
  useQuery({
    queryKey: ['deadline-policy'],
    queryFn: () =>
      api.get<{ kind: BodyKind; policy: DeadlinePolicy; defaults: DeadlinePolicy }>(
        '/deadline-policy',
      ),
  });

export const useInvitations = (enabled = true) =>
  useQuery({
    queryKey: ['cosign-invitations'],
    queryFn: () => api.get<Invitation[]>('/cosign-invitations'),
    enabled,
    refetchInterval: 60_000,
  });

export const useOpenObjections = (enabled = true) =>
  useQuery({
    queryKey: ['objections'],
    queryFn: () => api.get<OpenObjection[]>('/objections'),
    enabled,
    refetchInterval: 60_000,
  });

export const useOverview = (sessionId: string | undefined) =>
  useQuery({
    queryKey: ['statistics', sessionId],
    queryFn: () => api.get<Overview>('/statistics/overview', { sessionId }),
    retry: false,
  });

export const useDirectory = (filter: { role?: string; q?: string }) =>
  useQuery({
    queryKey: ['users', filter],
    queryFn: () => api.get<DirectoryUser[]>('/users', filter),
    placeholderData: keepPreviousData,
  });

export const useProposers = (q: string, enabled = true) =>
  useQuery({
    queryKey: ['proposers', q],
    queryFn: () => api.get<ProposerEntry[]>('/users', { role: 'proposer', q }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const usePublicBodies = () =>
  useQuery({
    queryKey: ['public-bodies'],
    queryFn: () => api.get<PublicBody[]>('/public/bodies'),
    ...REFERENCE,
  });

export const usePublicProposals = (query: Query) =>
  useQuery({
    queryKey: ['public-proposals', query],
    queryFn: () => api.get<Page<PublicProposal>>('/public/proposals', query),
    placeholderData: keepPreviousData,
  });

export const usePublicProposal = (bodyCode: string, proposalId: string) =>
  useQuery({
    queryKey: ['public-proposal', bodyCode, proposalId],
    queryFn: () => api.get<PublicProposal>(`/public/bodies/${bodyCode}/proposals/${proposalId}`),
    retry: false,
  });

export const useSearch = (query: Query, enabled: boolean) =>
  useQuery({
    queryKey: ['search', query],
    queryFn: () => api.get<Page<SearchHit>>('/search', query),
    enabled,
    retry: false,
  });

/**
 * After a write, whatever is on screen may have changed (lists, counts, the page, statistics,
 * reference data): refetch the queries in use and mark the others stale.
 */
export function invalidateProposals(qc: QueryClient) {
  return qc.invalidateQueries();
}

export interface ActionOptions<TVars, TResult> {
  run: (vars: TVars) => Promise<TResult>;
  /** Shown when it worked. */
  done?: Phrase;
  /** The form whose fields get the API's field errors. */
  form?: FormInstance;
  mapField?: FieldMapper;
  onDone?: (result: TResult, vars: TVars) => void;
}

/**
 * A write through the API: success message, fresh data afterwards, and on refusal the API's field
 * errors next to the form's fields (or a message when they belong to no field). A version
 * conflict (412) reloads the proposal and says that someone else changed it.
 */
export function useAction<TVars = void, TResult = unknown>(o: ActionOptions<TVars, TResult>) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const lang = useLang();
  const t = useT();
  return useMutation<TResult, unknown, TVars>({
    mutationFn: o.run,
    onSuccess: async (result, vars) => {
      if (o.done) {
        void message.success(t(o.done));
      }
      await invalidateProposals(qc);
      o.onDone?.(result, vars);
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 412) {
        await invalidateProposals(qc);
      }
      const rest = o.form ? applyApiErrors(o.form, err, lang, o.mapField) : errorText(err, lang);
      if (rest) {
        void message.error(rest);
      }
    },
  });
}
