/** Indonesian names in the calendar: weekdays, seasons, parts of a period, Islamic months. */
export const weekdays = { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7 };
export const seasons = { "musim semi": "SP", "musim panas": "SU", "musim gugur": "FA", "musim dingin": "WI", "musim hujan": "WI", "musim penghujan": "WI", "musim kemarau": "SU" } as const;
export const periodParts = { awal: "START", permulaan: "START", pertengahan: "MID", medio: "MID", akhir: "END", penghujung: "END", "menjelang akhir": "END" } as const;
export const islamicMonths = {
  muharram: 1, muharam: 1, safar: 2, sapar: 2, "rabiul awal": 3, "rabiul akhir": 4, "jumadil awal": 5, "jumadil akhir": 6,
  rajab: 7, "sya'ban": 8, syaban: 8, ramadhan: 9, ramadan: 9, syawal: 10, "dzulqa'dah": 11, dzulkaidah: 11, zulkaidah: 11, dzulhijjah: 12, zulhijah: 12,
};
