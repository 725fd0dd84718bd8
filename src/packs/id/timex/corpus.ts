/** What the Indonesian pack understands: sentences as news writes them, with the value a careful annotator gives. */
import { pad } from "../../../timexes/calendar.js";
import { examples, type TimexExampleRow } from "../../pack.js";

const D = "2022-05-23"; // hari Senin

const sentences: TimexExampleRow[] = [
  ["Rapat digelar minggu depan hari Kamis.", D, "minggu depan", "2022-W22"],
  ["Presiden Joko Widodo meresmikan jalan tol itu pada Kamis (19/5/2022).", D, "Kamis (19/5/2022)", "2022-05-19"],
  ["Harga minyak goreng naik sejak awal tahun.", D, "awal tahun", "2022"],
  ["Pemerintah akan menaikkan harga BBM bulan depan.", D, "bulan depan", "2022-06"],
  ["Inflasi pada April 2022 mencapai 3,47 persen.", D, "April 2022", "2022-04"],
  ["Sidang dilanjutkan pekan depan.", D, "pekan depan", "2022-W22"],
  ["Gempa terjadi pada pukul 10.15 WIB.", D, "10.15 WIB", "2022-05-23T10:15"],
  ["Peristiwa itu terjadi pada tahun 1443 Hijriah.", D, "", ""],
  ["Arus mudik memuncak menjelang Idul Fitri 2024.", D, "Idul Fitri 2024", "2024-04-10"],
  ["Upacara digelar pada Hari Kemerdekaan 2021.", D, "Hari Kemerdekaan 2021", "2021-08-17"],
  ["Tanggal 23 Mei 2022 ini, Xiaomi mengumumkan kerja sama dengan Leica.", D, "23 Mei 2022", "2022-05-23"],
  ["Ponsel pertama akan dirilis pada bulan Juli tahun 2022 ini.", D, "Juli tahun 2022", "2022-07"],
  ["Leica bekerja sama dengan Huawei dari tahun 2016.", D, "2016", "2016"],
  ["Kerja sama itu berlangsung selama 5 tahun.", D, "5 tahun", "P5Y"],
  ["Dalam beberapa tahun terakhir, penjualan meningkat.", D, "beberapa tahun terakhir", "PXY"],
  ["Saat ini Xiaomi adalah produsen ketiga terbesar.", D, "Saat ini", "PRESENT_REF"],
  ["Semoga ke depannya lebih baik.", D, "ke depannya", "FUTURE_REF"],
  ["Sekarang harga sudah turun.", D, "Sekarang", "PRESENT_REF"],
  ["Harga minyak naik tahun lalu.", D, "tahun lalu", "2021"],
  ["Pabrik baru dibuka tahun depan.", D, "tahun depan", "2023"],
  ["Penjualan turun tahun ini.", D, "tahun ini", "2022"],
  ["Menteri mengumumkan rencana itu minggu lalu.", D, "minggu lalu", "2022-W20"],
  ["Hasilnya diumumkan pekan depan.", D, "pekan depan", "2022-W22"],
  ["Harga naik bulan lalu.", D, "bulan lalu", "2022-04"],
  ["Toko dibuka bulan depan.", D, "bulan depan", "2022-06"],
  ["Kemarin presiden meresmikan jembatan.", D, "Kemarin", "2022-05-22"],
  ["Hari ini DPR memutuskan.", D, "Hari ini", "2022-05-23"],
  ["Besok penjualan dimulai.", D, "Besok", "2022-05-24"],
  ["Lusa keputusan diumumkan.", D, "Lusa", "2022-05-25"],
  ["Pabrik itu ditutup tiga tahun lalu.", D, "tiga tahun lalu", "2019"],
  ["Kesepakatan dicapai dua bulan yang lalu.", D, "dua bulan yang lalu", "2022-03"],
  ["Leica sudah ada lebih dari 100 tahun.", D, "lebih dari 100 tahun", "P100Y"],
  ["Perundingan berlangsung dua belas tahun.", D, "dua belas tahun", "P12Y"],
  ["Pemogokan berlangsung dua minggu.", D, "dua minggu", "P2W"],
  ["Penerbangan itu memakan waktu 48 jam.", D, "48 jam", "PT48H"],
  ["Konferensi pers dimulai pukul 14.00 WIB.", D, "14.00 WIB", "2022-05-23T14:00"],
  ["Pesawat hilang kontak pada Minggu (28/12/2014) pukul 06.18 WIB.", "2014-12-29", "Minggu (28/12/2014) pukul 06.18 WIB", "2014-12-28T06:18"],
  ["Pemerintah menyampaikan pada hari Senin bahwa rencana itu batal.", D, "Senin", "2022-05-23"],
  ["Presiden akan berkunjung pada hari Kamis.", D, "Kamis", "2022-05-26"],
  ["Pendapatan naik pada kuartal ketiga 2021.", D, "kuartal ketiga 2021", "2021-Q3"],
  ["Laporan itu terbit setiap tahun.", D, "setiap tahun", "P1Y"],
  ["Idul Fitri jatuh pada 1 Syawal 1443 H.", D, "1 Syawal 1443 H", "2022-05-02"],
  ["Surat itu bertanggal 23/05/2022.", D, "23/05/2022", "2022-05-23"],
  ["Aturan itu berlaku sejak 2019.", D, "2019", "2019"],
  ["Xiaomi 12 Ultra dijual seharga Rp 15 juta.", D, "", ""],
  ["Ponsel itu memakai Snapdragon 8 Gen 1.", D, "", ""],
  ["Sahamnya naik 5 persen menjadi 1.810 rupiah.", D, "", ""],
  ["Pabrik dibuka pada awal tahun depan.", D, "awal tahun depan", "2023"],
  ["Harga naik pada akhir Maret 2022.", D, "akhir Maret 2022", "2022-03"],
  ["Setahun kemudian pabrik itu ditutup.", "2020-02-11", "Setahun kemudian", "2021"],
  ["Kini 500 orang bekerja di pabrik itu.", D, "Kini", "PRESENT_REF"],
  ["Saat itu harga masih rendah.", D, "Saat itu", "PAST_REF"],
  ["Bertahun-tahun Leica bekerja dengan Huawei.", D, "Bertahun-tahun", "PXY"],
  ["Banjir terjadi pada musim hujan lalu.", D, "musim hujan lalu", "2021-WI"],
  ["Penjualan turun pada bulan Maret lalu.", D, "Maret lalu", "2022-03"],
  ["Tim SAR bekerja selama 7 hari.", D, "7 hari", "P7D"],
  ["Pesawat mendarat sekitar pukul 13.00.", D, "13.00", "2022-05-23T13:00"],
  ["Sejak 1998 perusahaan itu berkembang.", D, "1998", "1998"],
  ["Teknologi ini muncul pada abad ke-20.", D, "abad ke-20", "19"],
];

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

