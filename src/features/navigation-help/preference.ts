/** Where "don't show this again" for the navigation help is remembered on the reader's device. */
export const navigationHelpDismissedKey = 'arsberattelse:navigationHelp:dismissed'

/** The stored value that means "dismissed"; anything else (or nothing) means "show it". */
export const navigationHelpDismissedValue = 'true'
