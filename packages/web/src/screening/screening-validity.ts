/** How long a self-care screening lets a person start sessions (design: "Session rules"). */
export const SCREENING_VALID_HOURS = 24;
