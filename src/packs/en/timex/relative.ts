/** English relative expressions: `last year`, `three years ago`, `yesterday`, `now`, `the near future`. */
export const shiftsBefore = {
  last: -1, past: -1, previous: -1, "the previous": -1, this: 0, current: 0, "the current": 0, next: 1, coming: 1,
  "the coming": 1, "the next": 1, "the following": 1, following: 1, "the same": 0, "the past": -1, "the last": -1,
};
export const agoAfter = ["ago", "earlier"];
export const agoBefore: string[] = [];
// `eight years from now` is two timexes in TimeML: the duration and `now`.
export const laterAfter = ["later", "hence"];
export const laterBefore: string[] = [];
export const days = { today: 0, yesterday: -1, tomorrow: 1, "the day before yesterday": -2, "the day after tomorrow": 2, tonight: 0 };
export const references = {
  now: "PRESENT_REF", "right now": "PRESENT_REF", currently: "PRESENT_REF", current: "PRESENT_REF", "at present": "PRESENT_REF",
  presently: "PRESENT_REF", nowadays: "PRESENT_REF", "these days": "PRESENT_REF",
  recently: "PAST_REF", recent: "PAST_REF", "recent years": "PAST_REF",
  "recent days": "PXD", "recent weeks": "PXW", "recent months": "PXM", formerly: "PAST_REF", "the past": "PAST_REF", lately: "PAST_REF",
  "near future": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
  "for years": "PXY", years: "PXY", decades: "PXDE", months: "PXM", weeks: "PXW",
};
export const futureCues = ["will", "'ll", "shall", "going to", "next", "upcoming", "plans", "plan", "planned", "planning", "expected", "scheduled", "set to", "due to", "would", "expect", "expects", "payable"];
