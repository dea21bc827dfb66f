// The review workflow: the queue of sentences that need a person's decision, the decisions written
// through the never-lose sync path with reviewer and date, and the terminal session that walks them.
export { collectReviewItems, countReasons, proposalFor, reasonFor, reviewItemFor, type CollectOptions } from './collect-items.js';
export { checkCandidate, openFindings, type CandidateContext } from './check-candidate.js';
export { resolveReviewRefs, type ResolvedRefs } from './resolve-refs.js';
export { reviewUpdate, findOverruled } from './review-update.js';
export { writeReviewDecisions, type WrittenReview } from './write-decisions.js';
export { reviewListJson, formatReviewList, type ReviewListItem } from './list-report.js';
export { formatReviewItem, formatFindings, formatChoices, formatQueueSummary, describeOrigin, type TerminalStyle } from './format-item.js';
export { runReviewSession, checkReviewerName, describeSummary, type Prompter, type SessionOptions, type SessionSummary } from './session.js';
export { formatReviewDate, parseReviewDate } from './review-date.js';
export { wrapSpans, renderSpans, textWidth, type Span, type Color, type Painter } from './wrap-text.js';
export { REVIEW_REASONS, type ReviewDecision, type ReviewDocument, type ReviewItem, type ReviewProposal, type ReviewReason, type Reviewer } from './types.js';
