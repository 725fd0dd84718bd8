/** Indonesian relative expressions: `tahun lalu`, `minggu depan`, `kemarin`, `sekarang`, `ke depannya`. */
export const shiftsBefore = {};
export const shiftsAfter = {
  lalu: -1, "yang lalu": -1, kemarin: -1, sebelumnya: -1, silam: -1, terakhir: -1, ini: 0, "yang sama": 0, depan: 1, "yang akan datang": 1, mendatang: 1, berikutnya: 1, selanjutnya: 1,
};
export const agoAfter = ["lalu", "yang lalu", "silam", "sebelumnya"];
export const agoBefore: string[] = [];
export const laterAfter = ["kemudian", "lagi", "setelahnya", "berikutnya"];
export const laterBefore: string[] = [];
export const days = { "hari ini": 0, kemarin: -1, besok: 1, "esok hari": 1, lusa: 2, "kemarin lusa": -2, "malam ini": 0, "tadi malam": -1, semalam: -1 };
export const references = {
  sekarang: "PRESENT_REF", "saat ini": "PRESENT_REF", kini: "PRESENT_REF", "dewasa ini": "PRESENT_REF", "masa kini": "PRESENT_REF", "hingga kini": "PRESENT_REF", "sampai saat ini": "PRESENT_REF",
  "saat itu": "PAST_REF", "waktu itu": "PAST_REF", "baru-baru ini": "PAST_REF", belakangan: "PAST_REF", "saat yang sama": "PAST_REF",
  "ke depan": "FUTURE_REF", "ke depannya": "FUTURE_REF", "masa depan": "FUTURE_REF", "di masa depan": "FUTURE_REF", nanti: "FUTURE_REF",
  "bertahun-tahun": "PXY", "berbulan-bulan": "PXM", "berminggu-minggu": "PXW", "berhari-hari": "PXD", sejenak: "PXX", "beberapa saat": "PXX",
};
export const futureCues = ["akan", "bakal", "hendak", "depan", "mendatang", "berencana", "rencananya"];
