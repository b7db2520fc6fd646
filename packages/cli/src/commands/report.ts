import fs from 'node:fs';
import { unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode, findSessionByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import {
  reviewReportDocx,
  reviewReportFor,
  reviewReportJson,
} from '@jianyan/server/modules/reports/review-report.service.js';
import { systemContext, withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerReportCommands: RegisterCommand = (program) => {
  program
    .command('report')
    .description('报告 / reports')
    .command('review')
    .description('提案审查情况的报告 / the review report of a session')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--session <code>', 'session code')
    .option('--format <format>', 'json, text or docx', 'json')
    .option('--out <file>', 'write to a file (required for docx)')
    .action(async (o: { body: string; session: string; format: string; out?: string }) => {
      if (!['json', 'text', 'docx'].includes(o.format)) {
        throw new Error('--format 须为 json、text 或 docx / --format must be json, text or docx');
      }
      if (o.format === 'docx' && !o.out) {
        throw new Error('docx 须指定 --out / docx needs --out');
      }
      await withDatabase('jianyan report review', async (database) => {
        const ctx = systemContext(database);
        const body = await findBodyByCode(ctx.db, o.body);
        if (!body) {
          throw unknownBody(o.body);
        }
        const session = await findSessionByCode(ctx.db, body.bodyId, o.session);
        if (!session) {
          throw new Error(`会议 ${o.session} 不存在 / no session ${o.session}`);
        }
        let output: string | Buffer;
        if (o.format === 'docx') {
          output = await reviewReportDocx(ctx, body.bodyId, session.sessionId, new Date());
        } else {
          const report = await reviewReportFor(ctx, body.bodyId, session.sessionId);
          output =
            o.format === 'json'
              ? `${JSON.stringify(reviewReportJson(report), null, 2)}\n`
              : `${report.title}\n\n${report.text}\n`;
        }
        if (o.out) {
          fs.writeFileSync(o.out, output);
          console.log(`wrote ${o.out}`);
        } else {
          process.stdout.write(output);
        }
      });
    });
};
