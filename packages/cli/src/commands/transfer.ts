import fs from 'node:fs';
import { createSession, unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode, findSessionByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import { sessionBody } from '@jianyan/server/modules/admin/admin.schemas.js';
import {
  ImportRejected,
  importProposals,
} from '@jianyan/server/modules/imports/imports.service.js';
import { exportProposals } from '@jianyan/server/modules/imports/proposal-export.js';
import { decodeReportText, importReport } from '@jianyan/server/modules/pledges/pledges.service.js';
import { importDigest } from '@jianyan/server/modules/speeches/digest-import.service.js';
import { systemContext, withDatabase } from '../database.js';
import { parseOrExit } from '../validation.js';
import type { RegisterCommand } from './index.js';

export const registerTransferCommands: RegisterCommand = (program) => {
  const importCommand = program.command('import').description('导入 / import data');
  importCommand
    .command('proposals')
    .description(
      '从 CSV 或 XLSX 导入提案（全部成功或全部不导入）/ import proposals from CSV or XLSX, all or nothing',
    )
    .argument('<file>', '.csv (UTF-8, BOM optional) or .xlsx with Chinese headers')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--session <code>', 'session code')
    .option('--create', 'create the session if it does not exist (needs --deadline)')
    .option('--deadline <iso8601>', 'submission deadline of a created session')
    .action(
      async (
        file: string,
        o: { body: string; session: string; create?: boolean; deadline?: string },
      ) => {
        const content = fs.readFileSync(file);
        await withDatabase('jianyan import proposals', async (database) => {
          const ctx = systemContext(database);
          const body = await findBodyByCode(ctx.db, o.body);
          if (!body) {
            throw unknownBody(o.body);
          }
          let session = await findSessionByCode(ctx.db, body.bodyId, o.session);
          if (!session && o.create) {
            if (!o.deadline) {
              throw new Error('--create 需要 --deadline / --create needs --deadline');
            }
            session = await createSession(
              ctx,
              body.bodyId,
              parseOrExit(sessionBody, {
                code: o.session,
                name: o.session,
                submissionDeadline: o.deadline,
              }),
            );
          }
          if (!session) {
            throw new Error(
              `会议 ${o.session} 不存在（可加 --create --deadline）/ no session ${o.session} (add --create --deadline)`,
            );
          }
          try {
            const r = await importProposals(ctx, {
              bodyId: body.bodyId,
              sessionId: session.sessionId,
              filename: file,
              content,
            });
            console.log(
              `imported ${r.imported} proposals (${r.interim} interim); states: ${JSON.stringify(r.byState)}`,
            );
            if (r.createdProposerAccounts.length) {
              console.log(
                `created inactive proposer accounts: ${r.createdProposerAccounts.join('、')}`,
              );
            }
          } catch (err) {
            if (err instanceof ImportRejected) {
              console.error(`${err.messageZh} / ${err.message}`);
              for (const p of err.problems) {
                console.error(
                  `  第${p.line}行 line ${p.line}, ${p.column}: ${p.reasonZh} / ${p.reason}`,
                );
              }
              process.exitCode = 2;
              return;
            }
            throw err;
          }
        });
      },
    );

  importCommand
    .command('digest')
    .description(
      '导入大会发言摘编（报纸版面文本）/ import a plenary speech digest (newspaper text)',
    )
    .argument('<file>', 'the digest as UTF-8 text')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--session <code>', 'session code')
    .option('--as-proposals', 'also turn each speech into a submitted proposal of its speaker')
    .action(async (file: string, o: { body: string; session: string; asProposals?: boolean }) => {
      const text = fs.readFileSync(file, 'utf8');
      await withDatabase('jianyan import digest', async (database) => {
        const ctx = systemContext(database);
        const body = await findBodyByCode(ctx.db, o.body);
        if (!body) {
          throw unknownBody(o.body);
        }
        const session = await findSessionByCode(ctx.db, body.bodyId, o.session);
        if (!session) {
          throw new Error(`会议 ${o.session} 不存在 / no session ${o.session}`);
        }
        const r = await importDigest(ctx, {
          bodyId: body.bodyId,
          sessionId: session.sessionId,
          text,
          asProposals: Boolean(o.asProposals),
        });
        for (const s of r.speeches) {
          const flag = s.warnings.length ? `  ⚠ ${s.warnings.join('; ')}` : '';
          console.log(`${String(s.position).padStart(3)}. ${s.title} — ${s.speakerName}${flag}`);
        }
        console.log(
          `imported ${r.speeches.length} speeches${o.asProposals ? ' (and proposals)' : ''}`,
        );
        if (r.unplaced.length) {
          console.log(`未能归位 / not placed (${r.unplaced.length}):`);
          for (const u of r.unplaced) {
            console.log(`  line ${u.line}: ${u.reason}: ${u.text.slice(0, 40)}`);
          }
        }
      });
    });

  importCommand
    .command('report')
    .description(
      '导入政府工作报告，抽取目标任务待审核 / import a government work report; its targets await review',
    )
    .argument('<file>', 'the report as UTF-8 text')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--year <yyyy>', 'the year the report plans for')
    .action(async (file: string, o: { body: string; year: string }) => {
      const year = Number(o.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        throw new Error('--year 须为四位年份 / --year must be a year such as 2026');
      }
      const text = decodeReportText(fs.readFileSync(file));
      await withDatabase('jianyan import report', async (database) => {
        const ctx = systemContext(database);
        const body = await findBodyByCode(ctx.db, o.body);
        if (!body) {
          throw unknownBody(o.body);
        }
        const r = await importReport(ctx, { bodyId: body.bodyId, importedBy: null, year, text });
        console.log(
          `${r.title}（${r.year}）：抽取目标 ${r.extracted} 项，待审核 / ${r.extracted} targets extracted for review`,
        );
      });
    });

  program
    .command('export')
    .description('导出 / export data')
    .command('proposals')
    .description('导出某次会议的提案 / export a session’s proposals (re-importable)')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--session <code>', 'session code')
    .requiredOption('--format <format>', 'csv or xlsx')
    .requiredOption('--out <file>', 'output file')
    .action(async (o: { body: string; session: string; format: string; out: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx') {
        throw new Error('--format 须为 csv 或 xlsx / --format must be csv or xlsx');
      }
      const format = o.format;
      await withDatabase('jianyan export proposals', async (database) => {
        const ctx = systemContext(database);
        const body = await findBodyByCode(ctx.db, o.body);
        if (!body) {
          throw unknownBody(o.body);
        }
        const session = await findSessionByCode(ctx.db, body.bodyId, o.session);
        if (!session) {
          throw new Error(`会议 ${o.session} 不存在 / no session ${o.session}`);
        }
        const { count, content } = await exportProposals(
          ctx,
          body.bodyId,
          session.sessionId,
          format,
        );
        fs.writeFileSync(o.out, content);
        console.log(`exported ${count} proposals to ${o.out}`);
      });
    });
};
