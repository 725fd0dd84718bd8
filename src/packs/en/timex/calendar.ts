/** English names in the calendar: weekdays, seasons, parts of a period. */
export const weekdays = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  // Short forms of schedules and datelines; `wed`, `sat` and `sun` are common words and stay out.
  mon: 1, tue: 2, tues: 2, thu: 4, thur: 4, thurs: 4, fri: 5,
};
export const seasons = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" } as const;
export const periodParts = {
  early: "START", earlier: "START", beginning: "START", "the beginning": "START", start: "START", "the start": "START",
  mid: "MID", middle: "MID", "the middle": "MID", late: "END", later: "END", end: "END", "the end": "END",
} as const;
