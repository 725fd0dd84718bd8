/** English lines that belong to the page, not the article. */
export const boilerplate: readonly RegExp[] = [
  /^(previous|next)\b/i,
  /^(no|\d+) comments?$/i,
  /^leave a (reply|comment)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /\bcookies?\b.*\b(accept|consent|policy|use)\b/i,
  /\b(subscribe|sign up)\b.*\bnewsletter\b|\bnewsletter\b.*\b(subscribe|sign up)\b/i,
  /^(read more|related|advertisement|sponsored)\b/i,
  /\bcaptcha\b/i,
  /\baffiliate (links?|commission)\b/i,
  /^share (this|on)\b/i,
];
