/** English clock words and parts of the day. */
export const clockAfter = ["o'clock", "hours", "h", "utc", "gmt", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "et", "pt", "local time"];
export const clockBefore: string[] = [];
export const partsOfDay = {
  morning: "MO", noon: "MI", lunchtime: "MI", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI", overnight: "NI",
  "in the morning": "MO", "in the afternoon": "AF", "in the evening": "EV", "at night": "NI", "at noon": "MI", "around noon": "MI",
} as const;
