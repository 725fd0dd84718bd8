/**
 * Frequent Indonesian words: closed-class words, the informal spellings and particles of
 * comments (`yg`, `tdk`, `sih`), and the commonest verbs, adjectives, adverbs and nouns of news
 * and conversation. Strong evidence for Indonesian on short stretches.
 */
export const functionWords: ReadonlySet<string> = new Set(
  `yang dan di ke dari pada kepada untuk bagi dengan tanpa oleh dalam luar atas bawah
  antara tentang terhadap seperti sebagai secara serta maka
  saya aku kamu engkau kau dia ia kami kita mereka anda beliau kalian dirinya
  ini itu sini situ sana apa siapa mana kapan mengapa kenapa bagaimana berapa apakah
  tidak tak bukan belum jangan sudah telah akan sedang masih pernah baru lagi juga saja
  hanya sangat sekali terlalu paling lebih kurang semua setiap banyak sedikit beberapa
  para atau tetapi tapi namun karena sebab jika kalau bila ketika saat waktu sambil
  setelah sebelum sejak sampai hingga agar supaya sehingga bahwa pun tersebut
  ada adalah ialah merupakan menjadi bisa dapat boleh harus mau ingin perlu punya
  memiliki mempunyai melakukan membuat mengatakan berkata bilang tahu pergi datang
  makan minum tidur melihat mulai kembali masuk tinggal mencari lakukan
  rumah orang anak hari tahun bulan minggu jam sekarang kemarin besok nanti tadi
  selalu sering mungkin pasti memang benar baik bagus besar kecil terima kasih tolong
  maaf sebuah seorang satu dua kedua pertama hal cara tempat jalan kota negara dunia
  bahasa masyarakat pemerintah
  ya nggak gak enggak sih kok dong deh aja yg utk tdk dgn krn sdh blm jg nya
  lelah capek senang sedih sakit sehat dingin panas cantik merah hijau biru hitam putih siap cepat lambat pagi malam anjing kucing buku sekolah roti baca membaca menulis bicara berbicara teman pandai pintar`.split(/\s+/),
);
