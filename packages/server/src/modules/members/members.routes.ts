import { z } from 'zod';
import { ACTIVITY_KINDS, ATTENDANCE_STATUSES, DUTY_ITEMS } from '@jianyan/shared';
import { beijingYear } from '../../beijing-time.js';
import type { App } from '../../http/app.js';
import { uploadedFile } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import {
  activityAttendance,
  createActivity,
  importAttendance,
  listActivities,
  recordAttendance,
} from './activities.service.js';
import {
  addOpinionReport,
  dutyRanking,
  dutyRankingXlsx,
  dutyRecord,
  dutySummary,
  dutySummaryDocx,
  dutyYears,
  getWeights,
  myDutyRecord,
  setOpinionAdoption,
  setWeights,
} from './members.service.js';

const tags = ['duty records'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The year asked for; this year (in Beijing) when the caller does not say. */
const yearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .default(() => beijingYear(new Date())),
});
/** Duties earn points (0 to 100); absence and leave can only cost them (−100 to 0). */
const PENALTIES: ReadonlySet<string> = new Set(['absent', 'excused']);
const weightsBody = z
  .object(
    Object.fromEntries(
      DUTY_ITEMS.map((item) => [
        item,
        PENALTIES.has(item) ? z.number().int().min(-100).max(0) : z.number().int().min(0).max(100),
      ]),
    ) as Record<(typeof DUTY_ITEMS)[number], z.ZodNumber>,
  )
  .partial()
  .strict();
const day = z.iso.date();
const readers = { access: ['staff', 'leader', 'admin'] } as const;
const keepers = { access: ['staff', 'admin'] } as const;
/** A member reads their own record; staff, leaders and administrators read everyone's. */
const recordReaders = { access: ['proposer', 'staff', 'leader', 'admin'] } as const;
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function membersRoutes(app: App) {
  app.get(
    '/duty/years',
    {
      config: recordReaders,
      schema: { tags, summary: 'Years with duty data, latest first, and the latest with data' },
    },
    async (req) => dutyYears(req.serviceContext()),
  );
  app.get(
    '/duty/me',
    {
      config: { access: ['proposer'] },
      schema: { tags, summary: "The caller's own duty record for a year", querystring: yearQuery },
    },
    async (req) => myDutyRecord(req.serviceContext(), req.query.year),
  );
  app.get(
    '/duty/records',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Every member with counts and points for a year, ranked',
        querystring: yearQuery,
      },
    },
    async (req) => dutyRanking(req.serviceContext(), req.query.year),
  );
  app.get(
    '/duty/records/export.xlsx',
    {
      config: readers,
      schema: { tags, summary: 'The ranking as Excel (Chinese headers)', querystring: yearQuery },
    },
    async (req, reply) => {
      const content = await dutyRankingXlsx(req.serviceContext(), req.query.year);
      reply.header('Content-Type', XLSX);
      reply.header('Content-Disposition', attachment(`${req.query.year}年度履职积分排名.xlsx`));
      return reply.send(content);
    },
  );
  const personParams = z.object({ personId: z.uuid() });
  app.get(
    '/duty/records/:personId',
    {
      config: recordReaders,
      schema: {
        tags,
        summary: "A member's duty record for a year (a member: their own only)",
        params: personParams,
        querystring: yearQuery,
      },
    },
    async (req) => dutyRecord(req.serviceContext(), req.params.personId, req.query.year),
  );
  app.get(
    '/duty/records/:personId/summary',
    {
      config: recordReaders,
      schema: {
        tags,
        summary: "A member's yearly summary: title and paragraphs",
        params: personParams,
        querystring: yearQuery,
      },
    },
    async (req) => {
      const { title, paragraphs } = await dutySummary(
        req.serviceContext(),
        req.params.personId,
        req.query.year,
      );
      return { title, paragraphs };
    },
  );
  app.get(
    '/duty/records/:personId/summary.docx',
    {
      config: recordReaders,
      schema: {
        tags,
        summary: "A member's yearly summary as a Word document (GB/T 9704)",
        params: personParams,
        querystring: yearQuery,
      },
    },
    async (req, reply) => {
      const { filename, content } = await dutySummaryDocx(
        req.serviceContext(),
        req.params.personId,
        req.query.year,
      );
      reply.header('Content-Type', DOCX);
      reply.header('Content-Disposition', attachment(filename));
      return reply.send(content);
    },
  );

  app.get(
    '/duty/weights',
    { config: readers, schema: { tags, summary: "The body's points scheme (weight per duty)" } },
    async (req) => getWeights(req.serviceContext()),
  );
  app.put(
    '/duty/weights',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Change weights of the points scheme; items left out keep theirs',
        body: weightsBody,
      },
    },
    async (req, reply) => sendWrite(req, reply, 200, (ctx) => setWeights(ctx, req.body)),
  );

  app.get(
    '/duty/activities',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Activities of a year with attendance counts',
        querystring: yearQuery,
      },
    },
    async (req) => listActivities(req.serviceContext(), req.query.year),
  );
  app.post(
    '/duty/activities',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Create a meeting or activity',
        body: z.object({
          heldOn: day,
          kind: z.enum(ACTIVITY_KINDS),
          title: z.string().trim().min(1).max(200),
        }),
      },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => createActivity(ctx, req.body)),
  );
  const activityParams = z.object({ activityId: z.uuid() });
  app.get(
    '/duty/activities/:activityId',
    {
      config: readers,
      schema: {
        tags,
        summary: 'An activity with every member and their attendance',
        params: activityParams,
      },
    },
    async (req) => activityAttendance(req.serviceContext(), req.params.activityId),
  );
  app.put(
    '/duty/activities/:activityId/attendance',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Record attendance of members at an activity (one transaction)',
        params: activityParams,
        body: z.object({
          entries: z
            .array(z.object({ personId: z.uuid(), status: z.enum(ATTENDANCE_STATUSES) }))
            .min(1)
            .max(5000)
            .refine((e) => new Set(e.map((x) => x.personId)).size === e.length, {
              message: '同一委员只能记录一次 / each member at most once',
            }),
        }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        recordAttendance(ctx, req.params.activityId, req.body.entries),
      ),
  );
  app.post(
    '/duty/attendance/import',
    {
      config: keepers,
      schema: {
        tags,
        summary:
          'Import attendance from .xlsx (日期, 活动类型, 活动名称, 姓名, 出勤情况), all or nothing',
      },
    },
    async (req, reply) => {
      // A truncated or malformed upload is the sender's error (400), not the server's.
      const file = await uploadedFile(req, '请选择要导入的文件');
      return sendWrite(req, reply, 200, (ctx) => importAttendance(ctx, file.content));
    },
  );

  app.post(
    '/duty/opinions',
    {
      config: { access: ['proposer', 'staff', 'admin'] },
      schema: {
        tags,
        summary: '社情民意: a member reports their own; staff record one for a member',
        body: z.object({
          personId: z.uuid().optional(),
          title: z.string().trim().min(1).max(200),
          content: z.string().max(20_000).default(''),
          submittedOn: day,
          adopted: z.boolean().optional(),
          adoptionLevel: z.string().trim().max(50).nullish(),
        }),
      },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => addOpinionReport(ctx, req.body)),
  );
  app.put(
    '/duty/opinions/:reportId/adoption',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Record whether a public-opinion report was adopted, and at what level',
        params: z.object({ reportId: z.uuid() }),
        body: z.object({
          adopted: z.boolean(),
          adoptionLevel: z.string().trim().max(50).nullish(),
        }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => setOpinionAdoption(ctx, req.params.reportId, req.body)),
  );
}
