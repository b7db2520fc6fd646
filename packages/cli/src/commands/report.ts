import fs from 'node:fs';
import { unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode, findSessionByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import {
  reviewReportDocx,
  reviewReportFor,
  reviewReportJson,
} from '@jianyan/server/modules/reports/review-report.service.js';
import { yearlySummary } from '@jianyan/server/modules/reports/yearly-summary.service.js';
import { systemContext, withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerReportCommands: RegisterCommand = (program) => {
  const report = program.command('report').description('报告 / reports');
  report
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
  report
    .command('summary')
    .description(
      '政府工作报告的年度办理句（办结人大代表建议N件、政协提案M件）/ the yearly summary sentence',
    )
    .requiredOption('--year <year>', 'calendar year in which the items were closed')
    .requiredOption(
      '--bodies <codes>',
      "comma-separated codes of the city's people's congress and CPPCC bodies",
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (o: { year: string; bodies: string; format: string }) => {
      const year = Number(o.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        throw new Error('--year 须为年份 / --year must be a year');
      }
      if (!['json', 'text'].includes(o.format)) {
        throw new Error('--format 须为 json 或 text / --format must be json or text');
      }
      const codes = o.bodies
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      await withDatabase('jianyan report summary', async (database) => {
        const summary = await yearlySummary(systemContext(database), codes, year);
        process.stdout.write(
          o.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.sentence}\n`,
        );
      });
    });
};
