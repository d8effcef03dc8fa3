export { NavigationHelp } from './NavigationHelp'