const monthForms: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Pemungutan suara digelar pada 5 ${name} 2021.`, D, `5 ${name} 2021`, `2021-${pad(index + 1)}-05`],
  [`Rencana itu disetujui pada ${name} 2020.`, D, `${name} 2020`, `2020-${pad(index + 1)}`],
  [`Penjualan dimulai pada 12 ${name} lalu.`, "2022-12-31", `12 ${name}`, `2022-${pad(index + 1)}-12`],
]);

const weekdays: TimexExampleRow[] = WEEKDAYS.map((name, index): TimexExampleRow => [`Kementerian menyatakan pada ${name} bahwa perundingan gagal.`, D, name, `2022-05-${pad(index === 0 ? 23 : 16 + index)}`]);

const relativeUnits: TimexExampleRow[] = [
  ["Minggu ini harga turun.", D, "Minggu ini", "2022-W21"],
  ["Bulan ini harga turun.", D, "Bulan ini", "2022-05"],
  ["Empat tahun lalu harga turun.", D, "Empat tahun lalu", "2018"],
  ["Sepuluh hari lalu harga turun.", D, "Sepuluh hari lalu", "2022-05-13"],
  ["Seminggu lalu harga turun.", D, "Seminggu lalu", "2022-W20"],
  ["Dua tahun lagi pabrik itu selesai.", D, "Dua tahun lagi", "2024"],
  ["Harga turun pada semester pertama 2022.", D, "semester pertama 2022", "2022-H1"],
  ["Pada Selasa (30/12/2014) sore tim menemukan puing.", "2014-12-30", "Selasa (30/12/2014) sore", "2014-12-30TAF"],
];

const monthParts: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Harga naik pada awal ${name} 2021.`, D, `awal ${name} 2021`, `2021-${pad(index + 1)}`],
  [`Surat itu bertanggal ${index + 3}/${pad(index + 1)}/2021.`, D, `${index + 3}/${pad(index + 1)}/2021`, `2021-${pad(index + 1)}-${pad(index + 3)}`],
  [`Pengangguran sudah turun pada bulan ${name}.`, "2022-12-31", name, `2022-${pad(index + 1)}`],
]);

const years: TimexExampleRow[] = Array.from({ length: 16 }, (_, k): TimexExampleRow => {
  const year = 2004 + k;
  return [`Pabrik itu dibuka pada tahun ${year}.`, D, String(year), String(year)];
});

export const corpus = examples([...years, ...monthParts, ...sentences, ...monthForms, ...weekdays, ...relativeUnits]);
