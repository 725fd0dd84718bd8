/** Dutch clock words and parts of the day. */
export const clockAfter = ["uur", "u", "u.", "h", "'s ochtends", "'s middags", "'s avonds", "'s nachts", "lokale tijd", "nederlandse tijd"];
export const clockBefore = ["om", "rond", "tegen"];
export const partsOfDay = { ochtend: "MO", morgen: "MO", middag: "AF", avond: "EV", nacht: "NI", "'s ochtends": "MO", "'s middags": "AF", "'s avonds": "EV", "'s nachts": "NI" } as const;
