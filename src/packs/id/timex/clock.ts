/** Indonesian clock words and parts of the day. */
export const clockAfter = ["wib", "wita", "wit", "pagi", "siang", "sore", "malam", "waktu setempat"];
export const clockBefore = ["pukul", "jam", "sekitar pukul"];
export const partsOfDay = { pagi: "MO", siang: "AF", sore: "AF", petang: "EV", malam: "NI", "dini hari": "NI", subuh: "MO", "pagi itu": "MO", "sore ini": "AF", "malam itu": "NI", "pagi ini": "MO" } as const;
