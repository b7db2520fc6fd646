import { useQuery } from '@tanstack/react-query';
import type { SpeechAction, SpeechState } from '@jianyan/shared';
import { api } from './client';

/** A plenary speech (大会发言) as the API returns it. */
export interface Speech {
  speechId: string;
  sessionId: string;
  state: SpeechState;
  position: number | null;
  titleLines: string[];
  title: string;
  speakerName: string;
  speakerKind: 'member' | 'organisation';
  affiliation: string | null;
  deliveredBy: string | null;
  speakerLine: string;
  problem: string;
  suggestions: string;
  source: 'digest' | 'submitted';
  isMine: boolean;
  proposalId: string | null;
  original: { titleLines: string[]; problem: string; suggestions: string } | null;
  submittedAt: string | null;
  allowedActions: SpeechAction[];
  canEdit: boolean;
  canMakeProposal: boolean;
}

export interface DigestSpeech {
  speechId: string;
  position: number;
  titleLines: string[];
  speakerLine: string;
  problem: string;
  suggestions: string;
}

/** 发言摘编 as compiled from the selected speeches. */
export interface SpeechDigest {
  sessionId: string;
  sessionCode: string;
  sessionName: string;
  heading: string;
  publishedAt: string | null;
  speeches: DigestSpeech[];
}

export interface PublicDigest extends SpeechDigest {
  bodyCode: string;
  bodyName: string;
}

/** What a member or staff sends for a speech's text. */
export interface SpeechInput {
  title: string;
  subtitle?: string;
  affiliation?: string;
  deliveredBy?: string;
  problem?: string;
  suggestions?: string;
}

export const useMySpeeches = () =>
  useQuery({
    queryKey: ['speeches', 'mine'],
    queryFn: () => api.get<{ items: Speech[] }>('/speeches/mine'),
  });

export const useSessionSpeeches = (sessionId: string | undefined) =>
  useQuery({
    queryKey: ['speeches', 'session', sessionId],
    queryFn: () => api.get<{ items: Speech[] }>(`/sessions/${sessionId}/speeches`),
    enabled: !!sessionId,
  });

export const useSpeechDigest = (sessionId: string | undefined) =>
  useQuery({
    queryKey: ['speech-digest', sessionId],
    queryFn: () => api.get<SpeechDigest>(`/sessions/${sessionId}/speech-digest`),
    enabled: !!sessionId,
  });

export const usePublicDigest = (bodyCode: string, sessionCode: string) =>
  useQuery({
    queryKey: ['public-speech-digest', bodyCode, sessionCode],
    queryFn: () =>
      api.get<PublicDigest>(`/public/bodies/${bodyCode}/sessions/${sessionCode}/speech-digest`),
    retry: false,
  });

export const usePublicDigests = (bodyCode: string) =>
  useQuery({
    queryKey: ['public-speech-digests', bodyCode],
    queryFn: () =>
      api.get<{ items: { sessionCode: string; sessionName: string; heading: string }[] }>(
        `/public/bodies/${bodyCode}/speech-digests`,
      ),
  });

export const speechApi = {
  create: (sessionId: string, v: SpeechInput) => api.post<Speech>('/speeches', { sessionId, ...v }),
  update: (speechId: string, v: SpeechInput) => api.patch<Speech>(`/speeches/${speechId}`, v),
  transition: (speechId: string, action: SpeechAction) =>
    api.post<Speech>(`/speeches/${speechId}/transition`, { action }),
  makeProposal: (speechId: string) =>
    api.post<{ proposalId: string }>(`/speeches/${speechId}/proposal`),
  reorder: (sessionId: string, speechIds: string[]) =>
    api.put(`/sessions/${sessionId}/speech-order`, { speechIds }),
  saveHeading: (sessionId: string, heading: string) =>
    api.put<SpeechDigest>(`/sessions/${sessionId}/speech-digest`, { heading }),
  publish: (sessionId: string, publish: boolean) =>
    api.post<SpeechDigest>(
      `/sessions/${sessionId}/speech-digest/${publish ? 'publish' : 'unpublish'}`,
    ),
};

/** One entry of a speech's history (the event log). */
export interface SpeechEvent {
  action: string;
  fromState: string | null;
  toState: string | null;
  payload: { changed?: string[] } & Record<string, unknown>;
  at: string;
  actorName: string | null;
}

export const useSpeech = (speechId: string | undefined) =>
  useQuery({
    queryKey: ['speeches', 'one', speechId],
    queryFn: () => api.get<Speech & { history: SpeechEvent[] }>(`/speeches/${speechId}`),
    enabled: !!speechId,
  });
