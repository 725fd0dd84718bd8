import type { ClaimCues } from "../pack.js";

export const claimCues: ClaimCues = {
  sourceAfter: /\b(?:menurut|kata|ujar|ungkap|jelas|tutur|ucap|sebut|papar|terang)\s+$/i,
  sourceBefore: /^\s*(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menuturkan|menyebutkan|berkata|kata|ujar|ungkap|jelas|tutur)\b/i,
  planned: /\b(?:akan|bakal|rencananya|direncanakan|berencana|dijadwalkan|mendatang|depan)\b/i,
  speculative: /\b(?:kabarnya|dikabarkan|diduga|rumor|isu|kemungkinan|mungkin|spekulasi|konon|disebut-sebut)\b/i,
  comparison: /\b(?:dibandingkan(?: dengan)?|dibanding|daripada)\s+$/i,
  eventTopics: /\b(?:kerjasama|kerja sama|kemitraan|sejak)\b/gi,
  events: {
    announce: /\b(?:mengumumkan|diumumkan|umumkan|kerjasama|kerja sama|kemitraan)\b/i,
    launch: /\b(?:dirilis|merilis|rilis|diluncurkan|meluncurkan|peluncuran|hadir|terwujud)\b/i,
    end: /\b(?:berakhir|selesai|dihentikan|berhenti|mengakhiri)\b/i,
    start: /\b(?:dimulai|memulai|mulai|sejak)\b/i,
    found: /\b(?:didirikan|berdiri)\b/i,
    list: /\b(?:melantai|tercatat|IPO|bursa)\b/i,
  },
};
