import type { ReviewReport } from '../review-report.js';
import { buildOfficialDocument, type OfficialDocumentInput } from './official-document.js';

export interface ReviewReportDocumentOptions {
  /** 发文机关署名: "政协太原市委员会提案委员会". */
  signature: string;
  date: Date;
  /**
   * Paragraphs the committee writes itself and puts before the figures (in Taiyuan's report, how
   * members prepared their proposals during the session).
   */
  introduction?: string[];
}

/** The review report laid out as an official document: title, figures, signature, date. */
export function reviewReportDocumentContent(
  report: ReviewReport,
  options: ReviewReportDocumentOptions,
): OfficialDocumentInput {
  return {
    title: report.title,
    paragraphs: [...(options.introduction ?? []), ...report.paragraphs],
    signature: options.signature,
    date: options.date,
  };
}

export function buildReviewReportDocument(
  report: ReviewReport,
  options: ReviewReportDocumentOptions,
): Promise<Buffer> {
  return buildOfficialDocument(reviewReportDocumentContent(report, options));
}
