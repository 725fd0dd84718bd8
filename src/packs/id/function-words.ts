/** Frequent Indonesian closed-class words, chosen to be rare as words of the other three languages. */
export const functionWords: ReadonlySet<string> = new Set(
  `yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada saya
  kami kita mereka dia ia anda atau oleh sudah telah bisa dapat harus hanya lebih jika
  kalau tetapi tapi namun saat sebagai bahwa agar supaya seperti setelah sebelum sejak
  hingga sampai masih belum pernah sedang para bagi tersebut menjadi merupakan adalah
  serta antara tahun bulan hari baru sangat banyak semua beberapa kepada terhadap
  secara sehingga maka lagi pun nya yg utk tdk dgn aja sih kok ya`.split(/\s+/),
);
