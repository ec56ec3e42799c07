// Limits of a reminder, apart from the file maker so the form can know them without loading it.

/** The longest daily reminder: two months. */
export const MAX_REMINDER_DAYS = 60;
