// Every number the health check judges with, in one place, each with the reason it is that
// number. Windows are calendar days counted back from `today` (a date exactly that many days ago
// still counts); shares are fractions of 1.

/**
 * An update to the client counts as recent for this many days. Two weeks is the longest gap
 * between updates that still reads as a rhythm to a client (weekly or fortnightly); past it
 * the client is the one who has to ask.
 */
export const UPDATE_RECENT_DAYS = 14;

/**
 * A sentiment check-in tells how the client feels for this many days. Check-ins come every few
 * weeks; one older than a month says how they felt, not how they feel.
 */
export const CHECK_IN_RECENT_DAYS = 30;

/**
 * The lowest check-in score that counts as happy: 3 is "Okay" (no complaint on record); 2 is
 * "Strained" and 1 "In trouble", the scale's own words for unhappy.
 */
export const HAPPY_MIN_SCORE = 3;

/**
 * A drop of this many points from the previous check-in answers "is this client happy?" with no
 * even while the level still reads okay: a sharp fall is the early warning the article's angry
 * clients were missing.
 */
export const SENTIMENT_DROP_POINTS = 2;

/**
 * A touch (check-in or sent update) this recent means someone has rapport with the client. A month
 * without either is how relationships quietly lapse.
 */
export const TOUCH_RECENT_DAYS = 30;

/**
 * The window for "enough resources?": the next two weeks, today included. It is as far as a
 * one-person plan is usually filled in, and far enough to see a crunch coming.
 */
export const RESOURCE_WINDOW_DAYS = 14;

/**
 * The window of change-request decisions weighed for "saying yes (or no) to everything?": a
 * quarter holds enough decisions to show a habit and is recent enough to be today's habit.
 */
export const CHANGE_DECISION_WINDOW_DAYS = 90;

/**
 * Decisions needed before "all approved" or "all declined" is called a pattern. One or two
 * decisions the same way say nothing about a habit; three in a row start to.
 */
export const CHANGE_PATTERN_MIN_DECISIONS = 3;

/** The hours per hat cover the last four weeks, today included: long enough to even out one odd week. */
export const HAT_WEEKS = 4;

/**
 * The producer is overloaded when account and project management take more than this share of
 * the hours logged in the last four weeks. Past two days in five, management is a second job on
 * top of the craft work, and production (deep work) is what gets squeezed: the article's
 * "exhausting to context switch" and "easy to take on too much".
 */
export const OVERLOAD_MANAGEMENT_SHARE = 0.4;

/**
 * Fewer minutes than this logged in the four weeks (10 hours) is a holiday or a fresh install,
 * not a pattern: the overload signal says "unknown" rather than guess.
 */
export const OVERLOAD_MIN_MINUTES = 600;

/**
 * An area (account or project management) is covered when at least this share of its questions
 * is answered yes: four in five leaves only the loose ends any busy person has.
 */
export const COVERED_SHARE = 0.8;

/**
 * When neither area is covered and their coverage is within this many points (as a fraction) of
 * each other, neither gap clearly leads, and the recommendation says both.
 */
export const BOTH_MARGIN = 0.15;

/** Client health: days since the last sent update before it turns amber, then red. */
export const CLIENT_UPDATE_AMBER_DAYS = 14;
export const CLIENT_UPDATE_RED_DAYS = 28;

/**
 * Client health: a change request estimated and waiting on the client's decision turns amber after
 * two weeks (a reminder is due) and red after four (the work it blocks is stalling).
 */
export const CLIENT_WAITING_AMBER_DAYS = 14;
export const CLIENT_WAITING_RED_DAYS = 28;

/** Client health from the latest check-in: at most this score is red ("Strained" or worse) … */
export const CLIENT_SENTIMENT_RED_MAX = 2;
/** … at most this is amber ("Okay": nothing wrong said, nothing right either); above it, green. */
export const CLIENT_SENTIMENT_AMBER_MAX = 3;

/**
 * A sent invoice more than this many days past its due date, with money still owed, answers "does
 * the client know who to go to with an invoice issue?" with no and is a warning sign (amber) in the
 * client's health. Up to a month late is usually a payment run missed or an approval waiting, which
 * the 1–30 days ageing bucket shows; past it, one full payment cycle has gone by without the money,
 * so either an issue with the invoice has not reached anyone who can settle it or nobody is chasing
 * it: the account manager's job either way.
 */
export const INVOICE_OVERDUE_DAYS = 30;

/**
 * Client health turns red when an invoice is more than this many days overdue: two payment cycles
 * missed (the ageing's 61–90 bucket and beyond) is a dispute or a cash-flow problem at the client,
 * no longer a delay.
 */
export const CLIENT_INVOICE_RED_DAYS = 60;
