/** The accessibility statement (tillgänglighetsredogörelse), as its page shows it. */
export { AccessibilityStatementView } from './AccessibilityStatementView'
