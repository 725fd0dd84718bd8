/** Named days and the rule that dates them (see `TimexVocabulary.holidays`). */
export const holidays = {
  natal: "12-25", "hari natal": "12-25", "malam natal": "12-24", "tahun baru": "01-01", "hari kemerdekaan": "08-17", "hari buruh": "05-01",
  "hari kartini": "04-21", "hari pahlawan": "11-10", "hari pancasila": "06-01", paskah: "easter", "jumat agung": "easter-2",
  "idul fitri": "islamic:10-01", "idulfitri": "islamic:10-01", lebaran: "islamic:10-01", "idul adha": "islamic:12-10", "iduladha": "islamic:12-10",
  "tahun baru islam": "islamic:01-01", "maulid nabi": "islamic:03-12",
};
