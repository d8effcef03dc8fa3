/** The Presentation tool's name: its place in the Studio's URL (/presentation) and in intents. */
export const presentationToolName = 'presentation'
