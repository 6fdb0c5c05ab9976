export { editionOf, fill, type Edition, type EditionArea, type NavItem } from "./edition";
export { contentDir, editionOfReport, loadEditions, readEditions, siteEdition } from "./load";

