/** Indonesian lines that belong to the page, not the article. */
export const boilerplate: readonly RegExp[] = [
  /^(baca juga|lihat juga|simak juga|berita terkait)\b/i,
  /\b(tulis|kirim|tinggalkan) komentar\b/i,
  /\bkomentar\b.*\b(login|masuk)\b/i,
  /\bcookies?\b/i,
  /\b(berlangganan|newsletter|buletin)\b/i,
  /^(sebelumnya|selanjutnya|berikutnya)\b/i,
  /^(iklan|advertisement)\b/i,
  /^(penulis|editor|sumber|foto):/i,
];
