/**
 * Small hand-kept name lists for the gazetteer, where no maintained package exists: news
 * organisations and large companies that the four languages' news mention often. They are
 * tagger features, not rules: a listed name still needs the context to agree.
 */
export const NEWS_ORGANISATIONS: readonly string[] = [
  "Reuters", "AFP", "ANP", "dpa", "AP", "Associated Press", "Bloomberg", "BBC", "CNN", "CNBC", "Al Jazeera",
  "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "The Guardian", "The Economist",
  "NOS", "RTL", "NRC", "de Volkskrant", "Volkskrant", "Trouw", "Het Parool", "De Telegraaf", "Telegraaf", "AD",
  "ARD", "ZDF", "Spiegel", "Der Spiegel", "Die Zeit", "Zeit Online", "FAZ", "Frankfurter Allgemeine", "Süddeutsche Zeitung",
  "Bild", "Handelsblatt", "Tagesschau", "Deutsche Welle", "Kompas", "Tempo", "Detik", "detikcom", "Antara", "Kumparan",
  "CNN Indonesia", "Tribunnews", "Liputan6", "Jakarta Post", "Xinhua", "Nikkei", "Twitter", "Facebook", "Instagram",
  "YouTube", "TikTok", "WhatsApp",
];

export const COMPANIES: readonly string[] = [
  "Apple", "Google", "Alphabet", "Microsoft", "Amazon", "Meta", "Samsung", "Huawei", "Xiaomi", "Oppo", "Vivo", "OnePlus",
  "Sony", "Panasonic", "Sharp", "Nokia", "Ericsson", "Philips", "ASML", "Shell", "Unilever", "Heineken", "ING", "ABN AMRO",
  "Rabobank", "KLM", "Air France-KLM", "Ahold Delhaize", "Siemens", "Bosch", "BASF", "Bayer", "SAP", "Volkswagen", "BMW",
  "Daimler", "Mercedes-Benz", "Porsche", "Audi", "Deutsche Bank", "Commerzbank", "Allianz", "Lufthansa", "Deutsche Telekom",
  "Leica", "Zeiss", "Hasselblad", "Canon", "Nikon", "Qualcomm", "Intel", "AMD", "Nvidia", "TSMC", "Tesla", "Toyota",
  "Honda", "Hyundai", "LG", "Lenovo", "Alibaba", "Tencent", "ByteDance", "Baidu", "Pertamina", "Telkom", "Telkomsel",
  "Bank Mandiri", "BRI", "BNI", "BCA", "Garuda Indonesia", "Gojek", "Tokopedia", "GoTo", "Grab", "Shopee", "Bukalapak",
  "Indosat", "Astra", "Unilever Indonesia", "Coolblue", "Bol.com", "Booking.com", "Netflix", "Spotify", "Uber", "Airbnb",
];

/**
 * Words that start or head organisation names, per language (`Partai Demokrat`, `Universitas
 * Indonesia`, `PT Pertamina`): a feature of the word and of its neighbours, so that a cue the
 * training text has seen rarely still counts like the common ones. In lower case.
 */
export const ORGANISATION_CUES: Readonly<Record<string, readonly string[]>> = {
  id: [
    "pt", "cv", "tbk", "persero", "perum", "partai", "kementerian", "kemenko", "departemen", "direktorat", "ditjen",
    "badan", "dinas", "komisi", "dewan", "majelis", "mahkamah", "pengadilan", "kejaksaan", "kejati", "kejari", "kepolisian",
    "polda", "polres", "polresta", "polsek", "kodam", "korem", "kodim", "angkatan", "pemerintah", "pemkab", "pemkot",
    "pemprov", "lembaga", "yayasan", "universitas", "institut", "sekolah", "akademi", "politeknik", "fakultas",
    "madrasah", "pesantren", "sma", "sman", "smp", "smpn", "smk", "smkn", "sd", "sdn", "bank", "asosiasi", "persatuan",
    "perhimpunan", "ikatan", "himpunan", "serikat", "koperasi", "perusahaan", "klub", "fc", "grup", "group", "rs",
    "rsud", "rsup", "kantor", "biro", "organisasi", "gerakan", "aliansi", "forum", "komite", "panitia", "koalisi",
    "harian", "majalah", "radio", "televisi", "stasiun", "kabinet", "sekretariat", "kedutaan", "konsulat", "liga",
  ],
};

/**
 * Words that name the kind of a place in front of its name (`Kabupaten Klaten`, `Pulau Banyak`,
 * `Jalan Menoreh Raya`), per language, in lower case: a feature like the organisation cues.
 */
export const PLACE_CUES: Readonly<Record<string, readonly string[]>> = {
  id: [
    "provinsi", "kabupaten", "kab", "kota", "kotamadya", "kecamatan", "kec", "kelurahan", "desa", "dusun", "kampung",
    "distrik", "prefektur", "negeri", "pulau", "kepulauan", "gunung", "pegunungan", "sungai", "danau", "selat", "teluk",
    "laut", "samudra", "samudera", "tanjung", "lembah", "bukit", "pantai", "jalan", "jl", "jln", "gang", "gedung",
    "masjid", "gereja", "pura", "klenteng", "vihara", "candi", "pasar", "bandara", "bandar", "pelabuhan", "terminal",
    "taman", "lapangan", "stadion", "alun", "monumen", "museum", "benteng", "istana", "keraton", "kraton", "kawasan",
    "wilayah", "jembatan", "menara", "bundaran", "simpang", "tugu", "hutan", "cagar", "situs", "makam",
  ],
};

/**
 * Titles and roles that stand in front of a person's name but not in it (`Haji Ahmad`, `Drs
 * Sabarani`, `Gubernur Anies`), per language, in lower case: a feature like the organisation
 * cues, so that rare titles mark where a name starts as the common ones do.
 */
export const PERSON_TITLES: Readonly<Record<string, readonly string[]>> = {
  id: [
    "bapak", "pak", "ibu", "bu", "mbak", "bung", "saudara", "sdr", "tuan", "nyonya", "nona", "haji", "hajjah", "hj",
    "kh", "kiai", "kyai", "ustaz", "ustadz", "ustazah", "habib", "syekh", "drs", "dra", "dr", "prof", "ir", "mr", "mrs",
    "presiden", "wapres", "menteri", "menko", "gubernur", "wagub", "bupati", "wabup", "walikota", "wali", "camat",
    "lurah", "kades", "ketua", "wakil", "direktur", "dirut", "kapolri", "kapolda", "kapolres", "kapolsek", "kasad",
    "panglima", "jenderal", "jendral", "letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten",
    "letnan", "sersan", "kopral", "irjen", "komjen", "kombes", "akbp", "kompol", "laksamana", "marsekal", "komodor",
    "raja", "ratu", "pangeran", "paus", "kardinal", "uskup", "pastor", "pendeta", "romo", "almarhum", "alm",
    "mendiang", "pelatih", "penyanyi", "aktor", "aktris", "artis", "pemain", "striker", "kiper", "gelandang",
    "sutradara", "produser", "penulis", "wartawan", "jubir", "politikus", "politisi", "pengamat", "pakar",
  ],
};
