export { editionOf, fill, type Edition, type EditionArea, type NavItem } from "./edition";
export { alternatesOf, contentDir, languageEditions, loadEditions, readEditions, siteEdition } from "./load";
export { editionParam, editionRoutes, languageRoutes, type EditionRoute } from "./routes";
