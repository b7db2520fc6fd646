import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActivityKind, AttendanceStatus, DutyItem } from '@jianyan/shared';
import { api } from '../../api/client';

export type DutyCounts = Record<DutyItem, number>;

export interface DutyMember {
  personId: string;
  name: string;
  kind: 'member' | 'deputy';
  sector: string | null;
  affiliation: string | null;
  username: string | null;
}

export interface DutyRecord {
  year: number;
  member: DutyMember;
  counts: DutyCounts;
  points: number;
  breakdown: { item: DutyItem; count: number; weight: number; points: number }[];
  proposalsLed: { proposalId: string; title: string; state: string; sessionName: string }[];
  proposalsCosigned: { proposalId: string; title: string; state: string; sessionName: string }[];
  speeches: { speechId: string; title: string; sessionName: string }[];
  attendance: {
    activityId: string;
    heldOn: string;
    kind: ActivityKind;
    title: string;
    status: AttendanceStatus;
  }[];
  opinionReports: {
    reportId: string;
    title: string;
    submittedOn: string;
    adopted: boolean;
    adoptionLevel: string | null;
  }[];
}

export interface RankedMember extends DutyMember {
  counts: DutyCounts;
  points: number;
  rank: number;
}

export interface Activity {
  activityId: string;
  heldOn: string;
  kind: ActivityKind;
  title: string;
  present: number;
  absent: number;
  excused: number;
}

export interface ActivityAttendance {
  activity: Omit<Activity, 'present' | 'absent' | 'excused'>;
  members: {
    personId: string;
    name: string;
    sector: string | null;
    status: AttendanceStatus | null;
  }[];
}

export const useDutyYears = () =>
  useQuery({
    queryKey: ['duty', 'years'],
    queryFn: () => api.get<{ years: number[]; latestWithData: number }>('/duty/years'),
  });

export const useMyDuty = (year: number | undefined) =>
  useQuery({
    queryKey: ['duty', 'me', year],
    queryFn: () => api.get<DutyRecord>('/duty/me', { year }),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });

export const useDutyRecord = (personId: string | undefined, year: number | undefined) =>
  useQuery({
    queryKey: ['duty', 'record', personId, year],
    queryFn: () => api.get<DutyRecord>(`/duty/records/${personId}`, { year }),
    enabled: Boolean(personId) && year !== undefined,
  });

export const useDutySummary = (personId: string | undefined, year: number | undefined) =>
  useQuery({
    queryKey: ['duty', 'summary', personId, year],
    queryFn: () =>
      api.get<{ title: string; paragraphs: string[] }>(`/duty/records/${personId}/summary`, {
        year,
      }),
    enabled: Boolean(personId) && year !== undefined,
  });

export const useRanking = (year: number | undefined) =>
  useQuery({
    queryKey: ['duty', 'ranking', year],
    queryFn: () =>
      api.get<{ year: number; weights: Record<DutyItem, number>; members: RankedMember[] }>(
        '/duty/records',
        { year },
      ),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });

export const useWeights = () =>
  useQuery({
    queryKey: ['duty', 'weights'],
    queryFn: () => api.get<Record<DutyItem, number>>('/duty/weights'),
  });

export const useActivities = (year: number | undefined) =>
  useQuery({
    queryKey: ['duty', 'activities', year],
    queryFn: () => api.get<Activity[]>('/duty/activities', { year }),
    enabled: year !== undefined,
  });

export const useActivityAttendance = (activityId: string | undefined) =>
  useQuery({
    queryKey: ['duty', 'activity', activityId],
    queryFn: () => api.get<ActivityAttendance>(`/duty/activities/${activityId}`),
    enabled: Boolean(activityId),
  });
