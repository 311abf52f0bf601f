/** The largest JSON question the API reads: 4,000 characters of four-byte emoji, escaped, with
 * room to spare; far less than a flood would need. */
export const MAX_JSON_BYTES = 128 * 1024;

/** The largest form post the site reads. Generous: a text pasted far over the limit without
 * JavaScript still comes back in the form with the reason, instead of being lost to a 413. */
export const MAX_FORM_BYTES = 1024 * 1024;
