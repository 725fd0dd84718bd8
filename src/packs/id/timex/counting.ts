/** Indonesian units and counts. */
export const units = {
  tahun: "Y", kuartal: "Q", triwulan: "Q", semester: "HALF", bulan: "M", minggu: "W", pekan: "W", "akhir pekan": "WE", hari: "D",
  jam: "H", menit: "MIN", dekade: "DECADE", dasawarsa: "DECADE", abad: "CENTURY", windu: "Y",
} as const;
export const singleUnits = { setahun: "Y", sebulan: "M", seminggu: "W", sepekan: "W", sehari: "D", sejam: "H", semenit: "MIN", seabad: "CENTURY", sedekade: "DECADE" } as const;
export const numbers = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  "dua belas": 12, "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50, seratus: 100, setengah: 0.5,
};
export const ordinals = { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10 };
export const vagueCounts = ["beberapa", "berbagai", "banyak", "puluhan", "ratusan"];
export const quantifiers = ["lebih dari", "hampir", "sekitar", "kurang dari", "kurang lebih", "sedikit", "setidaknya", "paling tidak", "minimal"];
export const every = ["setiap", "tiap", "per"];
export const sets = { "setiap hari": "P1D", "setiap tahun": "P1Y", harian: "P1D", mingguan: "P1W", bulanan: "P1M", tahunan: "P1Y" };
